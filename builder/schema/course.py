"""The course's own sources: the model, the lessons, the course page, the academy and the glossary."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import Field

from .base import Flag, Id, NonEmpty, Strict, Text


# --- course/model.yaml ---------------------------------------------------------

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

    source: Text
    """Where the model comes from, shown on the credits page."""
    stages: Annotated[list[Stage], Field(min_length=2)]
    """The stages, from the loosest relationship to the closest."""
    practices: Annotated[list[Practice], Field(min_length=1)]
    """The practices, in the order the course teaches them."""


# --- course/lessons/*.yaml -----------------------------------------------------

class Section(Strict):
    """A part of a lesson's body."""

    heading: Text | None = None
    """Heading of the section. Required, like `body`, unless the section has `toolkit:`."""
    body: Text | None = None
    """The text of the section, in Markdown (lists, **bold**, tables, links)."""
    kind: Literal["text", "case", "template", "example", "warning", "tip"] = "text"
    """How the section is shown: `text` (plain), `case` (the running case study), `template` (something to copy and use), `example`, `warning` or `tip` (boxes)."""
    figure: Literal["stage-ladder", "practice-wheel"] | None = None
    """A diagram drawn from course/model.yaml, shown before the body: `stage-ladder` or `practice-wheel`."""
    toolkit: list[Id] = []
    """Ids of templates in course/toolkit.yaml: a box links to each on the Toolkit page, after the body. Templates live there, not in lessons; a section that only points to them needs no heading or body, e.g. `- toolkit: [agenda-planning]`."""
    key: Id | None = None
    """A fixed name for the section, e.g. `stage-undefined`: its anchor on the lesson page in both languages, and how course/facilitator.yaml points to it. Give one only where something refers to the section; never change one that is used."""


class Reflection(Text):
    """A reflection question: the text in both languages, and optionally a `key:` that names it."""

    key: Id | None = None
    """A fixed name for the question, e.g. `blame`, so course/facilitator.yaml can use it as a discussion question (`id:` here is the Indonesian text, so the name is `key:`). Never change one that is used."""


class Lesson(Strict):
    """One lesson: a file in `course/lessons/`."""

    id: Id
    """Identifier of the lesson; also the last part of its web address."""
    order: Annotated[int, Field(ge=1, le=999)]
    """Position in the learning path (1 comes first). Each lesson has its own number. (The study time is not written: the builder computes it from the words of the lesson and its knowledge check.)"""
    title: Text
    """Title of the lesson."""
    summary: Text
    """One or two sentences shown on the home page and at the top of the lesson."""
    objectives: Annotated[list[Text], Field(min_length=1)]
    """Learning objectives: what the learner can do after the lesson."""
    stages: list[Id] = []
    """Ids of the stages (course/model.yaml) this lesson teaches."""
    practices: list[Id] = []
    """Ids of the practices (course/model.yaml) this lesson teaches."""
    sections: Annotated[list[Section], Field(min_length=1)]
    """The body of the lesson, in order."""
    key_points: Annotated[list[Text], Field(min_length=1)]
    """The points to remember, shown at the end."""
    reflection: Annotated[list[Reflection], Field(min_length=1)]
    """Questions that ask the learner to apply the lesson to their own organisation."""
    quiz: Id
    """Id of this lesson's knowledge check in `quizzes/`."""

    # Keys that older versions of the format had: each gets its own message (a problem code
    # in builder/messages/) saying what replaced it, instead of a bare "unknown key".
    retired_keys: ClassVar[dict[str, str]] = {"minutes": "minutes_computed"}


# --- course/course.yaml --------------------------------------------------------

class SourceCredit(Strict):
    """A source the course is based on."""

    citation: NonEmpty
    """The reference as it should be cited (authors, title, publication, year)."""
    short: NonEmpty
    """A short form for the footer of every page, e.g. `Kotler, Rackham & Krishnaswamy, HBR 2006`."""
    note: Text
    """What the course took from it."""


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
    audience: Text
    """Who the course is for."""
    about: Text
    """A paragraph on what the learner will be able to do (Markdown)."""
    sources: Annotated[list[SourceCredit], Field(min_length=1)]
    """The sources the course is built on; they are credited on every page's footer and on the credits page."""


# --- course/academy.yaml -------------------------------------------------------

class Colours(Strict):
    """The academy's colours, as `#rrggbb`."""

    primary: Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
    """Header and links. Choose a dark colour: white text must stay readable on it."""
    accent: Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
    """Highlights and buttons."""


class ContactLine(Strict):
    """One line of contact information."""

    label: Text
    """What the line is, e.g. `Telepon kantor` / `Office phone`."""
    value: NonEmpty
    """The address, number or e-mail, written as it should appear."""


# Written into every page (canonical links) and the sitemap: nothing in it may end an attribute or a tag.
_SITE_URL = r"^https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?/(?:[A-Za-z0-9._~%!$+,;=:@/-]*/)?$"


class Academy(Strict):
    """`course/academy.yaml`: the academy that publishes the course."""

    name: NonEmpty
    """Name of the academy, e.g. `Groedu Academy E-Learning`."""
    tagline: Text
    """Short description shown in the footer."""
    logo: NonEmpty
    """File name of the logo, in course/ (e.g. next to academy.yaml): SVG, PNG, JPEG or WebP, at most 1 MB. An SVG must not contain script, event handlers or links to other files."""
    colours: Colours
    """Brand colours."""
    contact: list[ContactLine] = []
    """Contact lines shown on the credits page."""
    site_url: Annotated[str, Field(pattern=_SITE_URL)]
    """Public address of the course site, `http://` or `https://`, ending in `/`: a host name and a path of letters, digits and `-._~%/` (no spaces, quotes or angle brackets)."""
    default_language: Literal["id", "en"] = "id"
    """Language the site opens in, and of the builder's messages: `id` or `en`."""


# --- course/glossary.yaml ------------------------------------------------------

class Spellings(Strict):
    """Spellings to avoid in each language."""

    id: list[NonEmpty] = []
    """Indonesian spellings that must not be used for this term."""
    en: list[NonEmpty] = []
    """English spellings that must not be used for this term."""


class Term(Strict):
    """One term that sales and marketing must use in the same way."""

    id: Id
    """Identifier of the term."""
    term: Text
    """The term as the course writes it in each language."""
    definition: Text
    """What it means, in one or two sentences."""
    avoid: Spellings = Spellings()
    """Other spellings of the same idea that the course must not use (checked by the build)."""


class Glossary(Strict):
    """`course/glossary.yaml`: the shared vocabulary."""

    terms: Annotated[list[Term], Field(min_length=1)]
    """The terms, in the order the glossary page lists them."""


__all__ = ["Stage", "Practice", "Model", "Section", "Reflection", "Lesson", "SourceCredit", "CourseInfo",
           "Colours", "ContactLine", "Academy", "Spellings", "Term", "Glossary", "Flag"]
