"""The evaluation pages (course/evaluation.yaml): the phone form, its paper form, and its part of the team
page. Pure, as pages/diagnostic.py. A course without the file has none of them, and no link to them
(`pages`, `nav_entry`, `team_block`).

The form is rendered here (one template, `evaluation_form.html.j2`, for the phone page and for
typing paper forms in on the team page) so it works with a keyboard and a screen reader before
any script runs; assets/evaluation/ adds saving, the result link and the team summary, reading
every fact from the page's JSON (`page_data`).
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ...course import Course
from ...diagnostic import evaluation
from . import templating
from .templating import script_json

ENV = templating.ENV.overlay(autoescape=True)

PAGE = "evaluation.md"
PAPER_PAGE = "evaluation-paper.md"
TEAM_HREF = "team.html"


def _strings(course: Course, lang: str) -> dict[str, str]:
    s = course.ui.evaluation
    return {name: getattr(s, name)[lang] for name in type(s).model_fields}


def _question_set(course: Course) -> evaluation.QuestionSet:
    qs = evaluation.QuestionSet.from_course(course)
    assert qs is not None, "render only a course that has course/evaluation.yaml"
    return qs


def page_data(course: Course, lang: str) -> dict[str, Any]:
    """Everything the scripts need, in one language."""
    ev = course.evaluation
    assert ev is not None
    qs = _question_set(course)
    return {
        "lang": lang,
        "set": qs.data(),
        "questions": {r.id: r.text[lang] for r in ev.ratings},
        "choices": {**{p: course.practice(p).name[lang] for p in ev.first_step.practices},
                    evaluation.OTHER: ev.first_step.other[lang]},
        "scale": [label[lang] for label in ev.scale],
        "strings": _strings(course, lang),
        "decimal_mark": course.ui.diagnostic.decimal_mark[lang],
    }


def _form(course: Course, lang: str, prefix: str, paper: bool = False) -> dict[str, Any]:
    """What the form template needs; `prefix` makes its ids its own on a page; on `paper`, boxes to cross
    instead of controls."""
    ev = course.evaluation
    assert ev is not None
    return {
        "prefix": prefix, "paper": paper,
        "ratings": [{"id": r.id, "text": r.text[lang]} for r in ev.ratings],
        "scale": [(str(i), label[lang]) for i, label in enumerate(ev.scale, start=1)],
        "first_question": ev.first_step.question[lang],
        "choices": [(p, course.practice(p).name[lang]) for p in ev.first_step.practices]
                   + [(evaluation.OTHER, ev.first_step.other[lang])],
        "comment_question": ev.comment.question[lang],
        "comment_hint": course.ui.evaluation.comment_hint[lang].format(max=ev.comment.max_length),
        "max_comment": ev.comment.max_length,
    }


def evaluation_page(course: Course, lang: str) -> str:
    """Markdown source of `evaluation.md` at the site root: the phone form."""
    ev = course.evaluation
    assert ev is not None
    return ENV.get_template("evaluation.md.j2").render(
        lang=lang, t=_strings(course, lang), title=ev.title[lang], intro=ev.intro[lang],
        form=_form(course, lang, "ev"), paper_href=PAPER_PAGE.replace(".md", ".html"),
        data_json=script_json(page_data(course, lang)))


def paper_page(course: Course, lang: str) -> str:
    """Markdown source of `evaluation-paper.md`: the same questions on one A4 sheet, with the academy's logo."""
    ev = course.evaluation
    assert ev is not None
    t = _strings(course, lang)
    return ENV.get_template("evaluation_paper.md.j2").render(
        lang=lang, t=t, title=t["paper_title"], form_title=ev.title[lang], intro=ev.intro[lang],
        course_title=course.info.title[lang], academy=course.academy.name,
        logo="assets/" + course.academy.logo.rsplit("/", 1)[-1],
        form=_form(course, lang, "evp", paper=True),
        foot=t["paper_foot"].format(fingerprint=_question_set(course).fingerprint))


def pages(course: Course, lang: str) -> dict[str, str]:
    """The evaluation's pages by their Markdown paths: the phone form and the paper form; none when the course
    has no evaluation."""
    if course.evaluation is None:
        return {}
    return {PAGE: evaluation_page(course, lang), PAPER_PAGE: paper_page(course, lang)}


def team_block(course: Course, lang: str) -> Markup:
    """The evaluation's part of the team page: its summary, the paper forms typed in, and its data; nothing
    when the course has no evaluation."""
    if course.evaluation is None:
        return Markup("")
    return Markup(ENV.get_template("evaluation_team.html.j2").render(
        t=_strings(course, lang), form=_form(course, lang, "evt"),
        data_json=script_json(page_data(course, lang))))


def nav_entry(course: Course, lang: str) -> list[dict[str, str]]:
    """The evaluation page's entry in the Tools menu; none when the course has no evaluation."""
    return [{course.evaluation.title[lang]: PAGE}] if course.evaluation else []
