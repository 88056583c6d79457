"""The pre/post test: its result codes, one participant's score, and the room's figures.

A result code is `<version>.` and the version's fields, separated by dots. Version 1:
`1.<fingerprint>.<role>.<test>.<answers>.<tag>` — the item set's fingerprint (six hex digits), the
role as one letter (`s`, `m`, `o`, as the diagnostic's codes), `pre` or `post`, two lower-case hex
digits per item, in the set's order: the options chosen, as bits (bit 0 the first option as written;
a true/false question has two options, `true` then `false`), `00` for no answer; and a tag of four
lower-case letters or digits the page draws once per browser. The tag keeps two people with the same
answers apart (ten questions: many have all right after the session), while the same result sent
twice is still the same code and counted once. The share link is
the test's page with `#t=<code>`; a bare code is never picked out of a paste (only `t=` says it is
one), so it cannot be taken for a diagnostic code. A well-formed code of another item set (another
fingerprint) is OTHER_SET, never scored; a code whose answers do not fit its items is MALFORMED.

Scoring: an item is right when the options chosen are exactly its right options; no answer is
wrong. A participant's score is the share right, in percent. The room's pre-test and post-test
means are the means of those scores (exact fractions), compared as two groups: no person is matched
with themselves, no name travels. A figure of a group smaller than `min_group` is never given (the
diagnostic's privacy rule), for the room as for each role and each item. A post-test item is
"missed" when fewer than MISSED_BELOW of the post-test group answered it right.

Shown figures are rounded down (floor_text, SCORE_PLACES), as the diagnostic's are; a gain is
its sign and its size rounded down, so a negative gain is never shown larger than it is.

The browser repeats every rule (assets/prepost/prepost-core.js), held equal by the shared vectors
(tests/data/prepost_vectors.json).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Callable, Iterable, Sequence

from ..course import Course
from ..schema import MultipleChoice, SingleChoice, TrueFalse
from .codes import FINGERPRINT, MALFORMED, OK, OTHER_SET, ROLE_LETTERS, TAG, code_fields
from .paste import DUPLICATE, candidates, first_sightings, link_pattern
from .scoring import ROLES, SCORE_PLACES, digest, exact_text, floor_text

CODE_VERSION = "1"
TESTS = ("pre", "post")
MISSED_BELOW = Fraction(70, 100)
"""A post-test item fewer than this share of the room answered right is listed, with its lesson."""
MAX_CODE_INPUT = 2000

_ROLE_OF_LETTER = {letter: role for role, letter in ROLE_LETTERS.items()}
_ANSWERS = re.compile(r"(?:[0-9a-f]{2})*")
_CANDIDATE = re.compile(link_pattern("t"))
"""A result in a paste: `t=` at the start or after a character that is not an ASCII letter or digit
(`#t=` in a link), then the code's characters; the same pattern in prepost-core.js."""


@dataclass(frozen=True)
class Item:
    """One question of the set, as scoring needs it."""

    quiz: str
    question: str
    type: str
    options: int
    """How many options it has (2 for true/false)."""
    correct: int
    """The right options as bits."""
    lesson: str | None = None
    """The lesson whose knowledge check holds the question (the lesson to revisit)."""


@dataclass(frozen=True)
class ItemSet:
    items: tuple[Item, ...]
    fingerprint: str

    @classmethod
    def of(cls, items: Sequence[Item]) -> ItemSet:
        return cls(tuple(items), fingerprint(items))

    @classmethod
    def from_course(cls, course: Course) -> ItemSet | None:
        """The set of this edition of the course; None when it has no pre/post test."""
        if course.prepost is None:
            return None
        items = []
        for ref in course.prepost.items:
            q = next(q for q in course.quizzes[ref.quiz].questions if q.id == ref.question)
            if isinstance(q, TrueFalse):
                options, correct = 2, 1 if q.answer else 2
            elif isinstance(q, (SingleChoice, MultipleChoice)):
                options = len(q.options)
                correct = sum((1 << i for i, o in enumerate(q.options) if o.correct), 0)
            else:  # refused by checks_prepost
                raise ValueError(f"{ref.quiz}/{ref.question}: a {q.type} question cannot be in the pre/post test")
            lesson = course.lesson_of_quiz(ref.quiz)
            items.append(Item(ref.quiz, ref.question, q.type, options, correct, lesson.id if lesson else None))
        return cls.of(items)


