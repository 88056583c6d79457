"""The cohort report of `course score --report`: one self-contained HTML page. Pure: no file I/O."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from ..course import Course
from ..diagnostic import scoring
from ..diagnostic.cohort import Cohort
from ..diagnostic.summary import Words, used_roles
from .render_diagnostic import ENV, lesson_href

def _bar_rows(values: list[tuple[str, Fraction | None, str]], maximum: Fraction) -> list[dict[str, Any]]:
    return [{"label": label, "value": value, "text": text,
             "share": float(value / maximum) if value is not None and maximum else 0.0}
            for label, value, text in values]


def report_html(course: Course, inst: scoring.Instrument, cohort: Cohort, lang: str) -> str:
    """A self-contained HTML page for a workshop: inline styles and SVG, no script, nothing external."""
    w = Words(course, lang)
    t = cohort.team
    stage_ids = [s for s, _ in inst.stages] + [scoring.INSUFFICIENT]
    counts = {s: sum(1 for r in cohort.results if r.stage == s) for s in stage_ids}
    most = max(counts.values()) or 1
    distribution = [{"name": w.stage(s), "count": counts[s], "share": counts[s] / most} for s in stage_ids]
    roles = used_roles(t)
    practices = []
    for pid in inst.practices:
        practices.append({
            "id": pid, "name": w.practice(pid),
            "bars": [{"role": r, "label": w.role(r), "value": t.groups[r].practice_means[pid],
                      "text": f"{w.role(r)} {w.mean(t.groups[r].practice_means[pid])} · "
                              f"{w.stage(inst.stage_of_mean(t.groups[r].practice_means[pid]))}",
                      "cell": f"{w.mean(t.groups[r].practice_means[pid])} · "
                              f"{w.stage(inst.stage_of_mean(t.groups[r].practice_means[pid]))}",
                      "share": float(t.groups[r].practice_means[pid] / 5)} for r in roles],
            "gap": w.mean(t.gaps[pid]) if t.gaps[pid] is not None else None,
            "flagged": pid in t.flagged,
        })
    recs = []
    if t.score is not None:
        ordered = sorted(inst.practices, key=lambda pid: t.practice_means[pid])
        for pid in ordered:
            stage = t.practice_stages[pid]
            nxt = inst.next_stage(stage)
            lesson = course.lesson_for_practice(pid)
            recs.append({
                "name": w.practice(pid), "mean": w.mean(t.practice_means[pid]), "stage": w.stage(stage),
                "lead": w["from_to"].format(**{"from": w.stage(stage), "to": w.stage(nxt)}) if nxt else w["at_top"],
                "steps": [s[lang] for s in course.practice(pid).next_steps.get(stage, [])] if nxt else [],
                "advice": "" if nxt else course.stage(stage).advice[lang],
                "lesson": ({"title": lesson.title[lang],
                            "href": f"{course.academy.site_url}{lang}/{lesson_href(lesson.id)}"} if lesson else None),
            })
    cuts = [{"x": float(cut / scoring.SCALE / 5), "name": w.stage(s)} for s, cut in inst.stages]
    people = [{"id": row.respondent, "role": w.role(row.role), "score": w.score(r.score), "stage": w.stage(r.stage),
               "near": bool(r.near_boundary), "dont_know": r.dont_know} for row, r in zip(cohort.rows, cohort.results)]
    stage = course.stage(t.stage) if t.score is not None else None
    return ENV.get_template("diagnostic_report.html.j2").render(
        lang=lang, w=w, t=t, title=w["report_title"], course_title=course.info.title[lang],
        stage_name=w.stage(t.stage), score=w.score(t.score) if t.score is not None else None,
        near=(w["near_boundary"].format(lower=w.stage(t.near_boundary[0]), upper=w.stage(t.near_boundary[1]))
              if t.near_boundary else None),
        meaning=stage.description[lang] if stage else None, advice=stage.advice[lang] if stage else None,
        one_sided=(w["other_only"] if t.basis == "other" else
                   w["one_sided"].format(group=w.role(t.basis)) if t.one_sided else None),
        excluded=w["excluded"].format(count=t.excluded) if t.excluded else None,
        groups=[{"name": w.role(r), "size": g.size, "score": w.score(g.score)} for r, g in t.groups.items()],
        distribution=distribution, practices=practices, roles=[{"id": r, "name": w.role(r)} for r in roles],
        both=t.basis == "both", gap_limit=w.mean(inst.gap_flag), cuts=cuts, recs=recs, people=people,
        source=course.model.source[lang],
    )


