"""`quizzes/prepost.yaml`: the pre/post test, a few knowledge-check questions taken by reference."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import Id, InEdition, Markdown, Placeholders, Strict, Text


class PrePostItem(InEdition):
    """One question of the test: a question of a knowledge check, named by the check and its own id."""

    quiz: Id
    """The `id:` of the knowledge check (a file in `quizzes/`) that holds the question, e.g. `four-stages-check`."""
    question: Id
    """The `id:` of the question inside that check, e.g. `stay-at-aligned`. Only `single`, `multiple` and `true_false` questions can be used."""


class PrePost(Strict):
    """The pre/post test: the same questions before and after a session, answered on phones."""

    title: Text
    """The page's title as participants see it, e.g. `Tes awal dan tes akhir` / `Pre-test and post-test`."""
    intro: Markdown
    """What the participant reads first: why they take it, that it counts for nothing, and who sees the result."""
    items: Annotated[list[PrePostItem], Field(min_length=1, max_length=20)]
    """The questions, in order (about 10). Together they test all six practices and all four stages, in every edition; a question marked for one edition is used in that edition only."""


class PrePostStrings(Strict):
    """Words of the pre/post test page and of its part of the team page and `course score`."""

    which_test: Text
    """Legend of the choice between the pre-test and the post-test."""
    test_pre: Text
    """The pre-test, as the choice and the results name it."""
    test_post: Text
    """The post-test, as the choice and the results name it."""
    role_question: Text
    """Legend of the role choice (it travels in the result link)."""
    question_number: Annotated[Text, Placeholders("number", "total")]
    """Heading of each question, e.g. `Soal {number} dari {total}`."""
    finish: Text
    """Button that ends the test and shows the score."""
    unanswered: Annotated[Text, Placeholders("count")]
    """Said when the test is finished with questions left unanswered (they count as wrong)."""
    needs_choice: Text
    """Said when the participant has not chosen the test or the role yet."""
    score: Annotated[Text, Placeholders("right", "total", "percent")]
    """The participant's own score."""
    review: Text
    """Heading of the list of answers after the post-test."""
    your_answer: Text
    """Label before the participant's answer in that list."""
    right_answer: Text
    """Label before the right answer in that list."""
    no_answer: Text
    """Said for a question left unanswered."""
    revisit: Text
    """Label of the link to the lesson to read again."""
    answer_true: Text
    """The "true" option of a true/false question."""
    answer_false: Text
    """The "false" option of a true/false question."""
    send_private: Text
    """Said above the result link: send it to the facilitator in a private message, never into the group."""
    result_link: Text
    """Label of the result link."""
    copy_link: Text
    """Button that copies the result link."""
    copied: Text
    """Said after the link was copied."""
    copy_failed: Text
    """Said when copying failed: the link is selected, to copy by hand."""
    share_button: Text
    """Button that opens the phone's share sheet (shown only where the browser has one)."""
    share_text: Text
    """Text sent with the result link: it says the result goes to the facilitator only."""
    whatsapp: Text
    """Link that opens WhatsApp with the result link, to send to the facilitator's own number."""
    saved: Text
    """Said under the questions: answers are kept in this browser, a reload loses nothing."""
    start_again: Text
    """Button under the result that clears the page for the next person on the same phone: their team, both
    tests' answers and the tag that tells two people apart."""
    again_confirm: Text
    """Question asked before that button clears the page: the result link shown goes with it."""
    noscript: Text
    """Shown when JavaScript is off: the questions can be read, but scoring and the result link need JavaScript."""
    other_set: Text
    """Said when a result link was made for another set of questions (it is not counted)."""
    bad_link: Text
    """Said when a result link cannot be read."""
    # --- the team page and `course score` ---
    room_heading: Text
    """Heading of the room's pre/post result on the team page and in `course score`."""
    found: Annotated[Text, Placeholders("pre", "post")]
    """Said after a paste: how many pre-test and post-test results were found."""
    pre_mean: Annotated[Text, Placeholders("mean", "count")]
    """The room's mean pre-test score."""
    post_mean: Annotated[Text, Placeholders("mean", "count")]
    """The room's mean post-test score."""
    pre_mean_hidden: Text
    """Before `too_few` when a group's pre-test mean is not shown, e.g. `Rata-rata tes awal` (as `pre_mean` starts)."""
    post_mean_hidden: Text
    """Before `too_few` when a group's post-test mean is not shown, e.g. `Rata-rata tes akhir`."""
    room_hidden: Annotated[Text, Placeholders("label", "min")]
    """In place of the mean of all participants when a group that took that test has fewer than `min`
    results ({label}: `pre_mean_hidden` or `post_mean_hidden`): why it is not shown, so that the client does
    not read it as a fault beside the count of results."""
    gain: Annotated[Text, Placeholders("gain")]
    """The gain: the post mean minus the pre mean, in percentage points."""
    too_few: Annotated[Text, Placeholders("min")]
    """Shown instead of a figure for a group smaller than the privacy minimum."""
    by_role: Text
    """Heading of the breakdown by role."""
    missed_heading: Annotated[Text, Placeholders("percent")]
    """Heading of the questions fewer than {percent} % of the room answered right in the post-test."""
    missed_item: Annotated[Text, Placeholders("percent")]
    """How many answered a question right in the post-test, after its text."""
    missed_lesson: Annotated[Text, Placeholders("lesson")]
    """After a question the room still gets wrong: the lesson that teaches it (a link on the page and in the
    report), worded as the diagnostic's lesson links are in the same report, e.g. `Pelajari: {lesson}`."""
    missed_none: Annotated[Text, Placeholders("percent")]
    """Said when at least {percent} % of the room answered every question right in the post-test."""
    matched_note: Text
    """Said under the result: pre and post are compared as groups, not person by person (no names)."""
