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
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from builder.schema import Text
from builder.schema.quiz import Matching, MultipleChoice, Ordering, SingleChoice, TrueFalse
from builder.sources.checks_language import english_sentences
from builder.sources.load import check_sources, load_course

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def course():
    return load_course(ROOT)


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


def test_total_study_time(course):
    """The course promises about an hour and a half; minutes are computed (builder/studytime.py)."""
    per_lesson = {lesson.id: course.minutes(lesson) for lesson in course.lessons}
    assert 45 <= course.total_minutes <= 90, f"{course.total_minutes} minutes: {per_lesson}"


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
    for meeting in ("perencanaan", "pengembangan program", "pemecahan masalah", "curah gagasan"):
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
                   "key account", "rules of engagement", "hand-off", "sales team", "marketing team"):
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
