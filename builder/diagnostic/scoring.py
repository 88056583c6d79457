"""Scoring of the stage diagnostic: the reference the browser code is tested against.

Everything is exact (Fraction): a score of 60 must place an organisation at
the higher stage even when it is the average of awkward thirds, which
floating point would leave at 59.999…. Cut-offs come from course/model.yaml
(`from_score`), rules from quizzes/diagnostic.yaml (`rules`); nothing here
knows that there are four stages or six practices.

Answers are given per statement id: 1–5, or None for "don't know" (a
statement that was not answered at all counts the same way).

Result codes (how answers travel in a link) are in codes.py, the rules that pick
results out of a pasted chat in paste.py. The browser's copy of each is the file of
the same name in builder/site/assets/diagnostic/ (scoring.js, codes.js, paste.js).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import unicodedata
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

if TYPE_CHECKING:
    from ..course import Course
    from ..schema import Diagnostic, Model

SCALE = 20
"""S = 20 × mean answer: the 1–5 mean on the article's 20–100 scale (20 statements × 1–5)."""

ROLES = ("sales", "marketing", "other")
SIDES = ("sales", "marketing")
INSUFFICIENT = "insufficient"

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
    same_rating: int = 75
    """Percent of answered statements on one rating from which a result is said to be answered alike
    (diagnostic.yaml `rules.same_rating`; see `same_rating_of`)."""
    min_group: int = 3
    """Privacy: the fewest people any figure shown may rest on (diagnostic.yaml `rules.min_group`; see `shown`)."""

    @classmethod
    def build(cls, model: Model, diagnostic: Diagnostic) -> Instrument:
        """From the validated model.yaml and diagnostic.yaml records."""
        order = [p.id for p in model.practices]
        statements = tuple((s.id, s.practice) for pid in order
                           for s in diagnostic.statements if s.practice == pid)
        rules = diagnostic.rules
        return cls(statements=statements, practices=tuple(order),
                   stages=tuple((s.id, Fraction(s.from_score)) for s in model.stages),
                   min_answered=rules.min_answered,
                   near_boundary=Fraction(rules.near_boundary), gap_flag=Fraction(rules.gap_flag),
                   fingerprint=statement_set_fingerprint(diagnostic, [sid for sid, _ in statements]),
                   same_rating=rules.same_rating, min_group=rules.min_group)

    @classmethod
    def from_course(cls, course: Course) -> Instrument:
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
        for (lower, _), (upper, cut) in itertools.pairwise(self.stages):
            if abs(score - cut) <= self.near_boundary:
                return lower, upper
        return None

    def next_stage(self, stage: str) -> str | None:
        ids = [s for s, _ in self.stages]
        i = ids.index(stage)
        return ids[i + 1] if i + 1 < len(ids) else None


def statement_set_fingerprint(diagnostic: Diagnostic, order: Sequence[str]) -> str:
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
    by_id = {s.id: s for s in diagnostic.statements}
    scale = diagnostic.scale
    canonical = {
        "statements": [[sid, by_id[sid].practice, normalised(by_id[sid].text.id), normalised(by_id[sid].text.en)]
                       for sid in order],
        "scale": [[normalised(label.id), normalised(label.en)] for label in scale.labels]
                 + [[normalised(scale.dont_know.id), normalised(scale.dont_know.en)]],
    }
    return digest(canonical_json(canonical))


def normalised(text: str) -> str:
    """A text as a fingerprint reads it: NFC, each run of whitespace one space, none at either end (re-wrapping
    a YAML block changes nothing)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def canonical_json(data: object) -> str:
    """`data` as one JSON text, keys sorted, no spaces, characters as they are: what a fingerprint hashes."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def digest(text: str) -> str:
    """A fingerprint: the first FINGERPRINT_LENGTH hex digits of the SHA-256 of `text` (UTF-8). The diagnostic's
    statement set, the pre/post test's item set and the evaluation's question set are each named so."""
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
    same_rating: tuple[int, int] | None = None
    """(rating, how many answers carry it) when the answers fall under the same-rating rule
    (`same_rating_of`); None otherwise, and always for an insufficient result."""

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
        given = [v for sid in inst.statements_of(pid) if (v := values[sid]) is not None]
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
    return Result(s, inst.stage_of_score(s), inst.near(s), tuple(practices), (), dont_know, len(given_all),
                  same_rating_of(inst, given_all))


