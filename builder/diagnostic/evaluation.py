"""The participants' evaluation (course/evaluation.yaml): result codes, the pasted links, and the room's summary.

A result code, version 1: `1.<fingerprint>.<nonce>.<ratings>.<choice>[.<comment>]`
 - fingerprint: six hex digits naming the question set (`fingerprint`); a code of another set is
   OTHER_SET, never counted against questions its sender did not see;
 - nonce: four characters `[0-9a-z]` drawn at random when a form is started, so two people who
   answered alike still send two codes (a link forwarded twice stays one: DUPLICATE);
 - ratings: one digit per rating question in order, `1`–`5`, `0` for not answered;
 - choice: "what will you do first": `0` not answered, `1`… the practice at that place in the list,
   `x` something else;
 - comment (left out when empty): the comment cleaned (`clean_comment`), as UTF-8 with every byte
   but an ASCII letter or digit written `%XX`. So a code holds only letters, digits, dots and `%`:
   no markup, no space, nothing a chat app or a terminal reads as anything but text. A comment
   longer than the form allows is MALFORMED (the page never writes one).
The share link is the evaluation page with `#e=<code>`. The browser reads and writes codes with the
same rules (assets/evaluation/core.js), checked by tests/data/evaluation_vectors.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable
from urllib.parse import unquote_to_bytes

from ..course import Course
from ..schema import Evaluation
from .codes import FINGERPRINT, MALFORMED, OK, OTHER_SET, TAG, code_fields
from .paste import DUPLICATE, candidates, first_sightings, link_pattern
from .scoring import canonical_json, digest, normalised

CODE_VERSION = "1"
MAX_CODE_INPUT = 6000
"""Characters of one code or link read at most: a comment of 400 characters of four UTF-8 bytes each,
written `%XX`, is 4,800."""
OTHER = "x"
"""The choice "something else"."""

_RATINGS = re.compile(r"[0-5]+")
_CHOICE = re.compile(r"0|[1-9][0-9]?|x")
_COMMENT = re.compile(r"(?:[A-Za-z0-9]|%[0-9A-Fa-f]{2})+")
_CANDIDATE = re.compile(link_pattern("e", "0-9A-Za-z.%"))
"""A result in a pasted text: `e=` at the start or after a character that is not an ASCII letter or
digit (`#e=` in a link), and the code's characters after it (as in core.js)."""
_BLANK = re.compile("[\x00-\x20\x7f-\x9f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+")
"""Controls and spaces, the same list in core.js: a comment's runs of them become one space."""


@dataclass(frozen=True)
class QuestionSet:
    """What the scripts and `course score` need of the evaluation form."""

    ratings: tuple[str, ...]
    """The rating questions' ids, in order."""
    practices: tuple[str, ...]
    """The practices offered by "what will you do first", in order."""
    max_comment: int
    fingerprint: str
    min_group: int
    """The privacy rule (diagnostic.yaml `rules.min_group`): fewer responses show nothing."""

    @classmethod
    def from_course(cls, course: Course) -> QuestionSet | None:
        """The set of the course's evaluation form; None when the course has no evaluation."""
        ev = course.evaluation
        if ev is None:
            return None
        return cls(tuple(r.id for r in ev.ratings), tuple(ev.first_step.practices), ev.comment.max_length,
                   fingerprint(ev), course.diagnostic.rules.min_group)

    def data(self) -> dict[str, Any]:
        """The set as the pages' scripts read it (and the vectors' files hold it)."""
        return {"ratings": list(self.ratings), "practices": list(self.practices), "max_comment": self.max_comment,
                "fingerprint": self.fingerprint, "min_group": self.min_group, "code_version": CODE_VERSION}


def fingerprint(ev: Evaluation) -> str:
    """The identity of the question set: each rating's id and text, the scale's labels and the practices
    offered, in order, both languages, whitespace normalised. The comment's wording and the texts
    around the form can change without it."""
    canonical = {
        "ratings": [[r.id, normalised(r.text.id), normalised(r.text.en)] for r in ev.ratings],
        "scale": [[normalised(label.id), normalised(label.en)] for label in ev.scale],
        "practices": list(ev.first_step.practices),
    }
    return digest(canonical_json(canonical))


@dataclass(frozen=True)
class Response:
    """One participant's answers."""

    ratings: tuple[int | None, ...]
    choice: str | None
    """A practice's id, OTHER, or None when not answered."""
    comment: str


@dataclass(frozen=True)
class Reading:
    status: str
    """codes.OK, OTHER_SET or MALFORMED."""
    response: Response | None = None


def clean_comment(text: str) -> str:
    """The comment as it travels: runs of spaces and controls made one space, trimmed."""
    return _BLANK.sub(" ", text).strip(" ")


def _percent(text: str) -> str:
    return "".join(chr(b) if chr(b).isascii() and chr(b).isalnum() else f"%{b:02X}" for b in text.encode("utf-8"))


