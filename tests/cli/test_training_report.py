"""`course score --report`: the training report's own options (attendance, commitments, the session's
facts), their mistakes, and the privacy rule in the file it writes. Drawn in Chromium:
tests/browser/test_training_report.py."""

from __future__ import annotations

import datetime
import json
import re
from html import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.cli import main
from builder.diagnostic import session
from builder.problems import ContentError, notice
from builder.site.pages.printables import date_text
from tests.session_sample import session_chat

from . import test_prepost_score
from .test_score_cli import args, score_cli

# The small course with the pre/post test, as test_prepost_score.py makes it.
root, course = test_prepost_score.root, test_prepost_score.course

SITE = "https://academy.example"


def chat_file(course, tmp_path, **sizes):
    path = tmp_path / "chat.txt"
    path.write_text(session_chat(course, SITE, **sizes), encoding="utf-8")
    return path


def data_of(html: str, name: str):
    found = re.search(rf'<script type="application/json" id="{name}">(.*?)</script>', html, re.S)
    return json.loads(found.group(1)) if found else None


def test_the_report_holds_every_part_and_no_one_s_answers(course, tmp_path, capsys):
    chat, report = chat_file(course, tmp_path), tmp_path / "laporan.html"
    names = tmp_path / "peserta.csv"
    names.write_text("nama;jabatan\n" + "".join(f"Peserta Nomor {i};Sales\n" for i in range(9)), encoding="utf-8")
    commitments = tmp_path / "komitmen.txt"
    commitments.write_text("\ufeffSatu definisi leads\n\n  Rapat mingguan\x07 tiap Senin  \n", encoding="utf-8")
    assert score_cli.run(args("--links", str(chat), "--report", str(report), "--names", str(names),
                              "--commitments", str(commitments), "--client", "PT <Segar>", "--date", "2026-12-06"),
                         course, "id") == 0
    html = report.read_text(encoding="utf-8")
    assert "Laporan disimpan" in capsys.readouterr().out
    # attendance from the names file: counted, never named
    assert "<td>9</td>" in html and "Peserta Nomor" not in html
    assert "PT &lt;Segar&gt;" in html and "<Segar>" not in html
    assert "<li>Satu definisi leads</li>" in html and "<li>Rapat mingguan tiap Senin</li>" in html
    # 30 days: Tuesday 5 January; 90 days: Saturday 6 March, moved to Monday 8 March
    assert all(date_text(course, "id", datetime.date(*d)) in html for d in ((2027, 1, 5), (2027, 3, 8)))
    # each part's figures, and nothing that is one person's: no result code of any kind
    assert data_of(html, "dx-cohort")["team"]["stage"]
    assert data_of(html, "pp-room")["gain_exact"] is not None
    assert data_of(html, "ev-room")["responses"] == 7
    assert not re.search(r"[#=]?[rte]=1\.", html) and "#t=" not in html and "#e=" not in html


def test_under_three_people_the_report_holds_no_figure(course, tmp_path):
    chat, report = chat_file(course, tmp_path, diagnostic=2, pre=2, post=2, evaluations=2), tmp_path / "r.html"
    assert score_cli.run(args("--links", str(chat), "--report", str(report)), course, "en") == 0
    html = report.read_text(encoding="utf-8")
    team = data_of(html, "dx-cohort")["team"]
    assert team["score"] is None and team["gaps"] == {pid: None for pid in team["gaps"]}
    room = data_of(html, "pp-room")
    assert room["pre"]["mean_exact"] is None and room["gain_exact"] is None and room["missed"] is None
    assert all(c["gain_exact"] is None for c in room["roles"].values())
    assert data_of(html, "ev-room") == {"responses": 2, "too_few": True}
    assert "Waktunya" not in html  # not even a comment of two people


def test_a_session_with_only_pre_post_and_evaluation_results(course, tmp_path):
    chat, report = chat_file(course, tmp_path, diagnostic=0), tmp_path / "r.html"
    assert score_cli.run(args("--links", str(chat), "--report", str(report)), course, "en") == 0
    html = report.read_text(encoding="utf-8")
    assert data_of(html, "dx-cohort") is None and data_of(html, "pp-room") and data_of(html, "ev-room")
    assert course.ui.report.none_received["en"] in html
    # The 90-day re-take is compared with the workshop's diagnostic: without one it is not promised.
    w = course.ui.report
    assert w.follow_up_30["en"].split("{date}")[1] in html and w.follow_up_90["en"].split("{date}")[1] not in html


def test_more_results_than_people_present_is_a_warning(course, tmp_path, capsys):
    chat, report = chat_file(course, tmp_path), tmp_path / "r.html"
    assert score_cli.run(args("--links", str(chat), "--report", str(report), "--attended", "5"), course, "en") == 0
    err = capsys.readouterr().err
    w = course.ui.report
    for kind, count in ((w.diagnostic_results, 8), (w.pre_results, 8), (w.post_results, 7), (w.evaluation_results, 7)):
        assert notice("en", "notices", "report_more_results", kind=kind["en"], count=count, attended=5) in err
    assert report.exists()