def same_rating_of(inst: Instrument, given: Sequence[int]) -> tuple[int, int] | None:
    """The same-rating rule: (rating, count) when at least `inst.same_rating` percent of the answered
    statements carry one rating, else None.

    Answers that are nearly all alike are either all low, often honest where the practices do not
    exist yet, or all agreeing, often given to go along with the statements rather than to describe
    the company; the result says so, it does not change the score.
    "Don't know" is not an answer here either. The share is compared exactly (count × 100 against
    percent × answered), and the percent is above 50, so at most one rating can reach it; the most
    frequent rating is found from 1 up, so the rule has one answer even if that ever changed.
    """
    if not given:
        return None
    count, rating = max((given.count(v), -v) for v in (1, 2, 3, 4, 5))
    if count * 100 >= inst.same_rating * len(given):
        return -rating, count
    return None


def weakest_first(result: Result) -> list[PracticeResult]:
    """Practices by mean, lowest first; ties keep course order (sorted() is stable)."""
    means = [(p.mean, p) for p in result.practices if p.mean is not None]
    return [p for _, p in sorted(means, key=lambda pair: pair[0])]


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
    same_rating: int = 0
    """Valid respondents whose answers fall under the same-rating rule (`same_rating_of`)."""


def _mean(values: Sequence[Fraction]) -> Fraction:
    """The mean of at least one value."""
    return sum(values, Fraction(0)) / len(values)


def _known(value: Fraction | None) -> Fraction:
    """A score or practice mean of a valid result, or of a group with members: never None."""
    if value is None:
        raise ValueError("a valid result without its score or a practice mean")
    return value


def _group(role: str, results: Sequence[Result], practices: Sequence[str]) -> Group:
    """A group of valid results: its mean score and practice means (none when it is empty)."""
    if not results:
        return Group(role, 0, None, {})
    return Group(role, len(results), _mean([_known(r.score) for r in results]),
                 {pid: _mean([_known(r.practice(pid).mean) for r in results]) for pid in practices})


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
    groups = {role: _group(role, rs, inst.practices) for role, rs in members.items()}
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
    score_ = _mean([_known(groups[r].score) for r in used]) if used else None
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
        same_rating=sum(1 for rs in members.values() for r in rs if r.same_rating is not None),
    )


@dataclass(frozen=True)
class Shown:
    """Which of a team's figures may be shown (the privacy rule, `shown`); a hidden one reads "too few to show"."""

    team: bool
    """The team's score, stage, practice means and next steps."""
    groups: dict[str, bool]
    """Each role's mean score and practice means."""
    gap: bool
    """The gaps between sales and marketing, and the practices flagged for them."""
    distribution: bool
    """How many respondents are at each stage, and how many answered alike."""


def shown(inst: Instrument, t: Team) -> Shown:
    """The privacy rule: a figure is shown only when every group of people it rests on has at least
    `inst.min_group` valid respondents, so no one's answers can be worked out from what is shown.

    A role's figures rest on that role; the gap on both sales and marketing; the team's on every
    group its score uses (both sides when both answered: with the sales mean shown, a team score
    resting on one marketing person would give that person's score away); the stage distribution
    on everyone with a result. Group sizes and the number left out are counts, always shown.
    """
    ok = {role: g.size >= inst.min_group for role, g in t.groups.items()}
    used = list(SIDES) if t.basis == "both" else ([] if t.basis == "none" else [t.basis])
    return Shown(team=bool(used) and all(ok[r] for r in used), groups=ok,
                 gap=t.basis == "both" and ok["sales"] and ok["marketing"],
                 distribution=sum(g.size for g in t.groups.values()) >= inst.min_group)


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
