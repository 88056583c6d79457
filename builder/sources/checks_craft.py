"""How a lesson and its knowledge check are written: the craft rules of course/README.md, as advice.

A course that breaks one of these still builds (`problems.ADVICE`): a two-question check is a
check. But each rule catches something that makes a lesson teach less, or a check measure less:
a check a learner can pass without reading (the right option always the longest, a sweeping word
that gives a false statement away), feedback that says "Right." and nothing about why, a lesson
without its objectives or key points. The tests of the shipped course call these same functions
and allow no advice at all.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Iterator, TypeVar

from pydantic import BaseModel

from ..problems import Problem
from ..schema import LANGS, Text
from ..schema.quiz import Matching, MultipleChoice, Ordering, SingleChoice, TrueFalse
from .read import SourceFile, Sources

Q = TypeVar("Q")

MIN_QUESTIONS = 4
"""Fewer questions and one lucky guess decides a check's result."""
MIN_FEEDBACK = 40
"""Characters: below this, feedback cannot say why an answer is right or wrong."""
LESSON_PARTS = {"objectives": (2, None), "key_points": (3, None), "reflection": (2, 3)}
"""How many of each list a lesson has: (at least, at most)."""
CUE_SHARE = 0.5
"""The right option may be the strictly longest or the strictly shortest of its question in at most this share
of the single-choice questions (both extremes counted together); a learner who picks by length must not pass."""
MIN_OPTIONS = 4
"""Options per single-choice question: with three, ruling out one wrong option leaves a coin toss."""
GIVEAWAY_LENGTH = 5
"""Letters: a word this long that the two sides of one matching pair share, and no wrong pair shares, gives
the pair away."""
FUNCTION_WORDS = {
    "id": frozenset({"dengan", "untuk", "tidak", "sudah", "belum", "bahwa", "dalam", "kepada", "karena",
                     "sebagai", "setiap", "antara", "adalah", "masih", "lebih", "semua", "sebelum", "sesudah",
                     "setelah", "supaya", "agar", "bukan", "hanya", "sering", "jarang", "harus", "dapat",
                     "bisa", "akan", "paling", "sama", "yaitu", "misalnya", "apakah", "siapa", "mereka"}),
    "en": frozenset({"about", "after", "before", "their", "there", "which", "where", "while", "other", "every",
                     "these", "those", "being", "should", "would", "could", "still", "into", "since", "until",
                     "under", "without", "within", "through", "never", "always", "often", "first"}),
}
"""Words that carry no content: two sides that both say "dengan" or "their" give nothing away."""
CUE_MIN_QUESTIONS = 5
"""Below this many single-choice questions a share says nothing; the cue rule is not applied."""
TRUE_SHARE = (0.3, 0.7)
"""The share of true/false statements that are true: answering "false" to every one must not pass."""
TRUE_FALSE_MIN = 4

ABSOLUTE_WORDS = {
    "id": ("selalu", "tidak pernah", "sama sekali", "pasti", "mustahil", "hanya", "secepat mungkin"),
    "en": ("always", "never", "at all", "certainly", "impossible", "only", "as fast as possible"),
}
"""Words that make a statement sweeping, so that a learner guesses "false" without knowing the content.
Not *setiap*, *semua* or *wajib* (every, all, must): "every lead has one owner" is a rule the course
teaches, not a giveaway."""

AMERICAN = {"program": "programme", "programs": "programmes"}
"""American spellings the course's British English avoids, with the spelling to write."""


def texts_of(obj: Any, loc: tuple = ()) -> Iterable[tuple[tuple, Text]]:
    """Every two-language text inside a record, with its location."""
    if isinstance(obj, Text):
        yield loc, obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from texts_of(getattr(obj, name), (*loc, name))
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from texts_of(item, (*loc, i))
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from texts_of(item, (*loc, key))


def _quizzes(s: Sources, kind: type[Q]) -> Iterator[tuple[SourceFile, int, Q]]:
    """Every question of one `kind` (`object`: all) in every knowledge check, with its file and place."""
    for f in s.quizzes:
        for i, q in enumerate(f.record.questions):
            if isinstance(q, kind):
                yield f, i, q


def check_quiz_shape(s: Sources) -> list[Problem]:
    """Each knowledge check has at least MIN_QUESTIONS questions, and one of them sets a scenario."""
    out = []
    for f in s.quizzes:
        questions = f.record.questions
        if 0 < len(questions) < MIN_QUESTIONS:  # none left in an edition: edition_empty says so
            out.append(Problem.at(f.path, f.key_line(("questions",)), "quiz_few_questions", count=len(questions),
                                  needed=MIN_QUESTIONS))
        if questions and not any(q.scenario for q in questions):
            out.append(Problem.at(f.path, f.key_line(("questions",)), "quiz_no_scenario"))
    return out


def _feedback(q: object) -> Iterator[tuple[tuple, Text]]:
    """Every feedback text of a question, with its place inside the question."""
    if isinstance(q, (SingleChoice, MultipleChoice)):
        for j, option in enumerate(q.options):
            yield ("options", j, "feedback"), option.feedback
    elif isinstance(q, TrueFalse):
        yield ("feedback_true",), q.feedback_true
        yield ("feedback_false",), q.feedback_false
    elif isinstance(q, (Ordering, Matching)):
        yield ("feedback", "correct"), q.feedback.correct
        yield ("feedback", "incorrect"), q.feedback.incorrect


