"""Study time is computed from the words a learner reads, never guessed (builder/studytime.py)."""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path

from builder import studytime
from builder.schema import Quiz, Text
from builder.site.pages.render import render_language
from builder.sources.load import load_course


def test_words_ignore_markdown_and_keep_compound_words_whole():
    assert studytime.words("| Bagian | Isi |\n|---|---|\n| **PIC** | follow-up |") == 4
    assert studytime.words("Target Rp1,5 miliar pada 09.00–09.10.") == 6
    assert studytime.words("- satu\n- dua\n\n1. tiga") == 4


def _quiz(feedback_words: list[int]) -> Quiz:
    def text(n: int, word: str = "kata") -> dict:
        return {"id": " ".join([word] * n), "en": "x"}
    return Quiz.model_validate({
        "id": "q", "title": text(1), "questions": [{
            "id": "a", "type": "single", "prompt": text(10),
            "options": [{"text": text(2), "correct": i == 0, "feedback": text(n)}
                        for i, n in enumerate(feedback_words)],
        }]})


def test_a_question_counts_one_feedback_text_its_longest():
    # title 1 + prompt 10 + three options of 2 words + the longest feedback (30)
    assert studytime.quiz_words(_quiz([5, 30, 7])) == 1 + 10 + 6 + 30


def test_minutes_are_words_at_the_reading_rate_plus_a_question_allowance_rounded_up(mini_course: Path):
    course = load_course(mini_course)
    lesson = course.lessons[0]
    quiz = course.quiz_of(lesson)
    read = studytime.lesson_words(lesson) + studytime.quiz_words(quiz)
    exact = Fraction(read, studytime.WORDS_PER_MINUTE) + studytime.QUESTION_MINUTES * len(quiz.questions)
    assert course.minutes(lesson) == math.ceil(exact) == course.total_minutes
    assert studytime.WORDS_PER_MINUTE == 150
    assert studytime.QUESTION_MINUTES == Fraction(1, 2)  # noqa: SIM300 - the value under test goes first


def test_the_indonesian_text_is_what_is_counted():
    lesson_text = Text(id="satu dua tiga", en="one")
    assert studytime.words(lesson_text[studytime.LANG]) == 3


def test_pages_show_the_computed_minutes(mini_course: Path):
    course = load_course(mini_course)
    minutes = course.minutes(course.lessons[0])
    site = render_language(course, "en")
    assert f"({minutes} min)" in site.readable("index.md")
    assert f"about {minutes} minutes" in site.readable("index.md")
    assert f"{minutes} min" in site.readable("lessons/handoff.md")
