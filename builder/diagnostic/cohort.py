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


def to_json(inst: scoring.Instrument, cohort: Cohort) -> dict[str, Any]:
    """The machine-readable result; `*_exact` fields give the exact fraction as `n/d`."""
    t = cohort.team
    respondents = []
    for row, r in zip(cohort.rows, cohort.results, strict=True):
        respondents.append({
            "respondent": row.respondent, "role": row.role, "line": row.line,
            "score": _num(r.score), "score_exact": scoring.exact_text(r.score),
            "stage": r.stage, "near_boundary": list(r.near_boundary) if r.near_boundary else None,
            "dont_know": r.dont_know, "missing": list(r.missing),
            "same_rating": list(r.same_rating) if r.same_rating else None,
            "practices": {p.practice: {"mean": _num(p.mean), "mean_exact": scoring.exact_text(p.mean),
                                       "stage": p.stage} for p in r.practices},
        })
    team = {
        "score": _num(t.score), "score_exact": scoring.exact_text(t.score), "stage": t.stage,
        "near_boundary": list(t.near_boundary) if t.near_boundary else None,
        "basis": t.basis, "one_sided": t.one_sided, "excluded": t.excluded,
        "groups": {role: {"size": g.size, "score": _num(g.score), "score_exact": scoring.exact_text(g.score)}
                   for role, g in t.groups.items()},
        "practices": {pid: {"mean": _num(t.practice_means.get(pid)), "stage": t.practice_stages.get(pid),
                            "sales": _num(t.groups["sales"].practice_means.get(pid)),
                            "marketing": _num(t.groups["marketing"].practice_means.get(pid))}
                      for pid in inst.practices},
        "gaps": {pid: _num(g) for pid, g in t.gaps.items()},
        "gaps_exact": {pid: scoring.exact_text(g) for pid, g in t.gaps.items()},
        "flagged": list(t.flagged),
        "same_rating": t.same_rating,
    }
    return {"respondents": respondents, "team": team}


