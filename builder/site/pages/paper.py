"""The diagnostic on paper (issue 21): a printable form and a one-page manual scoring key. Pure.

Both pages read everything from the course: the statements and their order
(`scoring.Instrument`), the answer labels, the roles, the statement set's
fingerprint, and for the key the scoring rules and the stages' cut-offs. The key's
worked example is scored with `scoring.score`, the reference `course score` uses,
so the key shows exactly what `course score` prints for those answers.
"""

from __future__ import annotations

from typing import Any

from ...course import Course
from ...diagnostic import scoring
from .templating import ENV as _ENV

# Every value escaped, as on the diagnostic and team pages (mostly raw HTML inside Markdown).
ENV = _ENV.overlay(autoescape=True)

FORM_PAGE = "diagnostic-paper.md"
KEY_PAGE = "diagnostic-key.md"


def links(course: Course, lang: str) -> dict[str, Any]:
    """The lead-in and the two links (site-root relative .md paths), for the pages that point to them."""
    p = course.ui.paper
    return {"cta": p.cta[lang], "pages": [{"title": p.form_title[lang], "href": FORM_PAGE},
                                          {"title": p.key_title[lang], "href": KEY_PAGE}]}


def _groups(course: Course, lang: str, inst: scoring.Instrument) -> list[dict[str, Any]]:
    texts = {s.id: s.text[lang] for s in course.diagnostic.statements}
    groups, number = [], 0
    for n, practice in enumerate(course.model.practices, start=1):
        items = []
        for sid in inst.statements_of(practice.id):
            number += 1
            items.append({"id": sid, "number": number, "text": texts[sid]})
        groups.append({"id": practice.id, "number": n, "name": practice.name[lang], "statements": items})
    return groups


def paper_form_page(course: Course, lang: str) -> str:
    """Markdown source of `diagnostic-paper.md`: every statement with its five rating boxes and the
    "don't know" box, the role and the fingerprint; one A4 page when printed."""
    inst = scoring.Instrument.from_course(course)
    scale = course.diagnostic.scale
    p = course.ui.paper
    return ENV.get_template("diagnostic_paper.md.j2").render(
        lang=lang, p={name: getattr(p, name)[lang] for name in type(p).model_fields},
        title=p.form_title[lang], diagnostic_title=course.diagnostic.title[lang],
        course_title=course.info.title[lang],
        how=p.form_how[lang].format(dont_know=scale.dont_know[lang]),
        groups=_groups(course, lang, inst),
        labels=[(str(i), label[lang]) for i, label in enumerate(scale.labels, start=1)],
        dont_know=scale.dont_know[lang],
        role_question=course.ui.diagnostic.role_question[lang],
        roles=[getattr(course.ui.diagnostic, f"role_{role}")[lang] for role in scoring.ROLES],
        fingerprint=p.fingerprint[lang].format(fingerprint=inst.fingerprint),
        key_link={"title": p.key_title[lang], "href": KEY_PAGE},
    )


EXAMPLE_PATTERN = (4, 3, 2, 4, 3, 2, 2, 3, 4, 1, 3, 4, 2, 3, 3, 4, 2, 2, 3, 5, 4, 3, 1, 3)
"""The worked example's answers, statement by statement in instrument order (repeated when there
are more): varied, so that no rule but the ones it shows comes into play."""


def example_answers(inst: scoring.Instrument) -> dict[str, int | None]:
    """One respondent's answers for the key's worked example: the pattern above, with one "don't know"
    in the first practice when that practice keeps enough answers without it."""
    answers: dict[str, int | None] = {sid: EXAMPLE_PATTERN[i % len(EXAMPLE_PATTERN)]
                                      for i, sid in enumerate(inst.statement_ids)}
    first = inst.statements_of(inst.practices[0])
    if len(first) > inst.min_answered:
        answers[first[-1]] = None
    return answers


EXAMPLE_ROLE = "sales"


def _bands(course: Course, lang: str, inst: scoring.Instrument) -> list[dict[str, str]]:
    p = course.ui.paper
    out = []
    for i, (stage_id, cut) in enumerate(inst.stages):
        nxt = inst.stages[i + 1][1] if i + 1 < len(inst.stages) else None
        # Cut-offs are whole numbers (model.yaml `from_score`).
        low, high = str(int(cut)), str(int(nxt)) if nxt is not None else ""
        if i == 0:
            text = p.band_below[lang].format(to=high)
        elif nxt is None:
            text = p.band_from[lang].format(**{"from": low})
        else:
            text = p.band_between[lang].format(**{"from": low, "to": high})
        out.append({"stage": course.stage(stage_id).name[lang], "band": text})
    return out


