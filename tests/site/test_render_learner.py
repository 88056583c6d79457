"""What the learner reads about their way through the course, rendered at build time (issue 24): each
lesson's position, the page holding the whole course to print, and the printed form of the questions.

A three-lesson course is made from the mini course (copies of its lesson under other ids and orders);
the words are read from the course's own ui.yaml, never written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.site.pages.render import render_language
from builder.sources.load import load_course

from ..conftest import FIXTURES, make_course

Q = "handoff-check"
EXTRA = [("followup", 2, "followup-check"), ("review", 3, "review-check")]
LONG = {"en": ("Contacts the lead within two working days and writes down in the shared sheet"
               " what the customer asked for"),
        "id": "Menghubungi prospek dalam dua hari kerja dan mencatat di lembar bersama apa yang diminta pelanggan"}
"""The right side of a matching pair, longer than a phone's list box is wide."""


def three_lessons(dest: Path) -> Path:
    """The mini course with two more lessons, each with its own copy of the mini check; every lesson has its
    own title, and one right side of each matching question is long (LONG)."""
    overlay = dest.parent / f"{dest.name}-overlay"
    (overlay / "course" / "lessons").mkdir(parents=True)
    (overlay / "quizzes").mkdir()
    lesson = (FIXTURES / "mini" / "course" / "lessons" / "01-handoff.yaml").read_text(encoding="utf-8")
    quiz = (FIXTURES / "mini" / "quizzes" / f"{Q}.yaml").read_text(encoding="utf-8")
    quiz = quiz.replace("{id: Menghubungi prospek, en: Contacts the lead}", f"{{id: {LONG['id']}, en: {LONG['en']}}}")
    (overlay / "quizzes" / f"{Q}.yaml").write_text(quiz, encoding="utf-8")
    for lesson_id, order, quiz_id in EXTRA:
        text = lesson.replace("id: handoff\norder: 1", f"id: {lesson_id}\norder: {order}")
        text = text.replace("  id: Serah terima prospek\n  en: Handing over a lead\n",
                            f"  id: Pelajaran {lesson_id}\n  en: The {lesson_id} lesson\n")
        (overlay / "course" / "lessons" / f"0{order}-{lesson_id}.yaml").write_text(
            text.replace(f"quiz: {Q}", f"quiz: {quiz_id}"), encoding="utf-8")
        (overlay / "quizzes" / f"{quiz_id}.yaml").write_text(quiz.replace(f"id: {Q}", f"id: {quiz_id}"),
                                                              encoding="utf-8")
    return make_course(dest, overlay)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    return load_course(three_lessons(tmp_path_factory.mktemp("learner") / "src"))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_lesson_says_where_it_stands_in_the_course(course, lang: str):
    site = render_language(course, lang)
    ids = [lesson.id for lesson in course.lessons]
    assert ids == ["handoff", "followup", "review"]
    assert len({lesson.title[lang] for lesson in course.lessons}) == 3
    for number, lesson_id in enumerate(ids, start=1):
        page = site.readable(f"lessons/{lesson_id}.md")
        meta = page.split("\n{ .selaras-meta }")[0].rsplit("\n", 1)[-1]
        said = course.ui.site.lesson_position[lang].format(number=number, total=3)
        assert meta.startswith(said + " · "), meta


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_whole_course_is_one_page_with_every_lesson_in_order(course, lang: str):
    from builder.site.pages.render import PRINT_PAGE

    site = render_language(course, lang)
    page = site.readable(PRINT_PAGE)
    front, body = page.split("\n---\n", 1)
    assert "selaras_kind: print" in front and "exclude: true" in front  # not in the search: the lessons are
    headings = [line for line in body.splitlines() if line.endswith("{ .selaras-print-lesson }")]
    assert headings == [f"## {lesson.title[lang]} {{ .selaras-print-lesson }}" for lesson in course.lessons]
    # Every lesson whole: its position, its headings a level down, its check with its own ids.
    for number, lesson in enumerate(course.lessons, start=1):
        assert course.ui.site.lesson_position[lang].format(number=number, total=3) in body
        assert f'id="quiz-{course.quiz_of(lesson).id}"' in body
    assert f"### {course.ui.site.knowledge_check[lang]}" in body and "\n# " not in body.split("\n", 3)[-1]
    assert course.ui.site.print_hint[lang] in body
    # Linked from the home page.
    assert "](lessons/_print.md)" in site.pages["index.md"]


def test_section_keys_and_figures_get_the_lessons_id_on_the_whole_course_page(course):
    from builder.site.pages.render import render_lesson, render_print

    lesson = course.lessons[0]
    own = render_lesson(course, lesson, "en")
    printed = render_print(course, "en")
    keys = [s.key for s in lesson.sections if s.key]
    figures = [s.figure for s in lesson.sections if s.figure]
    assert keys or figures  # the mini lesson has something to make unique
    for key in keys:
        assert f"#{key} " in own or f'id="{key}"' in own
        for other in course.lessons:
            assert f"#{other.id}--{key} " in printed or f'id="{other.id}--{key}"' in printed
    for name in figures:
        for other in course.lessons:
            assert f'id="{other.id}--{name}-t"' in printed and f'aria-labelledby="{other.id}--{name}-t ' in printed
