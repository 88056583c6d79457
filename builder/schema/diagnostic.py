"""`quizzes/diagnostic.yaml`: the stage diagnostic (self-assessment)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import Id, Markdown, NonEmpty, Placeholders, Refused, Strict, Text


class Statement(Strict):
    """One statement the respondent agrees or disagrees with."""

    id: Id
    """Identifier of the statement; also the CSV column name in `course score`."""
    practice: Id
    """Id of the practice (course/model.yaml) this statement measures."""
    text: Text
    """The statement, worded so that agreeing means a closer relationship."""
    edition: Annotated[None, Refused("statement_edition")] = None
    """The diagnostic is the same in every edition, so that results from different clients stay comparable."""


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
    same_rating: Annotated[int, Field(ge=51, le=100)] = 75
    """Percent: when at least this share of a respondent's answered statements ("don't know" left out) carry one and the same rating, the result says so (all low is often honest, all agreeing may be politeness), and the team page and `course score` count such respondents."""
    min_group: Annotated[int, Field(ge=3, le=20)] = 3
    """Privacy: the fewest people whose results any page or report shows together (a team, a role, a room's pre/post test or evaluation); a smaller group shows only "too few to show", so no one's answers can be read from a total. It cannot be set below 3."""


class Diagnostic(Strict):
    """The diagnostic: statements grouped by practice, scored into a stage."""

    id: Id
    """Identifier; `diagnostic`."""
    title: Text
    """Page title."""
    intro: Markdown
    """Introduction: how to answer, how long it takes, and that answers stay in the browser."""
    scale: Scale
    """The answer labels."""
    rules: Rules = Rules()
    """Scoring rules."""
    statements: Annotated[list[Statement], Field(min_length=1)]
    """The statements; the page groups them by practice in course order."""


