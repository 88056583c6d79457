"""Tables that stay readable on a phone: each body cell carries its column's name, at build time.

On a narrow screen (site.css) a table whose every column has a heading (but perhaps the first,
which names the rows) becomes a list of cards, one per row, each value under its column's name
(`data-label`, shown by CSS); at any other width it is the same table. A table that cannot be
read as cards (a column without a heading, a cell spanning columns or rows, no heading row at
all) keeps its shape and scrolls sideways, with a visible cue above it in the page's language.
No script: the page is the same without one.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import markdown

CARDS = "data-selaras-cards"
"""Attribute of a table that becomes cards on a narrow screen (the builder's own, never a text's)."""
SWIPE = "selaras-swipe"
"""Class of the cue put before a table that scrolls sideways instead."""
MIN_COLUMNS = 3
"""Tables narrower than this fit a phone's width as they are: they keep their shape, with no cue."""


def _text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _rows(section: ET.Element | None) -> list[ET.Element]:
    return [] if section is None else [row for row in section if row.tag == "tr"]


def _spans(cell: ET.Element) -> bool:
    return any(cell.get(a, "1").strip() not in ("", "1") for a in ("colspan", "rowspan"))


def label_table(table: ET.Element) -> str:
    """Give each body cell of `table` its column's name; say what the table becomes on a phone:
    `cards`, `swipe` or `as is`."""
    head, body = table.find("thead"), table.find("tbody")
    head_rows = _rows(head)
    rows = _rows(body) if body is not None else [r for r in _rows(table) if r not in head_rows]
    if not head_rows and rows and all(c.tag == "th" for c in rows[0]):
        head_rows, rows = rows[:1], rows[1:]  # a heading row written in the body
    widest = max((len(r) for r in head_rows + rows), default=0)
    if widest < MIN_COLUMNS:
        return "as is"
    names = [_text(c) for c in head_rows[0]] if len(head_rows) == 1 else []
    cells = [cell for row in rows for cell in row]
    # The first column may go unnamed: it names the rows (a comparison), and titles each card.
    if (not names or not all(names[1:]) or len(names) != widest or any(_spans(c) for c in cells)
            or any(_spans(c) for c in head_rows[0])):
        return "swipe"
    for row in rows:
        for name, cell in zip(names, row, strict=False):
            if name:
                cell.set("data-label", name)
    table.set(CARDS, "")
    return "cards"


def label_tables(root: ET.Element, swipe_text: str) -> None:
    """Every table under `root`: its cells labelled, or a cue before it (see `label_table`)."""
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag == "table" and label_table(child) == "swipe" and swipe_text:
                cue = ET.Element("p", {"class": SWIPE, "aria-hidden": "true"})
                cue.text = swipe_text
                parent.insert(list(parent).index(child), cue)


class _Labeller(markdown.treeprocessors.Treeprocessor):
    def __init__(self, md: markdown.Markdown, swipe_text: str) -> None:
        super().__init__(md)
        self.swipe_text = swipe_text

    def run(self, root: ET.Element) -> None:
        label_tables(root, self.swipe_text)


class TablesExtension(markdown.Extension):
    """Labels the cells of every table of a page, the sources' texts' included (see the module's doc)."""

    def __init__(self, swipe_text: str = "") -> None:
        super().__init__()
        self.swipe_text = swipe_text

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # After the texts are in place ('selaras_fragments', 6), before the table of contents (5).
        md.treeprocessors.register(_Labeller(md, self.swipe_text), "selaras_tables", 5.5)
