"""`course/lessons/*.yaml`: one lesson per file."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .base import MARKDOWN, Id, InEdition, Markdown, Refused, Strict, Text


class Section(InEdition):
    """A part of a lesson's body (of every edition, or of the one named in `edition:`)."""

    heading: Text | None = None
    """Heading of the section. Required, like `body`, unless the section has `toolkit:`."""
    body: Markdown | None = None
    """The text of the section: lists, **bold**, tables, links."""
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


TASK_MINUTES = (5, 60)
"""The least and the most minutes a task may take. Under 5 minutes, the learner answers a question rather
than drafts something: that is a reflection question. Over 60, it is a piece of work for a workshop or for
the office, not for one sitting of a self-paced lesson: split it, or move it to the facilitator guide.
`course check` says so (sources/checks.py, `check_tasks`)."""


class Task(InEdition):
    """Something the lesson asks the learner to draft (a page of rules, a plan): its time is counted in the lesson's study time."""

    text: Markdown
    """What to draft, and what it must hold, e.g. `Susun aturan main satu halaman untuk tim Anda: ...`. Shown in a "Tugas" / "Task" box with its minutes."""
    minutes: Annotated[int, Field(json_schema_extra={"minimum": TASK_MINUTES[0], "maximum": TASK_MINUTES[1]})]
    """Your estimate, in whole minutes, of how long a learner needs to draft it alone, from 5 to 60. Words cannot tell how long drafting takes, so this is the one time you write by hand; it is added to the lesson's study time."""
    toolkit: Id | None = None
    """Id of the template in course/toolkit.yaml the task is drafted on, e.g. `plan-90-days`: the box links to it."""


class Lesson(Strict):
    """One lesson: a file in `course/lessons/`."""

    id: Id
    """Identifier of the lesson; also the last part of its web address."""
    order: Annotated[int, Field(ge=1, le=999)]
    """Position in the learning path (1 comes first). Each lesson has its own number. (The study time is not written: the builder computes it from the words of the lesson and its knowledge check, its questions and reflection questions, and the minutes of its `tasks:`.)"""
    title: Text
    """Title of the lesson."""
    summary: Text
    """One or two sentences shown on the home page and at the top of the lesson."""
    objectives: Annotated[list[Markdown], Field(min_length=1)]
    """Learning objectives: what the learner can do after the lesson."""
    stages: list[Id] = []
    """Ids of the stages (course/model.yaml) this lesson teaches."""
    practices: list[Id] = []
    """Ids of the practices (course/model.yaml) this lesson teaches."""
    sections: Annotated[list[Section], Field(min_length=1)]
    """The body of the lesson, in order."""
    key_points: Annotated[list[Markdown], Field(min_length=1)]
    """The points to remember, shown at the end."""
    reflection: Annotated[list[Annotated[Reflection, MARKDOWN]], Field(min_length=1)]
    """Questions that ask the learner to apply the lesson to their own organisation."""
    tasks: list[Task] = []
    """What the lesson asks the learner to draft, each with your estimate of its minutes (most lessons set none). Shown after the reflection questions and counted in the study time."""
    quiz: Id
    """Id of this lesson's knowledge check in `quizzes/`."""
    minutes: Annotated[None, Refused("minutes_computed")] = None
    """Written by hand in older versions; the builder now computes each lesson's study time."""
