"""`course/glossary.yaml`: the shared terms, with the spellings the course avoids."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import Id, InEdition, Markdown, NonEmpty, Strict, Text


class Spellings(Strict):
    """Spellings to avoid in each language."""

    id: list[NonEmpty] = []
    """Indonesian spellings that must not be used for this term."""
    en: list[NonEmpty] = []
    """English spellings that must not be used for this term."""


class Example(InEdition):
    """An example of a term or a template, from the world of one edition's clients or of all."""

    text: Markdown
    """The example, in one or two sentences."""


class Term(Strict):
    """One term that sales and marketing must use in the same way."""

    id: Id
    """Identifier of the term."""
    term: Text
    """The term as the course writes it in each language."""
    definition: Markdown
    """What it means, in one or two sentences."""
    examples: list[Example] = []
    """Examples of the term in use, shown under its definition; give each edition its own with `edition:`, so the definition itself stays the same for every client."""
    avoid: Spellings = Spellings()
    """Other spellings of the same idea that the course must not use (checked by the build)."""


class Glossary(Strict):
    """`course/glossary.yaml`: the shared vocabulary."""

    terms: Annotated[list[Term], Field(min_length=1)]
    """The terms, in the order the glossary page lists them."""