def test_the_report_gives_the_session_s_training_hours(course, tmp_path):
    """HR records each person's hours: the course's (`jp:`) unless --jp gives the session's own."""
    chat, report = chat_file(course, tmp_path), tmp_path / "r.html"
    w, minutes = course.ui.printables, course.academy.certificates.jp_minutes
    label = f"<th scope=\"row\">{escape(w.jp['en'])}</th>"
    assert score_cli.run(args("--links", str(chat), "--report", str(report), "--jp", "2"), course, "en") == 0
    html = report.read_text(encoding="utf-8")
    assert f"{label}<td>{escape(w.certificate_hours['en'].format(jp=2, minutes=minutes))}</td>" in html
    assert score_cli.run(args("--links", str(chat), "--report", str(report)), course, "en") == 0
    html = report.read_text(encoding="utf-8")
    if course.info.jp:
        assert f"<td>{escape(w.certificate_hours['en'].format(jp=course.info.jp, minutes=minutes))}</td>" in html
    else:
        assert label not in html


@pytest.mark.parametrize("extra, message", [
    (["--client", "PT X"], "--client adds to the training report; use it together with --report FILE.html"),
    (["--jp", "2"], "--jp adds to the training report"),
    (["--report", "{tmp}/r.html", "--jp", "0"], "--jp 0 is not a number of training hours"),
    (["--report", "{tmp}/r.html", "--attended", "9", "--names", "{tmp}/p.csv"], "either --names"),
    (["--report", "{tmp}/r.html", "--attended", "sembilan"], "--attended sembilan is not a number of people"),
    (["--report", "{tmp}/r.html", "--attended", "0"], "a whole number from 1 to 1000"),
    (["--report", "{tmp}/r.html", "--commitments", "{tmp}/none.txt"], "the commitments file"),
    (["--report", "{tmp}/r.html", "--commitments", "{tmp}"], "is a folder; give the commitments file itself"),
    (["--report", "{tmp}/p.csv", "--names", "{tmp}/p.csv"], "p.csv, a file it reads"),
    (["--report", "{tmp}/r.html", "--date", "6/12/2026"], "--date 6/12/2026 is not a date"),
    (["--report", "{tmp}/r.html", "--edition", "nope"], "no edition `nope`"),
])
def test_usage_mistakes_exit_2_and_write_nothing(root, course, tmp_path, capsys, extra, message):
    chat = chat_file(course, tmp_path)
    (tmp_path / "p.csv").write_text("nama\nAni\n", encoding="utf-8")
    argv = ["--root", str(root), "--lang", "en", "score", "--links", str(chat)]
    assert main(argv + [a.format(tmp=tmp_path) for a in extra]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists() and (tmp_path / "p.csv").read_text() == "nama\nAni\n"


def test_every_problem_of_the_names_and_commitments_files_at_once(root, course, tmp_path, capsys):
    chat = chat_file(course, tmp_path)
    (tmp_path / "p.csv").write_text("nama\n\"Ani\n", encoding="utf-8")
    (tmp_path / "k.txt").write_text("ok\n" + "x" * 301 + "\n", encoding="utf-8")
    argv = ["--root", str(root), "--lang", "id", "score", "--links", str(chat), "--report", str(tmp_path / "r.html"),
            "--names", str(tmp_path / "p.csv"), "--commitments", str(tmp_path / "k.txt")]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'k.txt'}:2: komitmen di baris ini panjangnya 301 karakter" in err
    assert f"{tmp_path / 'p.csv'}:2:" in err
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize("raw, code, line", [
    (b"", "commitments_none", 1),
    (b"\n  \n", "commitments_none", 1),
    (b"ok\n\xff\n", "commitments_not_utf8", 2),
    (b"x\n" * 31, "commitments_too_many", 31),
    (b"a" * 70000, "commitments_too_big", 1),
])
def test_a_bad_commitments_file_names_its_line(raw, code, line):
    with pytest.raises(ContentError) as err:
        session.parse_commitments(raw, "k.txt")
    assert [(p.code, p.line) for p in err.value.problems] == [(code, line)]


@given(st.text(max_size=400))
def test_any_commitments_text_is_read_or_refused_never_crashes(text):
    try:
        found = session.parse_commitments(text.encode("utf-8"), "k.txt")
    except ContentError as exc:
        assert exc.problems
        return
    assert found and all(item and item == item.strip() and len(item) <= session.MAX_COMMITMENT for item in found)
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for item in found for c in item)


@given(st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2040, 12, 31)))
def test_follow_up_dates_fall_on_a_working_day_after_30_and_90_days(day):
    for days, date in zip(session.FOLLOW_UP_DAYS, session.Session(day=day).follow_up(), strict=True):
        assert date.weekday() < 5 and 0 <= (date - day).days - days <= 2
