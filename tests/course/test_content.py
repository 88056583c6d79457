"""Checks of the course content itself (lessons, quizzes, glossary, model texts).

These tests load the real course, so they fail when the content drifts from
what the course promises: every stage and practice taught and tested, a
sensible study time, both languages equally complete, no English left in
Indonesian texts, and the sources credited.

The rules an instructor follows in any course (enough questions, a scenario,
feedback that explains, no cue that gives an answer away, the parts of a
lesson, one spelling per term, both languages alike) are `course check`'s own
(builder/sources/checks*.py): the first test runs those same rules on this
course and allows neither a problem nor a piece of advice.

A course with editions (course/course.yaml `editions:`) is several courses to
its learners: every test that takes the `course` fixture runs once for each
edition, whose ids are read from the course itself, so a promise kept by one
client's course and broken by another's still fails.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import pytest

from builder import studytime
from builder.schema import Text
from builder.schema.quiz import Matching, MultipleChoice, Ordering, SingleChoice, TrueFalse
from builder.site.pages.render import lesson_path, render_language
from builder.sources.checks_language import english_sentences
from builder.sources.load import check_sources, load_editions

ROOT = Path(__file__).resolve().parents[2]

EDITIONS = load_editions(ROOT)
"""One course per edition, the default first; one course when the course has no editions."""


def edition_name(course) -> str:
    return course.edition.id if course.edition else "course"


@pytest.fixture(scope="module", params=EDITIONS, ids=edition_name)
def course(request):
    return request.param


# --- helpers ---------------------------------------------------------------------

def walk_texts(obj, where: str = "") -> Iterator[tuple[str, Text]]:
    """Every two-language text inside a record, with a readable location."""
    if isinstance(obj, Text):
        yield where, obj
    elif hasattr(type(obj), "model_fields"):
        for name in type(obj).model_fields:
            yield from walk_texts(getattr(obj, name), f"{where}.{name}" if where else name)
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from walk_texts(item, f"{where}[{i}]")
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from walk_texts(item, f"{where}.{key}")


def content_texts(course) -> Iterator[tuple[str, Text]]:
    """The texts this content owns: lessons, knowledge checks, glossary, model, course page, toolkit."""
    for lesson in course.lessons:
        yield from walk_texts(lesson, f"lesson {lesson.id}")
    for quiz in course.quizzes.values():
        yield from walk_texts(quiz, f"quiz {quiz.id}")
    yield from walk_texts(course.glossary, "glossary")
    yield from walk_texts(course.model, "model")
    yield from walk_texts(course.info, "course")
    yield from walk_texts(course.toolkit, "toolkit")


# --- the English-in-Indonesian heuristic of course check, tested on its own -------------

INDONESIAN_PARAGRAPH = (
    "Tim penjualan dan tim pemasaran berjalan sendiri-sendiri, masing-masing dengan agenda "
    "dan programnya. Rapat bersama baru diadakan kalau ada masalah, dan waktunya habis untuk "
    "mencari siapa yang salah. Artikel \"Ending the War Between Sales and Marketing\" di Harvard "
    "Business Review membahas gejala ini."
)
ENGLISH_PARAGRAPH = (
    "The two teams each go their own way, with their own agendas and programs. They meet only "
    "when something has gone wrong, and the meeting is spent deciding who is to blame."
)


def test_heuristic_passes_real_indonesian_with_a_quoted_title():
    assert english_sentences(INDONESIAN_PARAGRAPH) == []


def test_heuristic_passes_sprinkled_english_terms():
    text = ("Kedua tim menyusun value proposition untuk segmen grosir, lalu membahas key account "
            "dan sales funnel di rapat bulanan.")
    assert english_sentences(text) == []


def test_heuristic_catches_a_planted_english_paragraph():
    planted = INDONESIAN_PARAGRAPH + "\n\n" + ENGLISH_PARAGRAPH
    assert len(english_sentences(planted)) >= 2


def test_heuristic_catches_a_single_english_sentence_in_indonesian():
    planted = ("Tim pemasaran mencetak 5.000 poster. The posters were never put up in the stores "
               "because the sales team did not know about it.")
    assert len(english_sentences(planted)) == 1


def test_heuristic_flags_the_english_versions_of_the_course(course):
    # The English side of long texts must look English to the heuristic;
    # otherwise the check on the Indonesian side would prove nothing.
    long_en = [t.en for _, t in content_texts(course) if len(t.en.split()) >= 40]
    assert long_en, "no long English texts found"
    flagged = sum(bool(english_sentences(en)) for en in long_en)
    assert flagged / len(long_en) >= 0.9


# --- the real course ---------------------------------------------------------------------

def test_course_check_finds_no_problem_and_gives_no_advice():
    # The same rules `course check` applies to every course, advice included.
    problems = check_sources(ROOT)
    assert not problems, "course check on the shipped course:\n" + "\n".join(p.format("en") for p in problems)


def test_every_stage_and_practice_is_taught_by_a_lesson(course):
    taught_stages = {s for lesson in course.lessons for s in lesson.stages}
    taught_practices = {p for lesson in course.lessons for p in lesson.practices}
    assert {s.id for s in course.model.stages} <= taught_stages
    assert {p.id for p in course.model.practices} <= taught_practices


def test_every_stage_and_practice_is_tested_by_a_question(course):
    questions = [q for quiz in course.quizzes.values() for q in quiz.questions]
    tested_stages = {s for q in questions for s in q.stages}
    tested_practices = {p for q in questions for p in q.practices}
    missing = (({s.id for s in course.model.stages} - tested_stages)
               | ({p.id for p in course.model.practices} - tested_practices))
    assert not missing, f"not tested by any question: {sorted(missing)}"


def _recomputed(course, lesson) -> list[int]:
    """A lesson's study time recomputed from the model, part by part (builder/studytime.py's rule, written
    out again): reading, knowledge check, reflection, tasks."""
    quiz = course.quiz_of(lesson)
    rate = studytime.WORDS_PER_MINUTE
    answering = sum(studytime.ANSWER_MINUTES[q.type] for q in quiz.questions)
    return [math.ceil(Fraction(studytime.lesson_words(lesson), rate)),
            math.ceil(Fraction(studytime.quiz_words(quiz), rate) + answering),
            math.ceil(studytime.REFLECTION_MINUTES * len(lesson.reflection)),
            sum(task.minutes for task in lesson.tasks)]


def _split(course, lang: str, parts: list[int]) -> str:
    ui = course.ui.site
    words = (ui.time_reading, ui.time_questions, ui.time_reflection, ui.time_tasks)
    return ", ".join(w[lang].format(minutes=n) for w, n in zip(words, parts, strict=True) if n)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_stated_study_time_is_the_sum_of_its_parts(course, lang):
    """Every figure the pages state, recomputed from the model: each lesson's time and its parts on its page
    and on the home page, and the home page's total as the sum of the lessons' (no figure is pinned here:
    the course's own statements are what is checked)."""
    ui = course.ui.site
    site = render_language(course, lang)
    home = site.readable("index.md")
    sums = [0, 0, 0, 0]
    for lesson in course.lessons:
        parts = _recomputed(course, lesson)
        stated = f"{ui.minutes[lang].format(minutes=sum(parts))}: {_split(course, lang, parts)}"
        assert f"({stated})" in home, f"{lesson.id}: home page does not state {stated!r}"
        assert stated in site.readable(lesson_path(lesson)), f"{lesson.id}: lesson page does not state {stated!r}"
        sums = [a + b for a, b in zip(sums, parts, strict=True)]
    head = ui.total_time[lang].format(lessons=len(course.lessons), minutes=sum(sums))
    total = f"{head}: {_split(course, lang, sums)}"
    assert total in home
    long_note = ui.long_course[lang].format(hours=studytime.LONG_COURSE_MINUTES // 60)
    assert (long_note in home) == (sum(sums) > studytime.LONG_COURSE_MINUTES)


def test_a_lesson_that_asks_for_a_draft_sets_it_as_a_task(course):
    """A lesson whose objective is to draft something counts the drafting in its time: it declares the task."""
    missing = [lesson.id for lesson in course.lessons
               if any(o.en.startswith("Draft") for o in lesson.objectives) and not lesson.tasks]
    assert not missing, f"objective to draft something, but no `tasks:`: {missing}"


def test_every_question_type_is_used(course):
    questions = [q for quiz in course.quizzes.values() for q in quiz.questions]
    used = {type(q) for q in questions}
    assert used >= {SingleChoice, MultipleChoice, TrueFalse, Ordering, Matching}


def test_running_case_templates_and_figures(course):
    sections = [(lesson, s) for lesson in course.lessons for s in lesson.sections]
    case_lessons = {lesson.id for lesson, s in sections if s.kind == "case"}
    assert len(case_lessons) >= 5, f"the running case appears only in {sorted(case_lessons)}"
    figures = {s.figure for _, s in sections if s.figure}
    assert figures == {"stage-ladder", "practice-wheel"}
    # The templates live in the Toolkit; the lessons that use them link there.
    templates = course.toolkit.templates
    meetings_lesson = course.lesson_for_practice("meetings")
    linked = {tid for s in meetings_lesson.sections for tid in s.toolkit}
    for meeting in ("perencanaan", "pengembangan program", "pemecahan masalah", "brainstorming"):
        agenda = [t for t in templates if meeting in t.title.id.lower() and "meetings" in t.practices]
        assert agenda, f"no agenda template for {meeting}"
        assert agenda[0].id in linked, f"the meetings lesson does not link the {meeting} agenda"
    assert any("90" in t.title.id for t in templates), "no 90-day plan template"


def test_links_between_pages_resolve(course):
    pages = {"../diagnostic.md", "../glossary.md"} | {f"{lesson.id}.md" for lesson in course.lessons}
    bad = []
    for where, text in content_texts(course):
        for lang in ("id", "en"):
            for target in re.findall(r"\]\(([^)#\s]+)", text[lang]):
                if not target.startswith(("http://", "https://")) and target not in pages:
                    bad.append(f"{where}.{lang}: {target}")
    assert not bad, "links to pages that do not exist:\n" + "\n".join(bad)
    diagnostic_links = [lesson for lesson in course.lessons for s in lesson.sections
                        if s.body and "](../diagnostic.md)" in s.body.id and "](../diagnostic.md)" in s.body.en]
    assert diagnostic_links, "no lesson points to the diagnostic in both languages"


def test_glossary_covers_the_shared_terms(course):
    terms = {t.term.en.lower() for t in course.glossary.terms}
    for needed in ("lead", "prospect", "qualified lead", "sales funnel", "segment", "value proposition",
                   "key account", "rules of engagement", "handover", "sales team", "marketing team"):
        assert any(needed in t for t in terms), f"glossary lacks {needed!r}"
    for stage in course.model.stages:
        assert any(t.term.id == stage.name.id for t in course.glossary.terms), \
            f"glossary lacks the stage name {stage.name.id!r}"


def test_sources_are_credited(course):
    citations = " ".join(s.citation for s in course.info.sources)
    for needed in ("Kotler", "Rackham", "Krishnaswamy", "Ending the War Between Sales and Marketing",
                   "Harvard Business Review", "2006", "Groedu"):
        assert needed in citations, f"sources do not credit {needed!r}"


# --- the terminology policy (course/README.md) --------------------------------------

def test_glossary_prefers_the_words_offices_use(course):
    # The policy, not purism: where Indonesian offices use a loanword, the
    # glossary's term is that loanword and the Indonesian calque is avoided.
    preferred = {t.term.id for t in course.glossary.terms}
    for word in ("tim sales", "tim marketing", "leads", "follow up", "KPI", "PIC", "funnel penjualan"):
        assert word in preferred, f"the glossary does not name {word!r} as the term"
    avoided = {w.lower() for t in course.glossary.terms for w in t.avoid.id}
    for calque in ("tim penjualan", "prospek", "tindak lanjut", "ukuran kinerja", "penanggung jawab", "surel"):
        assert calque in avoided, f"{calque!r} is not among the spellings to avoid"


# --- editions: each client's course tests and teaches the same things ----------------

def objectives(course) -> dict[str, list[tuple]]:
    """For each knowledge check, what its questions test: type, stages and practices, in order."""
    return {quiz.id: sorted((type(q).__name__, tuple(sorted(q.stages)), tuple(sorted(q.practices)))
                            for q in quiz.questions)
            for quiz in course.quizzes.values()}


@pytest.mark.skipif(len(EDITIONS) < 2, reason="the course has one edition")
@pytest.mark.parametrize("other", EDITIONS[1:], ids=edition_name)
def test_every_edition_s_checks_test_the_same_objectives(other):
    # A question written for one edition has a counterpart in every other one, of the same type and
    # testing the same stages and practices, so pass marks mean the same thing for every client.
    default, theirs = objectives(EDITIONS[0]), objectives(other)
    assert default.keys() == theirs.keys()
    bad = [f"{quiz}: {edition_name(EDITIONS[0])} {default[quiz]} != {edition_name(other)} {theirs[quiz]}"
           for quiz in default if default[quiz] != theirs[quiz]]
    assert not bad, "knowledge checks differ between editions:\n" + "\n".join(bad)


@pytest.mark.skipif(len(EDITIONS) < 2, reason="the course has one edition")
@pytest.mark.parametrize("other", EDITIONS[1:], ids=edition_name)
def test_every_edition_has_the_same_lessons_and_templates(other):
    default = EDITIONS[0]
    assert [lesson.id for lesson in default.lessons] == [lesson.id for lesson in other.lessons]
    assert [t.id for t in default.toolkit.templates] == [t.id for t in other.toolkit.templates]
