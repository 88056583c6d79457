"""The Facilitator guide (`facilitator.md`): run sheets, the diagnostic debrief, materials, a checklist. Pure.

Everything the guide borrows from the course is looked up here by reference: a lesson
section becomes a link to its anchor, a reflection question is shown in the lesson's own
words, a Toolkit template becomes a link to its printable page.
"""

from __future__ import annotations

from typing import Any

from ...course import Course
from ...schema import Block, Session
from . import paper as render_paper
from . import toolkit as render_toolkit
from .templating import ENV

PAGE = "facilitator.md"
ASSET_DIR = "assets"
TOOL_PAGES = {"diagnostic": "diagnostic.md", "team": "team.md"}


def facilitator_page(course: Course, lang: str) -> str:
    """Markdown source of `facilitator.md` at the site root; the course must have a guide."""
    guide = course.facilitator
    assert guide is not None, "render only a course that has course/facilitator.yaml"
    templates = {tpl.id: tpl for tpl in course.toolkit.templates}
    materials = [{"item": m.item[lang], "copies": m.copies[lang],
                  "link": ({"title": templates[m.toolkit].title[lang], "href": render_toolkit.template_href(
                      m.toolkit, from_lessons=False)} if m.toolkit else None)}
                 for m in guide.materials]
    return ENV.get_template("facilitator.md.j2").render(
        lang=lang, guide=guide, tr=lambda text: text[lang], asset=ASSET_DIR,
        sessions=[_session(course, s, lang) for s in guide.sessions],
        minutes=course.ui.site.minutes[lang], materials=materials, paper=render_paper.links(course, lang),
    )


def _session(course: Course, session: Session, lang: str) -> dict[str, Any]:
    blocks = []
    start = 0
    for n, block in enumerate(session.blocks, 1):
        blocks.append({**_block(course, block, lang), "anchor": f"{session.id}-{n}",
                       "start": start, "end": start + block.minutes})
        start += block.minutes
    return {"id": session.id, "title": session.title[lang], "minutes": session.minutes,
            "summary": session.summary[lang].strip(), "blocks": blocks}


def _block(course: Course, block: Block, lang: str) -> dict[str, Any]:
    lessons = {lesson.id: lesson for lesson in course.lessons}
    uses = []
    for ref in block.lessons:
        lesson = lessons[ref.lesson]
        title = f"{lesson.order}. {lesson.title[lang]}"
        href = f"lessons/{lesson.id}.md"
        if ref.section:
            section = next(s for s in lesson.sections if s.key == ref.section)
            if section.heading:
                title += f" — {section.heading[lang]}"
            href += f"#{ref.section}"
        uses.append({"title": title, "href": href})
    templates = {tpl.id: tpl for tpl in course.toolkit.templates}
    for tid in block.toolkit:
        uses.append({"title": f"{course.toolkit.title[lang]}: {templates[tid].title[lang]}",
                     "href": render_toolkit.template_href(tid, from_lessons=False)})
    for tool in block.tools:
        title = course.diagnostic.title[lang] if tool == "diagnostic" else course.ui.site.team[lang]
        uses.append({"title": title, "href": TOOL_PAGES[tool]})
    questions = []
    for question_ref in block.questions:
        lesson = lessons[question_ref.lesson]
        question = next(q for q in lesson.reflection if q.key == question_ref.question)
        # The lesson's own words, so a question edited there is edited here too.
        questions.append({"text": question[lang].strip(), "lesson": lesson.title[lang],
                          "href": f"lessons/{lesson.id}.md"})
    return {"title": block.title[lang], "minutes": block.minutes, "do": block.do[lang].strip(), "uses": uses,
            "questions": questions, "output": block.output[lang].strip() if block.output else None}


def nav_entry(course: Course, lang: str) -> list[dict[str, str]]:
    """The guide's navigation entry under the tools, or nothing when the course has no guide."""
    return [{course.facilitator.title[lang]: PAGE}] if course.facilitator else []
