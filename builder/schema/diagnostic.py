"""`quizzes/diagnostic.yaml`: the stage diagnostic (self-assessment)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import Id, NonEmpty, Strict, Text


class Statement(Strict):
    """One statement the respondent agrees or disagrees with."""

    id: Id
    """Identifier of the statement; also the CSV column name in `course score`."""
    practice: Id
    """Id of the practice (course/model.yaml) this statement measures."""
    text: Text
    """The statement, worded so that agreeing means a closer relationship."""


class Scale(Strict):
    """Labels of the answer scale; every point is labelled."""

    labels: Annotated[list[Text], Field(min_length=5, max_length=5)]
    """Labels for 1 (strongly disagree) to 5 (strongly agree), in that order."""
    dont_know: Text
    """Label of the "don't know" answer, kept apart from the scale."""


class Rules(Strict):
    """Scoring rules of the diagnostic (see the HBR article's diagnostic)."""

    per_practice: Annotated[int, Field(ge=3, le=10)] = 4
    """Number of statements each practice must have."""
    min_answered: Annotated[int, Field(ge=1, le=10)] = 3
    """Statements of each practice that must be answered (not "don't know") for a valid result."""
    near_boundary: Annotated[NonEmpty, Field(pattern=r"^\d+(\.\d+)?$")] = "2"
    """Within this many points of a stage boundary, the result is said to be on the edge."""
    gap_flag: Annotated[NonEmpty, Field(pattern=r"^\d+(\.\d+)?$")] = "1.0"
    """A difference of at least this much between the sales and marketing means of a practice is flagged."""


class Diagnostic(Strict):
    """The diagnostic: statements grouped by practice, scored into a stage."""

    id: Id
    """Identifier; `diagnostic`."""
    title: Text
    """Page title."""
    intro: Text
    """Introduction (Markdown): how to answer, how long it takes, and that answers stay in the browser."""
    scale: Scale
    """The answer labels."""
    rules: Rules = Rules()
    """Scoring rules."""
    statements: Annotated[list[Statement], Field(min_length=1)]
    """The statements; the page groups them by practice in course order."""


class DiagnosticStrings(Strict):
    """Words of the diagnostic and team pages."""

    progress: Text
    """Progress indicator; `{done}` and `{total}` are replaced."""
    result: Text
    """Heading of the result."""
    score: Text
    """Score line; `{score}` is replaced."""
    near_boundary: Text
    """Said when the score is near a boundary; `{lower}` and `{upper}` are stage names."""
    insufficient: Text
    """Said when too few statements are answered; `{practices}` is replaced."""
    profile: Text
    """Heading of the per-practice profile."""
    practice: Text
    """Column heading: practice."""
    mean: Text
    """Column heading: mean answer."""
    stage: Text
    """Column heading: stage."""
    next_steps: Text
    """Heading of the recommendations."""
    open_lesson: Text
    """Link to the lesson of a practice."""
    share: Text
    """Label of the share link."""
    copy_link: Text
    """Button that copies the share link."""
    copied: Text
    """Said after copying."""
    print: Text
    """Button that prints the result."""
    reset: Text
    """Button that clears the answers."""
    bad_link: Text
    """Said when a shared link cannot be read."""
