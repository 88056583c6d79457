"""The same-rating rule (diagnostic.yaml `rules.same_rating`) beyond the shared vectors: it is read from the
rules, and `course score` says how many respondents answered nearly everything alike, in both languages."""

from __future__ import annotations

import dataclasses
import json

import pytest

from builder.cli import main
from builder.diagnostic import codes, cohort, scoring
from builder.diagnostic.answers import Row
from builder.diagnostic.summary import summary
from builder.sources.load import load_course
from tests.diagnostic_vectors import real_diagnostic, real_instrument

INST = real_instrument()


def answers_of(digits: str) -> dict[str, int | None]:
    return {sid: (int(d) or None) for sid, d in zip(INST.statement_ids, digits, strict=True)}


def test_the_rule_is_read_from_the_diagnostic_rules():
    assert INST.same_rating == real_diagnostic().rules.same_rating
    n = len(INST.statement_ids)
    alike = (n * INST.same_rating + 99) // 100  # the fewest answers alike that reach the percent
    digits = "4" * alike + "2" * (n - alike)
    assert scoring.score(INST, answers_of(digits)).same_rating == (4, alike)
    stricter = dataclasses.replace(INST, same_rating=100)
    assert scoring.score(stricter, answers_of(digits)).same_rating is None
    # It never changes the score or the stage.
    assert scoring.score(stricter, answers_of(digits)).score == scoring.score(INST, answers_of(digits)).score


def rows() -> list[Row]:
    n = len(INST.statement_ids)
    mixed = ("1234" * n)[:n]
    return [Row(2, "ani", "sales", answers_of("4" * n)), Row(3, "budi", "sales", answers_of(mixed)),
            Row(4, "citra", "marketing", answers_of("3" * n)), Row(5, "dewi", "marketing", answers_of("0" * n))]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_course_score_says_how_many_answered_alike(mini_course, lang):
    course = load_course(mini_course)
    result = cohort.score_cohort(INST, rows())
    assert result.team.same_rating == 2  # ani and citra; dewi has no result, budi's answers vary
    text = summary(course, INST, result, lang)
    words = course.ui.diagnostic
    said = words.team_same_rating[lang].format(count=2, total=3, percent=INST.same_rating)
    assert "! " + said in text.splitlines()
    # Said for the team only: no one is named or marked.
    assert words.same_mark[lang] not in text and not any(name in text for name in ("ani", "citra"))
    data = cohort.to_json(INST, result)
    assert data["team"]["same_rating"] == 2


def test_the_count_is_not_said_for_fewer_than_min_group(mini_course):
    course = load_course(mini_course)
    result = cohort.score_cohort(INST, rows()[:2])  # ani and budi: "1 of 2" would point at one of them
    assert result.team.same_rating == 1
    text = summary(course, INST, result, "en")
    assert "gave one and the same answer" not in text and "!" not in text.split("Groups")[1]
    assert cohort.to_json(INST, result)["team"]["same_rating"] == 0


def test_nothing_is_said_when_answers_vary(mini_course):
    course = load_course(mini_course)
    n = len(INST.statement_ids)
    patterns = [("sales", "1234"), ("sales", "4321"), ("sales", "1324"),
                ("marketing", "2345"), ("marketing", "5432"), ("marketing", "2435")]
    varied = [Row(2 + i, f"r{i}", role, answers_of((pattern * n)[:n])) for i, (role, pattern) in enumerate(patterns)]
    text = summary(course, INST, cohort.score_cohort(INST, varied), "en")
    assert course.ui.diagnostic.same_mark["en"] not in text
    assert "!" not in text


def test_the_cli_json_carries_the_count(mini_course, tmp_path, capsys):
    n = len(INST.statement_ids)
    csv = tmp_path / "answers.csv"
    csv.write_text("respondent,role," + ",".join(INST.statement_ids) + "\n"
                   + "a,sales," + ",".join("5" * n) + "\n" + "b,marketing," + ",".join(("1234" * n)[:n]) + "\n"
                   + "c,marketing," + ",".join(("2345" * n)[:n]) + "\n",
                   encoding="utf-8")
    assert main(["--root", str(mini_course), "--lang", "en", "score", "--answers", str(csv), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["team"]["same_rating"] == 1
    assert codes.encode(INST, answers_of("5" * n))  # the same answers travel as a code too
