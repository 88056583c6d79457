"""Study time of a lesson: what the learner reads, answers, reflects on and drafts, each counted apart.

A lesson's minutes are the sum of four parts, each rounded up to whole minutes (a learner is never
told a part is shorter than it is), and the course's total is the sum of its lessons':

- reading: the words of the lesson at the reading rate;
- questions: the words of its knowledge check at the same rate, plus an allowance for answering each
  question, by its type (`ANSWER_MINUTES`);
- reflection: an allowance for each "apply it in your organisation" question (`REFLECTION_MINUTES`);
- tasks: the minutes the instructor estimated for each drafting task the lesson sets (`tasks:` in the
  lesson; words cannot tell how long it takes to draft a plan).

Words are counted in the Indonesian text: it is the course's first language and runs longer than the
English, so the time shown is enough for both. The allowances come from the content review of
December 2026 (shared/reviews/content-review-2026-12.md, "Study time"), which timed a learner on a
phone: with answering at half a minute a question and no reflection or drafting, the course showed 86
minutes where a learner needs about 98 to read and answer, and far more to do what the lessons ask.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Iterator

from pydantic import BaseModel

from .schema import QUESTION_TYPES, Lesson, Quiz, Text

WORDS_PER_MINUTE = 150
"""Reading rate for Indonesian instructional text. Adults read plain Indonesian prose at
roughly 175–250 words a minute, but course text is read to be understood and applied, with
tables and worked examples, so it goes slower; 150 is the rate the course's reviewers
(issue 13) asked for, and it errs on the side of enough time."""

SINGLE_MINUTES = Fraction(1, 2)
"""Answering a single-choice question, on top of reading it: weigh four options and pick one. Half a
minute: the options are short and already read."""

TRUE_FALSE_MINUTES = Fraction(1, 2)
"""Answering a true/false question: judge one statement. Half a minute, like a single choice: fewer
options, but a statement worded to be weighed with care."""

MULTIPLE_MINUTES = Fraction(1)
"""Answering a select-all-that-apply question: every option is a yes-or-no decision of its own, and
nothing says how many are right. A minute, twice a single choice."""

ORDERING_MINUTES = Fraction(1)
"""Answering an ordering question: put four to six steps in order with the move buttons, one tap at a
time on a phone, then read the order through. A minute."""

MATCHING_MINUTES = Fraction(3, 2)
"""Answering a matching question: for every item on the left, pick its partner from a list of all the
right sides, each choice narrowing the next. The most handling of any type: a minute and a half."""

ANSWER_MINUTES: dict[str, Fraction] = {
    "single": SINGLE_MINUTES, "true_false": TRUE_FALSE_MINUTES, "multiple": MULTIPLE_MINUTES,
    "ordering": ORDERING_MINUTES, "matching": MATCHING_MINUTES,
}
"""The allowance of each question type (`type:` in a knowledge check), from the constants above."""
assert set(ANSWER_MINUTES) == set(QUESTION_TYPES), "every question type needs its allowance"

REFLECTION_MINUTES = Fraction(3, 2)
"""Answering one reflection question ("apply it in your organisation"): call one's own company to mind
and write a sentence or two, on a phone. A minute and a half, as the review timed it. A question that
asks for more than that (a plan, a page of rules) is a task: see `tasks:` in the lesson."""

LONG_COURSE_MINUTES = 120
"""Past two hours, a course is not done in one sitting: the home page says so plainly (`long_course`
in course/ui.yaml) instead of the course being trimmed to look shorter."""

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


@dataclass(frozen=True)
class StudyTime:
    """A study time in whole minutes, part by part; `total` is their sum."""

    reading: int = 0
    """Reading the lesson."""
    questions: int = 0
    """Reading and answering its knowledge check."""
    reflection: int = 0
    """The reflection questions."""
    tasks: int = 0
    """The drafting tasks, as the instructor estimated them."""

    @property
    def total(self) -> int:
        return self.reading + self.questions + self.reflection + self.tasks

    def __add__(self, other: StudyTime) -> StudyTime:
        return StudyTime(self.reading + other.reading, self.questions + other.questions,
                         self.reflection + other.reflection, self.tasks + other.tasks)


def answer_minutes(quiz: Quiz) -> Fraction:
    """The allowance for answering every question of a check, each by its type."""
    return sum((ANSWER_MINUTES[q.type] for q in quiz.questions), Fraction(0))


def study_time(lesson: Lesson, quiz: Quiz | None) -> StudyTime:
    """A lesson's time, part by part, each rounded up to whole minutes."""
    questions = (Fraction(quiz_words(quiz), WORDS_PER_MINUTE) + answer_minutes(quiz)) if quiz else Fraction(0)
    return StudyTime(reading=max(1, math.ceil(Fraction(lesson_words(lesson), WORDS_PER_MINUTE))),
                     questions=math.ceil(questions),
                     reflection=math.ceil(REFLECTION_MINUTES * len(lesson.reflection)),
                     tasks=sum(task.minutes for task in lesson.tasks))


def minutes(lesson: Lesson, quiz: Quiz | None) -> int:
    """Whole minutes: the sum of the lesson's parts."""
    return study_time(lesson, quiz).total
