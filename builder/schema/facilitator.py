"""`course/facilitator.yaml`: how a facilitator runs the course with a team in one room.

Optional: an academy that sells only e-learning leaves the file out, and the site has no
Facilitator guide. Everything the guide uses from the course (lesson sections, reflection
questions, Toolkit templates) is named by reference and shown from its source, never copied.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

from .base import Id, InEdition, Markdown, Placeholders, Strict, Text

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The days a run sheet may start on, in the order of the week (Monday first, as in Indonesia)."""

_CLOCK = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")


def _clock_time(value: str) -> str:
    if not isinstance(value, str) or not _CLOCK.fullmatch(value.strip()):
        raise PydanticCustomError("bad_clock_time", "not a time of day", {"value": value})
    return value.strip()


ClockTime = Annotated[str, AfterValidator(_clock_time)]
"""A time of day on the 24-hour clock, `HH:MM`, e.g. `08:30` or `13:00`."""


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


class CaseExample(InEdition):
    """An example from one edition's case, told during a talk-track."""

    text: Markdown
    """The example in two or three sentences, e.g. what happened at PT Arunika (fmcg) or at PT Karya Presisi Teknik (b2b)."""


class TalkStep(InEdition):
    """One part of a block's talk-track: what the facilitator says, for how long, with an example."""

    minutes: Annotated[int, Field(ge=1, le=240)]
    """How long this part takes. The steps of a block's `talk:` add up to the block's `minutes` (in every edition)."""
    say: Markdown
    """What to say, in the facilitator's own words: the idea, then the question to the room."""
    examples: list[CaseExample] = []
    """Examples from the case to tell at this point, one per edition (`edition: fmcg`, `edition: b2b`): each edition's guide shows its own."""


class CaseWork(Strict):
    """Small groups work on the edition's case, then compare it with their own company."""

    case: Markdown
    """The case in a few lines, as the groups read it (name the lesson section it comes from under `lessons:`)."""
    questions: Annotated[list[Markdown], Field(min_length=1)]
    """The questions each group answers, in order."""
    model_answer: Markdown
    """A model answer, for the facilitator only: what a good group finds, to close gaps in the debrief."""
    compare: Markdown
    """How the room then compares the case with their own company."""


class Block(InEdition):
    """One block of a run sheet: a stretch of minutes with one purpose."""

    minutes: Annotated[int, Field(ge=1, le=240)]
    """Length of the block in minutes. The blocks of a session must add up to the session's `minutes`."""
    kind: Literal["content", "case", "break", "energiser"] = "content"
    """What the block is: `content` (the default: the facilitator teaches or leads a discussion), `case` (groups work on the edition's case: give `case:`), `break` (a coffee break, or a pause while result links come in) or `energiser` (a few minutes on their feet)."""
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
    case: CaseWork | None = None
    """The case the groups work on, for a block of `kind: case`: the questions, a model answer, how to compare it with their own company."""
    talk: list[TalkStep] = []
    """The talk-track: what to say, step by step, with the minutes of each step and an example from the edition's case. Every content and case block has one."""


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


class GuidePart(Strict):
    """A part of the guide after the diagnostic's debrief: how something around the sessions is done, such as collecting results privately, what goes to the client afterwards or the follow-up message."""

    id: Id
    """Identifier of the part; also its anchor on the page (`facilitator.html#<id>`), e.g. `after-the-workshop`. Not the id of a session, nor `debrief`, `materials`, `checklist` or `participant-links`, which the page uses itself."""
    title: Text
    """Heading of the part, e.g. `Sesudah workshop` / `After the workshop`."""
    body: Markdown
    """The part itself: paragraphs, lists, a table. A message the facilitator copies and sends goes in a quote (each line starting with `> `, a line with `>` alone between paragraphs), with what they fill in between braces, e.g. `{nama klien}`."""


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
    talk: Text | None = None
    """Label before a block's talk-track, e.g. `Yang disampaikan` / `Talk-track`. Needed once a block has `talk:`."""
    example: Text | None = None
    """Label before an example from the case inside the talk-track, e.g. `Contoh` / `Example`. Needed once a step has `example:`."""
    case: Text | None = None
    """Label before the case the groups read, e.g. `Kasus` / `The case`. Needed once a block has `case:`; so are the three below."""
    case_questions: Text | None = None
    """Label before the groups' questions, e.g. `Pertanyaan untuk kelompok` / `Questions for the groups`."""
    model_answer: Text | None = None
    """Label before the model answer, e.g. `Jawaban contoh (untuk fasilitator)` / `Model answer (for you only)`."""
    compare: Text | None = None
    """Label before how the room compares the case with their own company, e.g. `Bandingkan dengan perusahaan sendiri` / `Compare with your own company`."""


class BreakWindow(Strict):
    """The window of a midday break the clock places in a run sheet (prayer and lunch)."""

    start: ClockTime
    """When the break should begin at the latest, e.g. `"11:45"` (in quotes). The break starts at the last change of activity at or before this time."""
    end: ClockTime
    """When the window ends, e.g. `"12:45"`: the break lasts as long as the window (`end` minus `start`)."""
    title: Text
    """Its name in the run sheet, e.g. `ISHOMA (istirahat, salat, makan)` / `ISHOMA: rest, prayer and lunch`."""
    note: Markdown
    """A line under the run sheet: prayer times change through the year and from city to city, so check the day's time and adjust the window."""


