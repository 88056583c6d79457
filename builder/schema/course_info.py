"""`course/course.yaml`: what the home page says about the course, and the sources it credits."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import Id, Markdown, MarkdownLine, NonEmpty, Strict, Text


class SourceCredit(Strict):
    """A source the course is based on."""

    citation: MarkdownLine
    """The reference as it should be cited (authors, title, publication, year)."""
    short: NonEmpty
    """A short form for the footer of every page, e.g. `Kotler, Rackham & Krishnaswamy, HBR 2006`."""
    note: Markdown
    """What the course took from it."""


class Edition(Strict):
    """One edition of the course: the same model and diagnostic, the cases and examples of one kind of client."""

    id: Id
    """Short name of the edition, e.g. `b2b`: what parts of the course write in `edition:`, what `course build --edition` takes, and part of the package file names."""
    name: Text
    """Name of the edition, e.g. `Pemasok industri B2B` / `B2B industrial supplier`, shown on the home page and the credits page."""


class CourseInfo(Strict):
    """`course/course.yaml`: what the home page says about the course."""

    id: Id = "course"
    """Short name of the course, e.g. `selaras`: the first part of the package file names (`course package`) and the LMS's identifier of the course."""
    version: Annotated[str, Field(pattern=r"^\d+(\.\d+){0,2}$")] = "1.0"
    """Version of the course, e.g. `1.2.0`. Raise it for every release: it is part of the package file names, so an LMS administrator can tell two uploads apart."""
    title: Text
    """Name of the course, shown in the header and on the home page."""
    tagline: Text
    """One sentence under the title."""
    audience: Markdown
    """Who the course is for."""
    about: Markdown
    """A paragraph on what the learner will be able to do."""
    sources: Annotated[list[SourceCredit], Field(min_length=1)]
    """The sources the course is built on; they are credited on every page's footer and on the credits page."""
    jp: Annotated[int, Field(ge=1, le=200)] | None = None
    """Training hours of the course in lesson hours (*JP*, each `certificates.jp_minutes` of course/academy.yaml long), printed on the certificates `course certificates` writes; e.g. `4` for the half-day session (180 minutes of teaching). Leave it out and certificates carry no hours."""
    editions: list[Edition] = []
    """The course's editions, for clients of different industries: the first is the one built without `--edition`. Leave it out for a course with one edition."""
