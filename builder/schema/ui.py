"""`course/ui.yaml`: every word of the interface, in both languages."""

from __future__ import annotations

from typing import Annotated

from .base import Placeholders, Strict, Text
from .diagnostic import DiagnosticStrings
from .prepost import PrePostStrings
from .printables import PrintableStrings, PrivacyStrings, ReportStrings
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
    # --- slides to project in a room (issue 22) ---
    slides: Text
    """Link from a lesson page to its slides to project, e.g. `Slide untuk presentasi` / `Slides for the projector`."""
    slides_handout: Text
    """Link from a lesson page to its slides laid out for printing as a handout, e.g. `Cetak handout` / `Print handouts`."""
    slide_discussion: Text
    """Title of a slide that puts one reflection question to the room, e.g. `Diskusi` / `Discussion`."""
    slide_continued: Text
    """Added to a slide's title when a table or a list goes on over another slide, e.g. `(lanjutan)` / `(continued)`."""
    slide_minutes: Annotated[Text, Placeholders("minutes")]
    """In a slide's speaker notes: how long to spend on it, e.g. `Sekitar {minutes} menit.` / `About {minutes} minutes.`"""
    slide_case: Text
    """In the speaker notes: the lead-in of an example from the edition's case, e.g. `Contoh dari kasus:` / `From the case:`."""
    slide_help: Text
    """In the first slide's speaker notes: the keys that move the slides, open the presenter view and print handouts."""


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
    # --- the manual scoring key ---
    key_title: Text
    """Title of the scoring key page; also the text of links to it."""
    key_screen: Text
    """Shown on screen only, above the key: print it once for whoever scores the paper forms."""
    key_values: Text
    """Heading of what each box is worth."""
    key_dont_know: Annotated[Text, Placeholders("dont_know")]
    """That the "don't know" box (its label) and a statement left blank are worth nothing and are not counted."""
    key_steps: Text
    """Heading of the scoring steps."""
    key_practice: Annotated[Text, Placeholders("min", "not_enough")]
    """Step: each practice's sum, answers counted and mean; a practice with fewer than `min` answers cannot be scored, and the result is then the "not enough answers" one (its name)."""
    key_total: Annotated[Text, Placeholders("scale")]
    """Step: the total score is `scale` times the mean of all answers together, not the mean of the practices' means."""
    key_round: Annotated[Text, Placeholders("mean_places", "score_places")]
    """Step: means are written with `mean_places` decimals and the score with `score_places`, both rounded down."""
    key_stage: Annotated[Text, Placeholders("scale")]
    """Step: the stage from the bands below (a score on a boundary belongs to the higher stage); each practice's stage from its mean times `scale`."""
    key_near: Annotated[Text, Placeholders("near")]
    """Step: a score within `near` points of a boundary is said to be near it."""
    key_same: Annotated[Text, Placeholders("percent")]
    """Step: the same-rating rule: when the most frequent rating holds at least `percent`% of the answers, note it."""
    key_bands: Text
    """Heading (and caption) of the table of stage bands."""
    band_below: Annotated[Text, Placeholders("to")]
    """Band of the loosest stage, e.g. `di bawah {to}` / `below {to}`."""
    band_between: Annotated[Text, Placeholders("from", "to")]
    """Band of a middle stage, e.g. `{from} sampai di bawah {to}` / `{from} to below {to}`."""
    band_from: Annotated[Text, Placeholders("from")]
    """Band of the closest stage, e.g. `{from} ke atas` / `{from} and above`."""
    score_range: Text
    """Column heading of the bands: the score."""
    example: Text
    """Heading of the worked example."""
    example_intro: Annotated[Text, Placeholders("role", "dont_know")]
    """Lead-in of the worked example: one respondent's answers, the role, and that a dash stands for the "don't know" label."""
    answers: Text
    """Column heading of the example's answers."""
    total: Text
    """Column heading: the sum of a practice's answers."""
    answered: Text
    """Column heading: how many of a practice's statements were answered with a number."""
    all_answers: Text
    """Row heading of the example's line for all the answers together."""
    example_total: Annotated[Text, Placeholders("scale", "sum", "answered", "exact", "score")]
    """The example's score worked out: `scale` × `sum` ÷ `answered` = the value with more decimals (`exact`), then as written (`score`)."""
    example_same: Annotated[Text, Placeholders("rating", "count", "answered", "percent")]
    """The example's most frequent rating and its count, when it stays under the same-rating rule's percent."""
    example_same_said: Annotated[Text, Placeholders("rating", "count", "answered", "percent")]
    """The same, when it reaches the percent (the result then says the answers are nearly all alike)."""


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
    prepost: PrePostStrings
    """Words of the pre/post test page, and of its results on the team page and in `course score`."""
    evaluation: EvaluationStrings
    """Words of the evaluation page, its paper form and its summaries."""
    privacy: PrivacyStrings
    """Words of the privacy rule: results sent privately, small groups not shown."""
    printables: PrintableStrings
    """Words of the attendance sheet and the certificates."""
    report: ReportStrings
    """Words of the training report for the client (`course score --report`)."""


