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

Speed (issue 22: slides and decks add at most 30% to `course package`): python-pptx keeps the package
(the template, read once, its masters and layouts, the parts and their relationships); each slide's
shapes and its notes page are written as the DrawingML markup python-pptx's objects would make and
parsed once, since its property-by-property objects query the XML at every step. Profiled with cProfile:
a deck went from about 170 ms to 45 ms of CPU; tests/publish/test_pptx.py reads every deck back with
python-pptx.
"""

from __future__ import annotations

import datetime
import functools
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pptx
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.oxml import serialize_part_xml
from pptx.opc.packuri import PackURI
from pptx.opc.serialized import PackageWriter
from pptx.oxml import parse_xml
from pptx.parts.slide import NotesSlidePart
from pptx.util import Inches

from ..schema import LANGS
from ..site import qr
from ..site import slides as model
from .zipwrite import FIXED_TIME

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
"""16:9, PowerPoint's own widescreen size."""
MARGIN = Inches(0.5)
FONT = "Calibri"
INK, WHITE = "1A1A1A", "FFFFFF"
BODY_PT, TABLE_PT, TITLE_PT = 24, 20, 34
"""Sizes in points: a 1280 px slide is 13.333 in, so 28 px on the projection view is 21 pt; these are
larger, and no text is under 20 pt."""
PICTURES = (".png", ".jpg", ".jpeg")
"""Logos the format holds as they are."""
CREATED = datetime.datetime(2000, 1, 1)
"""The document's fixed date (a build's time would change the bytes of every deck)."""

_TITLE_SLIDE, _TITLE_ONLY = 0, 5


def _hex(colour: str) -> str:
    return colour.lstrip("#").upper()


# --- DrawingML written as text ----------------------------------------------------------------------
# python-pptx's shape and text objects query the XML at every property (a deck took about a third of a
# second); the shapes are written here as the markup those objects would make and parsed once per slide.

_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_LANG = {"id": "id-ID", "en": "en-GB"}
"""The proofing language of the runs (PowerPoint's spelling check, a screen reader's voice)."""
_ANCHOR = {"top": "t", "middle": "ctr", "bottom": "b"}


def _run(text: str, lang: str, size: int, colour: str, bold: bool = False) -> str:
    weight = ' b="1"' if bold else ""
    return (f'<a:r><a:rPr lang="{_LANG.get(lang, lang)}" sz="{size * 100}"{weight} dirty="0">'
            f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill><a:latin typeface="{FONT}"/>'
            f'<a:cs typeface="{FONT}"/></a:rPr><a:t>{escape(text)}</a:t></a:r>')


def _paragraphs(lines: list[str], lang: str, size: int, colour: str, bold_first: bool = False,
                bullet: bool = False) -> str:
    out = []
    for n, line in enumerate(lines):
        first = bold_first and n == 0
        text = ("• " if bullet and not first else "") + line
        out.append(f'<a:p><a:pPr algn="l"><a:spcAft><a:spcPts val="1000"/></a:spcAft></a:pPr>'
                   f'{_run(text, lang, size, colour, bold=first)}</a:p>')
    return "".join(out)


def _xfrm(left: int, top: int, width: int, height: int, tag: str = "a:xfrm") -> str:
    return f'<{tag}><a:off x="{int(left)}" y="{int(top)}"/><a:ext cx="{int(width)}" cy="{int(height)}"/></{tag}>'


def _body(paragraphs: str, anchor: str = "top") -> str:
    return (f'<p:txBody><a:bodyPr wrap="square" rtlCol="0" anchor="{_ANCHOR[anchor]}"><a:noAutofit/></a:bodyPr>'
            f'<a:lstStyle/>{paragraphs}</p:txBody>')