def scoring_key_page(course: Course, lang: str) -> str:
    """Markdown source of `diagnostic-key.md`: the rules of `course score` for scoring paper forms by
    hand, every number read from the model and the scoring rules, and a worked example scored by
    `scoring.score` itself."""
    inst = scoring.Instrument.from_course(course)
    scale = course.diagnostic.scale
    p = course.ui.paper
    w = course.ui.diagnostic
    mark = w.decimal_mark[lang]
    rules = course.diagnostic.rules

    def fmt(text: str, **values: Any) -> str:  # placeholders named as in ui.yaml
        return text.format(**values)

    answers = example_answers(inst)
    result = scoring.score(inst, answers)
    names = {pr.id: pr.name[lang] for pr in course.model.practices}
    practices = []
    for pr in result.practices:
        given = [answers[sid] for sid in inst.statements_of(pr.practice)]
        practices.append({
            "name": names[pr.practice],
            "answers": [{"sid": sid, "value": answers[sid]} for sid in inst.statements_of(pr.practice)],
            "sum": sum(v for v in given if v is not None), "answered": pr.answered,
            "mean": scoring.floor_text(pr.mean, scoring.MEAN_PLACES, mark) if pr.mean is not None else "–",
            "stage": course.stage(pr.stage).name[lang] if pr.stage else w.not_enough[lang],
        })
    given_all = [v for v in answers.values() if v is not None]
    total: dict[str, Any] = {"sum": sum(given_all), "answered": len(given_all)}
    if result.score is not None:
        exact = scoring.floor_text(result.score, scoring.SCORE_PLACES + 3, mark)
        if result.score * 10 ** (scoring.SCORE_PLACES + 3) != int(result.score * 10 ** (scoring.SCORE_PLACES + 3)):
            exact += "…"
        score_text = scoring.floor_text(result.score, scoring.SCORE_PLACES, mark)
        total["line"] = fmt(p.example_total[lang], scale=scoring.SCALE, sum=total["sum"], answered=total["answered"],
                            exact=exact, score=score_text)
        total["score"] = w.score[lang].format(score=score_text)
        near = result.near_boundary
        total["near"] = (w.near_boundary[lang].format(lower=course.stage(near[0]).name[lang],
                                                      upper=course.stage(near[1]).name[lang]) if near else None)
    total["stage"] = w.stage_line[lang].format(
        stage=course.stage(result.stage).name[lang] if result.valid else w.not_enough[lang])
    count, rating = max((given_all.count(v), -v) for v in range(1, len(scale.labels) + 1))
    same_text = p.example_same_said[lang] if result.same_rating else p.example_same[lang]
    total["same"] = fmt(same_text, rating=-rating, count=count, answered=len(given_all), percent=inst.same_rating)

    steps = [
        fmt(p.key_practice[lang], min=inst.min_answered, not_enough=w.not_enough[lang]),
        fmt(p.key_total[lang], scale=scoring.SCALE),
        fmt(p.key_round[lang], mean_places=scoring.MEAN_PLACES, score_places=scoring.SCORE_PLACES),
        fmt(p.key_stage[lang], scale=scoring.SCALE),
        # As written in the rules (a decimal such as "2.5" with the page's decimal mark).
        fmt(p.key_near[lang], near=rules.near_boundary.replace(".", mark)),
        fmt(p.key_same[lang], percent=inst.same_rating),
    ]
    return ENV.get_template("diagnostic_key.md.j2").render(
        lang=lang, p={name: getattr(p, name)[lang] for name in type(p).model_fields},
        w={"practice": w.practice[lang], "mean": w.mean[lang], "stage": w.stage[lang]},
        title=p.key_title[lang], diagnostic_title=course.diagnostic.title[lang],
        course_title=course.info.title[lang],
        values=[(str(i), label[lang]) for i, label in enumerate(scale.labels, start=1)],
        dont_know=p.key_dont_know[lang].format(dont_know=scale.dont_know[lang]),
        steps=steps, bands=_bands(course, lang, inst),
        intro=p.example_intro[lang].format(role=getattr(w, f"role_{EXAMPLE_ROLE}")[lang],
                                           dont_know=scale.dont_know[lang]),
        role=EXAMPLE_ROLE, practices=practices, total=total,
        fingerprint=p.fingerprint[lang].format(fingerprint=inst.fingerprint),
        form_link={"title": p.form_title[lang], "href": FORM_PAGE},
    )
