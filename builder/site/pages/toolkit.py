"""The Toolkit page (`toolkit.md`): printable templates, one per A4 page, each also as text to copy. Pure."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from ...course import Course
from .templating import ENV

PAGE = "toolkit.md"
ASSET_DIR = "assets"


def template_href(template_id: str, from_lessons: bool = True) -> str:
    """Where a template is, seen from a lesson (`lessons/…`) or from the site root."""
    return ("../" if from_lessons else "") + f"{PAGE}#{template_id}"


def toolkit_page(course: Course, lang: str) -> str:
    """Markdown source of `toolkit.md` at the site root."""
    toolkit = course.toolkit
    templates: list[dict[str, Any]] = []
    for tpl in toolkit.templates:
        body = tpl.body[lang].strip()
        templates.append({
            "id": tpl.id, "title": tpl.title[lang],
            # Markdown of the sources, written as cleaned HTML (`| markdown`) ...
            "use": tpl.use[lang], "body": body,
            # ... and the same text, escaped, is the block to copy: exactly what the instructor wrote.
            "text": Markup(escape(body)),
            "practices": [course.practice(p).name[lang] for p in tpl.practices],
            # The edition's examples only (the course is already one edition's view): shown, not printed.
            "examples": [e.text[lang] for e in tpl.examples],
        })
    return ENV.get_template("toolkit.md.j2").render(
        lang=lang, title=toolkit.title[lang], intro=toolkit.intro[lang],
        templates=templates, copy_label=course.ui.site.toolkit_copy[lang],
        example_label=course.ui.site.kind_example[lang],
        practices_label=course.ui.site.practices_taught[lang], asset=ASSET_DIR,
    )


def lesson_links(course: Course, template_ids: list[str], lang: str) -> list[dict[str, str]]:
    """Title and address of each template a lesson section points to."""
    by_id = {tpl.id: tpl for tpl in course.toolkit.templates}
    return [{"title": by_id[tid].title[lang], "href": template_href(tid)} for tid in template_ids]
