"""Study time counts what a learner does, part by part, never guessed (builder/studytime.py): the words
read, each question answered by its type, each reflection question, and the minutes of each drafting
task the instructor declares."""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path

import yaml

from builder import studytime
from builder.schema import QUESTION_TYPES, Quiz, Text
from builder.site.pages.render import render_language
from builder.sources.load import load_course

from .conftest import make_course


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


def test_every_question_type_has_its_own_allowance():
    assert set(studytime.ANSWER_MINUTES) == set(QUESTION_TYPES)
    # Handling grows with what the learner must do: one choice < a decision per option or item < a list per item.
    a = studytime.ANSWER_MINUTES
    assert a["single"] == a["true_false"] < a["multiple"] == a["ordering"] < a["matching"]
    assert all(0 < m <= 2 for m in a.values())
    assert 1 <= studytime.REFLECTION_MINUTES <= 3


def _add_task(root: Path, minutes: int, toolkit: str | None = None) -> None:
    path = root / "course/lessons/01-handoff.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    task = {"text": {"id": "Susun aturan serah terima tim Anda.", "en": "Draft your team's hand-off rule."},
            "minutes": minutes}
    if toolkit:
        task["toolkit"] = toolkit
    data.setdefault("tasks", []).append(task)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_parts_are_reading_answering_reflection_and_tasks_each_rounded_up(tmp_path: Path):
    root = make_course(tmp_path / "c")
    _add_task(root, 20)
    course = load_course(root)
    lesson = course.lessons[0]
    quiz = course.quiz_of(lesson)
    t = course.time(lesson)
    assert t.reading == math.ceil(Fraction(studytime.lesson_words(lesson), studytime.WORDS_PER_MINUTE))
    answering = sum(studytime.ANSWER_MINUTES[q.type] for q in quiz.questions)
    assert t.questions == math.ceil(Fraction(studytime.quiz_words(quiz), studytime.WORDS_PER_MINUTE) + answering)
    assert t.reflection == math.ceil(studytime.REFLECTION_MINUTES * len(lesson.reflection))
    assert t.tasks == 20
    assert course.minutes(lesson) == t.reading + t.questions + t.reflection + t.tasks == course.total_minutes


def test_matching_takes_longer_than_a_single_choice(mini_course: Path):
    course = load_course(mini_course)
    quiz = course.quiz_of(course.lessons[0])
    by_type = {q.type: studytime.ANSWER_MINUTES[q.type] for q in quiz.questions}
    assert studytime.answer_minutes(quiz) == sum(studytime.ANSWER_MINUTES[q.type] for q in quiz.questions)
    assert by_type["matching"] > by_type["single"]


def test_the_indonesian_text_is_what_is_counted():
    lesson_text = Text(id="satu dua tiga", en="one")
    assert studytime.words(lesson_text[studytime.LANG]) == 3


def _parts(course, t, lang: str) -> str:
    ui = course.ui.site
    return ", ".join(w[lang].format(minutes=n) for w, n in ((ui.time_reading, t.reading),
                                                             (ui.time_questions, t.questions),
                                                             (ui.time_reflection, t.reflection),
                                                             (ui.time_tasks, t.tasks)) if n)


def test_pages_show_the_time_split_and_the_total_is_the_sum(tmp_path: Path):
    root = make_course(tmp_path / "c")
    _add_task(root, 15)
    course = load_course(root)
    ui = course.ui.site
    t = course.time(course.lessons[0])
    assert t.tasks == 15
    for lang in ("id", "en"):
        site = render_language(course, lang)
        parts = _parts(course, t, lang)
        shown = f"{ui.minutes[lang].format(minutes=t.total)}: {parts}"
        assert shown in site.readable("lessons/handoff.md")
        home = site.readable("index.md")
        assert f"({shown})" in home
        total = ui.total_time[lang].format(lessons=1, minutes=course.total_minutes)
        assert f"{total}: {_parts(course, course.total_time, lang)}" in home


def test_a_lesson_without_tasks_shows_no_task_part(mini_course: Path):
    course = load_course(mini_course)
    ui = course.ui.site
    assert course.time(course.lessons[0]).tasks == 0
    site = render_language(course, "en")
    no_tasks = ui.time_tasks["en"].format(minutes=0).replace("0", "").strip()
    assert no_tasks not in site.readable("index.md")
    assert f"\n## {ui.tasks['en']}\n" not in site.readable("lessons/handoff.md")


def test_a_task_is_a_box_with_its_minutes_and_its_template(tmp_path: Path):
    root = make_course(tmp_path / "c")
    _add_task(root, 25, toolkit="plan-90-days")
    course = load_course(root)
    ui = course.ui.site
    page = render_language(course, "id").readable("lessons/handoff.md")
    heading = f"\n## {ui.tasks['id']}\n"
    assert heading in page
    assert f'!!! note "{ui.task["id"].format(minutes=25)}"' in page
    assert "Susun aturan serah terima tim Anda." in page
    assert "toolkit.md#plan-90-days" in page
    # after the reflection questions, before the knowledge check
    assert page.index(f"## {ui.reflection['id']}") < page.index(heading) < page.index(f"## {ui.knowledge_check['id']}")


def test_the_home_page_says_plainly_when_the_course_passes_two_hours(tmp_path: Path):
    short = load_course(make_course(tmp_path / "short"))
    note = short.ui.site.long_course
    assert short.total_minutes <= studytime.LONG_COURSE_MINUTES and not short.long
    for lang in ("id", "en"):
        assert note[lang].format(hours=2) not in render_language(short, lang).readable("index.md")
    root = make_course(tmp_path / "long")
    for _ in range(3):
        _add_task(root, 60)
    long = load_course(root)
    assert long.total_minutes > studytime.LONG_COURSE_MINUTES == 120 and long.long
    for lang in ("id", "en"):
        assert note[lang].format(hours=2) in render_language(long, lang).readable("index.md")
