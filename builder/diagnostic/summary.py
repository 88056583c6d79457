"""A cohort's result in words: the terminal summary of `course score`, and the words the report uses."""

from __future__ import annotations

from fractions import Fraction

from ..course import Course
from . import scoring
from .cohort import Cohort, stage_counts


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
    """A readable summary for the terminal, under the privacy rule as the team page is (`scoring.shown`):
    no names, no one's own result, and "too few to show" for a group under `min_group` people."""
    w = Words(course, lang)
    p = course.ui.privacy
    too_few = p.too_few[lang].format(min=inst.min_group)
    t = cohort.team
    shown = scoring.shown(inst, t)
    lines = [w["team_result"], "=" * len(w["team_result"])]
    if t.stage == scoring.INSUFFICIENT or shown.team:
        lines.append(w["stage_line"].format(stage=w.stage(t.stage)))
    else:
        lines.append("! " + p.too_few_team[lang].format(min=inst.min_group))
    if t.score is not None and shown.team:
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
    if t.same_rating and shown.distribution:
        lines.append("! " + w["team_same_rating"].format(
            count=t.same_rating, total=sum(g.size for g in t.groups.values()), percent=inst.same_rating))
    lines += ["", w["groups"]]
    for role, g in t.groups.items():
        mean = w.score(g.score) if shown.groups[role] or not g.size else too_few
        lines.append(f"  {w.role(role)}: {w['respondents']} {g.size}, {w['mean_score']}: {mean}")
    lines += ["", w["distribution"]]
    if shown.distribution:
        for stage, n in stage_counts(inst, cohort).items():
            lines.append(f"  {w.stage(stage)}: {n}")
    else:
        lines.append(f"  {too_few}")
    roles = [r for r in used_roles(t) if shown.groups[r]]
    lines += ["", w["by_practice"]]
    if not roles:
        lines.append(f"  {too_few}")
    for pid in inst.practices if roles else ():
        parts = [f"{w.role(r)} {w.mean(t.groups[r].practice_means[pid])}" for r in roles]
        if shown.gap and t.gaps[pid] is not None:
            flagged = f" ({w['gap_flagged']})" if pid in t.flagged else ""
            parts.append(f"{w['gap']} {w.mean(t.gaps[pid])}{flagged}")
        lines.append(f"  {w.practice(pid)}: " + " · ".join(parts))
    if t.basis == "both" and not shown.gap:
        lines.append(f"  {w['gap']}: {too_few}")
    lines += ["", p.private_note[lang].format(min=inst.min_group)]
    return "\n".join(lines)
