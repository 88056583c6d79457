"""The slides of a lesson, made from the same validated course as its page (pure: course in, slides out).

One model feeds both ways of showing them: the projection view (`slides/<lesson>.html`, reveal.js,
templates/slides.html.j2) and the editable PowerPoint deck (publish/pptx.py). Nothing is written
for the slides by hand: a corrected lesson corrects its slides.

What a lesson becomes, in order:

- a title slide: the lesson's title and summary, the course and the academy (its logo and colours);
- the objectives;
- each section with a heading: its figure on a slide of its own, then its idea in a few lines
  (`points`), then its tables. A section's points are the lead sentence of its first paragraph and
  the items of its first list, or the lead sentence of each paragraph when it has no list, each
  cut at `MAX_POINT` characters; a case section (the edition's running case) keeps a point more;
- tables laid out to be read from the back of a room: a table of up to `MAX_COLUMNS` columns is
  split into slides of the rows that fit (its header on each); a wider one is turned on its side,
  one slide per row, each cell under its column's name;
- each reflection question as a discussion slide;
- the key points, `MAX_POINTS` to a slide.

A facilitator session's run sheet becomes slides the same way (`session_deck`, below).

The speaker notes carry the talk-track: the section's whole text (what to say), the edition's case
(its lead on the first content slide, its whole text on the case's own slides) and the minutes,
counted as the study time counts them (studytime.py: the Indonesian words at the reading rate, an
allowance per reflection question).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Callable

from markupsafe import Markup, escape

from ...course import Course
from ...schema import Lesson, Session
from ...schema.facilitator import BreakWindow
from ...sources.markup import render
from ...studytime import LANG, REFLECTION_MINUTES, WORDS_PER_MINUTE, words
from .. import qr
from . import assets, figures
from .templating import ENV, script_json

MAX_POINTS = 4
"""Points on one slide (a case section's key facts get one more): more would not be read from the back."""
MAX_POINT = 120
"""Characters of one point: about two lines at the slides' 28 px on a 1280 px wide slide."""
MAX_COLUMNS = 3
"""The widest table shown as a table; a wider one is turned on its side (one slide per row)."""
TABLE_LINES = 11
"""Lines of 26 px text a table slide holds under its title (header row included)."""
TABLE_WIDTH = 1180
"""The width of a table on a slide, in px (the slide is 1280 px wide)."""
FIGURE_BOX = figures.SLIDE_BOX
"""The room a figure has on its slide (width, height in px), under its title."""

PATH = "slides"
"""Where the projection views are, in each language's site: `slides/<lesson id>.html`."""


@dataclass(frozen=True)
class Table:
    """A table's column names and rows, as plain text."""

    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Code:
    """A QR code of a link participants open (site/qr.py), with its caption."""

    caption: str
    url: str


@dataclass(frozen=True)
class Clock:
    """Where a facilitator session's slide shows the schedule's clock, marked on the page so that its script
    (assets/facilitator/session-slides.js) writes it again for a start and a day given in the address:
    `kind` is `title` (the start in its subtitle), `sheet` (a slide of the run sheet), `block` (the first
    slide of block number `key`, from 0) or `window` (the midday or Friday break `key`)."""

    kind: str
    key: str = ""
    span: str = ""
    """The part of the slide's subtitle that is clock text (the last such part)."""
    starts: str = ""
    """The notes' line that says when the session starts, and the one that says when it ends."""
    ends: str = ""

    def parts(self, subtitle: str) -> tuple[str, str, str]:
        """The subtitle before its clock text, the clock text, and after it."""
        before, found, after = subtitle.rpartition(self.span) if self.span else ("", "", subtitle)
        return (before, found, after) if found else (subtitle, "", "")

    def note(self, line: str) -> str:
        """What a notes line shows: `starts`, `ends`, or "" when it is no clock text."""
        return "starts" if line == self.starts else "ends" if line == self.ends else ""


@dataclass(frozen=True)
class Slide:
    """One slide. `kind` says how it is laid out: title, points, table, figure, discussion or codes."""

    kind: str
    title: str
    points: tuple[str, ...] = ()
    """Lines of plain text (a discussion slide's question is its one point; a figure's are its labels,
    which the PowerPoint deck draws as shapes)."""
    subtitle: str = ""
    table: Table | None = None
    svg: str = ""
    """A figure's drawing (builder-made SVG, its texts escaped by figures.py)."""
    notes: tuple[str, ...] = ()
    """The talk-track, one paragraph a line, plain text."""
    minutes: int = 0
    """The minutes to spend on it (0: none said)."""
    codes: tuple[Code, ...] = ()
    """QR codes to show (a `codes` slide of a facilitator session: the participants' links)."""
    clock: Clock | None = None
    """Where a session's slide shows the clock (none on a lesson's slides)."""


@dataclass(frozen=True)
class Deck:
    """A lesson's (or a facilitator session's: session_deck) slides in one language, with what the title
    slide and the theme need."""

    lang: str
    lesson_id: str
    """The lesson's id (a session's id for a session's slides)."""
    title: str
    course_title: str
    academy: str
    logo: str
    """The logo's site path (`assets/<file>`), from course/academy.yaml."""
    logo_file: str
    """The logo's file on disk, for the PowerPoint deck."""
    primary: str
    accent: str
    slides: tuple[Slide, ...] = field(default_factory=tuple)
    clock: dict[str, Any] | None = None
    """A session on the clock: what the page's script needs to lay its slides out again for a start and a day
    given in the address (session_clock_data); None for a lesson, or a guide without a schedule."""
    windows: tuple[Slide, ...] = ()
    """A session on the clock: a slide for each break the schedule can place (the midday break, the Friday
    one), which the page's script copies where its plan puts one."""


# --- reading a section's cleaned HTML -----------------------------------------------------------

@dataclass
class _Block:
    tag: str
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[tuple[bool, list[str]]] = field(default_factory=list)
    """A table's rows: (is a header row, its cells)."""


class _Blocks(HTMLParser):
    """The top-level blocks of a text's cleaned HTML: paragraphs, lists (their items) and tables."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self.depth = 0
        self.list_depth = 0
        self.cell: list[str] | None = None
        self.item: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002
        if self.depth == 0:
            self.blocks.append(_Block(tag))
        if tag in ("ul", "ol"):
            self.list_depth += 1
        if tag == "li" and self.list_depth == 1 and self.blocks[-1].tag in ("ul", "ol"):
            self.item = []
        if tag == "tr":
            self.blocks[-1].rows.append((False, []))
        if tag in ("td", "th"):
            self.cell = []
            if tag == "th":
                self.blocks[-1].rows[-1] = (True, self.blocks[-1].rows[-1][1])
        if tag in ("br", "hr", "img", "col", "wbr"):
            if tag == "br":
                self.handle_data(" ")
            return
        self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None and self.blocks[-1].rows:
            self.blocks[-1].rows[-1][1].append(_squash("".join(self.cell)))
            self.cell = None
        if tag == "li" and self.list_depth == 1 and self.item is not None:
            self.blocks[-1].items.append(_squash("".join(self.item)))
            self.item = None
        if tag in ("ul", "ol"):
            self.list_depth -= 1
        self.depth = max(0, self.depth - 1)

    def handle_data(self, data: str) -> None:
        if not self.blocks:
            self.blocks.append(_Block("p"))
        if self.cell is not None:
            self.cell.append(data)
        if self.item is not None and self.list_depth == 1:
            self.item.append(data)
        self.blocks[-1].text += data


def _squash(text: str) -> str:
    return " ".join(text.split())


def blocks(markdown_text: str) -> list[_Block]:
    """A Markdown text's top-level blocks, as plain text."""
    parser = _Blocks()
    parser.feed(render(markdown_text).html)
    parser.close()
    for block in parser.blocks:
        block.text = _squash(block.text)
    return [b for b in parser.blocks if b.text or b.rows]


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
"""The space after a sentence: a full stop (or ! ? …) and a capital or a digit after it."""
LEAD_MIN = 25
"""A lead sentence shorter than this (a bold lead-in such as **Day to day.**) takes the next one too."""


def lead(text: str) -> str:
    """The first sentence of a paragraph (two when the first is only a lead-in), cut to MAX_POINT."""
    sentences = _SENTENCE_END.split(text)
    out, rest = sentences[0], sentences[1:]
    # A lead-in alone says nothing; a quotation is never cut in the middle.
    while rest and (len(out) < LEAD_MIN or _open_quote(out)):
        out = f"{out} {rest.pop(0)}"
    return cut(out)


def _open_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def cut(text: str, limit: int = MAX_POINT) -> str:
    """`text` within `limit` characters, cut at a word with `…` when longer."""
    if len(text) <= limit:
        return text
    return text[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:—–- ") + "…"


def points_of(markdown_text: str, most: int = MAX_POINTS) -> list[str]:
    """A section's idea in a few lines (see the module's doc)."""
    found = blocks(markdown_text)
    first_list = next((b for b in found if b.items), None)
    paragraphs = [b for b in found if b.tag == "p"]
    if first_list is None:
        return [lead(p.text) for p in paragraphs][:most]
    before = [b for b in found[:found.index(first_list)] if b.tag == "p"]
    head = [lead(before[0].text)] if before else []
    return (head + [lead(item) for item in first_list.items])[:most]


def text_of(markdown_text: str) -> str:
    """A short Markdown text (an objective, a question) as one line of plain text ("" when nothing is left)."""
    return " ".join(b.text for b in blocks(markdown_text))


def talk_track(markdown_text: str) -> list[str]:
    """The whole text as the notes show it: a paragraph a line, a list's items each on a line."""
    lines: list[str] = []
    for block in blocks(markdown_text):
        if block.items:
            lines += [f"– {item}" for item in block.items]
        elif block.rows:
            lines += [" | ".join(cells) for _, cells in block.rows]
        else:
            lines.append(block.text)
    return lines


def tables_of(markdown_text: str) -> list[Table]:
    """The tables of a text (the first row of header cells is the head)."""
    out = []
    for block in blocks(markdown_text):
        if block.rows:
            head = next((cells for is_head, cells in block.rows if is_head), [])
            rows = tuple(tuple(cells) for is_head, cells in block.rows if not is_head)
            out.append(Table(tuple(head), rows))
    return out


def _lines(text: str, width_px: float, size: float = 26) -> int:
    """Lines a text of `size` px takes in a column `width_px` wide (an average letter is 0.55 em)."""
    per_line = max(1, int((width_px - 24) / (size * 0.55)))
    return max(1, math.ceil(len(text) / per_line))


def _row_lines(row: tuple[str, ...], columns: int) -> int:
    """Lines the tallest cell of a table's row takes on a slide, its columns sharing TABLE_WIDTH."""
    width = TABLE_WIDTH / max(1, columns)
    return max((_lines(cell, width) for cell in row), default=1)


def table_slides(title: str, table: Table, continued: str, notes: tuple[str, ...], per_slide: int = 0,
                 clock: Clock | None = None) -> list[Slide]:
    """A table as slides that fit (see the module's doc); `per_slide` rows to a slide when given (a session's
    run sheet: sheet_rows)."""
    if len(table.head) > MAX_COLUMNS:
        # On its side: each row a slide, each cell under its column's name.
        return [Slide("points", title, subtitle=row[0] if row else "",
                      points=tuple(cut(f"{name}: {cell}") for name, cell in zip(table.head[1:], row[1:],
                                                                                strict=False)),
                      notes=notes)
                for row in table.rows]
    columns = len(table.head) or (len(table.rows[0]) if table.rows else 1)
    pages: list[list[tuple[str, ...]]] = [[]]
    room = TABLE_LINES - (_row_lines(table.head, columns) if table.head else 0)
    used = 0
    for row in table.rows:
        full = len(pages[-1]) >= per_slide if per_slide else used + _row_lines(row, columns) > room
        if pages[-1] and full:
            pages.append([])
            used = 0
        pages[-1].append(row)
        used += _row_lines(row, columns)
    return [Slide("table", title if n == 0 else f"{title} {continued}", table=Table(table.head, tuple(rows)),
                  notes=notes, clock=clock) for n, rows in enumerate(pages)]


def figure_svg(course: Course, name: str, lang: str) -> str:
    """The drawing of a figure for a slide: the wheel drawn for a slide (figures.wheel_slide); the
    ladder as the wide or the narrow drawing, whichever shows its text largest in the slide's box."""
    if name == "practice-wheel":
        return figures.wheel_slide(course, lang, course.academy.colours.primary)
    both, _, _ = figures.figure(course, name, lang, course.academy.colours.primary, prefix="slide-")
    drawings = [part + "</svg>" for part in both.split("</svg>") if part.strip()]

    def scale(svg: str) -> float:
        box = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg)
        assert box, "figures.py draws every figure with a viewBox"
        return min(FIGURE_BOX[0] / float(box[1]), FIGURE_BOX[1] / float(box[2]))

    return max(drawings, key=scale)


def _minutes(text: str) -> int:
    return max(1, math.ceil(words(text) / WORDS_PER_MINUTE))


def deck(course: Course, lesson: Lesson, lang: str) -> Deck:
    """A lesson's slides in one language (see the module's doc)."""
    ui = course.ui.site
    t = lambda text: text[lang]  # noqa: E731 - reads like the templates' `tr`
    case = [s for s in lesson.sections if s.kind == "case" and s.body]
    case_lead = f"{t(ui.slide_case)} {lead(text_of(t(case[0].body)))}" if case and case[0].body else ""
    time = course.time(lesson)
    slides = [Slide("title", t(lesson.title), subtitle=t(lesson.summary),
                    notes=(t(lesson.summary), t(ui.slide_minutes).format(minutes=time.total), t(ui.slide_help)),
                    minutes=time.total),
              Slide("points", t(ui.objectives), points=tuple(cut(text_of(t(o))) for o in lesson.objectives),
                    notes=tuple(text_of(t(o)) for o in lesson.objectives))]
    first_content = True
    for section in lesson.sections:
        if not section.heading or not section.body:
            continue
        title, body = t(section.heading), t(section.body)
        minutes = _minutes(section.body[LANG])
        notes = [*talk_track(body), t(ui.slide_minutes).format(minutes=minutes)]
        if section.kind != "case" and first_content and case_lead:
            notes.insert(len(notes) - 1, case_lead)
        if section.kind != "case":
            first_content = False
        if section.figure:
            _, fig_title, desc = figures.figure(course, section.figure, lang, course.academy.colours.primary)
            names = [x.name[lang] for x in (course.model.stages if section.figure == "stage-ladder"
                                            else course.model.practices)]
            slides.append(Slide("figure", title, subtitle=fig_title, svg=figure_svg(course, section.figure, lang),
                                points=tuple(f"{n}. {name}" for n, name in enumerate(names, start=1)),
                                notes=(desc,)))
        points = points_of(body, MAX_POINTS + 1 if section.kind == "case" else MAX_POINTS)
        if points:
            slides.append(Slide("points", title, points=tuple(points), notes=tuple(notes), minutes=minutes))
        for table in tables_of(body):
            slides += table_slides(title, table, t(ui.slide_continued), () if points else tuple(notes))
    for question in lesson.reflection:
        minutes = math.ceil(REFLECTION_MINUTES)
        slides.append(Slide("discussion", t(ui.slide_discussion), points=(cut(text_of(t(question)), 200),),
                            notes=(*talk_track(t(question)), t(ui.slide_minutes).format(minutes=minutes)),
                            minutes=minutes))
    key_points = [cut(text_of(t(p))) for p in lesson.key_points]
    for start in range(0, len(key_points), MAX_POINTS):
        slides.append(Slide("points", t(ui.key_points) if start == 0 else f"{t(ui.key_points)} {t(ui.slide_continued)}",
                            points=tuple(key_points[start:start + MAX_POINTS]),
                            notes=tuple(text_of(t(p)) for p in lesson.key_points[start:start + MAX_POINTS])))
    logo = "assets/" + course.academy.logo.rsplit("/", 1)[-1]
    return Deck(lang=lang, lesson_id=lesson.id, title=t(lesson.title), course_title=t(course.info.title),
                academy=course.academy.name, logo=logo, logo_file=course.files.get(logo, ""),
                primary=course.academy.colours.primary, accent=course.academy.colours.accent, slides=tuple(slides))


def decks(course: Course, lang: str) -> list[Deck]:
    """Every lesson's slides in one language."""
    return [deck(course, lesson, lang) for lesson in course.lessons]


# --- a facilitator session ------------------------------------------------------------------------

def session_deck(course: Course, session: Session, lang: str, at: tuple[int, int] | None = None) -> Deck:
    """A facilitator session's slides in one language, from its run sheet in course/facilitator.yaml:

    - a title slide: the session, its summary's lead and when it starts and ends (the default schedule, or
      `at`: a start and a day, as the page's script shows them for a start and a day in its address);
    - the run sheet: each block (and the midday or Friday break the schedule places) with its clock time,
      `sheet_rows` rows to a slide;
    - the participants' links as QR codes (site/qr.py) once `site_url` is the course's real address, or
      the note saying what to set while it is an example address; again at the block that uses the
      diagnostic;
    - each block: its clock time, the lead of each talk-track step (the whole talk-track, the case's
      example for this edition and the minutes in the notes); a break, an energiser or a prayer break
      as a slide of its own; a case block as the case, each group question as a discussion slide (the
      model answer in the notes) and the comparison with their own company; the block's discussion
      questions (the lessons' own reflection questions) as discussion slides.

    On the clock, the slides that show it are marked (`Clock`), and the deck carries what the page's script
    needs to lay them out again (`Deck.clock`, `Deck.windows`): the same rules and code as the guide's
    (assets/facilitator/). The PowerPoint deck keeps the default schedule.
    """
    from . import facilitator as render_facilitator

    guide = course.facilitator
    assert guide is not None, "only a course with course/facilitator.yaml has session slides"
    ui, labels = course.ui.site, guide.labels
    t = lambda text: text[lang] if text is not None else ""  # noqa: E731 - reads like the templates' `tr`
    minutes = lambda n: t(ui.slide_minutes).format(minutes=n)  # noqa: E731
    plan = render_facilitator._session(course, session, lang, at)  # noqa: SLF001 - the guide's own run sheet
    summary = text_of(t(session.summary))
    schedule = guide.schedule if plan["rows"] else None
    when = [plan["starts"], plan["ends"]] if schedule else []

    def mark(kind: str, key: str = "", span: str = "") -> Clock | None:
        return Clock(kind, key, span, *when) if schedule else None

    slides = [Slide("title", t(session.title), subtitle=" · ".join([lead(summary), *when[:1]]),
                    notes=(*talk_track(t(session.summary)), *when, t(ui.slide_help)), minutes=session.minutes,
                    clock=mark("title", span=when[0] if when else ""))]
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    windows: tuple[Slide, ...] = ()
    data = None
    if schedule:
        head = (t(schedule.labels.clock), t(labels.block), t(labels.time))
        rows = tuple((r["span"], r["block"]["title"] if r["block"] else r["title"], str(r["minutes"]))
                     for r in plan["rows"])
        per_slide = sheet_rows(course, session, lang)
        slides += table_slides(t(labels.run_sheet), Table(head, rows), t(ui.slide_continued), tuple(when),
                               per_slide, mark("sheet"))
        windows = tuple(_window_slide(schedule.midday if key == "midday" else schedule.friday, key, lang,
                                      minutes, when) for key in ("midday", "friday"))
        data = {**render_facilitator.clock_data(schedule, [session], lang),
                "names": [t(b.title) for b in session.blocks],
                "sheet": {"rows": per_slide,
                          "titles": [t(labels.run_sheet), f"{t(labels.run_sheet)} {t(ui.slide_continued)}"]}}
    else:
        head = (t(labels.time), t(labels.block))
        rows = tuple((b["span"], b["title"]) for b in plan["blocks"])
        slides += table_slides(t(labels.run_sheet), Table(head, rows), t(ui.slide_continued), tuple(when))
    links = _links_slide(course, lang)
    if links:
        slides.append(links)
    blocks = [{"row": r, **r["block"]} if r["block"] else {"row": r, "kind": "window"}
              for r in plan["rows"]] if plan["rows"] else [{"row": None, **b} for b in plan["blocks"]]
    for block in blocks:
        span = block["row"]["span"] if block["row"] else block["span"]
        if block["kind"] == "window":
            slides.append(Slide("points", block["row"]["title"], subtitle=span, minutes=block["row"]["minutes"],
                                notes=(minutes(block["row"]["minutes"]),),
                                clock=mark("window", block["row"]["window"], span)))
            continue
        title = block["title"]
        subtitle = f"{span} · {t(ui.minutes).format(minutes=block['minutes'])}"
        first = mark("block", str(block["row"]["index"]), span) if block["row"] else None
        do = talk_track(block["do"])
        talk = []
        for step in block["talk"]:
            talk += talk_track(step["say"])
            talk += [f"{t(labels.example)}: {line}" for example in step["examples"] for line in talk_track(example)]
            talk.append(minutes(step["minutes"]))
        notes = tuple(talk or [*do, minutes(block["minutes"])])
        if block["kind"] in ("break", "energiser"):
            slides.append(Slide("points", title, subtitle=subtitle, notes=(*do, minutes(block["minutes"])),
                                minutes=block["minutes"], clock=first))
            continue
        case = block["case"]
        if case:
            slides.append(Slide("points", f"{title}: {t(labels.case)}", subtitle=subtitle,
                                points=tuple(points_of(case["case"], MAX_POINTS + 1)),
                                notes=(*talk_track(case["case"]), *do, *notes), minutes=block["minutes"],
                                clock=first))
            answer = tuple(f"{t(labels.model_answer)}: {line}" for line in talk_track(case["model_answer"]))
            for question in case["questions"]:
                slides.append(Slide("discussion", f"{title}: {t(labels.case_questions)}",
                                    points=(cut(text_of(question), 200),), notes=(*talk_track(question), *answer)))
            slides.append(Slide("discussion", f"{title}: {t(labels.compare)}",
                                points=(cut(text_of(case["compare"]), 200),), notes=tuple(talk_track(case["compare"]))))
        else:
            steps = [lead(text_of(step["say"])) for step in block["talk"]] or points_of(block["do"])
            uses = tuple(f"{t(labels.uses)}: {use['title']}" for use in block["uses"])
            output = (f"{t(labels.output)}: {block['output']}",) if block["output"] else ()
            slides.append(Slide("points", title, subtitle=subtitle, points=tuple(steps[:MAX_POINTS]),
                                notes=(*notes, *do, *uses, *output), minutes=block["minutes"], clock=first))
        if block["diagnostic"] and links:
            slides.append(links)
        for question in block["questions"]:
            slides.append(Slide("discussion", t(ui.slide_discussion), points=(cut(text_of(question["text"]), 200),),
                                notes=(*talk_track(question["text"]), question["lesson"])))
    logo = "assets/" + course.academy.logo.rsplit("/", 1)[-1]
    return Deck(lang=lang, lesson_id=session.id, title=t(session.title), course_title=t(course.info.title),
                academy=course.academy.name, logo=logo, logo_file=course.files.get(logo, ""),
                primary=course.academy.colours.primary, accent=course.academy.colours.accent, slides=tuple(slides),
                clock=data, windows=windows)


def sheet_rows(course: Course, session: Session, lang: str) -> int:
    """The most rows of a session's run sheet one slide shows, whatever the start and the day: as many of its
    tallest rows as fit under the header (every block's, and the taller break's: a plan places one at most).
    The page's script splits the run sheet it lays out again by the same number (Deck.clock)."""
    guide = course.facilitator
    assert guide is not None and guide.schedule is not None, "only a run sheet on the clock"
    schedule, span = guide.schedule, "00.00–00.00"
    head = (schedule.labels.clock[lang], guide.labels.block[lang], guide.labels.time[lang])
    heights = sorted([_row_lines((span, b.title[lang], str(b.minutes)), len(head)) for b in session.blocks]
                     + [max(_row_lines((span, w.title[lang], "999"), len(head))
                            for w in (schedule.midday, schedule.friday))], reverse=True)
    room, count = TABLE_LINES - _row_lines(head, len(head)), 0
    while count < len(heights) and sum(heights[:count + 1]) <= room:
        count += 1
    return max(1, count)


def _window_slide(window: BreakWindow, key: str, lang: str, minutes: Callable[[int], str], when: list[str]) -> Slide:
    """The slide of a break the schedule can place (`midday` or `friday`), at its window's own times: the
    page's script copies it where its plan puts that break."""
    from . import clock

    start, end = clock.parse_time(window.start), clock.parse_time(window.end)
    assert start is not None and end is not None, "the schema let through only HH:MM"
    span = f"{clock.clock(start, lang)}–{clock.clock(end, lang)}"
    return Slide("points", window.title[lang], subtitle=span, minutes=end - start, notes=(minutes(end - start),),
                 clock=Clock("window", key, span, *when))


def _links_slide(course: Course, lang: str) -> Slide | None:
    """The participants' links as QR codes, or the note saying why there are none yet."""
    from .facilitator import participant_links

    links = participant_links(course, lang)
    if links is None:
        return None
    intro = text_of(links["intro"])
    if links["note"]:
        return Slide("points", links["title"], points=(cut(text_of(links["note"]), 200),),
                     notes=(text_of(links["note"]),))
    codes = tuple(Code(code["caption"], code["url"]) for code in links["codes"])
    return Slide("codes", links["title"], subtitle=intro, codes=codes,
                 notes=(intro, *(f"{c.caption}: {c.url}" for c in codes)))


def session_decks(course: Course, lang: str) -> list[Deck]:
    """Every facilitator session's slides in one language (none without course/facilitator.yaml)."""
    return [session_deck(course, s, lang) for s in course.facilitator.sessions] if course.facilitator else []


SESSION_PREFIX = "_"
"""A session's slide page is `slides/_<session id>.html`: no lesson id starts with `_`, so none clashes."""


def session_page_path(session: Session) -> str:
    return f"{PATH}/{SESSION_PREFIX}{session.id}.html"


def session_page(course: Course, session: Session, lang: str) -> str:
    """A facilitator session's projection view (the same page as a lesson's, QR codes drawn inline)."""
    return ENV.get_template("slides.html.j2").render(deck=session_deck(course, session, lang),
                                                     slides_word=course.ui.site.slides[lang], qr_svg=_qr_svg,
                                                     clock_json=script_json,
                                                     clock_script=assets.slide_script("session-slides"))


def _qr_svg(code: Code) -> Markup:
    """A QR code drawn inline (the page loads nothing), named for a screen reader by its caption."""
    label = escape(f"QR: {code.caption}")
    return Markup(qr.svg(code.url).replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1))


def page_path(lesson: Lesson) -> str:
    return f"{PATH}/{lesson.id}.html"


def page(course: Course, lesson: Lesson, lang: str) -> str:
    """A lesson's projection view: one HTML page, reveal.js's and our files beside it in assets/."""
    return ENV.get_template("slides.html.j2").render(deck=deck(course, lesson, lang),
                                                     slides_word=course.ui.site.slides[lang])
