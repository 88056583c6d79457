"""A cohort's result in words: the terminal summary of `course score`, and the words the report uses."""

from __future__ import annotations

from fractions import Fraction

from ..course import Course
from . import scoring
from .cohort import Cohort


class Words:
    """The `diagnostic:` strings of ui.yaml and the model's names, in one language."""

    def __init__(self, course: Course, lang: str) -> None:
        self.course, self.lang = course, lang
        self.t = {name: getattr(course.ui.diagnostic, name)[lang] for name in type(course.ui.diagnostic).model_fields}

    def __getitem__(self, key: str) -> str:
        return self.t[key]

    def stage(self, stage_id: str | None) -> str:
        if stage_id is None or stage_id == scoring.INSUFFICIENT:
            return self.t["not_enough"]
        return self.course.stage(stage_id).name[self.lang]

    def practice(self, pid: str) -> str:
        return self.course.practice(pid).name[self.lang]

    def role(self, role: str) -> str:
        return self.t[f"role_{role}"]

    def score(self, value: Fraction | None) -> str:
        return scoring.floor_text(value, scoring.SCORE_PLACES, self.t["decimal_mark"]) if value is not None else "–"

    def mean(self, value: Fraction | None) -> str:
        return scoring.floor_text(value, scoring.MEAN_PLACES, self.t["decimal_mark"]) if value is not None else "–"


def used_roles(t: scoring.Team) -> list[str]:
    return list(scoring.SIDES) if t.basis == "both" else ([] if t.basis == "none" else [t.basis])


def summary(course: Course, inst: scoring.Instrument, cohort: Cohort, lang: str) -> str:
    """A readable summary for the terminal."""
    w = Words(course, lang)
    t = cohort.team
    lines = [w["team_result"], "=" * len(w["team_result"]),
             w["stage_line"].format(stage=w.stage(t.stage))]
    if t.score is not None:
        lines.append(w["score"].format(score=w.score(t.score)))
        if t.near_boundary:
            lower, upper = t.near_boundary
            lines.append(w["near_boundary"].format(lower=w.stage(lower), upper=w.stage(upper)))
        lines.append(w["team_rule"])
    if t.basis == "other":
        lines.append("! " + w["other_only"])
    elif t.one_sided:
        lines.append("! " + w["one_sided"].format(group=w.role(t.basis)))
    if t.excluded:
        lines.append(w["excluded"].format(count=t.excluded))
    if t.same_rating:
        lines.append("! " + w["team_same_rating"].format(
            count=t.same_rating, total=sum(g.size for g in t.groups.values()), percent=inst.same_rating))
    lines += ["", w["groups"]]
    for role, g in t.groups.items():
        lines.append(f"  {w.role(role)}: {w['respondents']} {g.size}, {w['mean_score']} {w.score(g.score)}")
    roles = used_roles(t)
    if roles:
        lines += ["", w["by_practice"]]
        for pid in inst.practices:
            parts = [f"{w.role(r)} {w.mean(t.groups[r].practice_means[pid])}" for r in roles]
            if t.gaps[pid] is not None:
                flagged = f" ({w['gap_flagged']})" if pid in t.flagged else ""
                parts.append(f"{w['gap']} {w.mean(t.gaps[pid])}{flagged}")
            lines.append(f"  {w.practice(pid)}: " + " · ".join(parts))
    lines += ["", w["respondents"]]
    for row, r in zip(cohort.rows, cohort.results, strict=True):
        detail = f"{w.stage(r.stage)}, {w.score(r.score)}" if r.valid else (
            w.stage(r.stage) + ": " + ", ".join(w.practice(p) for p in r.missing))
        edge = f" ~ {w.stage(r.near_boundary[0])} / {w.stage(r.near_boundary[1])}" if r.near_boundary else ""
        alike = f" ({w['same_mark']})" if r.same_rating else ""
        lines.append(f"  {row.respondent} ({w.role(row.role)}): {detail}{edge}{alike}")
    return "\n".join(lines)


