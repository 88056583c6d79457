"""Editions (sources/editions.py): one course, each client's industry, one shared diagnostic.

The fixture course (tests/fixtures/editions) has two editions, `fmcg` (the default) and `b2b`: a case
section, a question and a glossary example of each's own, the rest shared. The bad-input fixtures
`edition-*` and `statement-edition` (test_problems_fixtures) hold the rules' messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.diagnostic.scoring import Instrument
from builder.problems import UsageError
from builder.site.pages.diagnostic import diagnostic_page, team_page
from builder.site.pages.quiz import storage_key
from builder.sources.editions import ProfiledSource, profile, profiled
from builder.sources.load import load_course, load_editions
from builder.sources.read import read_sources

from ..conftest import FIXTURES, make_course


@pytest.fixture
def editions_root(tmp_path: Path) -> Path:
    return make_course(tmp_path, FIXTURES / "editions")


def test_each_edition_sees_the_shared_parts_and_only_its_own(editions_root: Path):
    fmcg, b2b = load_editions(editions_root)
    assert (fmcg.edition.id, b2b.edition.id) == ("fmcg", "b2b")  # the default first
    assert load_course(editions_root).edition.id == "fmcg"
    expected = ((fmcg, "distributor", "industrial supplier"), (b2b, "industrial supplier", "distributor"))
    for course, own, other in expected:
        headings = " | ".join(s.heading.en for s in course.lessons[0].sections)
        assert own in headings and other not in headings
        assert "Why the hand-off matters" in headings  # shared
        assert len(course.glossary.terms[0].examples) == 1
    assert "case-owner" not in [q.id for q in fmcg.quizzes["handoff-check"].questions]
    assert "case-owner" in [q.id for q in b2b.quizzes["handoff-check"].questions]


def test_study_time_and_pass_marks_are_each_edition_s_own(editions_root: Path):
    from builder.site.pages.quiz import needed

    fmcg, b2b = load_editions(editions_root)
    assert fmcg.total_minutes < b2b.total_minutes  # b2b has one question more, and a task of its own
    assert fmcg.total_time.tasks == 15 and b2b.total_time.tasks == 15 + 10
    assert len(b2b.quizzes["handoff-check"].questions) == len(fmcg.quizzes["handoff-check"].questions) + 1
    assert needed(b2b.quizzes["handoff-check"]) >= needed(fmcg.quizzes["handoff-check"])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_diagnostic_is_the_same_in_every_edition(editions_root: Path, lang: str):
    fmcg, b2b = load_editions(editions_root)
    assert Instrument.from_course(fmcg).fingerprint == Instrument.from_course(b2b).fingerprint
    assert diagnostic_page(fmcg, lang) == diagnostic_page(b2b, lang)
    assert team_page(fmcg, lang) == team_page(b2b, lang)


def test_a_course_that_adds_editions_keeps_its_learners_saved_answers(editions_root: Path, mini_course: Path):
    # The fmcg view of the check is the mini course's check: same questions, same storage key.
    fmcg = load_editions(editions_root)[0]
    plain = load_course(mini_course)
    assert plain.edition is None and plain.editions == []
    assert storage_key(fmcg.quizzes["handoff-check"]) == storage_key(plain.quizzes["handoff-check"])


def test_an_edition_s_view_names_the_lines_written_in_the_file(editions_root: Path):
    s = read_sources(editions_root)
    lesson = s.lessons[0]
    b2b = profiled(s, "b2b").lessons[0]
    assert isinstance(b2b.source, ProfiledSource)
    # The b2b case is the third section in its edition, the fourth in the file.
    assert [sec.heading.en for sec in b2b.record.sections][2] == "The industrial supplier's case"
    assert b2b.line(("sections", 2, "heading")) == lesson.line(("sections", 3, "heading"))
    assert b2b.line(("sections", 1, "body")) == lesson.line(("sections", 1, "body"))  # before the gap: the same


def test_profiling_leaves_a_record_without_marks_as_it_is(mini_course: Path):
    s = read_sources(mini_course)
    record, kept = profile(s.lessons[0].record, "b2b")
    assert record is s.lessons[0].record and kept == {}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_unknown_edition_is_wrong_usage_naming_the_editions(editions_root: Path, mini_course: Path, lang: str):
    with pytest.raises(UsageError) as caught:
        load_course(editions_root, "retail")
    assert caught.value.exit_status == 2
    assert "`retail`" in caught.value.message(lang) and "fmcg, b2b" in caught.value.message(lang)
    with pytest.raises(UsageError) as caught:
        load_course(mini_course, "b2b")
    assert caught.value.key == "no_editions"


def test_a_block_written_without_questions_is_not_an_emptied_list(editions_root: Path):
    # A guide with one block per edition and a shared block that has no `questions:` (a break, the
    # diagnostic) at all: only a list that lost its items to another edition is "emptied".
    from .test_facilitator_sources import good_text
    text = good_text()
    first = text[text.index("      - minutes: 20\n"):text.index("      - minutes: 15\n")]
    marked = {e: first.replace("      - minutes: 20\n", f"      - minutes: 20\n        edition: {e}\n", 1)
              for e in ("fmcg", "b2b")}
    (editions_root / "course" / "facilitator.yaml").write_text(
        text.replace(first, marked["fmcg"] + marked["b2b"], 1), encoding="utf-8")
    fmcg, b2b = load_editions(editions_root)
    for course in (fmcg, b2b):
        blocks = course.facilitator.sessions[0].blocks
        assert [len(b.questions) for b in blocks] == [1, 0]
