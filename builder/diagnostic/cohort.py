"""A workshop's respondents scored as one cohort, and the machine-readable result."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from . import scoring
from .answers import Row


@dataclass(frozen=True)
class Cohort:
    rows: tuple[Row, ...]
    results: tuple[scoring.Result, ...]
    team: scoring.Team


def score_cohort(inst: scoring.Instrument, rows: list[Row]) -> Cohort:
    results = tuple(scoring.score(inst, r.answers) for r in rows)
    roles = [(r.role, res) for r, res in zip(rows, results, strict=True)]
    return Cohort(tuple(rows), results, scoring.team(inst, roles))


def _num(value: Fraction | None) -> float | None:
    return float(value) if value is not None else None


def stage_counts(inst: scoring.Instrument, cohort: Cohort) -> dict[str, int]:
    """How many respondents are at each stage (and left out), every stage listed."""
    stages = [sid for sid, _ in inst.stages] + [scoring.INSUFFICIENT]
    return {stage: sum(1 for r in cohort.results if r.stage == stage) for stage in stages}


def shown_team(inst: scoring.Instrument, cohort: Cohort) -> dict[str, Any]:
    """The team's figures the privacy rule lets a page show (`scoring.shown`), exact (`n/d`); every
    hidden figure is None (or left out), so nothing hidden is even in the file. The report embeds it;
    the group sizes stay, as they are counts and decide what is shown."""
    t = cohort.team
    shown = scoring.shown(inst, t)
    ex = scoring.exact_text
    team = {
        "score": ex(t.score) if shown.team else None,
        "stage": t.stage if shown.team or t.stage == scoring.INSUFFICIENT else None,
        "near_boundary": list(t.near_boundary) if shown.team and t.near_boundary else None,
        "basis": t.basis, "one_sided": t.one_sided, "excluded": t.excluded,
        "same_rating": t.same_rating if shown.distribution else 0,
        "groups": {role: {"size": g.size,
                          "score": ex(g.score) if shown.groups[role] else None,
                          "practice_means": {pid: ex(m) for pid, m in g.practice_means.items()}
                          if shown.groups[role] else {}}
                   for role, g in t.groups.items()},
        "practice_means": {pid: ex(m) for pid, m in t.practice_means.items()} if shown.team else {},
        "practice_stages": dict(t.practice_stages) if shown.team else {},
        "gaps": {pid: ex(g) if shown.gap else None for pid, g in t.gaps.items()},
        "flagged": list(t.flagged) if shown.gap else [],
    }
    return {"team": team, "distribution": stage_counts(inst, cohort) if shown.distribution else None}


def to_json(inst: scoring.Instrument, cohort: Cohort) -> dict[str, Any]:
    """The machine-readable result, under the privacy rule as every page is: no names, no one's own
    answers or result, and no figure of a group under `min_group` people (None, and `shown` says which).
    `*_exact` fields give the exact fraction as `n/d`.

    Of the respondents it keeps the count and the lines (of the CSV or the pasted chat) of those left
    out for too few answers: a line is a place in the instructor's own file, which holds the answers
    anyway, and it is what they need to find and fix that row; a name would travel with the JSON."""
    t = cohort.team
    shown = scoring.shown(inst, t)
    private = shown_team(inst, cohort)["team"]

    def fig(value: Fraction | None, ok: bool) -> float | None:
        return _num(value) if ok else None

    team = {
        "score": fig(t.score, shown.team), "score_exact": private["score"], "stage": private["stage"],
        "near_boundary": private["near_boundary"],
        "basis": t.basis, "one_sided": t.one_sided, "excluded": t.excluded,
        "groups": {role: {"size": g.size, "score": fig(g.score, shown.groups[role]),
                          "score_exact": private["groups"][role]["score"]}
                   for role, g in t.groups.items()},
        "practices": {pid: {"mean": fig(t.practice_means.get(pid), shown.team),
                            "stage": t.practice_stages.get(pid) if shown.team else None,
                            "sales": fig(t.groups["sales"].practice_means.get(pid), shown.groups["sales"]),
                            "marketing": fig(t.groups["marketing"].practice_means.get(pid), shown.groups["marketing"])}
                      for pid in inst.practices},
        "gaps": {pid: fig(g, shown.gap) for pid, g in t.gaps.items()},
        "gaps_exact": private["gaps"],
        "flagged": private["flagged"],
        "same_rating": private["same_rating"],
        "distribution": stage_counts(inst, cohort) if shown.distribution else None,
        "shown": {"team": shown.team, "groups": shown.groups, "gap": shown.gap, "distribution": shown.distribution},
        "min_group": inst.min_group,
    }
    left_out = [row.line for row, r in zip(cohort.rows, cohort.results, strict=True) if not r.valid]
    respondents = {"count": len(cohort.rows), "left_out_lines": left_out}
    return {"respondents": respondents, "team": team}
