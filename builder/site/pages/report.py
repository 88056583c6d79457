"""The cohort report of `course score --report`: one self-contained HTML page. Writes nothing
(it reads only the builder's own assets); `write.py` writes it.

The team page prints the same report, so there is one renderer for both: the
team report of `assets/diagnostic/team-report.js`. This module writes a page that
carries the report's script (`render_diagnostic.script("report")`: that renderer
and what it needs, not the pages' own controllers), the site's diagnostic styles,
the course data the team page gets (`render_diagnostic.page_data`) and the
team's figures `course score` computed, only those the privacy rule lets it show
(`cohort.shown_team`: no names, no one's answers or result code, nothing of a group
under `min_group` people); the script draws them as the team page draws its own, and
the shared test vectors hold the browser's arithmetic equal to `course score`'s.

The file opens from a disk, a mail attachment or a shared drive with nothing
loaded from anywhere else. It needs JavaScript, as the team page does; without
it the page says so, and `course score` has already printed the result.
"""

from __future__ import annotations

from importlib import resources
from typing import Any
from urllib.parse import urljoin

from markupsafe import Markup

from ...course import Course
from ...diagnostic import scoring
from ...diagnostic.cohort import Cohort, shown_team
from .assets import script
from .diagnostic import ENV, page_data, script_json

_ASSETS = resources.files("builder.site") / "assets"


def _asset(name: str) -> Markup:
    return _inline(f"assets/{name}", (_ASSETS / name).read_text(encoding="utf-8"))


def _inline(name: str, text: str) -> Markup:
    # Inlined into <script>/<style>: a closing tag inside would end the element early.
    lowered = text.lower()
    if "</script" in lowered or "</style" in lowered or "<!--" in lowered:
        raise RuntimeError(f"{name} cannot be inlined: it contains a closing tag or `<!--`")
    return Markup(text)  # the builder's own file, written as it is


def report_data(course: Course, lang: str) -> dict[str, Any]:
    """The team page's data, with lesson links made absolute: the report is read away from the site."""
    data = page_data(course, lang)
    for practice in data["practices"]:
        if practice["lesson"]:
            practice["lesson"]["href"] = urljoin(course.academy.site_url, f"{lang}/{practice['lesson']['href']}")
    return data


def cohort_data(inst: scoring.Instrument, cohort: Cohort) -> dict[str, Any]:
    """The team's figures the privacy rule lets the report show, and the respondents by stage: no
    names, no answers, no result code (a code is one person's answers), nothing of a group too small."""
    return shown_team(inst, cohort)


def report_html(course: Course, inst: scoring.Instrument, cohort: Cohort, lang: str) -> str:
    """The whole page: inline styles, data and script, nothing external."""
    strings = course.ui.diagnostic
    return ENV.get_template("diagnostic_report.html.j2").render(
        lang=lang, title=strings.report_title[lang], course_title=course.info.title[lang],
        heading=strings.team_result[lang], noscript=strings.report_noscript[lang],
        css=_asset("diagnostic.css"), script=_inline("the report's script", script("report")),
        data_json=script_json(report_data(course, lang)), cohort_json=script_json(cohort_data(inst, cohort)),
    )
