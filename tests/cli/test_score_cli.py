"""`course score`: run() as builder/cli/main.py calls it, and the exit codes through the real CLI."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
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
    assert "Stage: Defined" in en and "Score: 51.4 out of 100" in en
    assert "Tahap: Defined (ada aturan main)" in id_ and "Skor: 51,4 dari 100" in id_
    assert "left out because they had too few answers: 1" in en
    # No names, no one's own result; the one "other" respondent is a group too small to show.
    for text in (en, id_):
        assert not any(name in text for name in ("ani", "budi", "gita", "hana"))
    too_few = course.ui.privacy.too_few
    assert f"Other: Respondents 1, Mean score: {too_few['en'].format(min=3)}" in en
    assert too_few["id"].format(min=3) in id_


def small_team(tmp_path, names_roles):
    """The workshop's CSV with only the named respondents (each with the role given)."""
    header, *rows = (DATA / "answers_workshop.csv").read_text(encoding="utf-8").splitlines()
    by_name = {r.split(",", 1)[0]: r.split(",", 2)[2] for r in rows}
    csv = tmp_path / "small.csv"
    csv.write_text("\n".join([header] + [f"{n},{role},{by_name[n]}" for n, role in names_roles]) + "\n",
                   encoding="utf-8")
    return csv


def test_a_team_of_two_shows_only_too_few_to_show(course, capsys, tmp_path):
    csv = small_team(tmp_path, [("ani", "sales"), ("dewi", "marketing")])
    assert score_cli.run(args("--answers", str(csv)), course, "en") == 0
    out = capsys.readouterr().out
    assert "Too few to show" in out and "Stage:" not in out and "Score:" not in out
    assert "Gap 0" not in out and "Gap 1" not in out and "Defined: " not in out
    too_few = course.ui.privacy.too_few["en"].format(min=3)
    assert out.count(too_few) >= 4  # each group, the stages, the practices, the gap
    assert score_cli.run(args("--answers", str(csv), "--json"), course, "en") == 0
    team = json.loads(capsys.readouterr().out)["team"]
    assert team["score"] is None and team["stage"] is None and not any(team["shown"]["groups"].values())


def test_three_sales_and_two_marketing_show_the_sales_figures_only(course, capsys, tmp_path):
    csv = small_team(tmp_path, [("ani", "sales"), ("budi", "sales"), ("citra", "sales"),
                                ("dewi", "marketing"), ("eko", "marketing")])
    assert score_cli.run(args("--answers", str(csv)), course, "id") == 0
    out = capsys.readouterr().out
    assert "Skor:" not in out and "Terlalu sedikit untuk ditampilkan" in out
    assert f"Tim marketing: Jumlah orang 2, Skor rata-rata: {course.ui.privacy.too_few['id'].format(min=3)}" in out
    practice_lines = [line for line in out.splitlines() if " · " in line or "Tim sales " in line]
    assert practice_lines and all("Tim marketing" not in line for line in practice_lines)


def test_json_and_report(course, capsys, tmp_path):
    report = tmp_path / "cohort.html"
    assert score_cli.run(args("--answers", str(DATA / "answers_workshop.csv"), "--json", "--report", str(report)),
                         course, "en") == 0
    data = json.loads(capsys.readouterr().out)  # nothing but JSON on stdout
    assert data["team"]["stage"] == "defined" and data["respondents"]["count"] == 8
    html = report.read_text(encoding="utf-8")
    # One page with everything inline: the course data, the cohort, the styles and the team
    # page's own script (tests/browser/test_report.py draws it in Chromium).
    assert html.count("<script") == 3 and html.count("</script>") == 3
    assert '<script type="application/json" id="dx-data">' in html and 'id="dx-cohort"' in html
    assert "function teamReport(" in html and ".dx-chart" in html
    for outside in ("<link", "@import", "url("):
        assert outside not in html
    # the academy's logo is the only image, inline
    assert re.findall(r'src="(?!data:image/)', html) == []


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
    ("{answers}", "answers.csv, a file it reads"),
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


def test_the_report_carries_the_shown_figures_and_no_one_s_answers(course, tmp_path):
    from builder.diagnostic import answers, cohort, scoring
    from builder.diagnostic.session import Session
    from builder.site.pages.report import cohort_data, report_data, report_html

    inst = scoring.Instrument.from_course(course)
    rows = answers.read_answers(DATA / "answers_workshop.csv", inst)
    result = cohort.score_cohort(inst, rows)
    data = cohort_data(inst, result)
    assert data["team"]["score"] == scoring.exact_text(result.team.score)
    assert data["team"]["groups"]["other"] == {"size": 1, "score": None, "practice_means": {}}
    html = report_html(course, "en", Session(day=datetime.date(2026, 12, 6), diagnostic=result))
    # No name and no result code (a code is one person's answers) anywhere in the file.
    assert not any(f"{r.respondent}" in html for r in rows if len(r.respondent) > 3)
    assert f".{inst.fingerprint}." not in html
    # A team of two: nothing but sizes in the file.
    small = cohort.score_cohort(inst, rows[:1] + rows[3:4])
    team = cohort_data(inst, small)["team"]
    assert team["score"] is None and team["practice_means"] == {} and cohort_data(inst, small)["distribution"] is None
    assert all(g["score"] is None and g["practice_means"] == {} for g in team["groups"].values())
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
    assert "PWNED" not in out and "EVIL" not in out  # names are never printed at all
