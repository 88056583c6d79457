"""`course/ui.yaml`: every word of the interface, in both languages."""

from __future__ import annotations

from typing import Annotated

from .base import Placeholders, Strict, Text
from .diagnostic import DiagnosticStrings
from .quiz import QuizStrings


class SiteStrings(Strict):
    """Words of the site around the lessons."""

    language_name: Text
    """Name of the language in its own language, for the language switcher: `Bahasa Indonesia` / `English`."""
    home: Text
    """Navigation entry of the home page."""
    edition: Annotated[Text, Placeholders("name")]
    """Said on the home and credits pages of a course with editions: which edition this is, e.g. `Edisi: {name}` / `Edition: {name}`."""
    start: Text
    """Button on the home page that opens the first lesson."""
    learning_path: Text
    """Heading of the list of lessons on the home page."""
    minutes: Annotated[Text, Placeholders("minutes")]
    """Study time."""
    total_time: Annotated[Text, Placeholders("minutes", "lessons")]
    """Total study time on the home page; the time's parts follow it, after a colon."""
    time_reading: Annotated[Text, Placeholders("minutes")]
    """Part of a study time: reading the lesson, e.g. `{minutes} membaca` / `{minutes} reading`. The parts follow the time after a colon: "21 menit: 7 membaca, 9 menjawab soal, 5 refleksi"."""
    time_questions: Annotated[Text, Placeholders("minutes")]
    """Part of a study time: reading and answering the knowledge check, e.g. `{minutes} menjawab soal` / `{minutes} answering`."""
    time_reflection: Annotated[Text, Placeholders("minutes")]
    """Part of a study time: the reflection questions, e.g. `{minutes} refleksi` / `{minutes} reflecting`."""
    time_tasks: Annotated[Text, Placeholders("minutes")]
    """Part of a study time: the lesson's drafting tasks, e.g. `{minutes} tugas` / `{minutes} on tasks`. Left out where a lesson sets none."""
    long_course: Annotated[Text, Placeholders("hours")]
    """Said plainly on the home page, under the total study time, when the course takes more than two hours (`{hours}` is that limit, 2): it is more than one sitting."""
    tasks: Text
    """Heading of a lesson's tasks (`tasks:` in the lesson), e.g. `Tugas` / `Tasks`."""
    task: Annotated[Text, Placeholders("minutes")]
    """Title of the box of one task, with its minutes, e.g. `Tugas: sekitar {minutes} menit` / `Task: about {minutes} minutes`."""
    for_whom: Text
    """Heading: who the course is for."""
    diagnostic_cta: Text
    """Home-page paragraph pointing to the diagnostic."""
    objectives: Text
    """Heading of the learning objectives."""
    key_points: Text
    """Heading of the key points."""
    reflection: Text
    """Heading of the reflection questions."""
    knowledge_check: Text
    """Heading of the knowledge check."""
    stages_taught: Text
    """Label before the stages a lesson covers."""
    practices_taught: Text
    """Label before the practices a lesson covers."""
    glossary: Text
    """Title of the glossary page."""
    credits: Text
    """Title of the credits page."""
    sources: Text
    """Heading of the list of sources."""
    contact: Text
    """Heading of the contact details."""
    figure_description: Text
    """Label of a figure's text description."""
    team: Text
    """Title of the team comparison page."""
    lessons: Text
    """Navigation heading above the lessons."""
    tools: Text
    """Navigation heading above the diagnostic and the team page."""
    reference: Text
    """Navigation heading above the glossary and the credits."""
    kind_case: Text
    """Label of a running-case box."""
    kind_template: Text
    """Label of a template box."""
    kind_example: Text
    """Label of an example box."""
    kind_warning: Text
    """Label of a warning box."""
    kind_tip: Text
    """Label of a tip box."""
    credit_line: Annotated[Text, Placeholders("sources")]
    """Footer line crediting the sources."""
    ladder_title: Text
    """Title of the stage-ladder figure."""
    ladder_note: Text
    """Small note on the stage-ladder figure, e.g. "one stage at a time"."""
    wheel_title: Text
    """Title of the practice-wheel figure."""
    wheel_centre: Text
    """Text in the middle of the practice wheel: the shared goal."""
    other_language: Text
    """Name of the other language's switcher entry, e.g. `English` on the Indonesian site."""
    toolkit_cta: Text
    """Home-page paragraph pointing to the Toolkit (the printable templates); shown when course/toolkit.yaml exists."""
    toolkit_in_lesson: Annotated[Text, Placeholders("toolkit")]
    """Lead-in of a lesson's box that links to templates on the Toolkit page, with the page's title."""
    toolkit_copy: Text
    """Label of a template's plain-text block, to copy into a document or a chat."""
    # --- the learner's way through the course and printing (issue 24) ---
    lesson_position: Annotated[Text, Placeholders("number", "total")]
    """Said at the top of a lesson: where it stands in the course, e.g. `Pelajaran {number} dari {total}` / `Lesson {number} of {total}`."""
    print_course: Text
    """Title of the page holding every lesson in order, to print as a booklet (and of the home page's button to it)."""
    print_course_cta: Text
    """Home-page paragraph pointing to the whole course on one page, to print or save as a PDF."""
    print_hint: Text
    """How to print or save a page as a PDF, on a computer and on a phone; shown on the page holding the whole course, never printed."""
    # --- reading on a phone, the footer, the colour schemes ---
    made_with: Annotated[Text, Placeholders("tool")]
    """Footer line naming the tool that draws the site, e.g. `Dibuat dengan {tool}` / `Made with {tool}`."""
    footer_label: Text
    """Name of the footer's navigation (previous and next page) for screen readers."""
    table_swipe: Text
    """Cue above a table too wide for a phone's screen, which scrolls sideways."""
    scheme_to_dark: Text
    """Label of the colour-scheme toggle while the page is light: it switches to the dark scheme."""
    scheme_to_light: Text
    """Label of the colour-scheme toggle while the page is dark: it switches to the light scheme."""


class Ui(Strict):
    """`course/ui.yaml`: every word of the interface, in both languages."""

    site: SiteStrings
    """Words of the site."""
    quiz: QuizStrings
    """Words of the knowledge checks."""
    diagnostic: DiagnosticStrings
    """Words of the diagnostic and team pages."""
