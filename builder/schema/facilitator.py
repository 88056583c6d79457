"""`course/facilitator.yaml`: how a facilitator runs the course with a team in one room.

Optional: an academy that sells only e-learning leaves the file out, and the site has no
Facilitator guide. Everything the guide uses from the course (lesson sections, reflection
questions, Toolkit templates) is named by reference and shown from its source, never copied.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .base import Id, InEdition, Markdown, Strict, Text


class LessonRef(Strict):
    """A lesson, or one section of it, that a block of the session works through."""

    lesson: Id
    """Id of the lesson (its `id:`, e.g. `four-stages`)."""
    section: Id | None = None
    """`key:` of a section in that lesson, e.g. `stage-undefined`; the link then opens the lesson at that section. Leave it out to point to the whole lesson."""


class QuestionRef(Strict):
    """A reflection question of a lesson, used as a discussion question; the guide shows the lesson's own text."""

    lesson: Id
    """Id of the lesson that asks the question."""
    question: Id
    """`key:` of the question in the lesson's `reflection:` list, e.g. `blame`."""


class Block(InEdition):
    """One block of a run sheet: a stretch of minutes with one purpose."""

    minutes: Annotated[int, Field(ge=1, le=240)]
    """Length of the block in minutes. The blocks of a session must add up to the session's `minutes`."""
    title: Text
    """Short name of the block, e.g. `Pembukaan` / `Opening`."""
    do: Markdown
    """What the facilitator does, step by step."""
    lessons: list[LessonRef] = []
    """Lessons or lesson sections the block uses; each becomes a link."""
    toolkit: list[Id] = []
    """Ids of templates in course/toolkit.yaml the block uses; each becomes a link to the Toolkit page."""
    tools: list[Literal["diagnostic", "team"]] = []
    """Pages of the course the block uses: `diagnostic` (each participant answers on their phone) and `team` (the team page, on the projector)."""
    questions: list[QuestionRef] = []
    """Discussion questions, drawn from the lessons' reflection questions by reference."""
    output: Text | None = None
    """What the room has at the end of the block, e.g. `Lembar istilah bersama yang sudah terisi` / `A filled shared-terms sheet`."""


class Session(Strict):
    """One run sheet: a session of a stated length, in blocks."""

    id: Id
    """Identifier of the session; also its anchor on the page (`facilitator.html#<id>`)."""
    title: Text
    """Title of the session, e.g. `Sesi 90 menit` / `90-minute session`."""
    minutes: Annotated[int, Field(ge=15, le=600)]
    """Length of the session in minutes, breaks included. The build checks that the blocks add up to it."""
    summary: Markdown
    """Who the session is for, how many people, and what they leave with."""
    blocks: Annotated[list[Block], Field(min_length=1)]
    """The blocks, in the order they are run."""


class Reading(Strict):
    """One thing the team page may show, what it means, and how to say it in the room."""

    sign: Text
    """What the facilitator sees on the team page, e.g. `Selisih besar antara tim sales dan tim marketing` / `A large gap between sales and marketing`."""
    meaning: Markdown
    """What it usually means."""
    say: Markdown
    """How to talk about it without blaming either team."""


class Debrief(Strict):
    """When to run the diagnostic in a session and how to discuss its result with the team page."""

    title: Text
    """Heading of the part, e.g. `Diagnostik dan pembahasannya` / `The diagnostic and its debrief`."""
    when: Markdown
    """When and how the participants answer it."""
    steps: Annotated[list[Markdown], Field(min_length=1)]
    """The debrief with the team page, step by step."""
    readings: Annotated[list[Reading], Field(min_length=1)]
    """How to read what the team page shows."""


class Material(Strict):
    """One thing to print or bring."""

    item: Text
    """What it is, e.g. `Proyektor dan layar` / `Projector and screen`."""
    copies: Text
    """How many, e.g. `satu per kelompok (4–5 orang)` / `one per group (4–5 people)`."""
    toolkit: Id | None = None
    """Id of the Toolkit template to print, if the item is one; it becomes a link."""


class ChecklistGroup(Strict):
    """A group of checks done at the same moment, e.g. the day before."""

    title: Text
    """When, e.g. `Seminggu sebelumnya` / `A week before`."""
    items: Annotated[list[Markdown], Field(min_length=1)]
    """The checks, one short line each."""


class FacilitatorLabels(Strict):
    """Words of the Facilitator guide page around the content."""

    run_sheet: Text
    """Heading above a session's overview table, e.g. `Susunan acara` / `Run sheet`."""
    time: Text
    """Column of the overview table with each block's minutes from the start, e.g. `Menit` / `Minutes`."""
    block: Text
    """Column of the overview table with the blocks' titles, e.g. `Kegiatan` / `Activity`."""
    do: Text
    """Label before what the facilitator does."""
    uses: Text
    """Label before the lessons, templates and pages a block uses."""
    questions: Text
    """Label before the discussion questions."""
    output: Text
    """Label before the expected output."""
    meaning: Text
    """Label before what a sign on the team page usually means, e.g. `Artinya` / `What it means`."""
    say: Text
    """Label before how to talk about it in the room, e.g. `Cara menyampaikannya` / `How to say it`."""
    materials: Text
    """Heading of the materials list."""
    checklist: Text
    """Heading of the one-page checklist."""


class Facilitator(Strict):
    """`course/facilitator.yaml` (optional): the Facilitator guide page (`facilitator.html`), linked from the home page."""

    title: Text
    """Title of the page and of its navigation entry: `Panduan fasilitator` / `Facilitator guide`."""
    cta: Text
    """Home-page paragraph pointing to the guide."""
    intro: Markdown
    """Introduction: who the guide is for and how to use and print it."""
    labels: FacilitatorLabels
    """Words of the page around the content."""
    sessions: Annotated[list[Session], Field(min_length=1)]
    """The run sheets, e.g. a 90-minute session and a half day."""
    debrief: Debrief
    """When to run the diagnostic and how to debrief it."""
    materials: Annotated[list[Material], Field(min_length=1)]
    """What to print and bring."""
    checklist: Annotated[list[ChecklistGroup], Field(min_length=1)]
    """The one-page checklist, in groups."""


__all__ = ["Block", "ChecklistGroup", "Debrief", "Facilitator", "FacilitatorLabels", "LessonRef", "Material",
           "QuestionRef", "Reading", "Session"]
