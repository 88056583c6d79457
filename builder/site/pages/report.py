"""The training report of `course score --report`: one self-contained HTML page for the client.
Writes nothing (it reads only the builder's own assets and the academy's logo); `write.py` writes it.

The team page shows the same results, so there is one renderer for each part, shared by both: the
team report of `assets/diagnostic/team-report.js`, the pre/post test's room of
`assets/prepost/prepost-view.js`, the evaluation's summary of `assets/evaluation/summary-view.js`.
This module writes a page that carries those renderers (`render_diagnostic.script("report")`, not the
pages' own controllers), the site's styles for them, the course data the team page gets, and the
figures `course score` computed, only those the privacy rule lets it show (`cohort.shown_team`,
`prepost.to_json`, `evaluation.summarise`: no names, no one's answers or result code, nothing of a group
under `min_group` people); the scripts draw them as the team page draws its own, and the shared test
vectors hold the browser's arithmetic equal to `course score`'s. The parts only the report has
(the session's facts, attendance, the 90-day commitments, the follow-up dates) are written here, as
text.

The file opens from a disk, a mail attachment or a shared drive with nothing loaded from anywhere
else. Its results need JavaScript, as the team page does; without it the page says so, and
`course score` has already printed them.
"""

from __future__ import annotations

from importlib import resources
from typing import Any
from urllib.parse import urljoin

from markupsafe import Markup

from ...course import Course
from ...diagnostic import evaluation, prepost, scoring
from ...diagnostic.cohort import Cohort, shown_team
from ...diagnostic.session import Session
from . import evaluation as render_evaluation
from . import prepost as render_prepost
from .assets import script
from .diagnostic import ENV, page_data, script_json
from .printables import date_text, hours_text, logo_data_url

_ASSETS = resources.files("builder.site") / "assets"


def _asset(name: str) -> Markup:
    return _inline(f"assets/{name}", (_ASSETS / name).read_text(encoding="utf-8"))


def _inline(name: str, text: str) -> Markup:
    # Inlined into <script>/<style>: a closing tag inside would end the element early.
    lowered = text.lower()
    if "</script" in lowered or "</style" in lowered or "<!--" in lowered:
        raise RuntimeError(f"{name} cannot be inlined: it contains a closing tag or `<!--`")
    return Markup(text)  # the builder's own file, written as it is


def _absolute(course: Course, lang: str, href: str) -> str:
    return urljoin(course.academy.site_url, f"{lang}/{href}")


def report_data(course: Course, lang: str) -> dict[str, Any]:
    """The team page's data, with lesson links made absolute: the report is read away from the site."""
    data = page_data(course, lang)
    for practice in data["practices"]:
        if practice["lesson"]:
            practice["lesson"]["href"] = _absolute(course, lang, practice["lesson"]["href"])
    return data


def cohort_data(inst: scoring.Instrument, cohort: Cohort) -> dict[str, Any]:
    """The team's figures the privacy rule lets the report show, and the respondents by stage: no
    names, no answers, no result code (a code is one person's answers), nothing of a group too small."""
    return shown_team(inst, cohort)


def _prepost_data(course: Course, lang: str) -> dict[str, Any] | None:
    """The team page's pre/post data (the item set and the words), with lesson links made absolute."""
    data = render_prepost.page_data(course, lang, prompts=True)
    for item in data["items"] if data else ():
        if item["lesson_href"]:
            item["lesson_href"] = _absolute(course, lang, item["lesson_href"])
    return data


def report_html(course: Course, lang: str, session: Session) -> str:
    """The whole page: inline styles, data and scripts, nothing external."""
    w = {name: getattr(course.ui.report, name)[lang] for name in type(course.ui.report).model_fields}
    p = course.ui.printables
    dx = course.ui.diagnostic
    min_group = course.diagnostic.rules.min_group
    edition = next((e.name[lang] for e in course.info.editions if e.id == session.edition), None)
    facts = [(w[k] if k == "edition" else getattr(p, k)[lang], v) for k, v in
             (("client", session.client), ("date", date_text(course, lang, session.day)),
              ("trainer", session.trainer), ("edition", edition),
              ("jp", hours_text(course, lang, session.jp))) if v]
    counts = [(w["attended"], str(session.attended) if session.attended is not None else w["attended_unknown"])]
    counts += [(w[kind], str(n)) for kind, n in session.result_counts()]
    inst = scoring.Instrument.from_course(course)
    tested = session.prepost
    rated = session.evaluation
    return ENV.get_template("training_report.html.j2").render(
        lang=lang, w=w, title=w["title"], course_title=course.info.title[lang], academy=course.academy.name,
        logo=logo_data_url(course), primary=course.academy.colours.primary, facts=facts, counts=counts,
        counts_note=w["counts_note"].format(min=min_group),
        heading=w["diagnostic_heading"], noscript=dx.report_noscript[lang],
        prepost_heading=course.ui.prepost.room_heading[lang] if course.prepost is not None else None,
        evaluation_heading=course.ui.evaluation.team_heading[lang] if course.evaluation is not None else None,
        has_diagnostic=session.diagnostic is not None, has_prepost=tested is not None, has_evaluation=rated is not None,
        commitments=session.commitments,
        # The 90-day re-take is compared with the workshop's diagnostic: listed only when there was one.
        follow_up=[w[key].format(date=date_text(course, lang, day))
                   for key, day in zip(("follow_up_30", "follow_up_90"), session.follow_up(), strict=True)
                   if key == "follow_up_30" or session.diagnostic is not None],
        private_note=course.ui.privacy.private_note[lang].format(min=min_group),
        made_by=w["made_by"].format(academy=course.academy.name, date=date_text(course, lang, session.day)),
        css=Markup("\n").join(_asset(name) for name in ("diagnostic.css", "prepost.css", "evaluation.css")),
        script=_inline("the report's script", script("report")),
        data_json=script_json(report_data(course, lang)),
        cohort_json=script_json(cohort_data(inst, session.diagnostic)) if session.diagnostic is not None else None,
        prepost_json=script_json(_prepost_data(course, lang)) if tested is not None else None,
        room_json=script_json(prepost.to_json(tested.pset, tested.room)) if tested is not None else None,
        evaluation_json=script_json(render_evaluation.page_data(course, lang)) if rated is not None else None,
        summary_json=script_json(evaluation.summarise(rated[0], list(rated[1]))) if rated is not None else None,
    )
