"""The diagnostic and team pages (Markdown with raw-HTML blocks), and each page's script. Pure: it
reads only the builder's own script files, and writes nothing.

The form is rendered here so it works with the keyboard and a screen reader
before any script runs; the page's script (`script()`, from assets/diagnostic/)
adds scoring, saving, the result and sharing, reading every course fact from the
JSON embedded in the page.
"""

from __future__ import annotations

from typing import Any

from ...course import Course
from ...diagnostic import codes, scoring
from . import evaluation as render_evaluation
from . import paper as render_paper
from . import prepost as render_prepost
from . import templating
from .templating import script_json

# The builder's one environment, escaping everything here (these pages are mostly raw
# HTML inside Markdown); the intro (Markdown) is written as cleaned HTML with `| markdown`.
ENV = templating.ENV.overlay(autoescape=True)

ASSET_DIR = "assets"

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
                  "near_boundary": rules.near_boundary, "gap_flag": rules.gap_flag,
                  "same_rating": rules.same_rating, "min_group": rules.min_group},
        "labels": [label[lang] for label in course.diagnostic.scale.labels],
        "strings": {name: getattr(strings, name)[lang] for name in type(strings).model_fields},
        "privacy": {name: getattr(course.ui.privacy, name)[lang] for name in type(course.ui.privacy).model_fields},
        "source": course.model.source[lang],
        "team_href": "team.html",
    }


def _common(course: Course, lang: str) -> dict[str, Any]:
    return {"lang": lang, "t": {name: getattr(course.ui.diagnostic, name)[lang]
                                for name in type(course.ui.diagnostic).model_fields},
            "data_json": script_json(page_data(course, lang)), "asset": ASSET_DIR,
            "paper": render_paper.links(course, lang)}


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
        **_common(course, lang),
        title=course.diagnostic.title[lang],
        intro=course.diagnostic.intro[lang],
        groups=groups, total=number,
        labels=[(str(i), label[lang]) for i, label in enumerate(scale.labels, start=1)],
        dont_know=scale.dont_know[lang],
        roles=[(role, getattr(course.ui.diagnostic, f"role_{role}")[lang]) for role in scoring.ROLES],
    )


def team_page(course: Course, lang: str) -> str:
    """Markdown source of `team.md` at the site root."""
    tested = render_prepost.page_data(course, lang, prompts=True)  # the pre/post test's, when the course has one
    return ENV.get_template("team.md.j2").render(**_common(course, lang), title=course.ui.site.team[lang],
                                                 course_title=course.info.title[lang],
                                                 prepost_json=script_json(tested) if tested else None,
                                                 prepost_heading=course.ui.prepost.room_heading[lang],
                                                 evaluation=render_evaluation.team_block(course, lang))
