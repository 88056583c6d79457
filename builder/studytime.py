"""Study time of a lesson, computed from what the learner reads instead of guessed.

A lesson's minutes = (words of the lesson + words of its knowledge check) / reading
rate + a thinking allowance per question, rounded up. Words are counted in the
Indonesian text: it is the course's first language and runs longer than the
English, so the time shown is enough for both.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Any, Iterator

from pydantic import BaseModel

from .schema import Lesson, Quiz, Text

WORDS_PER_MINUTE = 150
"""Reading rate for Indonesian instructional text. Adults read plain Indonesian prose at
roughly 175–250 words a minute, but course text is read to be understood and applied, with
tables and worked examples, so it goes slower; 150 is the rate the course's reviewers
(issue 13) asked for, and it errs on the side of enough time."""

QUESTION_MINUTES = Fraction(1, 2)
"""Time to think about a question and choose, on top of reading it: half a minute. Most
questions are a short case or statement with four options; the reading is counted apart."""

LANG = "id"

# Markdown marks, table rulers and figures are not words; "follow-up", "Rp1,5" and "09.00"
# are one word each.
_WORD = re.compile(r"[^\W_]+(?:[-'’.,/][^\W_]+)*")

# Feedback the learner sees after answering: only one of a question's feedback texts is
# shown for the answer given, so a question counts its longest one, not all of them.
_FEEDBACK = frozenset({"feedback", "feedback_true", "feedback_false", "correct", "incorrect"})


def words(text: str) -> int:
    return len(_WORD.findall(text))


def _texts(obj: Any, skip: frozenset[str] = frozenset()) -> Iterator[Text]:
    """Every two-language text in a record, depth first, leaving out fields named in `skip`."""
    if isinstance(obj, Text):
        yield obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            if name not in skip:
                yield from _texts(getattr(obj, name), skip)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            yield from _texts(item, skip)
    elif isinstance(obj, dict):
        for item in obj.values():
            yield from _texts(item, skip)


def _feedback(obj: Any) -> Iterator[Text]:
    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            value = getattr(obj, name)
            if name in _FEEDBACK:
                yield from _texts(value)
            else:
                yield from _feedback(value)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            yield from _feedback(item)


def lesson_words(lesson: Lesson) -> int:
    return sum(words(t[LANG]) for t in _texts(lesson))


def quiz_words(quiz: Quiz) -> int:
    """The title, every question with all its options, and one feedback text per question."""
    total = words(quiz.title[LANG])
    for question in quiz.questions:
        total += sum(words(t[LANG]) for t in _texts(question, skip=_FEEDBACK))
        total += max((words(t[LANG]) for t in _feedback(question)), default=0)
    return total


def minutes(lesson: Lesson, quiz: Quiz | None) -> int:
    """Whole minutes, rounded up: a learner is never told a lesson is shorter than it is."""
    read = lesson_words(lesson) + (quiz_words(quiz) if quiz else 0)
    exact = Fraction(read, WORDS_PER_MINUTE) + (QUESTION_MINUTES * len(quiz.questions) if quiz else 0)
    return max(1, math.ceil(exact))
