"""Every rule of a knowledge check has a planted mistake in tests/fixtures/bad/quiz-*/.

tests/test_problems_fixtures.py compares each folder's expected.txt (English);
here the same mistakes are checked in Indonesian (expected.id.txt), and each
rule is tied to the message it must produce, so a rule without a fixture shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.schema import Quiz
from builder.sources.checks_quiz import check_quizzes
from builder.sources.load import check_sources
from builder.sources.read import SourceFile, Sources
from builder.sources.validate import parse
from builder.sources.yamlread import read

from ..conftest import FIXTURES, ROOT, make_course

# rule (fixture folder quiz-<rule>) → the message code it must report
RULES = {
    "single-correct": "single_correct",
    "multiple-correct": "multiple_correct",
    "duplicate-option": "duplicate_option",
    "duplicate-item": "duplicate_item",
    "matching-duplicate": "duplicate_item",
    "matching-incomplete": "missing_field",
    "missing-language": "missing_language",
    "missing-feedback": "missing_field",
    "duplicate-id": "duplicate_id",
    "bad-type": "bad_choice",
    "too-few-options": "too_few",
    "true-false-answer": "expected_flag",
    "pass-percent": "number_range",
    "unknown-stage": "unknown_ref",
    # advice (problems.ADVICE): reported the same way, never stopping the build
    "few-questions": "quiz_few_questions",
    "no-scenario": "quiz_no_scenario",
    "feedback-short": "feedback_short",
    "few-options": "few_options",
    "matching-giveaway": "matching_giveaway",
    "absolute-word": "absolute_word",
    "cue-longest": "cue_longest",
    "cue-shortest": "cue_shortest",
    "true-false-balance": "true_false_balance",
}


def problems_of(fixture: Path, tmp_path: Path) -> list:
    return check_sources(make_course(tmp_path, fixture))


def test_every_rule_has_a_fixture_and_every_fixture_a_rule():
    folders = {p.name.removeprefix("quiz-") for p in (FIXTURES / "bad").glob("quiz-*")}
    assert folders == set(RULES)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_rule_reports_its_message_at_the_line_in_both_languages(rule: str, tmp_path: Path):
    fixture = FIXTURES / "bad" / f"quiz-{rule}"
    found = problems_of(fixture, tmp_path)
    assert {p.code for p in found} == {RULES[rule]}
    assert all(p.path == "quizzes/handoff-check.yaml" for p in found)
    for lang, name in (("en", "expected.txt"), ("id", "expected.id.txt")):
        expected = (fixture / name).read_text(encoding="utf-8").splitlines()
        assert [p.format(lang) for p in found] == expected, lang


def test_duplicates_ignore_case_and_spacing(tmp_path: Path):
    # "the  sales team" (two spaces, lower case) repeats "The sales team".
    found = problems_of(FIXTURES / "bad" / "quiz-duplicate-option", tmp_path)
    assert [(p.line, dict(p.params)["value"]) for p in found] == [(17, "the  sales team")]


@pytest.mark.parametrize("path", sorted((ROOT / "quizzes").glob("*-check.yaml")) +
                         [FIXTURES / "mini" / "quizzes" / "handoff-check.yaml"], ids=lambda p: p.name)
def test_written_checks_pass_the_quiz_rules(path: Path):
    source, problems = read(path, path.name)
    assert not problems
    quiz, problems = parse(Quiz, source)
    assert not problems and quiz is not None
    # Stage and practice references are checked with the course; here only the quiz's own rules.
    assert check_quizzes(Sources(ROOT, quizzes=[SourceFile(quiz, source)])) == []
