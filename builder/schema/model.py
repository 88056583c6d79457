"""`course/model.yaml`: the stages and the practices, defined once and referred to by id."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import Id, Markdown, Strict, Text


class Stage(Strict):
    """One of the four stages of the relationship between sales and marketing."""

    id: Id
    """Identifier used everywhere else, e.g. `undefined`."""
    name: Text
    """Name shown to learners, e.g. `Undefined (tanpa aturan main)` / `Undefined`."""
    description: Text
    """Two or three sentences: what the relationship looks like at this stage."""
    advice: Text
    """What a company at this stage should do next (or why it may stay). Shown with diagnostic results."""
    from_score: Annotated[int, Field(ge=20, le=100)]
    """Lowest diagnostic score (20–100) that places an organisation at this stage. Stages must be listed in increasing order."""


class Practice(Strict):
    """One of the six practices management uses to move a company up a stage."""

    id: Id
    """Identifier used everywhere else, e.g. `rules`."""
    name: Text
    """Short name shown to learners."""
    description: Text
    """One or two sentences: what the practice is."""
    next_steps: dict[Id, Annotated[list[Text], Field(min_length=1)]]
    """For each stage except the last, keyed by stage id: concrete steps with this practice that move a company from that stage to the next."""


class Model(Strict):
    """`course/model.yaml`: the stages and practices, defined once and referred to by id."""

    source: Markdown
    """Where the model comes from, shown on the credits page."""
    stages: Annotated[list[Stage], Field(min_length=2)]
    """The stages, from the loosest relationship to the closest."""
    practices: Annotated[list[Practice], Field(min_length=1)]
    """The practices, in the order the course teaches them."""