class _Shapes:
    """The shapes of one slide, as markup, numbered as PowerPoint numbers them (1 is the slide's tree)."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def _id(self) -> int:
        return len(self.parts) + 2

    def placeholder(self, kind: str, box: tuple[int, int, int, int], paragraphs: str, anchor: str) -> None:
        """The layout's title (`title`) or subtitle (`subTitle`), placed and filled: a real title, which
        PowerPoint's outline and a screen reader find."""
        n = self._id()
        ph = '<p:ph type="title"/>' if kind == "title" else '<p:ph type="subTitle" idx="1"/>'
        name = "Title" if kind == "title" else "Subtitle"
        self.parts.append(f'<p:sp><p:nvSpPr><p:cNvPr id="{n}" name="{name} {n - 1}"/><p:cNvSpPr>'
                          f'<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr>'
                          f'<p:spPr>{_xfrm(*box)}</p:spPr>{_body(paragraphs, anchor)}</p:sp>')

    def text(self, box: tuple[int, int, int, int], paragraphs: str) -> None:
        n = self._id()
        self.parts.append(f'<p:sp><p:nvSpPr><p:cNvPr id="{n}" name="TextBox {n - 1}"/><p:cNvSpPr txBox="1"/>'
                          f'<p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(*box)}<a:prstGeom prst="rect"><a:avLst/>'
                          f'</a:prstGeom><a:noFill/></p:spPr>{_body(paragraphs)}</p:sp>')

    def shape(self, geometry: str, box: tuple[int, int, int, int], fill: str, paragraphs: str = "",
              anchor: str = "middle") -> None:
        n = self._id()
        self.parts.append(f'<p:sp><p:nvSpPr><p:cNvPr id="{n}" name="Shape {n - 1}"/><p:cNvSpPr/><p:nvPr/>'
                          f'</p:nvSpPr><p:spPr>{_xfrm(*box)}<a:prstGeom prst="{geometry}"><a:avLst/>'
                          f'</a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln><a:noFill/>'
                          f'</a:ln></p:spPr>{_body(paragraphs or "<a:p/>", anchor)}</p:sp>')

    def table(self, box: tuple[int, int, int, int], rows: list[list[str]], head: bool, lang: str,
              primary: str) -> None:
        n = self._id()
        left, top, width, _ = box
        columns = max(len(r) for r in rows)
        widths = [width // columns] * columns
        widths[-1] += width - sum(widths)
        row_height = Inches(0.5)
        out = []
        for r, row in enumerate(rows):
            is_head = head and r == 0
            cells = []
            for c in range(columns):
                run = _run(row[c] if c < len(row) else "", lang, TABLE_PT, WHITE if is_head else INK, bold=is_head)
                fill = f'<a:solidFill><a:srgbClr val="{primary}"/></a:solidFill>' if is_head else ""
                cells.append(f'<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p>{run}</a:p></a:txBody>'
                             f'<a:tcPr>{fill}</a:tcPr></a:tc>')
            out.append(f'<a:tr h="{row_height}">{"".join(cells)}</a:tr>')
        grid = "".join(f'<a:gridCol w="{w}"/>' for w in widths)
        self.parts.append(
            f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{n}" name="Table {n - 1}"/><p:cNvGraphicFramePr>'
            f'<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
            f'{_xfrm(left, top, width, row_height * len(rows), "p:xfrm")}<a:graphic><a:graphicData '
            f'uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" '
            f'bandRow="1"><a:tableStyleId>{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}</a:tableStyleId></a:tblPr>'
            f'<a:tblGrid>{grid}</a:tblGrid>{"".join(out)}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>')

    def put_on(self, slide) -> None:  # noqa: ANN001 - python-pptx's slide
        """Put these shapes on a new slide (an empty shape tree: see _new_slide)."""
        slide.shapes._spTree.extend(parse_xml(f'<p:spTree {_NS}>{"".join(self.parts)}</p:spTree>'))  # noqa: SLF001


def _new_slide(prs, layout: int):  # noqa: ANN001, ANN202
    """A slide on one of the template's layouts, its shape tree empty: what `prs.slides.add_slide` does but
    for cloning the layout's placeholders (half of a deck's time), which _Shapes writes itself."""
    r_id, slide = prs.part.add_slide(prs.slide_layouts[layout])
    prs.slides._sldIdLst.add_sldId(r_id)  # noqa: SLF001 - as Slides.add_slide does
    return slide


def _title(shapes: _Shapes, text: str, lang: str, colour: str) -> None:
    shapes.placeholder("title", (MARGIN, Inches(0.3), WIDTH - 2 * MARGIN, Inches(1.1)),
                       _paragraphs([text], lang, TITLE_PT, colour, bold_first=True), "bottom")


def _title_slide(prs, deck: model.Deck, slide_model: model.Slide):  # noqa: ANN001, ANN202
    slide = _new_slide(prs, _TITLE_SLIDE)
    slide.background.fill.solid()
    slide.background.fill.fore_color.rgb = RGBColor.from_string(_hex(deck.primary))
    shapes = _Shapes()
    shapes.placeholder("title", (MARGIN, Inches(1.9), WIDTH - 2 * MARGIN, Inches(1.6)),
                       _paragraphs([slide_model.title], deck.lang, 44, WHITE, bold_first=True), "bottom")
    shapes.placeholder("subtitle", (MARGIN, Inches(3.6), WIDTH - 2 * MARGIN, Inches(2.2)),
                       _paragraphs([slide_model.subtitle], deck.lang, BODY_PT, WHITE), "top")
    shapes.text((MARGIN, Inches(6.3), WIDTH - 2 * MARGIN, Inches(0.7)),
                _paragraphs([f"{deck.course_title} · {deck.academy}"], deck.lang, 20, WHITE))
    shapes.put_on(slide)
    if deck.logo_file and Path(deck.logo_file).suffix.lower() in PICTURES:
        slide.shapes.add_picture(deck.logo_file, MARGIN, Inches(0.5), height=Inches(1.1))
    return slide


def _content_slide(prs, deck: model.Deck, s: model.Slide):  # noqa: ANN001, ANN202
    slide = _new_slide(prs, _TITLE_ONLY)
    shapes = _Shapes()
    primary = _hex(deck.primary)
    _title(shapes, s.title, deck.lang, primary)
    shapes.shape("rect", (MARGIN, Inches(1.45), WIDTH - 2 * MARGIN, Inches(0.07)), _hex(deck.accent))
    top, height = Inches(1.7), HEIGHT - Inches(1.7) - Inches(0.4)
    width = WIDTH - 2 * MARGIN
    if s.kind == "table" and s.table:
        head = [list(s.table.head)] if s.table.head else []
        shapes.table((MARGIN, top, width, height), head + [list(r) for r in s.table.rows], bool(head), deck.lang,
                     primary)
    elif s.kind == "figure":
        _figure(shapes, deck, s, top, width, height)
    elif s.kind == "codes":
        _codes(slide, shapes, deck, s, top, width, height)
        return slide
    elif s.kind == "discussion":
        shapes.text((MARGIN, top, width, height), _paragraphs(list(s.points), deck.lang, 36, INK))
    else:
        lines = ([s.subtitle] if s.subtitle else []) + list(s.points)
        shapes.text((MARGIN, top, width, height),
                    _paragraphs(lines, deck.lang, BODY_PT, INK, bold_first=bool(s.subtitle), bullet=True))
    shapes.put_on(slide)
    return slide


def _codes(slide, shapes: _Shapes, deck: model.Deck, s: model.Slide, top: int, width: int,  # noqa: ANN001
           height: int) -> None:
    """A facilitator session's QR codes (site/qr.py, as PNG pictures) side by side, each with its caption
    and address under it."""
    if s.subtitle:
        shapes.text((MARGIN, top, width, Inches(0.6)), _paragraphs([s.subtitle], deck.lang, BODY_PT, INK))
        top += Inches(0.8)
        height -= Inches(0.8)
    n = max(1, len(s.codes))
    column = width // n
    side = min(Inches(3.4), column - Inches(0.4), height - Inches(1.6))
    for i, code in enumerate(s.codes):
        left = MARGIN + i * column
        shapes.text((left, top + side + Inches(0.1), column, height - side - Inches(0.1)),
                    _paragraphs([code.caption, code.url], deck.lang, 20, INK, bold_first=True))
    shapes.put_on(slide)
    for i, code in enumerate(s.codes):
        left = MARGIN + i * column + (column - side) // 2
        slide.shapes.add_picture(io.BytesIO(qr.png(code.url)), left, top, side, side)


def _figure(shapes: _Shapes, deck: model.Deck, s: model.Slide, top: int, width: int, height: int) -> None:
    """The figure's parts as boxes one can move and retype: its labels (Slide.points) in a row of steps
    rising to the right when there are four or fewer (the ladder), in two columns otherwise (the wheel)."""
    labels = list(s.points)
    if not labels:
        return
    shapes.text((MARGIN, top, width, Inches(0.6)), _paragraphs([s.subtitle], deck.lang, BODY_PT, INK, bold_first=True))
    top += Inches(0.8)
    height -= Inches(0.8)
    n = len(labels)
    gap = Inches(0.15)
    boxes = []
    if n <= 4:
        w = (width - gap * (n - 1)) // n
        for i in range(n):
            h = height * (i + 2) // (n + 1)  # the lowest step still holds a two-line label
            boxes.append((MARGIN + i * (w + gap), top + height - h, w, h))
    else:
        rows = (n + 1) // 2
        w, h = (width - gap) // 2, (height - gap * (rows - 1)) // rows
        boxes = [(MARGIN + (i // rows) * (w + gap), top + (i % rows) * (h + gap), w, h) for i in range(n)]
    for label, box in zip(labels, boxes, strict=True):
        shapes.shape("roundRect", box, _hex(deck.primary),
                     _paragraphs([label], deck.lang, BODY_PT, WHITE, bold_first=True), "top" if n <= 4 else "middle")


# --- the package ---------------------------------------------------------------------------------------

@functools.cache
def _template() -> bytes:
    """python-pptx's default presentation, read once (its masters and layouts are every deck's)."""
    return Path(pptx.__file__).with_name("templates").joinpath("default.pptx").read_bytes()


@functools.cache
def _notes_prototype() -> str:
    """The markup of a notes page as python-pptx makes it from its notes master (its placeholders
    cloned), with `{}` where the talk-track's paragraphs go: made once, filled for every slide."""
    prs = Presentation(io.BytesIO(_template()))
    notes = prs.slides.add_slide(prs.slide_layouts[_TITLE_ONLY]).notes_slide
    notes.notes_text_frame.text = _MARK
    xml = serialize_part_xml(notes._element).decode("utf-8")  # noqa: SLF001 - the notes page's own element
    before, mark, after = xml.partition(f"<a:p><a:r><a:t>{_MARK}</a:t></a:r></a:p>")
    assert mark, "python-pptx writes the notes text as one run"
    return before.replace("{", "{{").replace("}", "}}") + "{}" + after.replace("{", "{{").replace("}", "}}")


_MARK = "SELARAS-NOTES"


def _add_notes(prs, slide, lines: tuple[str, ...], lang: str, number: int) -> None:  # noqa: ANN001
    """The slide's notes page (what python-pptx's `slide.notes_slide` makes, without cloning the notes
    master's placeholders for every slide)."""
    paragraphs = "".join(f'<a:p><a:r><a:rPr lang="{_LANG.get(lang, lang)}" dirty="0"/><a:t>{escape(line)}</a:t>'
                         f'</a:r></a:p>' for line in lines)
    package = prs.part.package
    part = NotesSlidePart(PackURI(f"/ppt/notesSlides/notesSlide{number}.xml"), CT.PML_NOTES_SLIDE, package,
                          parse_xml(_notes_prototype().format(paragraphs).encode("utf-8")))
    part.relate_to(prs.part.notes_master_part, RT.NOTES_MASTER)
    part.relate_to(slide.part, RT.SLIDE)
    slide.part.relate_to(part, RT.NOTES_SLIDE)


class _FixedTimeZip:
    """python-pptx's zip writer with one fixed time on every entry: the same deck, the same bytes."""

    def __init__(self, stream: io.BytesIO) -> None:
        self._zip = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED)

    def __enter__(self) -> _FixedTimeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self._zip.close()

    def write(self, uri: PackURI, blob: bytes) -> None:
        info = zipfile.ZipInfo(uri.membername, FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        self._zip.writestr(info, blob)


class _Writer(PackageWriter):
    def _write(self) -> None:
        with _FixedTimeZip(self._pkg_file) as phys:  # type: ignore[arg-type]  # always a BytesIO here
            self._write_content_types_stream(phys)  # type: ignore[arg-type]
            self._write_pkg_rels(phys)  # type: ignore[arg-type]
            self._write_parts(phys)  # type: ignore[arg-type]


def deck_bytes(deck: model.Deck) -> bytes:
    """One lesson's deck in one language, as the bytes of a .pptx file."""
    prs = Presentation(io.BytesIO(_template()))
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    props = prs.core_properties
    props.title, props.author, props.last_modified_by = deck.title, deck.academy, deck.academy
    props.language, props.revision = deck.lang, 1
    props.created = props.modified = CREATED
    number = 0
    for s in deck.slides:
        slide = _title_slide(prs, deck, s) if s.kind == "title" else _content_slide(prs, deck, s)
        if s.notes:
            number += 1
            _add_notes(prs, slide, s.notes, deck.lang, number)
    raw = io.BytesIO()
    package = prs.part.package
    _Writer.write(raw, package._rels, tuple(package.iter_parts()))  # noqa: SLF001 - as Package.save does
    return raw.getvalue()


def deck_files(course, folder: str) -> dict[str, bytes]:  # noqa: ANN001 - a Course
    """Every lesson's deck in every language, by its path in the slides zip (`<folder>/<lang>/NN-id.pptx`),
    and every facilitator session's (`<folder>/<lang>/facilitator-<session id>.pptx`)."""
    out = {}
    for lang in LANGS:
        for lesson, deck in zip(course.lessons, model.decks(course, lang), strict=True):
            out[f"{folder}/{lang}/{lesson.order:02d}-{lesson.id}.pptx"] = deck_bytes(deck)
        for deck in model.session_decks(course, lang):
            out[f"{folder}/{lang}/facilitator-{deck.lesson_id}.pptx"] = deck_bytes(deck)
    return out
