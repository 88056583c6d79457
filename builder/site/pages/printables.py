"""The printables of a session for the client's HR, each one self-contained HTML document on A4 with
the academy's logo inlined (nothing loaded from anywhere else):

- the attendance sheet (`attendance.html` in the site, linked from the facilitator guide): lines for
  the date, place, trainer and company, and a numbered table (name, position, department,
  signature) of `ATTENDANCE_ROWS` rows, its heading repeated on every printed page;
- the certificates `course certificates` writes: one A4 landscape page per participant.

Pure apart from reading the logo's file (named by the course). Every value is escaped by the
templates: a participant's name is text whatever it holds.
"""

from __future__ import annotations

import base64
import datetime
from pathlib import Path
from typing import Any

from ...course import Course
from ...diagnostic.participants import Participant
from .templating import ENV as _ENV

ENV = _ENV.overlay(autoescape=True)

ATTENDANCE_PAGE = "attendance.html"
ATTENDANCE_ROWS = 25
"""Rows of the attendance sheet: a typical room, on two A4 pages."""

_MIME = {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
         ".webp": "image/webp"}


def logo_data_url(course: Course) -> str:
    """The academy's logo as a data: URL ("" when its file cannot be read: the page then has none)."""
    path = Path(course.files.get("assets/" + Path(course.academy.logo).name, ""))
    mime = _MIME.get(path.suffix.lower())
    try:
        data = path.read_bytes() if mime and path.is_file() else b""
    except OSError:
        data = b""
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}" if data else ""


def _words(course: Course, lang: str) -> dict[str, str]:
    p = course.ui.printables
    return {name: getattr(p, name)[lang] for name in type(p).model_fields}


def _common(course: Course, lang: str) -> dict[str, Any]:
    return {"lang": lang, "w": _words(course, lang), "academy": course.academy.name,
            "logo": logo_data_url(course), "course_title": course.info.title[lang],
            "primary": course.academy.colours.primary}


def attendance_page(course: Course, lang: str, rows: int = ATTENDANCE_ROWS) -> str:
    """The attendance sheet: a whole HTML document."""
    return ENV.get_template("attendance.html.j2").render(**_common(course, lang), rows=range(1, rows + 1),
                                                         editions=[e.name[lang] for e in course.info.editions])


def date_text(course: Course, lang: str, day: datetime.date) -> str:
    """`6 Desember 2026` / `6 December 2026`: the day, the month's name from ui.yaml, the year."""
    months = [m.strip() for m in course.ui.printables.months[lang].split(",")]
    month = months[day.month - 1] if len(months) == 12 else f"{day.month:02d}"
    return f"{day.day} {month} {day.year}"


def hours_text(course: Course, lang: str, jp: int | None) -> str:
    """`4 JP (1 JP = 45 menit)`: a session's training hours as the certificates and the training report
    print them; empty when neither the session nor the course gives any."""
    if not jp:
        return ""
    return course.ui.printables.certificate_hours[lang].format(jp=jp, minutes=course.academy.certificates.jp_minutes)


def certificates_page(course: Course, lang: str, people: list[Participant], day: datetime.date,
                      edition: str | None, jp: int | None = None) -> str:
    """One certificate per participant, in the file's order: a whole HTML document. `jp`: the session's
    hours when they differ from the course's (`jp:` in course.yaml), e.g. a 90-minute session's 2."""
    settings = course.academy.certificates
    w = _words(course, lang)
    edition_name = next((e.name[lang] for e in course.info.editions if e.id == edition), None)
    jp = jp or course.info.jp
    hours = hours_text(course, lang, jp)
    date = date_text(course, lang, day)
    return ENV.get_template("certificates.html.j2").render(
        **_common(course, lang), people=people, date=date, city=settings.city,
        edition=w["certificate_edition"].format(edition=edition_name) if edition_name else "",
        hours=hours, screen=w["certificates_screen"].format(count=len(people)),
        signatories=[{"name": s.name, "title": s.title[lang]} for s in settings.signatories])
