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
    """Total study time on the home page."""
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


class PaperStrings(Strict):
    """Words of the diagnostic on paper: the printable form (`diagnostic-paper.html`) and the manual scoring key (`diagnostic-key.html`)."""

    # --- links to them ---
    cta: Text
    """Lead-in of the links to the paper form and the scoring key, on the diagnostic page, in its no-JavaScript note and in the Facilitator guide's debrief."""
    # --- the paper form ---
    form_title: Text
    """Title of the paper form page; also the text of links to it."""
    form_screen: Text
    """Shown on screen only, above the form: how to print it (A4, one sheet per person) and that it is scored with the scoring key."""
    form_how: Annotated[Text, Placeholders("dont_know")]
    """Printed at the top of the form: one cross per statement, answer from facts not feelings, when to tick the "don't know" box (its label), no name."""
    number: Text
    """Column heading of the statements' numbers, e.g. `No.`."""
    statement: Text
    """Column heading of the statements, e.g. `Pernyataan` / `Statement`."""
    fingerprint: Annotated[Text, Placeholders("fingerprint")]
    """Printed at the foot of the form and the key: the statement set's fingerprint, and that a form is scored with the key of the same set."""


class Ui(Strict):
    """`course/ui.yaml`: every word of the interface, in both languages."""

    site: SiteStrings
    """Words of the site."""
    quiz: QuizStrings
    """Words of the knowledge checks."""
    diagnostic: DiagnosticStrings
    """Words of the diagnostic and team pages."""
    paper: PaperStrings
    """Words of the diagnostic's paper form and manual scoring key."""
