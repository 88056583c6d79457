"""`course certificates`: reading the names file (every script kept exact, hostile names stay text,
Excel's semicolons and BOM), the messages of a malformed file, exit statuses, and the file written."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import escape

from builder.cli.main import main
from builder.diagnostic.participants import MAX_PARTICIPANTS, parse_participants
from builder.problems import ContentError, notice
from builder.site.pages.printables import certificates_page, date_text
from builder.sources.load import load_course

NAMES = ["Siti Nurhaliza", "Đặng Thị Ngọc Thịnh", "李小龍", "عبد الله بن عمر", "O'Brien-Nasution",
         "I Gusti Ngurah Rai Sastroamidjojo Prawirodirdjo Wongsonegoro Hadiningrat Djojoadhiningrat"]
HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"&amp;'


def codes(raw: bytes) -> list[tuple[int, str]]:
    with pytest.raises(ContentError) as err:
        parse_participants(raw, "peserta.csv")
    return [(p.line, p.code) for p in err.value.problems]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("sep", [",", ";"])
def test_names_of_every_script_are_kept_exact(bom, sep):
    lines = [f"nama{sep}perusahaan{sep}jabatan"] + [f'"{n}"{sep}"PT Maju, Tbk"{sep}Sales' if sep == "," else
                                                   f"{n}{sep}PT Maju, Tbk{sep}Sales" for n in NAMES]
    raw = bom + "\r\n\r\n".join(lines).encode("utf-8")  # Windows line ends, blank lines between
    people = parse_participants(raw, "peserta.csv")
    assert [p.name for p in people] == NAMES
    assert {p.company for p in people} == {"PT Maju, Tbk"} and {p.role for p in people} == {"Sales"}
    assert [p.line for p in people] == [3, 5, 7, 9, 11, 13]


name_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=60).filter(
    lambda s: s.strip() == s and s.strip())


@settings(max_examples=150, deadline=None)
@given(st.lists(name_text, min_size=1, max_size=8))
def test_any_name_survives_a_round_trip_through_the_csv(names):
    body = "\n".join('"' + n.replace('"', '""') + '"' for n in names)
    people = parse_participants(("name\n" + body + "\n").encode("utf-8"), "x.csv")
    assert [p.name for p in people] == names


@pytest.mark.parametrize("raw,expected", [
    (b"", [(1, "names_empty")]),
    (b"\n\n", [(1, "names_empty")]),
    (b"peserta,kantor\nAni,PT A\n", [(1, "names_no_name_column")]),
    (b"nama\n", [(2, "names_none")]),
    (b"nama;jabatan\nAni;Sales\n;Marketing\nBudi;x\n", [(3, "names_empty_name")]),
    (b"nama\nAni\n\xff\xfeB\n", [(3, "names_not_utf8")]),
    (b'nama\n"Ani\n', [(2, "names_syntax")]),
    (b"nama\n" + b"x" * 201 + b"\n", [(2, "names_too_long")]),
])
def test_a_malformed_file_names_the_line(raw, expected):
    assert codes(raw) == expected


def test_too_many_rows():
    raw = ("nama\n" + "\n".join(f"p{i}" for i in range(MAX_PARTICIPANTS + 1))).encode()
    assert codes(raw) == [(1, "names_too_many")]


def test_dates_in_both_languages(mini_course):
    course = load_course(mini_course)
    day = datetime.date(2026, 12, 6)
    assert date_text(course, "id", day) == "6 Desember 2026"
    assert date_text(course, "en", day) == "6 December 2026"


def test_hostile_names_stay_text(mini_course):
    course = load_course(mini_course)
    people = parse_participants(f"nama\n\"{HOSTILE.replace(chr(34), chr(34) * 2)}\"\n".encode(), "x.csv")
    page = certificates_page(course, "en", people, datetime.date(2026, 1, 2), None)
    assert "<script" not in page and "<img src=x" not in page
    assert str(escape(HOSTILE)) in page
    for outside in ("<link", "src=\"http", "@import", "url(", "<script"):
        assert outside not in page


def run(root: Path, *argv: str) -> int:
    return main(["--root", str(root), *argv])


def test_the_command_writes_one_certificate_per_person(mini_course, tmp_path, capsys):
    names = tmp_path / "peserta.csv"
    names.write_bytes(b"\xef\xbb\xbfnama;jabatan\n" + "\n".join(f"{n};Sales" for n in NAMES).encode() + b"\n")
    before = names.read_bytes()
    out = tmp_path / "out.html"
    assert run(mini_course, "--lang", "en", "certificates", "--names", str(names), "--out", str(out),
               "--date", "2026-12-06") == 0
    assert notice("en", "notices", "certificates_written", count=len(NAMES), path=out) in capsys.readouterr().out
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="cert"') == len(NAMES)
    assert all(str(escape(n)) in page for n in NAMES) and "6 December 2026" in page
    assert 'src="data:image/svg+xml;base64,' in page  # the logo inlined
    assert names.read_bytes() == before
    # default output: next to the names file, in the course's language
    assert run(mini_course, "certificates", "--names", str(names), "--date", "2026-12-06") == 0
    assert "6 Desember 2026" in (tmp_path / "sertifikat.html").read_text(encoding="utf-8")


def test_signatories_hours_and_edition_come_from_the_yaml(mini_course, tmp_path):
    academy = mini_course / "course" / "academy.yaml"
    academy.write_text(academy.read_text(encoding="utf-8") + (
        "certificates:\n  jp_minutes: 50\n  city: Malang\n  signatories:\n"
        "    - name: Dr. Ayu Lestari\n      title: {id: Direktur, en: Director}\n"), encoding="utf-8")
    info = mini_course / "course" / "course.yaml"
    info.write_text(info.read_text(encoding="utf-8") + "jp: 6\neditions:\n  - id: retail\n"
                    "    name: {id: Ritel, en: Retail}\n  - id: bank\n    name: {id: Perbankan, en: Banking}\n",
                    encoding="utf-8")
    names = tmp_path / "p.csv"
    names.write_text("name\nAni\n", encoding="utf-8")
    out = tmp_path / "c.html"
    assert run(mini_course, "--lang", "en", "certificates", "--names", str(names), "--out", str(out),
               "--edition", "bank", "--date", "2027-01-31") == 0
    page = out.read_text(encoding="utf-8")
    assert "Dr. Ayu Lestari" in page and "Director" in page and "Malang, 31 January 2027" in page
    hours = load_course(mini_course).ui.printables.certificate_hours["en"]
    assert escape(hours.format(jp=6, minutes=50)) in page and "Banking edition" in page
    assert run(mini_course, "--lang", "en", "certificates", "--names", str(names), "--out", str(out),
               "--edition", "nope") == 2


@pytest.mark.parametrize("lang,words", [("en", "the header line has no `nama` or `name` column — make the first line"),
                                        ("id", "baris judul tidak punya kolom `nama` atau `name` — jadikan baris")])
def test_a_malformed_file_exits_1_with_its_line_in_the_user_s_language(mini_course, tmp_path, capsys, lang, words):
    names = tmp_path / "p.csv"
    names.write_text("peserta\nAni\n", encoding="utf-8")
    out = tmp_path / "c.html"
    assert run(mini_course, "--lang", lang, "certificates", "--names", str(names), "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert f"{names}:1: {words}" in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("case", ["missing", "folder", "same", "not_html", "bad_date", "in_sources", "no_dir"])
def test_usage_errors_exit_2(mini_course, tmp_path, capsys, case):
    names = tmp_path / "p.csv"
    names.write_text("nama\nAni\n", encoding="utf-8")
    argv = {"missing": ["--names", str(tmp_path / "nope.csv")],
            "folder": ["--names", str(tmp_path)],
            "same": ["--names", str(names), "--out", str(names)],
            "not_html": ["--names", str(names), "--out", str(tmp_path / "c.pdf")],
            "bad_date": ["--names", str(names), "--date", "6/12/2026"],
            "in_sources": ["--names", str(names), "--out", str(mini_course / "course" / "c.html")],
            "no_dir": ["--names", str(names), "--out", str(tmp_path / "no" / "c.html")]}[case]
    assert run(mini_course, "--lang", "en", "certificates", *argv) == 2
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
    assert names.read_text(encoding="utf-8") == "nama\nAni\n"
    assert not re.search(r"c\.html", " ".join(p.name for p in mini_course.rglob("c.html")))


def test_a_session_s_own_hours_in_jp(mini_course, tmp_path, capsys):
    info = mini_course / "course" / "course.yaml"
    info.write_text(info.read_text(encoding="utf-8") + "jp: 4\n", encoding="utf-8")
    names = tmp_path / "p.csv"
    names.write_text("nama\nAni\n", encoding="utf-8")
    out = tmp_path / "c.html"
    argv = ["--lang", "en", "certificates", "--names", str(names), "--out", str(out), "--jp"]
    assert run(mini_course, *argv, "2") == 0
    hours = load_course(mini_course).ui.printables.certificate_hours["en"]
    assert escape(hours.format(jp=2, minutes=45)) in out.read_text(encoding="utf-8")
    for bad in ("0", "dua", "101"):
        assert run(mini_course, *argv, bad) == 2
        assert f"--jp {bad} is not a number of training hours (JP)" in capsys.readouterr().err