class DiagnosticStrings(Strict):
    """Words of the diagnostic and team pages, the `course score` summary and the cohort report.

    Texts with `{name}` placeholders have those parts filled in; keep the braces.
    """

    # --- the diagnostic page ---
    progress: Annotated[Text, Placeholders("done", "total")]
    """Progress indicator."""
    saved: Text
    """Said under the progress indicator: answers are kept in this browser as they are given."""
    no_storage: Text
    """Said when the browser cannot keep the answers (storage blocked or full)."""
    noscript: Text
    """Shown when JavaScript is off."""
    result: Text
    """Heading of the result."""
    stage_line: Annotated[Text, Placeholders("stage")]
    """The stage reached, with the stage's name."""
    score: Annotated[Text, Placeholders("score")]
    """Score line."""
    near_boundary: Annotated[Text, Placeholders("lower", "upper")]
    """Said when the score is near a boundary, with the names of the stages on either side of it."""
    near_edge: Annotated[Text, Placeholders("other")]
    """In the report's list of respondents, after a stage whose score sits near a boundary, with the stage on the other side."""
    insufficient: Annotated[Text, Placeholders("needed", "practices")]
    """Said while too few statements are answered: when the stage is worked out (how many answers each practice needs) and the practices that lack them."""
    not_enough: Text
    """Short name of the "insufficient" result, used in tables and summaries."""
    dont_know_count: Annotated[Text, Placeholders("count")]
    """How many statements were answered "don't know"."""
    how_far: Text
    """Reminder that not every company needs the closest stage (from the HBR article)."""
    profile: Text
    """Heading of the per-practice profile."""
    chart_desc: Text
    """Text alternative of the profile chart (the table below it holds the figures)."""
    practice: Text
    """Column heading: practice."""
    mean: Text
    """Column heading: mean answer."""
    stage: Text
    """Column heading: stage."""
    next_steps: Text
    """Heading of the recommendations."""
    weakest_first: Text
    """Sentence under the recommendations heading: practices are listed weakest first."""
    from_to: Annotated[Text, Placeholders("from", "to")]
    """Lead-in of a practice's next steps, with the names of the stage it starts from and the one it leads to."""
    at_top: Text
    """Lead-in for a practice already at the top stage (its name is shown just above), before that stage's advice."""
    open_lesson: Annotated[Text, Placeholders("lesson")]
    """Link to the lesson of a practice, with the lesson's title."""
    share: Text
    """Label of the share link."""
    code: Text
    """Label of the result code (the short form of the share link)."""
    copy_link: Text
    """Button that copies the share link."""
    copied: Text
    """Said after copying."""
    copy_failed: Text
    """Said when the browser does not allow copying."""
    print: Text
    """Button that prints the result."""
    reset: Text
    """Button that clears the answers."""
    reset_confirm: Text
    """Question asked before clearing the answers."""
    bad_link: Text
    """Said when a shared link cannot be read."""
    old_link: Text
    """Said when a shared link was made with an earlier version of the diagnostic's statements (it is not scored)."""
    old_answers: Text
    """Said when answers saved in this browser belong to an earlier version of the statements and were cleared."""
    shared_view: Text
    """Said above a result opened from a shared link."""
    own_answers: Text
    """Link from a shared result back to one's own answers."""
    team_link: Text
    """Link from the diagnostic to the team comparison page."""
    role_question: Text
    """Legend of the role choice on the diagnostic page (it travels in the share link)."""
    role_hint: Text
    """Said under the role choice: the facilitator sees the role with the result, no name."""
    share_button: Text
    """Button that opens the phone's share sheet (shown only where the browser has one)."""
    share_text: Text
    """Text sent with the shared link: that it is for the facilitator only (sent in a private chat, not to a group)."""
    shared_done: Text
    """Said after the result was shared."""
    # --- the team page ---
    team_intro: Text
    """Introduction of the team page: how to collect and paste results."""
    entry: Annotated[Text, Placeholders("n")]
    """Label of one pasted link or code."""
    entry_short: Annotated[Text, Placeholders("n")]
    """How the team report names a result pasted on the team page (no names travel in a link), with its number."""
    role: Text
    """Label of the role choice; also a column heading."""
    role_sales: Text
    """Role: the sales team."""
    role_marketing: Text
    """Role: the marketing team."""
    role_other: Text
    """Role: anyone else (management, service, ...)."""
    add_entry: Text
    """Button that adds another link field."""
    remove_entry: Annotated[Text, Placeholders("n")]
    """Button that removes a link field."""
    compare: Text
    """Button that computes the team result."""
    entry_bad: Annotated[Text, Placeholders("n")]
    """Said of a pasted link or code that cannot be read."""
    entry_old: Annotated[Text, Placeholders("n")]
    """Said of a pasted link or code made with an earlier version of the statements (left out)."""
    no_entries: Text
    """Said when nothing readable was pasted."""
    paste_label: Text
    """Label of the box that takes one link, many links or a whole pasted chat."""
    paste_button: Text
    """Button that picks the results out of the pasted text."""
    paste_found: Annotated[Text, Placeholders("count")]
    """How many results a paste added."""
    paste_skipped: Annotated[Text, Placeholders("malformed", "other_set", "duplicate")]
    """How many results of a paste were not added and why."""
    team_full: Annotated[Text, Placeholders("max", "count")]
    """Said when the team list is full and results were left out, with the most the page keeps and how many were left out."""
    paste_none: Text
    """Said when a paste holds no result link at all."""
    role_choose: Text
    """First choice of a role menu whose result does not say the role (an older link)."""
    entry_no_role: Annotated[Text, Placeholders("n")]
    """Said of a result whose role is still to be chosen (it is left out until then)."""
    kept: Text
    """Said on the team page: the results stay in this browser until cleared."""
    not_kept: Text
    """Said on the team page instead, where this browser cannot keep them (storage blocked or full, or inside an LMS that gives none): the results are lost when the page closes."""
    clear: Text
    """Button that removes every result from the team page."""
    clear_confirm: Text
    """Question asked before removing every result."""
    cleared: Text
    """Said after every result was removed."""
    save_results: Text
    """Button that saves every result on the page (paper forms typed in too) as one text file of links, for the training report."""
    save_results_note: Text
    """Said beside it: the file is the input of the training report; it holds each person's answers, so it stays with the facilitator."""
    save_results_done: Annotated[Text, Placeholders("count", "file")]
    """Said after saving: how many result links went into the file, and its name."""
    save_results_none: Text
    """Said when there is nothing to save yet."""
    team_result: Text
    """Heading of the team result."""
    team_rule: Text
    """How the team score is weighted."""
    groups: Text
    """Heading of the group table."""
    group: Text
    """Column heading: group."""
    respondents: Text
    """Column heading: number of respondents."""
    mean_score: Text
    """Column heading: mean score of a group."""
    one_sided: Annotated[Text, Placeholders("group")]
    """Warning when only one of the two teams answered."""
    other_only: Text
    """Warning when neither the sales nor the marketing team answered."""
    excluded: Annotated[Text, Placeholders("count")]
    """How many respondents were left out for too few answers."""
    by_practice: Text
    """Heading of the sales-versus-marketing comparison per practice."""
    team_chart_desc: Text
    """Text alternative of the comparison chart (the table below it holds the figures)."""
    gap: Text
    """Column heading: gap between the two teams."""
    gaps: Text
    """Heading of the flagged perception gaps."""
    gaps_intro: Annotated[Text, Placeholders("limit")]
    """What a flagged gap means."""
    gap_flagged: Text
    """Marker of a flagged gap in the table (shown as text, not colour alone)."""
    no_gaps: Annotated[Text, Placeholders("limit")]
    """Said when no gap is flagged."""
    # --- `course score` and the cohort report ---
    report_title: Text
    """Title of the cohort report."""
    report_noscript: Text
    """Shown by the cohort report file when the browser opening it runs no JavaScript."""
    distribution: Text
    """Heading of the stage distribution of the respondents."""
    respondent: Text
    """Column heading: respondent."""
    score_column: Text
    """Column heading: a respondent's score."""
    report_written: Annotated[Text, Placeholders("path")]
    """Said after writing the report."""
    decimal_mark: Text
    """Decimal separator of each language: `,` in Indonesian, `.` in English."""
    # --- a diagnostic answered in part ---
    pending_title: Text
    """Heading of the result while too few statements are answered to place a stage."""
    pending_left: Annotated[Text, Placeholders("done", "total", "left")]
    """How far a learner is while the result is not yet worked out: answered, out of, still to answer."""
    pending_done: Annotated[Text, Placeholders("practices")]
    """Said when every statement is answered but too many say Don't know to place a stage."""
    stage_lines: Annotated[Text, Placeholders("stages")]
    """Caption of the phone chart: what its dashed lines mark, with the stages' names and where they begin."""
    # --- answers alike (the rule `same_rating` of diagnostic.yaml) ---
    same_rating: Annotated[Text, Placeholders("count", "answered", "rating")]
    """Said under a result whose answers are nearly all one rating: how many of the answered statements carry it, and the rating's label; what that may mean and how to check the facts again."""
    team_same_rating: Annotated[Text, Placeholders("count", "total", "percent")]
    """Said on the team page, in the report and by `course score` when some respondents answered nearly everything alike: how many of the respondents with a result, and the rule's percent."""
    same_group: Annotated[Text, Placeholders("percent")]
    """Short row heading of the team report's group table counting those respondents, with the rule's percent, e.g. `Seragam ≥ {percent}%`: it prints, where the sentence `team_same_rating` is for the screen only (the report stays on two pages)."""
    same_mark: Text
    """Short marker after such a respondent's line in `course score`'s list of respondents, e.g. `jawaban hampir seragam` / `answers nearly all alike`."""
