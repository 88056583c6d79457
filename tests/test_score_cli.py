"""`course score`: run() as builder/cli/main.py calls it, and the exit codes through the real CLI."""

from __future__ import annotations

import argparse
import json

import pytest

from builder.cli import score as score_cli
from builder.cli import main
from builder.sources.load import load_course
from builder.problems import ContentError, UsageError
from tests.diagnostic_vectors import ROOT

DATA = ROOT / "tests" / "data"


@pytest.fixture
def course(mini_course):
    return load_course(mini_course)


def args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    score_cli.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_template(course, capsys):
    assert score_cli.run(args("--template"), course, "en") == 0
    header = capsys.readouterr().out.strip().split(",")
    assert header[:3] == ["respondent", "role", "rules-1"] and len(header) == 26


def test_summary_in_both_languages(course, capsys):
    score_cli.run(args("--answers", str(DATA / "answers_workshop.csv")), course, "en")
    en = capsys.readouterr().out
    score_cli.run(args("--answers", str(DATA / "answers_workshop.csv")), course, "id")
    id_ = capsys.readouterr().out
    assert "Stage: Defined" in en and "Score: 50.8 out of 100" in en
    assert "Tahap: Defined (ada aturan main)" in id_ and "Skor: 50,8 dari 100" in id_
    assert "1 result(s) left out" in en


def test_json_and_report(course, capsys, tmp_path):
    report = tmp_path / "cohort.html"
    assert score_cli.run(args("--answers", str(DATA / "answers_workshop.csv"), "--json", "--report", str(report)),
                         course, "en") == 0
    data = json.loads(capsys.readouterr().out)  # nothing but JSON on stdout
    assert data["team"]["stage"] == "defined" and len(data["respondents"]) == 7
    html = report.read_text(encoding="utf-8")
    assert "<svg" in html and "Stages of the respondents" in html
    for outside in ("<script", "<link", "src=", "@import", "url("):
        assert outside not in html


def test_bad_csv_raises_content_error_and_writes_nothing(course, tmp_path):
    report = tmp_path / "r.html"
    with pytest.raises(ContentError) as err:
        score_cli.run(args("--answers", str(DATA / "answers_bad.csv"), "--report", str(report)), course, "en")
    assert len(err.value.problems) == 6
    assert not report.exists()


@pytest.mark.parametrize("argv", [(), ("--json",), ("--report", "x.html"), ("--template", "--json"),
                                  ("--answers", "no-such-file.csv")])
def test_usage_errors(course, argv):
    with pytest.raises(UsageError):
        score_cli.run(args(*argv), course, "en")


def test_exit_codes_through_the_cli(mini_course, capsys):
    root = ["--root", str(mini_course), "--lang", "en", "score"]
    assert main(root + ["--answers", str(DATA / "answers_workshop.csv")]) == 0
    assert main(root + ["--answers", str(DATA / "answers_bad.csv")]) == 1
    err = capsys.readouterr().err
    assert "answers_bad.csv:3: `boss` is not a role" in err
    assert main(root + ["--json"]) == 2