class EvaluationStrings(Strict):
    """Words of the evaluation page, its paper form, its part of the team page and of `course score`."""

    # --- the evaluation page ---
    saved: Text
    """Said under the form: answers are kept in this browser as they are given."""
    no_storage: Text
    """Said when the browser cannot keep the answers (storage blocked or full)."""
    noscript: Text
    """Shown when JavaScript is off: the paper form is the way to answer."""
    comment_hint: Annotated[Text, Placeholders("max")]
    """Said under the comment box: optional, no names, at most `{max}` characters."""
    send_heading: Text
    """Heading of the part that sends the answers."""
    send_how: Text
    """How to send: the link goes to the facilitator in a private chat, never to the group."""
    link_label: Text
    """Label of the result link."""
    share_button: Text
    """Button that opens the phone's share sheet (shown only where the browser has one)."""
    copy_link: Text
    """Button that copies the link."""
    copied: Text
    """Said after copying."""
    copy_failed: Text
    """Said when the browser does not allow copying: the link is selected to copy by hand."""
    share_text: Text
    """Text sent with the link: for the facilitator only, sent in a private chat."""
    shared_done: Text
    """Said after the link was shared."""
    new_form: Text
    """Button that clears the form for the next person (a shared phone, or typing in paper forms)."""
    new_confirm: Text
    """Question asked before clearing the form."""
    shared_view: Text
    """Said above the answers opened from someone's link (shown read-only)."""
    own_form: Text
    """Link from the answers of a link back to one's own form."""
    bad_link: Text
    """Said when a link cannot be read."""
    old_link: Text
    """Said when a link was made for another version of the questions (it is not counted)."""
    paper_cta: Text
    """Lead-in of the link to the paper form."""
    # --- the paper form ---
    paper_title: Text
    """Title of the paper form's page."""
    paper_screen: Text
    """Said on screen above the paper form (not printed): print one per participant; how the answers are typed in."""
    paper_how: Text
    """Printed instruction: one cross per question, no name."""
    paper_comment_lines: Text
    """Printed under the comment question: write in capitals, a few lines at most."""
    paper_foot: Annotated[Text, Placeholders("fingerprint")]
    """Printed at the foot: the question set's code, so that forms of another version are not mixed in."""
    # --- the team page and `course score` ---
    team_heading: Text
    """Heading of the evaluation summary on the team page and in `course score`."""
    team_intro: Text
    """Said under it: evaluation links pasted in the box above are summarised here; paper forms are typed in below."""
    responses: Annotated[Text, Placeholders("count")]
    """How many evaluations are counted."""
    too_few: Annotated[Text, Placeholders("min")]
    """Said instead of a summary, or of one question's figures, with fewer than `{min}` answers: too few to show."""
    question: Text
    """Column heading: the question."""
    answered: Text
    """Column heading: how many answered it."""
    mean: Text
    """Column heading: the mean rating (1–5)."""
    distribution: Text
    """Column heading: how many gave each rating, 1 to 5."""
    first_heading: Text
    """Heading of the counts of "what will you do first"."""
    choice: Text
    """Column heading: the practice (or something else)."""
    count: Text
    """Column heading: how many chose it."""
    comments_heading: Text
    """Heading of the comments."""
    comments_order: Text
    """Said above the comments: no names, in alphabetical order, not in the order they were sent."""
    no_comments: Text
    """Said when no one wrote a comment."""
    paste_found: Annotated[Text, Placeholders("count")]
    """How many evaluations a paste added."""
    paste_skipped: Annotated[Text, Placeholders("malformed", "other_set", "duplicate")]
    """How many evaluation links of a paste were not added and why."""
    clear: Text
    """Button that removes every evaluation from the team page."""
    clear_confirm: Text
    """Question asked before removing them."""
    manual_heading: Text
    """Heading of the form that types in one paper evaluation on the team page."""
    manual_add: Text
    """Button that adds the typed-in paper form."""
    manual_added: Text
    """Said after a paper form was added (the form is cleared for the next one)."""


Ui.model_rebuild()  # its field `evaluation` names the class above it