def check_feedback(s: Sources) -> list[Problem]:
    """Feedback explains: at least MIN_FEEDBACK characters in each language."""
    out = []
    for f, i, q in _quizzes(s, object):
        for where, text in _feedback(q):
            for lang in LANGS:
                length = len(" ".join(text[lang].split()))
                if length < MIN_FEEDBACK:
                    out.append(f.at(("questions", i, *where, lang), "feedback_short", length=length,
                                    needed=MIN_FEEDBACK, lang_name=lang))
    return out


def check_absolute_words(s: Sources) -> list[Problem]:
    """A true/false statement carries no sweeping word (ABSOLUTE_WORDS) that gives its answer away."""
    out = []
    for f, i, q in _quizzes(s, TrueFalse):
        for lang in LANGS:
            for absolute in ABSOLUTE_WORDS[lang]:
                match = re.search(rf"(?<!\w){re.escape(absolute)}(?!\w)", q.prompt[lang], re.IGNORECASE)
                if match:
                    out.append(f.at(("questions", i, "prompt", lang), "absolute_word", word=match.group(0),
                                    lang_name=lang))
    return out


def check_option_count(s: Sources) -> list[Problem]:
    """A single-choice question has at least MIN_OPTIONS options."""
    return [f.at(("questions", i, "options"), "few_options", count=len(q.options), needed=MIN_OPTIONS)
            for f, i, q in _quizzes(s, SingleChoice) if len(q.options) < MIN_OPTIONS]


def check_option_lengths(s: Sources) -> list[Problem]:
    """The right option of a single-choice question is not systematically the longest or the shortest.

    Both extremes count together: a question where the right option is strictly the longest, or strictly
    the shortest, is a cue; at most CUE_SHARE of the questions may have one, in each language."""
    singles = list(_quizzes(s, SingleChoice))
    if len(singles) < CUE_MIN_QUESTIONS:
        return []
    out = []
    for lang in LANGS:
        found: list[tuple[str, SourceFile, int, int]] = []
        for f, i, q in singles:
            right = [(j, len(o.text[lang])) for j, o in enumerate(q.options) if o.correct]
            wrong = [len(o.text[lang]) for o in q.options if not o.correct]
            if len(right) != 1 or not wrong:
                continue  # single_correct names the mistake
            j, length = right[0]
            if length > max(wrong):
                found.append(("cue_longest", f, i, j))
            elif length < min(wrong):
                found.append(("cue_shortest", f, i, j))
        if len(found) / len(singles) <= CUE_SHARE:
            continue
        share = f"{round(CUE_SHARE * 100)}%"
        for code, f, i, j in found:
            out.append(f.at(("questions", i, "options", j, "text", lang), code, lang_name=lang,
                            count=len(found), total=len(singles), share=share))
    return out


def _words(text: str, lang: str) -> set[str]:
    """The content words of a text of GIVEAWAY_LENGTH letters or more, in lower case."""
    return {w for w in re.findall(r"[^\W\d_]+", text.lower())
            if len(w) >= GIVEAWAY_LENGTH and w not in FUNCTION_WORDS[lang]}


def check_matching_giveaway(s: Sources) -> list[Problem]:
    """No word of a matching pair's two sides is shared by that pair alone: a learner would match by the word."""
    out = []
    for f, i, q in _quizzes(s, Matching):
        for lang in LANGS:
            lefts = [_words(p.left[lang], lang) for p in q.pairs]
            rights = [_words(p.right[lang], lang) for p in q.pairs]
            for k, (left, right) in enumerate(zip(lefts, rights, strict=True)):
                elsewhere = set().union(*(lefts[m] | rights[m] for m in range(len(q.pairs)) if m != k))
                shared = sorted((left & right) - elsewhere)
                if shared:
                    out.append(f.at(("questions", i, "pairs", k, "right", lang), "matching_giveaway",
                                    word=shared[0], lang_name=lang))
    return out


def check_true_false_balance(s: Sources) -> list[Problem]:
    """Between 30% and 70% of the course's true/false statements are true (when it has TRUE_FALSE_MIN or more)."""
    items = list(_quizzes(s, TrueFalse))
    if len(items) < TRUE_FALSE_MIN:
        return []
    true = sum(q.answer for _, _, q in items)
    low, high = TRUE_SHARE
    if low <= true / len(items) <= high:
        return []
    majority = true / len(items) > high
    f, i, _ = next((f, i, q) for f, i, q in items if q.answer == majority)
    return [f.at(("questions", i, "answer"), "true_false_balance", count=true if majority else len(items) - true,
                 total=len(items), answer=str(majority).lower(), other=str(not majority).lower(),
                 lo=f"{round(low * 100)}%", hi=f"{round(high * 100)}%")]


def check_lesson_parts(s: Sources) -> list[Problem]:
    """Each lesson has its objectives, key points and reflection questions, as many as LESSON_PARTS says."""
    out = []
    for f in s.lessons:
        for name, (low, high) in LESSON_PARTS.items():
            count = len(getattr(f.record, name))
            if high is None and count < low:
                out.append(Problem.at(f.path, f.key_line((name,)), "lesson_part_count", field=name, count=count,
                                      needed=low))
            elif high is not None and not low <= count <= high:
                out.append(Problem.at(f.path, f.key_line((name,)), "lesson_reflection_count", count=count,
                                      low=low, high=high))
    return out


def check_british_spelling(s: Sources) -> list[Problem]:
    """The English texts spell as British English does: "programme", not "program"."""
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(AMERICAN) + r")(?![\w-])", re.IGNORECASE)
    out = []
    for f in s.files():
        for loc, text in texts_of(f.record):
            match = pattern.search(text.en)
            if match:
                british = AMERICAN[match.group(0).lower()]
                out.append(f.at((*loc, "en"), "american_spelling", spelled=match.group(0), british=british))
    return out