class ScheduleLabels(Strict):
    """Words of the run sheets' clock."""

    clock: Text
    """Column of the overview table with each block's clock times, e.g. `Jam` / `Time`."""
    days: Annotated[list[Text], Field(min_length=7, max_length=7)]
    """The days of the week as the page writes them, Monday first, seven in all, e.g. `Senin` / `Monday`. (The address takes a day's Indonesian or English name in any case: `?hari=jumat`, `?day=friday`.)"""
    starts: Annotated[Text, Placeholders("day", "time")]
    """Line above a run sheet, e.g. `Mulai {day}, pukul {time}` / `Starts on {day} at {time}`."""
    ends: Annotated[Text, Placeholders("time", "duration")]
    """Line under a run sheet with the real end, breaks included, e.g. `Selesai pukul {time}: {duration} termasuk istirahat` / `Ends at {time}: {duration} including breaks`."""
    hours: Annotated[Text, Placeholders("hours")]
    """A length in whole hours, e.g. `{hours} jam` / `{hours} h`."""
    hours_minutes: Annotated[Text, Placeholders("hours", "minutes")]
    """A length in hours and minutes, e.g. `{hours} jam {minutes} menit` / `{hours} h {minutes} min`."""
    change: Markdown
    """How to print the run sheets for another start or day: the page's address with `?mulai=09:00&hari=jumat` (Indonesian) or `?start=09:00&day=friday` (English)."""
    bad_start: Annotated[Text, Placeholders("value", "time")]
    """Said politely when the address gives a start time the page cannot read, e.g. `Jam mulai "{value}" tidak terbaca, jadi susunan acara tetap mulai pukul {time}. Tulis jamnya seperti 08:30.`"""
    bad_day: Annotated[Text, Placeholders("value", "day")]
    """Said politely when the address gives a day the page does not know, e.g. `Hari "{value}" tidak dikenal, jadi susunan acara tetap hari {day}. Tulis nama hari, misalnya jumat.`"""


class Schedule(Strict):
    """The run sheets on the clock: the default start and day, and the midday breaks the clock places."""

    start: ClockTime
    """Default start time of a session, e.g. `"08:30"` (in quotes). The page takes another with `?mulai=09:00` (`?start=` in English)."""
    day: Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    """Default day, in English lower case, e.g. `monday`. On `friday` the Friday prayer break takes the place of the midday break. The page takes another with `?hari=jumat` (`?day=friday`)."""
    midday: BreakWindow
    """The midday break around the midday (zuhur) prayer (ISHOMA), placed when a session runs into its window."""
    friday: BreakWindow
    """The longer midday break on a Friday (Jumatan), for the Friday prayers."""
    labels: ScheduleLabels
    """Words of the clock."""


class ParticipantLinks(Strict):
    """The QR codes of the links participants open on their phones, with their words."""

    title: Text
    """Heading of the codes, e.g. `Tautan untuk peserta` / `Links for participants`."""
    intro: Markdown
    """One line under it: print this part, or show it on the projector, and participants scan it with their phone's camera."""
    diagnostic: Text
    """Caption of the diagnostic's code, e.g. `Diagnostik, diisi di HP` / `The diagnostic, on your phone`."""
    prework: Text
    """Caption of the code of the lessons, for pre-work before the session, e.g. `Materi kursus untuk dibaca sebelum sesi` / `The course, to read before the session`."""
    no_site_url: Annotated[Markdown, Placeholders("site_url")]
    """Shown instead of the codes while `site_url` in course/academy.yaml is still an example address (`{site_url}`): a code must not lead a phone to a site that does not exist. Say what to set."""


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
    parts: list[GuidePart] = []
    """Further parts of the guide, shown after the debrief and listed at the top of the page, e.g. collecting results privately, what goes to the client after the workshop, the 30-day follow-up message. Leave it out and the guide has none."""
    materials: Annotated[list[Material], Field(min_length=1)]
    """What to print and bring."""
    checklist: Annotated[list[ChecklistGroup], Field(min_length=1)]
    """The one-page checklist, in groups."""
    participant_links: ParticipantLinks | None = None
    """QR codes for the links participants open (the diagnostic in this language and edition, the lessons for pre-work), built from `site_url` in course/academy.yaml. Leave it out and the guide has no codes."""
    schedule: Schedule | None = None
    """The run sheets on the clock: default start and day, the midday breaks. Leave it out and the run sheets show minutes from the start only."""


__all__ = ["DAYS", "Block", "BreakWindow", "CaseExample", "CaseWork", "ChecklistGroup", "ClockTime", "GuidePart", "ParticipantLinks", "Schedule", "ScheduleLabels",
           "TalkStep", "Debrief", "Facilitator", "FacilitatorLabels", "LessonRef", "Material",
           "QuestionRef", "Reading", "Session"]
