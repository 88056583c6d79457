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


def links(course: Course, lang: str) -> dict[str, Any]:
    """The lead-in and the two links (site-root relative .md paths), for the pages that point to them."""
    p = course.ui.paper
    return {"cta": p.cta[lang], "pages": [{"title": p.form_title[lang], "href": FORM_PAGE}]}


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
        key_link=None,
    )

