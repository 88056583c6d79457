"""`course score`: run() as builder/cli/main.py calls it, and the exit codes through the real CLI."""

from __future__ import annotations

import argparse
import json
import os
import stat
from pathlib import Path

import pytest

from builder.cli import main
from builder.cli import score as score_cli
from builder.problems import ContentError, UsageError
from builder.sources.load import load_course
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
    assert "left out because they had too few answers: 1" in en


def test_json_and_report(course, capsys, tmp_path):
    report = tmp_path / "cohort.html"
    assert score_cli.run(args("--answers", str(DATA / "answers_workshop.csv"), "--json", "--report", str(report)),
                         course, "en") == 0
    data = json.loads(capsys.readouterr().out)  # nothing but JSON on stdout
    assert data["team"]["stage"] == "defined" and len(data["respondents"]) == 7
    html = report.read_text(encoding="utf-8")
    # One page with everything inline: the course data, the cohort, the styles and the team
    # page's own script (tests/browser/test_report.py draws it in Chromium).
    assert html.count("<script") == 3 and html.count("</script>") == 3
    assert '<script type="application/json" id="dx-data">' in html and 'id="dx-cohort"' in html
    assert "function teamReport(" in html and ".dx-chart" in html
    for outside in ("<link", "src=", "@import", "url("):
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
    assert "answers_bad.csv:3: `boss` is not a team" in err
    assert main(root + ["--json"]) == 2


@pytest.mark.parametrize("report, message", [
    ("{answers}", "would replace the answers file"),
    ("{root}/course/cohort.html", "would be written inside course/"),
    ("{root}/quizzes/x/cohort.html", "would be written inside quizzes/"),
    ("{root}/mkdocs.yml", "give it a name ending in .html"),
    ("{tmp}", "is a folder; give the report a file name"),
    ("/sys/cohort.html", "cannot write the report to /sys/cohort.html"),
])
def test_a_report_never_replaces_the_answers_or_a_source(mini_course, tmp_path, capsys, report, message):
    answers = tmp_path / "answers.csv"
    answers.write_bytes((DATA / "answers_workshop.csv").read_bytes())
    target = report.format(answers=answers, root=mini_course, tmp=tmp_path)
    sources = {p: p.read_bytes() for p in [answers, *mini_course.rglob("*")] if p.is_file()}
    argv = ["--root", str(mini_course), "--lang", "en", "score", "--answers", str(answers), "--report", target]
    assert main(argv) == 2
    assert message in capsys.readouterr().err
    assert {p: p.read_bytes() for p in sources} == sources


def test_a_report_is_an_ordinary_readable_file(course, tmp_path):
    report = tmp_path / "cohort.html"
    old = os.umask(0o022)
    try:
        score_cli.run(args("--answers", str(DATA / "answers_workshop.csv"), "--report", str(report)), course, "en")
    finally:
        os.umask(old)
    assert stat.S_IMODE(report.stat().st_mode) == 0o644


def test_a_missing_respondent_column_is_reported_once(course, tmp_path):
    header, *rows = (DATA / "answers_workshop.csv").read_text(encoding="utf-8").splitlines()
    cut = [",".join(line.split(",")[1:]) for line in [header, *rows]]
    path = tmp_path / "no-respondent.csv"
    path.write_text("\n".join(cut) + "\n", encoding="utf-8")
    with pytest.raises(ContentError) as err:
        score_cli.run(args("--answers", str(path)), course, "en")
    assert [p.code for p in err.value.problems] == ["csv_missing_columns"]


def test_answers_that_cannot_be_read_are_wrong_usage_not_a_bug(mini_course, tmp_path, capsys, monkeypatch):
    root = ["--root", str(mini_course), "--lang", "en", "score", "--answers"]
    assert main(root + [str(tmp_path)]) == 2
    assert f"{tmp_path} is a folder; give the answers file itself" in capsys.readouterr().err
    answers = tmp_path / "answers.csv"
    answers.write_bytes((DATA / "answers_workshop.csv").read_bytes())

    read_bytes = Path.read_bytes

    def denied(self):
        if self == answers:
            raise PermissionError(13, "Permission denied", str(answers))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", denied)  # the tests may run as root, who reads anything
    assert main(root + [str(answers)]) == 2
    assert "cannot read the answers file" in capsys.readouterr().err


def test_the_report_carries_each_respondent_as_a_result_code_with_its_role(course):
    from builder.diagnostic import answers, codes, cohort, scoring
    from builder.site.pages.report import cohort_data, report_data

    inst = scoring.Instrument.from_course(course)
    rows = answers.read_answers(DATA / "answers_workshop.csv", inst)
    data = cohort_data(inst, cohort.score_cohort(inst, rows))["respondents"]
    assert [d["label"] for d in data] == [r.respondent for r in rows]
    for row, d in zip(rows, data, strict=True):
        reading = codes.read_code(inst, d["code"])
        assert (reading.status, reading.answers, reading.role, d["role"]) == (codes.OK, row.answers, row.role, row.role)
    # read away from the site, the lessons are linked in full
    hrefs = [p["lesson"]["href"] for p in report_data(course, "en")["practices"] if p["lesson"]]
    assert hrefs and all(h.startswith(course.academy.site_url + "en/lessons/") for h in hrefs)


def test_an_asset_that_could_end_its_inline_element_is_refused(monkeypatch):
    from builder.site.pages import report as render_report

    class Fake:
        def __truediv__(self, name):
            return self

        def read_text(self, encoding):
            return "var x = '</script><script>alert(1)';"

    monkeypatch.setattr(render_report, "_ASSETS", Fake())
    with pytest.raises(RuntimeError, match="cannot be inlined"):
        render_report._asset("diagnostic.css")
    # the report's script, packed from assets/diagnostic/, passes the same check
    with pytest.raises(RuntimeError, match="cannot be inlined"):
        render_report._inline("the report's script", "var x = '<!--';")


@pytest.mark.parametrize("as_json", [False, True])
def test_terminal_escapes_in_a_csv_are_shown_not_acted_on(course, capsys, tmp_path, as_json):
    # Security review F-19: a respondent's name retitled, cleared and coloured the terminal.
    rows = (DATA / "answers_workshop.csv").read_text(encoding="utf-8").splitlines()
    evil = "\x1b]0;PWNED-TITLE\x07\x1b[2J\x1b[31mEVIL\x1b[0m\u009b31m"
    rows[1] = evil + rows[1][rows[1].index(","):]
    csv = tmp_path / "answers.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert score_cli.run(args("--answers", str(csv), *(["--json"] if as_json else [])), course, "en") == 0
    out = capsys.readouterr().out
    assert not any(c in out for c in "\x1b\x07\u009b")
    if as_json:
        assert json.loads(out)["respondents"][0]["respondent"] == evil  # the value itself is kept
