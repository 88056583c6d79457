"""Editable PowerPoint decks: the slides of every lesson (site/pages/slides.py, the same model as the
projection view) as one `.pptx` per lesson and language, for a trainer to adapt to a client in the tool
offices already use. Written with python-pptx (the one maintained library that writes the format from
Python; README.md says why it is a dependency).

A deck uses the default template's "Title Slide" and "Title Only" layouts, so every slide has a real
title (PowerPoint's outline, and a screen reader, find it there), in the academy's colours and in
Calibri (every Office has it; LibreOffice shows it with the metric-compatible Carlito). The talk-track
is in each slide's notes pane. Figures become editable shapes (the SVG drawings of the site would be
pictures). A PNG or JPEG logo is put on the title slide; an SVG or WebP one, which the format cannot
hold without a second picture, is left out and the academy's name stands on the slide instead.

The same course always gives the same bytes: fixed document properties and a deterministic zip.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.util import Emu, Inches, Pt

from ..schema import LANGS
from ..site import slides as model
from .zipwrite import FIXED_TIME

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
"""16:9, PowerPoint's own widescreen size."""
MARGIN = Inches(0.5)
FONT = "Calibri"
INK = RGBColor(0x1A, 0x1A, 0x1A)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
BODY_PT, TABLE_PT, TITLE_PT = 24, 20, 34
"""Sizes in points: a 1280 px slide is 13.333 in, so 28 px on the projection view is 21 pt; these are
larger, and no text is under 20 pt."""
PICTURES = (".png", ".jpg", ".jpeg")
"""Logos the format holds as they are."""
CREATED = datetime.datetime(2000, 1, 1)
"""The document's fixed date (a build's time would change the bytes of every deck)."""

_TITLE_SLIDE, _TITLE_ONLY = 0, 5


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def _style(run, size: int, colour: RGBColor, bold: bool = False) -> None:  # noqa: ANN001 - python-pptx's run
    run.font.name, run.font.size, run.font.bold = FONT, Pt(size), bold
    run.font.color.rgb = colour


def _text(frame, lines: list[str], size: int, colour: RGBColor, bold_first: bool = False,  # noqa: ANN001
          bullet: bool = False) -> None:
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    for n, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
        paragraph.space_after = Pt(10)
        run = paragraph.add_run()
        run.text = ("• " if bullet and not (bold_first and n == 0) else "") + line
        _style(run, size, colour, bold=bold_first and n == 0)


def _title(slide, text: str, colour: RGBColor) -> None:  # noqa: ANN001
    shape = slide.shapes.title
    shape.left, shape.top, shape.width, shape.height = MARGIN, Inches(0.3), WIDTH - 2 * MARGIN, Inches(1.1)
    frame = shape.text_frame
    frame.clear()
    frame.vertical_anchor = MSO_ANCHOR.BOTTOM
    frame.word_wrap = True
    paragraph = frame.paragraphs[0]
    paragraph.alignment = 1  # left
    run = paragraph.add_run()
    run.text = text
    _style(run, TITLE_PT, colour, bold=True)


def _box(slide, left: int, top: int, width: int, height: int):  # noqa: ANN001, ANN202
    return slide.shapes.add_textbox(Emu(left), Emu(top), Emu(width), Emu(height)).text_frame


def _title_slide(prs, deck: model.Deck, slide_model: model.Slide) -> None:  # noqa: ANN001
    slide = prs.slides.add_slide(prs.slide_layouts[_TITLE_SLIDE])
    slide.background.fill.solid()
    slide.background.fill.fore_color.rgb = _rgb(deck.primary)
    top = Inches(0.5)
    if deck.logo_file and Path(deck.logo_file).suffix.lower() in PICTURES:
        slide.shapes.add_picture(deck.logo_file, MARGIN, top, height=Inches(1.1))
    title, subtitle = slide.shapes.title, slide.placeholders[1]
    title.left, title.top, title.width, title.height = MARGIN, Inches(1.9), WIDTH - 2 * MARGIN, Inches(1.6)
    subtitle.left, subtitle.top, subtitle.width, subtitle.height = MARGIN, Inches(3.6), WIDTH - 2 * MARGIN, Inches(2.2)
    title.text_frame.clear()
    run = title.text_frame.paragraphs[0].add_run()
    run.text = slide_model.title
    _style(run, 44, WHITE, bold=True)
    title.text_frame.paragraphs[0].alignment = 1
    title.text_frame.word_wrap = True
    subtitle.text_frame.clear()
    _text(subtitle.text_frame, [slide_model.subtitle], BODY_PT, WHITE)
    subtitle.text_frame.paragraphs[0].alignment = 1
    _text(_box(slide, MARGIN, Inches(6.3), WIDTH - 2 * MARGIN, Inches(0.7)),
          [f"{deck.course_title} · {deck.academy}"], 20, WHITE)


