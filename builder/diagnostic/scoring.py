"""Scoring of the stage diagnostic: the reference the browser code is tested against.

Everything is exact (Fraction): a score of 60 must place an organisation at
the higher stage even when it is the average of awkward thirds, which
floating point would leave at 59.999…. Cut-offs come from course/model.yaml
(`from_score`), rules from quizzes/diagnostic.yaml (`rules`); nothing here
knows that there are four stages or six practices.

Answers are given per statement id: 1–5, or None for "don't know" (a
statement that was not answered at all counts the same way).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Iterable, Mapping, Sequence

SCALE = 20
"""S = 20 × mean answer: the 1–5 mean on the article's 20–100 scale (20 statements × 1–5)."""

ROLES = ("sales", "marketing", "other")
SIDES = ("sales", "marketing")
INSUFFICIENT = "insufficient"

_MAX_CODE_INPUT = 2000

FINGERPRINT_LENGTH = 6
"""Hex digits of the statement-set fingerprint: 24 bits, so two versions of the
diagnostic share one by chance once in ~16 million, and a code stays short
enough to paste into a chat."""


@dataclass(frozen=True)
class Instrument:
    """What scoring needs from the course: statements, practices, cut-offs and rules."""

    statements: tuple[tuple[str, str], ...]
    """(statement id, practice id), practice by practice in course order: the CSV and share-code order."""
    practices: tuple[str, ...]
    """Practice ids in course order (ties in recommendations follow it)."""
    stages: tuple[tuple[str, Fraction], ...]
    """(stage id, lowest score) from the loosest stage up."""
    min_answered: int
    near_boundary: Fraction
    gap_flag: Fraction
    fingerprint: str = ""
    """Short hash of what respondents answered (see `statement_set_fingerprint`); result codes carry it."""

    @classmethod
    def build(cls, model, diagnostic) -> "Instrument":
        """From the validated model.yaml and diagnostic.yaml records."""
        order = [p.id for p in model.practices]
        statements = tuple((s.id, s.practice) for pid in order
                           for s in diagnostic.statements if s.practice == pid)
        rules = diagnostic.rules
        return cls(statements=statements, practices=tuple(order),
                   stages=tuple((s.id, Fraction(s.from_score)) for s in model.stages),
                   min_answered=rules.min_answered,
                   near_boundary=Fraction(rules.near_boundary), gap_flag=Fraction(rules.gap_flag),
                   fingerprint=statement_set_fingerprint(diagnostic, [sid for sid, _ in statements]))

    @classmethod
    def from_course(cls, course) -> "Instrument":
        return cls.build(course.model, course.diagnostic)

    @property
    def statement_ids(self) -> tuple[str, ...]:
        return tuple(sid for sid, _ in self.statements)

    def statements_of(self, practice: str) -> tuple[str, ...]:
        return tuple(sid for sid, pid in self.statements if pid == practice)

    def stage_of_score(self, score: Fraction) -> str:
        """Stage of a 20–100 score; a score equal to a cut-off belongs to the higher stage."""
        return _band(score, self.stages)

    def stage_of_mean(self, mean: Fraction) -> str:
        """Stage of a 1–5 mean answer: the same cut-offs divided by 20."""
        return _band(mean * SCALE, self.stages)

    def near(self, score: Fraction) -> tuple[str, str] | None:
        """(lower, upper) stage when the score is within `near_boundary` points of a cut-off."""
        for (lower, _), (upper, cut) in zip(self.stages, self.stages[1:]):
            if abs(score - cut) <= self.near_boundary:
                return lower, upper
        return None

    def next_stage(self, stage: str) -> str | None:
        ids = [s for s, _ in self.stages]
        i = ids.index(stage)
        return ids[i + 1] if i + 1 < len(ids) else None


