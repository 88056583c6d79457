"""The Facilitator guide (`facilitator.md`): run sheets, the debrief, further parts, materials, a checklist. Pure.

Everything the guide borrows from the course is looked up here by reference: a lesson
section becomes a link to its anchor, a reflection question is shown in the lesson's own
words, a Toolkit template becomes a link to its printable page.
"""

from __future__ import annotations

from typing import Any

from ...course import Course
from ...schema import DAYS, Block, Schedule, Session
from .. import qr
from . import clock as clocks
from . import paper as render_paper
from . import printables as render_printables
from . import slides as render_slides
from . import toolkit as render_toolkit
from .templating import ENV, script_json

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
    sessions = [_session(course, s, lang) for s in guide.sessions]
    return ENV.get_template("facilitator.md.j2").render(
        lang=lang, guide=guide, tr=lambda text: text[lang], asset=ASSET_DIR, sessions=sessions,
        minutes=course.ui.site.minutes[lang], materials=materials, paper=render_paper.links(course, lang),
        attendance={"cta": course.ui.printables.attendance_cta[lang],
                    "title": course.ui.printables.attendance_title[lang], "href": render_printables.ATTENDANCE_PAGE},
        links=participant_links(course, lang),
        slides_word=course.ui.site.slides[lang], handout_word=course.ui.site.slides_handout[lang],
        clock_json=script_json(clock_data(guide.schedule, guide.sessions, lang)) if guide.schedule else None,
    )


def _minutes(text: str) -> int:
    found = clocks.parse_time(text)
    assert found is not None, text  # the schema let through only HH:MM
    return found


def _windows(schedule: Schedule) -> tuple[tuple[int, int], tuple[int, int]]:
    return ((_minutes(schedule.midday.start), _minutes(schedule.midday.end)),
            (_minutes(schedule.friday.start), _minutes(schedule.friday.end)))


def clock_data(schedule: Schedule, sessions: list[Session], lang: str) -> dict[str, Any]:
    """What the page's clock script needs to lay the run sheets out again for a start and a day given in the
    address: the defaults, the windows, each session's block lengths and the words (all plain text)."""
    midday, friday = _windows(schedule)
    labels = schedule.labels
    return {
        "lang": lang, "start": _minutes(schedule.start), "day": DAYS.index(schedule.day),
        "midday": list(midday), "friday": list(friday), "days": [name[lang] for name in labels.days],
        "titles": {"midday": schedule.midday.title[lang], "friday": schedule.friday.title[lang]},
        "labels": {name: getattr(labels, name)[lang] for name in ("starts", "ends", "hours", "hours_minutes",
                                                                  "bad_start", "bad_day")},
        "sessions": [{"id": s.id, "blocks": [b.minutes for b in s.blocks]} for s in sessions],
    }


def duration(minutes: int, schedule: Schedule, lang: str) -> str:
    """A length such as `4 jam 30 menit` / `4 h 30 min`, in the guide's own words."""
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return schedule.labels.hours[lang].replace("{hours}", str(hours))
    return schedule.labels.hours_minutes[lang].replace("{hours}", str(hours)).replace("{minutes}", str(rest))


def _session(course: Course, session: Session, lang: str, at: tuple[int, int] | None = None) -> dict[str, Any]:
    """One session's run sheet for the page: its blocks and, on the clock, its rows for the schedule's default
    start and day, or for `at` (minutes after midnight, day 0 Monday) when given: what the page's script
    shows for a start and a day given in the address (the session slides are checked against it)."""
    guide = course.facilitator
    assert guide is not None
    schedule = guide.schedule
    blocks = []
    start = 0
    for n, block in enumerate(session.blocks, 1):
        blocks.append({**_block(course, block, lang), "anchor": f"{session.id}-{n}",
                       "start": start, "end": start + block.minutes, "span": f"{start}–{start + block.minutes}"})
        start += block.minutes
    out: dict[str, Any] = {"id": session.id, "title": session.title[lang], "minutes": session.minutes,
                           "summary": session.summary[lang].strip(), "blocks": blocks, "rows": None,
                           "slides": render_slides.session_page_path(session)}
    if schedule is None:
        return out
    midday, friday = _windows(schedule)
    begin, day = at if at is not None else (_minutes(schedule.start), DAYS.index(schedule.day))
    planned = clocks.plan(begin, day, [b.minutes for b in session.blocks], midday, friday)
    rows = []
    for row in planned["rows"]:
        span = f"{clocks.clock(row['start'], lang)}–{clocks.clock(row['end'], lang)}"
        if row["block"] is None:
            window = schedule.friday if row["window"] == "friday" else schedule.midday
            rows.append({"span": span, "block": None, "title": window.title[lang],
                         "minutes": row["end"] - row["start"], "index": None, "window": row["window"]})
        else:
            blocks[row["block"]]["span"] = span
            rows.append({"span": span, "block": blocks[row["block"]], "minutes": blocks[row["block"]]["minutes"],
                         "index": row["block"], "window": None})
    labels = schedule.labels
    out["rows"] = rows
    out["starts"] = (labels.starts[lang].replace("{day}", labels.days[day][lang])
                     .replace("{time}", clocks.clock(begin, lang)))
    out["ends"] = (labels.ends[lang].replace("{time}", clocks.clock(planned["end"], lang))
                   .replace("{duration}", duration(planned["end"] - begin, schedule, lang)))
    return out


def participant_links(course: Course, lang: str) -> dict[str, Any] | None:
    """The QR codes of the links participants open, from `site_url`: the diagnostic in this language (and
    this build's edition), the lessons for pre-work; or, while `site_url` is an example address, the note
    saying what to set instead of a code that leads nowhere."""
    guide = course.facilitator
    if guide is None or guide.participant_links is None:
        return None
    words = guide.participant_links
    base = course.academy.site_url
    out: dict[str, Any] = {"title": words.title[lang], "intro": words.intro[lang], "codes": [], "note": None}
    if qr.placeholder_url(base):
        out["note"] = words.no_site_url[lang].replace("{site_url}", base)
        return out
    for caption, path in ((words.diagnostic[lang], "diagnostic.html"), (words.prework[lang], "")):
        url = f"{base}{lang}/{path}"
        out["codes"].append({"caption": caption, "url": url, "src": qr.data_uri(url)})
    return out


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
    case = None
    if block.case is not None:
        case = {"case": block.case.case[lang].strip(), "questions": [q[lang].strip() for q in block.case.questions],
                "model_answer": block.case.model_answer[lang].strip(), "compare": block.case.compare[lang].strip()}
    talk = [{"minutes": step.minutes, "say": step.say[lang].strip(),
             "examples": [e.text[lang].strip() for e in step.examples]} for step in block.talk]
    return {"title": block.title[lang], "minutes": block.minutes, "do": block.do[lang].strip(), "uses": uses,
            "questions": questions, "output": block.output[lang].strip() if block.output else None,
            "kind": block.kind, "case": case, "talk": talk, "diagnostic": "diagnostic" in block.tools}


def nav_entry(course: Course, lang: str) -> list[dict[str, str]]:
    """The guide's navigation entry under the tools, or nothing when the course has no guide."""
    return [{course.facilitator.title[lang]: PAGE}] if course.facilitator else []