def _content_slide(prs, deck: model.Deck, s: model.Slide):  # noqa: ANN001, ANN202
    slide = prs.slides.add_slide(prs.slide_layouts[_TITLE_ONLY])
    _title(slide, s.title, _rgb(deck.primary))
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, MARGIN, Inches(1.45), WIDTH - 2 * MARGIN, Inches(0.07))
    bar.fill.solid()
    bar.fill.fore_color.rgb = _rgb(deck.accent)
    bar.line.fill.background()
    top, height = Inches(1.7), HEIGHT - Inches(1.7) - Inches(0.4)
    width = WIDTH - 2 * MARGIN
    if s.kind == "table" and s.table:
        _table(slide, deck, s.table, top, width)
    elif s.kind == "figure":
        _figure(slide, deck, s, top, width, height)
    elif s.kind == "discussion":
        _text(_box(slide, MARGIN, top, width, height), list(s.points), 36, INK)
    else:
        lines = ([s.subtitle] if s.subtitle else []) + list(s.points)
        _text(_box(slide, MARGIN, top, width, height), lines, BODY_PT, INK, bold_first=bool(s.subtitle), bullet=True)
    return slide


def _table(slide, deck: model.Deck, table: model.Table, top: int, width: int) -> None:  # noqa: ANN001
    head = [table.head] if table.head else []
    rows = head + list(table.rows)
    columns = max(len(r) for r in rows)
    shape = slide.shapes.add_table(len(rows), columns, MARGIN, top, width, Inches(0.5) * len(rows))
    for r, row in enumerate(rows):
        for c in range(columns):
            cell = shape.table.cell(r, c)
            cell.text_frame.clear()
            run = cell.text_frame.paragraphs[0].add_run()
            run.text = row[c] if c < len(row) else ""
            is_head = bool(head) and r == 0
            _style(run, TABLE_PT, WHITE if is_head else INK, bold=is_head)
            if is_head:
                cell.fill.solid()
                cell.fill.fore_color.rgb = _rgb(deck.primary)


def _figure(slide, deck: model.Deck, s: model.Slide, top: int, width: int, height: int) -> None:  # noqa: ANN001
    """The figure's parts as boxes one can move and retype: its labels (Slide.points) in a row of steps
    rising to the right when there are four or fewer (the ladder), in two columns otherwise (the wheel)."""
    labels = list(s.points)
    if not labels:
        return
    _text(_box(slide, MARGIN, top, width, Inches(0.6)), [s.subtitle], BODY_PT, INK, bold_first=True)
    top += Inches(0.8)
    height -= Inches(0.8)
    n = len(labels)
    gap = Inches(0.15)
    boxes = []
    if n <= 4:
        w = (width - gap * (n - 1)) // n
        for i in range(n):
            h = height * (i + 1) // n
            boxes.append((MARGIN + i * (w + gap), top + height - h, w, h))
    else:
        rows = (n + 1) // 2
        w, h = (width - gap) // 2, (height - gap * (rows - 1)) // rows
        boxes = [(MARGIN + (i // rows) * (w + gap), top + (i % rows) * (h + gap), w, h) for i in range(n)]
    for label, (left, box_top, w, h) in zip(labels, boxes, strict=True):
        shape = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(left), Emu(box_top), Emu(w), Emu(h))
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(deck.primary)
        shape.line.fill.background()
        frame = shape.text_frame
        frame.vertical_anchor = MSO_ANCHOR.TOP if n <= 4 else MSO_ANCHOR.MIDDLE
        _text(frame, [label], BODY_PT, WHITE, bold_first=True)


def deck_bytes(deck: model.Deck) -> bytes:
    """One lesson's deck in one language, as the bytes of a .pptx file."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    props = prs.core_properties
    props.title, props.author, props.last_modified_by = deck.title, deck.academy, deck.academy
    props.language, props.revision = deck.lang, 1
    props.created = props.modified = CREATED
    for s in deck.slides:
        if s.kind == "title":
            _title_slide(prs, deck, s)
            slide = prs.slides[-1]
        else:
            slide = _content_slide(prs, deck, s)
        if s.notes:
            slide.notes_slide.notes_text_frame.text = "\n".join(s.notes)
    raw = io.BytesIO()
    prs.save(raw)
    return _fixed(raw.getvalue())


def _fixed(pptx: bytes) -> bytes:
    """The same package with one fixed time on every entry, so the same deck always gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(pptx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dest.writestr(info, src.read(item.filename))
    return out.getvalue()


def deck_files(course, folder: str) -> dict[str, bytes]:  # noqa: ANN001 - a Course
    """Every lesson's deck in every language, by its path in the slides zip (`<folder>/<lang>/NN-id.pptx`)."""
    out = {}
    for lang in LANGS:
        for lesson, deck in zip(course.lessons, model.decks(course, lang), strict=True):
            out[f"{folder}/{lang}/{lesson.order:02d}-{lesson.id}.pptx"] = deck_bytes(deck)
    return out