def fingerprint(items: Sequence[Item]) -> str:
    """Six hex digits of a hash of what a code's answers mean: each item's place, question, type,
    number of options and right options. Changing any of them makes a new set (older codes are then
    OTHER_SET); rewording a question does not."""
    text = "\n".join(f"{i.quiz}/{i.question}:{i.type}:{i.options}:{i.correct}" for i in items)
    return digest(text)


@dataclass(frozen=True)
class Reading:
    status: str
    role: str | None = None
    test: str | None = None
    answers: tuple[int, ...] | None = None


def right_answer(course: Course, question: object, lang: str, plain: Callable[[str], str] = str.strip) -> str:
    """A question's right answer in words, the right options joined with "; " (`plain` makes an option's
    Markdown plain text where the reader needs it): printed after a question the room still gets wrong,
    so that nobody takes a false statement there for what the course teaches."""
    words = course.ui.prepost
    if isinstance(question, TrueFalse):
        return (words.answer_true if question.answer else words.answer_false)[lang]
    if isinstance(question, (SingleChoice, MultipleChoice)):
        # Each option without its full stop: joined with "; " and followed by more of the line.
        return "; ".join(plain(o.text[lang]).rstrip(".") for o in question.options if o.correct)
    return ""  # no other type is in the test (checks_prepost)


def encode(pset: ItemSet, role: str, test: str, answers: Sequence[int], tag: str) -> str:
    return ".".join((CODE_VERSION, pset.fingerprint, ROLE_LETTERS[role], test,
                     "".join(f"{a:02x}" for a in answers), tag))


def _fits(item: Item, value: int) -> bool:
    if value == 0:
        return True
    if value >= 1 << item.options:
        return False
    return item.type == "multiple" or value & (value - 1) == 0  # single, true/false: one option


def read_code(pset: ItemSet, text: Any) -> Reading:
    """A result code, `t=<code>`, or a link ending in `#t=<code>`."""
    fields = code_fields(text, "t", MAX_CODE_INPUT)
    if (fields is None or len(fields) != 6 or fields[0] != CODE_VERSION or not FINGERPRINT.fullmatch(fields[1])
            or fields[2] not in _ROLE_OF_LETTER or fields[3] not in TESTS or not _ANSWERS.fullmatch(fields[4])
            or not TAG.fullmatch(fields[5])):
        return Reading(MALFORMED)
    if fields[1] != pset.fingerprint:
        return Reading(OTHER_SET)
    digits = fields[4]
    if len(digits) != 2 * len(pset.items):
        return Reading(MALFORMED)
    answers = tuple(int(digits[i:i + 2], 16) for i in range(0, len(digits), 2))
    if not all(_fits(item, a) for item, a in zip(pset.items, answers, strict=True)):
        return Reading(MALFORMED)
    return Reading(OK, _ROLE_OF_LETTER[fields[2]], fields[3], answers)


@dataclass(frozen=True)
class Found:
    code: str
    status: str
    role: str | None = None
    test: str | None = None
    answers: tuple[int, ...] | None = None


def extract_codes(text: Any) -> list[str]:
    """Every `t=` code in a pasted text, in order (trailing dots dropped: a sentence may end there)."""
    return candidates(_CANDIDATE, text)


def extract_results(pset: ItemSet, text: Any, seen: Iterable[str] = ()) -> list[Found]:
    """Every `t=` result in a pasted text: OK, OTHER_SET, MALFORMED, or DUPLICATE (seen before: a
    message forwarded twice counts once)."""
    out = []
    for code, duplicate in first_sightings(extract_codes(text), seen):
        if duplicate:
            out.append(Found(code, DUPLICATE))
            continue
        r = read_code(pset, code)
        out.append(Found(code, r.status, r.role, r.test, r.answers))
    return out


def rights(pset: ItemSet, answers: Sequence[int]) -> list[bool]:
    return [a == item.correct for item, a in zip(pset.items, answers, strict=True)]


def percent(pset: ItemSet, answers: Sequence[int]) -> Fraction:
    """A participant's score: the share of items right, in percent (exact)."""
    return Fraction(100 * sum(rights(pset, answers)), len(pset.items))


@dataclass(frozen=True)
class Side:
    """One group's pre-test or post-test: its size, and its mean when the group may be shown."""

    count: int
    mean: Fraction | None


@dataclass(frozen=True)
class Compared:
    pre: Side
    post: Side
    gain: Fraction | None
    """Post mean minus pre mean, in percentage points, when both are shown."""


