"""`quizzes/*.yaml`: knowledge checks, one per lesson."""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Field

from .base import Flag, Id, InEdition, Markdown, Placeholders, Strict, Text


class Option(Strict):
    """One answer option of a choice question."""

    text: Markdown
    """The option as the learner reads it."""
    correct: Flag = False
    """`true` for a right option."""
    feedback: Markdown
    """Why this option is right or wrong; shown after checking."""


class Outcome(Strict):
    """Feedback for a question answered as a whole (ordering, matching)."""

    correct: Markdown
    """Shown when the answer is right: why it is right."""
    incorrect: Markdown
    """Shown when it is wrong: what to think about."""


class Pair(Strict):
    """One pair of a matching question."""

    left: Markdown
    """The item the learner looks at, e.g. a symptom."""
    right: Text
    """What it matches, e.g. a stage. Each right side must be different."""


class _Question(InEdition):
    id: Id
    """Identifier of the question, unique within the file."""
    scenario: Markdown | None = None
    """Optional short case shown before the prompt: makes this a scenario question."""
    prompt: Markdown
    """The question itself."""
    hint: Markdown | None = None
    """Optional hint the learner can open before answering."""
    stages: list[Id] = []
    """Ids of the stages this question tests."""
    practices: list[Id] = []
    """Ids of the practices this question tests."""


class SingleChoice(_Question):
    """Exactly one option is right."""

    type: Literal["single"]
    """`single`: one right option."""
    options: Annotated[list[Option], Field(min_length=2, max_length=8)]
    """The options; exactly one has `correct: true`."""
    shuffle: Flag = True
    """`false` keeps the options in the written order (for options such as "all of the above")."""


class MultipleChoice(_Question):
    """Select all that apply."""

    type: Literal["multiple"]
    """`multiple`: one or more right options."""
    options: Annotated[list[Option], Field(min_length=2, max_length=8)]
    """The options; at least one has `correct: true`."""
    shuffle: Flag = True
    """`false` keeps the options in the written order."""


class TrueFalse(_Question):
    """A statement that is true or false."""

    type: Literal["true_false"]
    """`true_false`: the prompt is a statement."""
    answer: Flag
    """`true` if the statement is true, `false` if not."""
    feedback_true: Markdown
    """Shown when the learner answers "true": why that is right or wrong."""
    feedback_false: Markdown
    """Shown when the learner answers "false": why that is right or wrong."""


class Ordering(_Question):
    """Put items in the right order."""

    type: Literal["ordering"]
    """`ordering`: the learner arranges the items."""
    items: Annotated[list[Markdown], Field(min_length=2, max_length=8)]
    """The items in the RIGHT order; the learner sees them shuffled."""
    feedback: Outcome
    """Feedback for a right and a wrong order."""


class Matching(_Question):
    """Match each left item with its right item."""

    type: Literal["matching"]
    """`matching`: the learner picks a right side for each left side."""
    pairs: Annotated[list[Pair], Field(min_length=2, max_length=8)]
    """The pairs that belong together."""
    feedback: Outcome
    """Feedback for all pairs right, and for any pair wrong."""


Question = Annotated[Union[SingleChoice, MultipleChoice, TrueFalse, Ordering, Matching],
                     Field(discriminator="type")]

QUESTION_TYPES = ("single", "multiple", "true_false", "ordering", "matching")


class Quiz(Strict):
    """A knowledge check: a file in `quizzes/`, used by one lesson."""

    id: Id
    """Identifier of the check; the lesson names it in its `quiz:` field."""
    title: Text
    """Heading shown above the questions."""
    pass_percent: Annotated[int, Field(ge=1, le=100)] = 75
    """Share of questions (in %) to answer right to pass."""
    questions: Annotated[list[Question], Field(min_length=1)]
    """The questions, in order."""


class QuizStrings(Strict):
    """Words of the knowledge-check interface."""

    check: Text
    """Button that checks the answers."""
    retry: Text
    """Button that starts a new attempt."""
    show_answers: Text
    """Button that reveals the right answers after an attempt."""
    correct: Text
    """Label of a right answer (shown with an icon, never by colour alone)."""
    incorrect: Text
    """Label of a wrong answer."""
    hint: Text
    """Label of the hint disclosure."""
    score: Annotated[Text, Placeholders("score", "total")]
    """Score line."""
    passed: Text
    """Said when the check is passed."""
    not_passed: Annotated[Text, Placeholders("needed")]
    """Said when the check is not passed yet."""
    no_storage: Text
    """Said when the browser cannot keep progress."""
    kept_passed: Annotated[Text, Placeholders("date")]
    """Said in an LMS when a passed check comes back without its answers (they did not fit the LMS's storage): the result is kept, with the day it was passed."""
    per_page_storage: Text
    """Said once when the course is opened from disk in a browser that keeps each page's progress apart (Firefox): progress is then kept per page."""
    noscript: Text
    """Shown when JavaScript is off."""
    move_up: Annotated[Text, Placeholders("item")]
    """Button that moves an ordering item up."""
    move_down: Annotated[Text, Placeholders("item")]
    """Button that moves an ordering item down."""
    choose: Text
    """Empty choice of a matching list."""
    answer_true: Text
    """The "true" option of a true/false question."""
    answer_false: Text
    """The "false" option of a true/false question."""
    select_all: Text
    """Note on a multiple-choice question: select all that apply."""
    unanswered: Text
    """Said when checking with questions left unanswered."""
    progress: Text
    """Heading of the course progress box."""
    progress_count: Annotated[Text, Placeholders("done", "total")]
    """Progress line."""
    reset: Text
    """Button that clears all saved progress."""
    reset_confirm: Text
    """Question asked before clearing progress."""
    lesson_done: Text
    """Badge on a lesson whose check was passed."""
    lesson_tried: Text
    """Badge on a lesson whose check was answered but not passed yet."""
    scenario: Text
    """Label above the short case of a scenario question."""
    right_answer: Text
    """Label of a right option, or before the right answer, once the answers are shown."""
    wrong_answer: Text
    """Label of a wrong option once the answers are shown."""
    missed: Text
    """Said on a select-all question when a right option was left out."""
    moved: Annotated[Text, Placeholders("item", "position", "total")]
    """Read out after an ordering item moved."""
    # --- the learner's way through the course (issue 24) ---
    continue_lesson: Annotated[Text, Placeholders("title")]
    """The home page's main button once a lesson was opened or passed: it opens the lesson to do next, by its title."""
    course_done: Text
    """The home page's main button once every check is passed: it opens the first lesson again."""
    lessons_done: Annotated[Text, Placeholders("done", "total")]
    """Said next to the home page's main button: how many lessons' checks are passed, e.g. `{done} dari {total} pelajaran selesai`."""
    wrong_list: Text
    """Heading of the list, under a check's score, of the questions not answered right; each links to its question."""
    question_number: Annotated[Text, Placeholders("number")]
    """Name of a question in that list, before its text: `Soal {number}` / `Question {number}`."""
    chosen: Text
    """Label before a matching question's chosen answer, written out in full under its list."""
    reset_yes: Text
    """Button that confirms clearing the progress."""
    reset_no: Text
    """Button that keeps the progress."""
