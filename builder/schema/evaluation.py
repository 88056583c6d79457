"""`course/evaluation.yaml`: the participants' evaluation of a session (Kirkpatrick level 1), on a phone and on paper."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import Id, Strict, Text


class Rating(Strict):
    """One question answered on the five-point scale."""

    id: Id
    """Identifier of the question, e.g. `content`; results and `course score --json` name it."""
    text: Text
    """The question as the participant reads it, e.g. `Isi pelatihan` / `The content of the training`."""


class FirstStep(Strict):
    """The question "what will you do first?": one of the course's practices, or something else."""

    question: Text
    """The question as the participant reads it."""
    practices: Annotated[list[Id], Field(min_length=1, max_length=9)]
    """Ids of the practices offered (course/model.yaml), in the order shown; their names come from model.yaml."""
    other: Text
    """Label of the last choice, "something else"."""


class Comment(Strict):
    """The one optional free-text comment."""

    question: Text
    """The question above the comment box."""
    max_length: Annotated[int, Field(ge=40, le=400)] = 280
    """Most characters a comment may hold (it travels inside the result link)."""


class Evaluation(Strict):
    """`course/evaluation.yaml`: what participants think of a session, answered without a name."""

    id: Id
    """Identifier; `evaluation`."""
    title: Text
    """Page title, also the heading of the paper form."""
    intro: Text
    """One or two sentences above the form: what it is for, that it takes two minutes and carries no name."""
    scale: Annotated[list[Text], Field(min_length=5, max_length=5)]
    """Labels of the ratings 1 (worst) to 5 (best), in that order."""
    ratings: Annotated[list[Rating], Field(min_length=1, max_length=6)]
    """The questions rated from 1 to 5, in the order shown."""
    first_step: FirstStep
    """The question "what will you do first?"."""
    comment: Comment
    """The optional comment."""