@dataclass(frozen=True)
class Missed:
    index: int
    right: Fraction
    """The share of the post-test group that answered it right (0–1)."""


@dataclass(frozen=True)
class Room:
    all: Compared
    roles: dict[str, Compared]
    missed: tuple[Missed, ...] | None
    """The post-test items the room still gets wrong, worst first; None when the post-test group is too small."""
    min_group: int


def _side(pset: ItemSet, group: list[tuple[int, ...]], min_group: int) -> Side:
    if len(group) < min_group or not group:
        return Side(len(group), None)
    return Side(len(group), sum((percent(pset, a) for a in group), Fraction(0)) / len(group))


def _compared(pset: ItemSet, pre: list[tuple[int, ...]], post: list[tuple[int, ...]], min_group: int) -> Compared:
    a, b = _side(pset, pre, min_group), _side(pset, post, min_group)
    return Compared(a, b, b.mean - a.mean if a.mean is not None and b.mean is not None else None)


def room(pset: ItemSet, results: Iterable[tuple[str, str, Sequence[int]]], min_group: int) -> Room:
    """The room's figures from (role, test, answers) of every result read OK."""
    by: dict[tuple[str, str], list[tuple[int, ...]]] = {(r, t): [] for r in ROLES for t in TESTS}
    for role, test, answers in results:
        by[(role, test)].append(tuple(answers))
    pre = [a for r in ROLES for a in by[(r, "pre")]]
    post = [a for r in ROLES for a in by[(r, "post")]]
    roles = {r: _compared(pset, by[(r, "pre")], by[(r, "post")], min_group) for r in ROLES}
    # The room's mean of a test only when no team in it is under min_group (none taking it is fine): with
    # the sales team's mean shown, the room's would give a small marketing team's away, as the
    # diagnostic's team result would (scoring.shown).
    whole = {t: _side(pset, pre if t == "pre" else post, min_group) for t in TESTS}
    for t in TESTS:
        if any(0 < len(by[(r, t)]) < min_group for r in ROLES):
            whole[t] = Side(whole[t].count, None)
    a, b = whole["pre"], whole["post"]
    room_all = Compared(a, b, b.mean - a.mean if a.mean is not None and b.mean is not None else None)
    missed = None
    if post and len(post) >= min_group:
        shares = [Fraction(sum(rights(pset, a)[i] for a in post), len(post)) for i in range(len(pset.items))]
        missed = tuple(sorted((Missed(i, s) for i, s in enumerate(shares) if s < MISSED_BELOW),
                              key=lambda m: (m.right, m.index)))
    return Room(room_all, roles, missed, min_group)


def mean_text(value: Fraction, mark: str = ".") -> str:
    return floor_text(value, SCORE_PLACES, mark)


def gain_text(value: Fraction, mark: str = ".") -> str:
    """`+12.5`, `-3.3`, `0.0`: the sign, then the size rounded down."""
    sign = "+" if value > 0 else "-" if value < 0 else ""
    return sign + floor_text(abs(value), SCORE_PLACES, mark)


def share_text(value: Fraction) -> str:
    """A share (0–1) as whole percent, rounded down."""
    return floor_text(value * 100, 0)


def _side_json(s: Side) -> dict[str, Any]:
    return {"count": s.count, "mean_exact": exact_text(s.mean),
            "mean_text": mean_text(s.mean) if s.mean is not None else None}


def _compared_json(c: Compared) -> dict[str, Any]:
    return {"pre": _side_json(c.pre), "post": _side_json(c.post), "gain_exact": exact_text(c.gain),
            "gain_text": gain_text(c.gain) if c.gain is not None else None}


def to_json(pset: ItemSet, r: Room) -> dict[str, Any]:
    """The room's figures as `course score --json` gives them (and the shared vectors hold)."""
    return {
        "fingerprint": pset.fingerprint, "min_group": r.min_group, "missed_below": exact_text(MISSED_BELOW),
        **_compared_json(r.all),
        "roles": {role: _compared_json(c) for role, c in r.roles.items()},
        "missed": None if r.missed is None else [
            {"item": m.index + 1, "quiz": pset.items[m.index].quiz, "question": pset.items[m.index].question,
             "lesson": pset.items[m.index].lesson, "right_exact": exact_text(m.right),
             "right_text": share_text(m.right)} for m in r.missed],
    }
