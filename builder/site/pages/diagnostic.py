"""The diagnostic and team pages (Markdown with raw-HTML blocks), and each page's script. Pure: it
reads only the builder's own script files, and writes nothing.

The form is rendered here so it works with the keyboard and a screen reader
before any script runs; the page's script (`script()`, from assets/diagnostic/)
adds scoring, saving, the result and sharing, reading every course fact from the
JSON embedded in the page.
"""

from __future__ import annotations

from importlib import resources
from typing import Any, Sequence

from ...course import Course
from ...diagnostic import codes, scoring
from . import templating
from .templating import script_json

# The builder's one environment, escaping everything here (these pages are mostly raw
# HTML inside Markdown); the intro (Markdown) is written as cleaned HTML with `| markdown`.
ENV = templating.ENV.overlay(autoescape=True)

ASSET_DIR = "assets"

SCRIPT_DIR = resources.files("builder.site") / "assets" / "diagnostic"

_CORE = ("scoring.js", "codes.js")
_VIEWS = ("dom.js", "context.js", "charts.js", "blocks.js")
SCRIPTS = {
    "diagnostic": (*_CORE, *_VIEWS, "storage.js", "saved-answers.js", "profile.js", "diagnostic-page.js", "start.js"),
    "team": (*_CORE, "paste.js", *_VIEWS, "storage.js", "team-report.js", "team-page.js", "start.js"),
    "report": (*_CORE, *_VIEWS, "team-report.js", "report-page.js", "start.js"),
}
"""The files of assets/diagnostic/ each page ships, in order (that folder's README says what each holds).
Each page gets only what it uses: the diagnostic page neither the paste parser nor the team report."""

SCRIPT_PATHS = {"diagnostic": f"{ASSET_DIR}/diagnostic.js", "team": f"{ASSET_DIR}/team.js"}
"""Where the site's pages load their script from (the report carries its own inline)."""


def _code_lines(name: str, text: str) -> list[str]:
    """The lines of one script file that hold code, without their indentation. Whole-line comments
    and blank lines are left out; a comment that ends where code follows on the same line is
    refused (a rule of this folder), so nothing is ever cut out of the middle of a line."""
    out, in_comment = [], False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if in_comment or stripped.startswith("/*"):
            end = stripped.find("*/", 0 if in_comment else 2)
            in_comment = end < 0
            if end >= 0 and end + 2 != len(stripped):
                raise ValueError(f"assets/diagnostic/{name}:{number}: code after the end of a comment")
            continue
        if stripped and not stripped.startswith("//"):
            out.append(stripped)
    if in_comment:
        raise ValueError(f"assets/diagnostic/{name}: a comment is never closed")
    return out


def pack(names: Sequence[str], title: str) -> str:
    """The files `names` of assets/diagnostic/ as one classic script, in one strict-mode function."""
    body = []
    for name in names:
        body.append(f"// {name}")
        body += _code_lines(name, (SCRIPT_DIR / name).read_text(encoding="utf-8"))
    return (f"/* Selaras stage diagnostic, {title}: built from builder/site/assets/diagnostic/ "
            f"(read the comments there) */\n"
            "(function () {\n\"use strict\";\n" + "\n".join(body) + "\n})();\n")


def script(page: str) -> str:
    """The one script of `page` (diagnostic, team or report)."""
    return pack(SCRIPTS[page], f"{page} page")


def lesson_href(lesson_id: str) -> str:
    # use_directory_urls is off, and these pages sit at the site root.
    return f"lessons/{lesson_id}.html"


def page_data(course: Course, lang: str) -> dict[str, Any]:
    """Everything the script needs, in one language: it never hard-codes a course fact."""
    inst = scoring.Instrument.from_course(course)
    texts = {s.id: s.text[lang] for s in course.diagnostic.statements}
    practices = []
    for p in course.model.practices:
        lesson = course.lesson_for_practice(p.id)
        practices.append({
            "id": p.id, "name": p.name[lang], "description": p.description[lang],
            "next_steps": {stage: [step[lang] for step in steps] for stage, steps in p.next_steps.items()},
            "lesson": {"href": lesson_href(lesson.id), "title": lesson.title[lang]} if lesson else None,
        })
    rules = course.diagnostic.rules
    strings = course.ui.diagnostic
    return {
        "lang": lang,
        "code_version": codes.CODE_VERSION,
        # Computed once here; the script only compares it with codes and saved answers.
        "fingerprint": inst.fingerprint,
        "scale": scoring.SCALE,
        "score_places": scoring.SCORE_PLACES,
        "mean_places": scoring.MEAN_PLACES,
        "statements": [{"id": sid, "practice": pid, "text": texts[sid]} for sid, pid in inst.statements],
        "practices": practices,
        "stages": [{"id": s.id, "name": s.name[lang], "description": s.description[lang],
                    "advice": s.advice[lang], "from_score": s.from_score} for s in course.model.stages],
        "rules": {"min_answered": rules.min_answered, "per_practice": rules.per_practice,
                  "near_boundary": rules.near_boundary, "gap_flag": rules.gap_flag},
        "strings": {name: getattr(strings, name)[lang] for name in type(strings).model_fields},
        "source": course.model.source[lang],
        "team_href": "team.html",
    }


def _common(course: Course, lang: str, page: str) -> dict[str, Any]:
    return {"lang": lang, "t": {name: getattr(course.ui.diagnostic, name)[lang]
                                for name in type(course.ui.diagnostic).model_fields},
            "data_json": script_json(page_data(course, lang)), "asset": ASSET_DIR, "script": SCRIPT_PATHS[page]}


def diagnostic_page(course: Course, lang: str) -> str:
    """Markdown source of `diagnostic.md` at the site root."""
    inst = scoring.Instrument.from_course(course)
    texts = {s.id: s.text[lang] for s in course.diagnostic.statements}
    groups = []
    number = 0
    for p in course.model.practices:
        items = []
        for sid in inst.statements_of(p.id):
            number += 1
            items.append({"id": sid, "number": number, "text": texts[sid]})
        groups.append({"id": p.id, "name": p.name[lang], "description": p.description[lang], "statements": items})
    scale = course.diagnostic.scale
    return ENV.get_template("diagnostic.md.j2").render(
        **_common(course, lang, "diagnostic"),
        title=course.diagnostic.title[lang],
        intro=course.diagnostic.intro[lang],
        groups=groups, total=number,
        labels=[(str(i), label[lang]) for i, label in enumerate(scale.labels, start=1)],
        dont_know=scale.dont_know[lang],
        roles=[(role, getattr(course.ui.diagnostic, f"role_{role}")[lang]) for role in scoring.ROLES],
    )


def team_page(course: Course, lang: str) -> str:
    """Markdown source of `team.md` at the site root."""
    return ENV.get_template("team.md.j2").render(**_common(course, lang, "team"), title=course.ui.site.team[lang],
                                                 course_title=course.info.title[lang])