def statement_set_fingerprint(diagnostic, order: Sequence[str]) -> str:
    """The identity of the statement set: what a respondent read and the answers' meaning.

    It covers, in instrument order, each statement's id, practice and text in
    both languages, and the labels of the answer scale. Anything else (intro,
    rules, cut-offs, the practices' names) can change without it: a stored
    answer is then still an answer to the same statement, scored by today's
    rules. Any change to a statement's wording, a typo fix included, gives a
    new fingerprint, so old links and saved answers ask for a new answer
    instead of being read against statements the respondent never saw.
    Whitespace is normalised so that re-wrapping a YAML block changes nothing.
    """
    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).split())

    by_id = {s.id: s for s in diagnostic.statements}
    scale = diagnostic.scale
    canonical = {
        "statements": [[sid, by_id[sid].practice, norm(by_id[sid].text.id), norm(by_id[sid].text.en)]
                       for sid in order],
        "scale": [[norm(label.id), norm(label.en)] for label in scale.labels]
                 + [[norm(scale.dont_know.id), norm(scale.dont_know.en)]],
    }
    text = json.dumps(canonical, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def _band(score: Fraction, stages: Sequence[tuple[str, Fraction]]) -> str:
    found = stages[0][0]
    for stage, cut in stages:
        if score >= cut:
            found = stage
    return found


@dataclass(frozen=True)
class PracticeResult:
    practice: str
    answered: int
    dont_know: int
    mean: Fraction | None
    """Mean of the answered values; None when fewer than `min_answered` were answered."""
    stage: str | None


@dataclass(frozen=True)
class Result:
    """One respondent's result."""

    score: Fraction | None
    stage: str
    """A stage id, or `insufficient`."""
    near_boundary: tuple[str, str] | None
    practices: tuple[PracticeResult, ...]
    """In course order."""
    missing: tuple[str, ...]
    """Practices that need more answers (empty when the result is valid)."""
    dont_know: int
    answered: int

    @property
    def valid(self) -> bool:
        return self.score is not None

    def practice(self, pid: str) -> PracticeResult:
        return next(p for p in self.practices if p.practice == pid)


def score(inst: Instrument, answers: Mapping[str, int | None]) -> Result:
    """Score one respondent. Unknown statement ids or values outside 1–5 are programming errors."""
    unknown = set(answers) - set(inst.statement_ids)
    if unknown:
        raise ValueError(f"unknown statements: {sorted(unknown)}")
    values = {sid: answers.get(sid) for sid in inst.statement_ids}
    for sid, v in values.items():
        if v is not None and (isinstance(v, bool) or v not in (1, 2, 3, 4, 5)):
            raise ValueError(f"{sid}: {v!r} is not 1–5 or None")

    practices = []
    for pid in inst.practices:
        given = [values[sid] for sid in inst.statements_of(pid) if values[sid] is not None]
        enough = len(given) >= inst.min_answered
        mean = Fraction(sum(given), len(given)) if enough else None
        practices.append(PracticeResult(pid, len(given), len(inst.statements_of(pid)) - len(given), mean,
                                        inst.stage_of_mean(mean) if mean is not None else None))
    missing = tuple(p.practice for p in practices if p.mean is None)
    given_all = [v for v in values.values() if v is not None]
    dont_know = len(values) - len(given_all)
    if missing:
        return Result(None, INSUFFICIENT, None, tuple(practices), missing, dont_know, len(given_all))
    # The mean over all answered statements, not the mean of the practice
    # means: with "don't know" answers the two differ.
    s = Fraction(SCALE * sum(given_all), len(given_all))
    return Result(s, inst.stage_of_score(s), inst.near(s), tuple(practices), (), dont_know, len(given_all))


def weakest_first(result: Result) -> list[PracticeResult]:
    """Practices by mean, lowest first; ties keep course order (sorted() is stable)."""
    return sorted((p for p in result.practices if p.mean is not None), key=lambda p: p.mean)


# --- teams -----------------------------------------------------------------------

@dataclass(frozen=True)
class Group:
    role: str
    size: int
    """Valid respondents in the group."""
    score: Fraction | None
    practice_means: dict[str, Fraction] = field(default_factory=dict)


@dataclass(frozen=True)
class Team:
    score: Fraction | None
    stage: str
    near_boundary: tuple[str, str] | None
    basis: str
    """`both` (sales and marketing), `sales`, `marketing`, `other`, or `none`."""
    one_sided: bool
    """The score does not rest on both the sales and the marketing view."""
    groups: dict[str, Group]
    practice_means: dict[str, Fraction]
    practice_stages: dict[str, str]
    gaps: dict[str, Fraction | None]
    """|sales mean − marketing mean| per practice; None unless both teams answered."""
    flagged: tuple[str, ...]
    """Practices whose gap reaches `gap_flag`, in course order."""
    excluded: int
    """Respondents left out for too few answers."""


def _mean(values: Sequence[Fraction]) -> Fraction | None:
    return sum(values, Fraction(0)) / len(values) if values else None


def team(inst: Instrument, respondents: Iterable[tuple[str, Result]]) -> Team:
    """Combine (role, result) pairs. Sales and marketing weigh equally whatever their size;
    `other` counts only when neither of them answered."""
    members: dict[str, list[Result]] = {r: [] for r in ROLES}
    excluded = 0
    for role, result in respondents:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        if result.valid:
            members[role].append(result)
        else:
            excluded += 1
    groups = {
        role: Group(role, len(rs), _mean([r.score for r in rs]),
                    {pid: _mean([r.practice(pid).mean for r in rs]) for pid in inst.practices} if rs else {})
        for role, rs in members.items()
    }
    present = [role for role in SIDES if groups[role].size]
    if len(present) == 2:
        basis = "both"
    elif present:
        basis = present[0]
    elif groups["other"].size:
        basis = "other"
    else:
        basis = "none"
    used = list(SIDES) if basis == "both" else ([basis] if basis != "none" else [])
    score_ = _mean([groups[r].score for r in used])
    means = {pid: _mean([groups[r].practice_means[pid] for r in used]) for pid in inst.practices} if used else {}
    gaps: dict[str, Fraction | None] = {
        pid: abs(groups["sales"].practice_means[pid] - groups["marketing"].practice_means[pid])
        if basis == "both" else None
        for pid in inst.practices
    }
    flagged = tuple(pid for pid, g in gaps.items() if g is not None and g >= inst.gap_flag)
    return Team(
        score=score_,
        stage=inst.stage_of_score(score_) if score_ is not None else INSUFFICIENT,
        near_boundary=inst.near(score_) if score_ is not None else None,
        basis=basis, one_sided=basis not in ("both", "none"),
        groups=groups, practice_means=means,
        practice_stages={pid: inst.stage_of_mean(m) for pid, m in means.items()},
        gaps=gaps, flagged=flagged, excluded=excluded,
    )


# --- result codes ------------------------------------------------------------------
# A result code is `<version>.` and then the version's fields, separated by dots.
# Version 3: `3.<fingerprint>.<role>.<answers>` — the statement-set fingerprint,
# the respondent's role as one letter (ROLE_LETTERS), then one character per
# statement in instrument order: `1`–`5`, or `0` for "don't know" / not
# answered. Version 2 is the same without the role (`2.<fingerprint>.<answers>`);
# it is still written when a respondent has not said their role, and still read
# (the team page then asks for the role). The share link is the diagnostic page
# with `#r=<code>`. Version 1 (`1.<answers>`) carried no fingerprint. A code that
# is well formed but made for another statement set (another fingerprint, or
# version 1) is read as OTHER_SET — never scored against statements its
# respondent did not see. A later version adds a reader to _READERS and keeps
# the older ones.

CODE_VERSION = "3"
"""The version written when the role is known (version 2 when it is not)."""
ROLE_LETTERS = {"sales": "s", "marketing": "m", "other": "o"}
_ROLE_OF_LETTER = {letter: role for role, letter in ROLE_LETTERS.items()}

OK = "ok"
OTHER_SET = "other_set"
MALFORMED = "malformed"

_ANSWERS = re.compile(r"[0-5]+")
_FINGERPRINT = re.compile(r"[0-9a-f]{%d}" % FINGERPRINT_LENGTH)


@dataclass(frozen=True)
class CodeReading:
    """What a pasted code or link turned out to be."""

    status: str
    """OK, OTHER_SET or MALFORMED."""
    answers: dict[str, int | None] | None = None
    """The answers, when the status is OK."""
    role: str | None = None
    """The role the respondent stated (a version 3 code read OK), else None."""


def encode(inst: Instrument, answers: Mapping[str, int | None], role: str | None = None) -> str:
    """Version 3 with the role; version 2 when the respondent has not said it."""
    digits = "".join(str(answers.get(sid) or 0) for sid in inst.statement_ids)
    if role is None:
        return ".".join(("2", inst.fingerprint, digits))
    return ".".join((CODE_VERSION, inst.fingerprint, ROLE_LETTERS[role], digits))


def _read_v1(inst: Instrument, fields: list[str]) -> CodeReading:
    if len(fields) == 1 and _ANSWERS.fullmatch(fields[0]):
        return CodeReading(OTHER_SET)
    return CodeReading(MALFORMED)


def _read_v2(inst: Instrument, fields: list[str]) -> CodeReading:
    if len(fields) != 2 or not _FINGERPRINT.fullmatch(fields[0]) or not _ANSWERS.fullmatch(fields[1]):
        return CodeReading(MALFORMED)
    fp, digits = fields
    if fp != inst.fingerprint:
        return CodeReading(OTHER_SET)  # another set may have another length: only the fingerprint counts
    if len(digits) != len(inst.statements):
        return CodeReading(MALFORMED)
    return CodeReading(OK, {sid: (int(d) or None) for sid, d in zip(inst.statement_ids, digits)})


def _read_v3(inst: Instrument, fields: list[str]) -> CodeReading:
    if len(fields) != 3 or fields[1] not in _ROLE_OF_LETTER:
        return CodeReading(MALFORMED)
    reading = _read_v2(inst, [fields[0], fields[2]])
    return CodeReading(OK, reading.answers, _ROLE_OF_LETTER[fields[1]]) if reading.status == OK else reading


_READERS = {"1": _read_v1, "2": _read_v2, "3": _read_v3}


SPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
        "\u2028\u2029\u202f\u205f\u3000\ufeff"
"""What JavaScript's trim() removes (its WhiteSpace and LineTerminator), so that both sides strip the
same characters: Python's strip() also takes \\x1c–\\x1f and \\x85, and leaves \\ufeff."""


def read_code(inst: Instrument, text: str) -> CodeReading:
    """A result code, `r=<code>`, or a link ending in `#r=<code>`."""
    if not isinstance(text, str) or len(text) > _MAX_CODE_INPUT:
        return CodeReading(MALFORMED)
    text = text.strip(SPACE)
    if "#" in text:
        text = text.split("#", 1)[1]
    if text.startswith("r="):
        text = text[2:]
    version, *fields = text.split(".")
    reader = _READERS.get(version)
    return reader(inst, fields) if reader else CodeReading(MALFORMED)


def decode(inst: Instrument, text: str) -> dict[str, int | None] | None:
    """The answers of a code of this statement set; None for anything else."""
    return read_code(inst, text).answers


# --- many results pasted at once --------------------------------------------------------
# The team page takes a whole pasted block (a chat export: names, times and
# messages around the links) and picks out every result in it. The rules,
# the same in assets/diagnostic.js (checked by the shared vectors, `paste`):
#  1. A result is either a link's `r=` part — `r=` after `#` or at the start of
#     a word — followed by the code, or a bare code: a word that starts with
#     one digit, a dot, the six hex digits of a fingerprint and a dot. Only ASCII letters,
#     digits and dots belong to a code; anything else (space, `<`, `)`, `,`,
#     an emoji) ends it. Dots at its end are dropped (a sentence may end there).
#  2. A code seen earlier in the same paste, or among `seen` (the results
#     already on the page), is a DUPLICATE and skipped: forwarding a message
#     twice must not count a person twice.
#  3. Every other code is read as by read_code: OK, OTHER_SET or MALFORMED.
# Times ("10.45"), prices ("1.500.000") and phone numbers never match rule 1.

DUPLICATE = "duplicate"
MAX_PASTE = 200_000
"""Characters (code points: an emoji is one) read from one paste: a chat export of a long workshop
is far shorter."""

_CANDIDATE = re.compile(r"(^|[^0-9A-Za-z])r=([0-9A-Za-z.]*)|(^|[^0-9A-Za-z.=#/])([0-9]\.[0-9a-f]{%d}\.[0-9A-Za-z.]*)"
                        % FINGERPRINT_LENGTH)
"""Rule 1, written as in diagnostic.js: ASCII classes only, so both agree on every character, and the
character before a result is matched rather than looked behind at (older Safari cannot parse a
look-behind). A match never ends on a character the next one needs, so nothing is missed."""


@dataclass(frozen=True)
class Found:
    """One result picked out of a paste."""

    code: str
    """The code as found (without `#r=`)."""
    status: str
    """OK, OTHER_SET, MALFORMED or DUPLICATE."""
    answers: dict[str, int | None] | None = None
    role: str | None = None


def extract_codes(text: str) -> list[str]:
    """Every candidate code in a pasted text, in order (rule 1; duplicates kept)."""
    if not isinstance(text, str):
        return []
    return [(m.group(2) if m.group(2) is not None else m.group(4)).rstrip(".")
            for m in _CANDIDATE.finditer(text[:MAX_PASTE])]


def extract_results(inst: Instrument, text: str, seen: Iterable[str] = ()) -> list[Found]:
    """Every result in a pasted text with what became of it (rules 1–3)."""
    known = set(seen)
    out = []
    for code in extract_codes(text):
        if code in known:
            out.append(Found(code, DUPLICATE))
            continue
        known.add(code)
        reading = read_code(inst, code)
        out.append(Found(code, reading.status, reading.answers, reading.role))
    return out


# --- how figures are shown -----------------------------------------------------------

def floor_text(value: Fraction, places: int, mark: str = ".") -> str:
    """Rounded down, so a shown figure never suggests a higher stage than the exact one."""
    scaled = (value * 10 ** places).__floor__()
    whole, frac = divmod(scaled, 10 ** places)
    return f"{whole}{mark}{frac:0{places}d}" if places else str(whole)


def exact_text(value: Fraction | None) -> str | None:
    """`n/d` (or `n`) — how test vectors state exact values."""
    if value is None:
        return None
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


SCORE_PLACES = 1
MEAN_PLACES = 2