def encode(qs: QuestionSet, nonce: str, response: Response) -> str:
    """The code of one response (the comment cleaned and cut to the form's length)."""
    if not TAG.fullmatch(nonce):
        raise ValueError("nonce")
    ratings = "".join(str(r or 0) for r in response.ratings)
    choice = "0" if response.choice is None else OTHER if response.choice == OTHER else \
        str(qs.practices.index(response.choice) + 1)
    fields = [CODE_VERSION, qs.fingerprint, nonce, ratings, choice]
    comment = clean_comment(response.comment)[: qs.max_comment].rstrip(" ")
    if comment:
        fields.append(_percent(comment))
    return ".".join(fields)


def read_code(qs: QuestionSet, text: object) -> Reading:
    """An evaluation code, `e=<code>`, or a link ending in `#e=<code>`."""
    fields = code_fields(text, "e", MAX_CODE_INPUT)
    if fields is None:
        return Reading(MALFORMED)
    version, *fields = fields
    if version != CODE_VERSION or len(fields) not in (4, 5) or not FINGERPRINT.fullmatch(fields[0]):
        return Reading(MALFORMED)
    if fields[0] != qs.fingerprint:
        return Reading(OTHER_SET)
    nonce, ratings, choice = fields[1:4]
    if not TAG.fullmatch(nonce) or not _RATINGS.fullmatch(ratings) or len(ratings) != len(qs.ratings) \
            or not _CHOICE.fullmatch(choice):
        return Reading(MALFORMED)
    if choice == OTHER:
        chosen: str | None = OTHER
    elif choice == "0":
        chosen = None
    elif int(choice) <= len(qs.practices):
        chosen = qs.practices[int(choice) - 1]
    else:
        return Reading(MALFORMED)
    comment = ""
    if len(fields) == 5:
        if not _COMMENT.fullmatch(fields[4]):
            return Reading(MALFORMED)
        try:
            comment = unquote_to_bytes(fields[4]).decode("utf-8")
        except UnicodeDecodeError:
            return Reading(MALFORMED)
        comment = clean_comment(comment)
        if len(comment) > qs.max_comment:
            return Reading(MALFORMED)
    return Reading(OK, Response(tuple(int(d) or None for d in ratings), chosen, comment))


@dataclass(frozen=True)
class Found:
    code: str
    status: str
    """codes.OK, OTHER_SET, MALFORMED or paste.DUPLICATE."""
    response: Response | None = None


def extract_codes(text: object) -> list[str]:
    """Every `e=` code in a pasted text, in order (trailing dots dropped: a sentence may end there)."""
    return candidates(_CANDIDATE, text)


def extract_results(qs: QuestionSet, text: object, seen: Iterable[str] = ()) -> list[Found]:
    """Every evaluation result in a pasted text: a code seen before (in this paste or in `seen`) is a
    DUPLICATE, every other is read."""
    out = []
    for code, duplicate in first_sightings(extract_codes(text), seen):
        if duplicate:
            out.append(Found(code, DUPLICATE))
            continue
        reading = read_code(qs, code)
        out.append(Found(code, reading.status, reading.response))
    return out


def mean_tenths(values: list[int]) -> int:
    """The mean of `values` in tenths, rounded half up (exact integers, as core.js)."""
    return (20 * sum(values) + len(values)) // (2 * len(values))


def _utf16_key(text: str) -> bytes:
    return text.encode("utf-16-be", "surrogatepass")


def summarise(qs: QuestionSet, responses: list[Response]) -> dict[str, Any]:
    """The room's summary: for each rating its answers' count, mean (tenths) and distribution; how many
    chose each practice first; the comments. None of it when fewer than `min_group` responded, and a
    question answered by fewer than `min_group` shows only that (no total can reveal one person)."""
    n = len(responses)
    if n < qs.min_group:
        return {"responses": n, "too_few": True}
    ratings = []
    for i, rid in enumerate(qs.ratings):
        given = [r.ratings[i] for r in responses if r.ratings[i] is not None]
        values = [v for v in given if v is not None]
        if len(values) < qs.min_group:
            ratings.append({"id": rid, "answered": len(values), "too_few": True})
            continue
        ratings.append({"id": rid, "answered": len(values), "mean_tenths": mean_tenths(values),
                        "counts": [values.count(v) for v in range(1, 6)]})
    first = {p: 0 for p in (*qs.practices, OTHER)}
    for r in responses:
        if r.choice is not None:
            first[r.choice] += 1
    # The comments in an order of their own, never the order they arrived in: the order links are
    # pasted is the order of the chat, where each message carries its sender's name, so listing the
    # comments that way would name who wrote each. Sorted (by UTF-16 code units, as JavaScript
    # sorts), not shuffled, so the team page, `course score` and a report list them alike.
    comments = sorted((r.comment for r in responses if r.comment), key=_utf16_key)
    return {"responses": n, "too_few": False, "ratings": ratings,
            "first": [{"choice": k, "count": v} for k, v in first.items()], "comments": comments}


def tenths_text(tenths: int, mark: str) -> str:
    return f"{tenths // 10}{mark}{tenths % 10}"
