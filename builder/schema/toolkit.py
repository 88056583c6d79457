"""`course/toolkit.yaml`: the templates managers print and use, on one page of their own."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import Id, Markdown, Strict, Text
from .glossary import Example


class Template(Strict):
    """One printable template: an agenda, a sheet to fill in, a plan."""

    id: Id
    """Identifier of the template; also its anchor on the page (`toolkit.html#<id>`) and what a lesson section names in `toolkit:`."""
    title: Text
    """Title of the template, e.g. `Agenda rapat perencanaan` / `Planning meeting agenda`."""
    use: Markdown
    """One or two sentences: when to use it and who fills it in. Printed above the template."""
    practices: list[Id] = []
    """Ids of the practices (course/model.yaml) the template serves."""
    body: Markdown
    """The template itself: tables, lists, blanks written as `…`. It is also offered as plain text to copy, exactly as written here, so keep it readable as text."""
    examples: list[Example] = []
    """Filled-in examples shown under the template (not printed with it), each for every edition or, with `edition:`, for one."""


class Toolkit(Strict):
    """`course/toolkit.yaml`: the Toolkit page (`toolkit.html`), linked from the home page and the lessons."""

    title: Text
    """Title of the page and of its navigation entry, e.g. `Toolkit` (one name in both languages)."""
    intro: Markdown
    """Introduction: what is on the page and how to print or copy it."""
    templates: Annotated[list[Template], Field(min_length=1)]
    """The templates, in the order the page shows them. Each prints on its own A4 page."""


__all__ = ["Template", "Toolkit"]
