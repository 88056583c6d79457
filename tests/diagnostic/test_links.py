"""`course score --links`: the result links of a group chat, read as the team page reads a paste."""

from __future__ import annotations

import argparse
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.cli import main
from builder.cli import score as score_cli
from builder.diagnostic import answers, codes, cohort, links, paste
from builder.problems import ContentError, notice
from builder.sources.load import load_course
from tests.diagnostic_vectors import ROOT, real_instrument

INST = real_instrument()
WORKSHOP = ROOT / "tests" / "data" / "answers_workshop.csv"
URL = "https://elearning.groedu.example/selaras/id/diagnostic.html#r="


def chat(shared: list[str]) -> str:
    lines = [f"29/11/26 09.{i:02d} - Peserta {i + 1}: hasil saya 👍 {URL}{c}" for i, c in enumerate(shared)]
    return "\n".join(["29/11/26 08.59 - Fasilitator: kirim hasilnya sebelum jam 10.30 ya"] + lines) + "\n"


def workshop_codes() -> tuple[list[answers.Row], list[str]]:
    rows = answers.read_answers(WORKSHOP, INST)
    return rows, [codes.encode(INST, r.answers, r.role) for r in rows]


def test_a_chat_of_the_workshop_gives_the_team_result_of_its_csv():
    rows, shared = workshop_codes()
    got, notices = links.parse_links(chat(shared).encode(), "chat.txt", INST, "Result {n}")
    assert notices == []
    assert [(r.line, r.respondent, r.role, r.answers) for r in got] == [
        (i + 2, f"Result {i + 1}", row.role, row.answers) for i, row in enumerate(rows)]
    assert cohort.to_json(INST, cohort.score_cohort(INST, got))["team"] == \
        cohort.to_json(INST, cohort.score_cohort(INST, rows))["team"]


def test_what_the_team_page_leaves_out_is_named_at_its_line_and_numbered_as_there():
    _, shared = workshop_codes()
    no_role = codes.encode(INST, codes.decode(INST, shared[1]))  # an older link: answers, no team
    text = chat([shared[0], shared[0][:12], no_role, "2.000000.333333333333333333333333", shared[0], shared[2]])
    rows, notices = links.parse_links(text.encode("utf-8"), "chat.txt", INST, "Hasil {n}")
    assert [(p.line, p.code) for p in notices] == [
        (3, "links_unreadable"), (4, "links_no_role"), (5, "links_other_set"), (6, "links_duplicate")]
    assert dict(notices[1].params) == {"n": "2"}
    # the team page numbers the older link's row too (it asks for the team there): result 3 stays 3
    assert [(r.line, r.respondent) for r in rows] == [(2, "Hasil 1"), (7, "Hasil 3")]
    assert notices[0].format("en").startswith("chat.txt:3: a result link on this line cannot be read")


@pytest.mark.parametrize("text,code,line", [
    ("halo semua\nsampai besok\n", "links_none", 1),
    (chat(["2.000000.333333333333333333333333"]), "links_none", 1),
])
def test_a_file_with_nothing_to_score_is_an_error(text, code, line):
    with pytest.raises(ContentError) as err:
        links.parse_links(text.encode(), "chat.txt", INST, "Result {n}")
    assert (code, line) in [(p.code, p.line) for p in err.value.problems]


def test_a_file_that_is_not_text_or_far_too_long_is_refused(tmp_path):
    with pytest.raises(ContentError) as err:
        links.parse_links(b"ok\n\xff\xfe", "chat.txt", INST, "Result {n}")
    assert (err.value.problems[0].code, err.value.problems[0].line) == ("links_not_utf8", 2)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (4 * paste.MAX_PASTE + 10))
    with pytest.raises(ContentError) as err:
        links.read_links(big, INST, "Result {n}")
    assert err.value.problems[0].code == "links_too_long"
    with pytest.raises(ContentError) as err:
        links.parse_links(b"y\n" * paste.MAX_PASTE, "chat.txt", INST, "Result {n}")
    assert (err.value.problems[0].code, err.value.problems[0].line) == ("links_too_long", paste.MAX_PASTE // 2 + 1)


_PIECES = st.sampled_from(["r=", "#r=", "3.", "2.", ".", "s.", "m.", "\n", " ", "/", "=", "#", "a", "0", "4",
                           "3." + INST.fingerprint + ".", "2." + INST.fingerprint + ".", "333333", "é", "\r\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_reading_line_by_line_finds_what_the_page_finds_in_the_whole_paste(text):
    whole = paste.extract_results(INST, text)
    seen: set[str] = set()
    by_line = []
    for line in text.splitlines():
        for found in paste.extract_results(INST, line, seen):
            seen.add(found.code)
            by_line.append(found)
    assert by_line == whole


# --- through the command line ---------------------------------------------------------------------

def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    score_cli.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_course_score_reads_a_chat_and_names_what_it_left_out(tmp_path, capsys):
    course = load_course(ROOT)
    _, shared = workshop_codes()
    source = tmp_path / "chat.txt"
    source.write_text(chat(shared + [shared[0][:10]]), encoding="utf-8")
    report = tmp_path / "team.html"
    assert score_cli.run(_args("--links", str(source), "--json", "--report", str(report)), course, "en") == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["team"]["stage"] == "defined"  # stdout stays pure JSON
    assert err.strip() == f"{source}:10: a result link on this line cannot be read (it was probably cut off " \
                          "when copied), so it is left out — ask the respondent to share the link again and " \
                          "add the full link to the file"
    html = report.read_text(encoding="utf-8")
    assert "Result 7" not in html and "Result 1\"" not in html  # no labels, no names: figures only


def test_answers_and_links_together_are_wrong_usage(tmp_path, capsys):
    source = tmp_path / "chat.txt"
    source.write_text("x", encoding="utf-8")
    argv = ["--root", str(ROOT), "--lang", "en", "score", "--answers", str(WORKSHOP), "--links", str(source)]
    assert main(argv) == 2
    assert notice("en", "usage", "score_answers_and_links") in capsys.readouterr().err


def test_a_chat_without_results_exits_1_and_writes_no_report(tmp_path, capsys):
    source = tmp_path / "chat.txt"
    source.write_text("halo\n", encoding="utf-8")
    report = tmp_path / "team.html"
    argv = ["--root", str(ROOT), "--lang", "id", "score", "--links", str(source), "--report", str(report)]
    assert main(argv) == 1
    assert "berkas ini tidak berisi tautan hasil yang bisa dihitung" in capsys.readouterr().err
    assert not report.exists()
