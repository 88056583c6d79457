"""Reading a workshop's CSV file, scoring it as a cohort, and the report."""

from __future__ import annotations

import csv
import io
import json
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.diagnostic import answers, cohort, scoring
from builder.problems import ContentError
from tests.diagnostic_vectors import ROOT, real_instrument

INST = real_instrument()
IDS = list(INST.statement_ids)
DATA = ROOT / "tests" / "data"
HEADER = answers.template_header(INST)


def csv_text(rows: list[list[str]], header: str = HEADER, delimiter: str = ",") -> bytes:
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    w.writerow(header.split(","))
    w.writerows(rows)
    return out.getvalue().encode("utf-8")


def problems_of(raw: bytes, name: str = "answers.csv") -> list[tuple[int, str]]:
    with pytest.raises(ContentError) as err:
        answers.parse_answers(raw, name, INST)
    return [(p.line, p.code) for p in err.value.problems]


def test_template_lists_statements_practice_by_practice():
    assert HEADER.split(",")[:2] == ["respondent", "role"]
    assert HEADER.split(",")[2:] == IDS
    practices = [pid for _, pid in INST.statements]
    assert practices == sorted(practices, key=INST.practices.index)


def test_workshop_file_is_read_and_scored_exactly():
    rows = answers.read_answers(DATA / "answers_workshop.csv", INST)
    assert [r.respondent for r in rows] == ["ani", "budi", "citra", "dewi", "eko", "fajar", "gita", "hana"]
    assert [r.line for r in rows] == [2, 3, 4, 5, 6, 7, 8, 9]
    assert rows[1].answers["training-3"] is None and rows[2].answers["rules-4"] is None

    # An independent oracle: straight from the CSV cells with plain fractions.
    with open(DATA / "answers_workshop.csv", newline="", encoding="utf-8") as f:
        raw = list(csv.DictReader(f))
    def s_of(rec):
        vals = [int(rec[sid]) for sid in IDS if rec[sid] not in ("", "dk")]
        return Fraction(20 * sum(vals), len(vals))
    valid = [r for r in raw if r["respondent"] != "gita"]  # gita left two rules statements as dk

    def group(role):
        return [s_of(r) for r in valid if r["role"] == role]

    def mean(xs):
        return sum(xs, Fraction(0)) / len(xs)

    expected = (mean(group("sales")) + mean(group("marketing"))) / 2

    c = cohort.score_cohort(INST, rows)
    assert c.team.score == expected
    assert c.team.excluded == 1 and c.team.basis == "both" and not c.team.one_sided
    assert c.team.groups["other"].size == 1  # counted, not used
    assert c.results[6].stage == scoring.INSUFFICIENT and c.results[6].missing == ("rules",)


def test_bad_file_lists_every_problem_with_its_line():
    raw = (DATA / "answers_bad.csv").read_bytes()
    assert problems_of(raw) == [
        (3, "csv_bad_role"),
        (4, "csv_bad_value"), (4, "csv_bad_value"),
        (5, "csv_duplicate_respondent"),
        (6, "csv_field_count"),
        (7, "csv_no_respondent"),
    ]


def test_messages_say_what_is_wrong_and_what_to_write_in_both_languages():
    with pytest.raises(ContentError) as err:
        answers.parse_answers((DATA / "answers_bad.csv").read_bytes(), "answers.csv", INST)
    for lang in ("en", "id"):
        report = err.value.report(lang).splitlines()
        assert all(line.startswith("answers.csv:") and " — " in line for line in report[:-1])
    en = err.value.report("en")
    assert "answers.csv:5: the respondent `r1` already appears on line 2" in en
    assert "answers.csv:4: `6` in column `rules-2` is not an answer" in en
    assert "answers.csv:3: `boss` is not a team — write sales, marketing or other" in en
    assert "`3.5` in column `celebration-4`" in en


def test_header_problems():
    header = HEADER.replace("rules-1", "rules-l").replace(",role,", ",role,notes,")
    assert problems_of(csv_text([], header=header)) == [
        (1, "csv_missing_columns"), (1, "csv_unknown_column"), (1, "csv_unknown_column_plain")]
    with pytest.raises(ContentError) as err:
        answers.parse_answers(csv_text([], header=header), "a.csv", INST)
    assert "rename it to `rules-1`" in err.value.report("en")
    dup = HEADER + ",rules-2"
    assert (1, "csv_duplicate_column") in problems_of(csv_text([["x", "sales"] + ["3"] * 25], header=dup))


def test_empty_and_header_only_files():
    assert problems_of(b"") == [(1, "csv_empty")]
    assert problems_of(b"\n \n") == [(1, "csv_empty")]
    assert problems_of((HEADER + "\n").encode()) == [(2, "csv_no_rows")]


def test_not_utf8_points_at_the_line():
    raw = csv_text([["a", "sales"] + ["3"] * 24]) + b"b\xe9,sales" + b",3" * 24 + b"\n"
    assert problems_of(raw) == [(3, "csv_not_utf8")]


def test_spreadsheet_exports_are_accepted():
    # Excel set to Indonesian: semicolons, a BOM, CRLF line ends, blank lines, DK in capitals, Indonesian roles.
    raw = b"\xef\xbb\xbf" + csv_text([["a", "Penjualan"] + ["4"] * 23 + ["DK"], [],
                                      ["b", " pemasaran "] + ["2"] * 24], delimiter=";").replace(b"\n", b"\r\n")
    rows = answers.parse_answers(raw, "x.csv", INST)
    assert [(r.respondent, r.role, r.line) for r in rows] == [("a", "sales", 2), ("b", "marketing", 4)]
    assert rows[0].answers["celebration-4"] is None


def test_blank_lines_above_the_header_are_skipped_as_in_a_names_file():
    # The one CSV reader (diagnostic/csvfile.py): the header is the first line that is not blank, and its
    # separators decide the file's (more semicolons than commas: semicolons).
    raw = b"\n;;\n" + csv_text([["a", "sales"] + ["4"] * 24], delimiter=";")
    rows = answers.parse_answers(raw, "x.csv", INST)
    assert [(r.respondent, r.line) for r in rows] == [("a", 4)]
    assert problems_of(b"\n" + HEADER.encode() + b"\n") == [(3, "csv_no_rows")]
    assert problems_of(b" , \n , ,\n") == [(1, "csv_empty")]
    header = HEADER.replace(",role,", ",role,a;b,")
    assert problems_of(csv_text([], header=header)) == [(1, "csv_unknown_column_plain")]


def test_ten_thousand_rows_get_one_clear_message():
    rows = [[f"r{i}", "sales"] + ["3"] * 24 for i in range(10_000)]
    found = problems_of(csv_text(rows))
    assert found == [(answers.MAX_ROWS + 2, "csv_too_many_rows")]


def test_a_file_at_the_limit_is_scored():
    rows = [[f"r{i}", ("sales", "marketing")[i % 2]] + [str(1 + i % 5)] * 24 for i in range(answers.MAX_ROWS)]
    parsed = answers.parse_answers(csv_text(rows), "big.csv", INST)
    assert len(parsed) == answers.MAX_ROWS


def test_quoted_multiline_cell_keeps_line_numbers():
    rows = [['"Ani\nS."', "sales"] + ["3"] * 24, ["b", "sales"] + ["7"] + ["3"] * 23]
    raw = csv_text([]) + "\n".join(",".join(r) for r in rows).encode() + b"\n"
    assert problems_of(raw) == [(4, "csv_bad_value")]


def test_json_shape():
    c = cohort.score_cohort(INST, answers.read_answers(DATA / "answers_workshop.csv", INST))
    data = json.loads(json.dumps(cohort.to_json(INST, c)))
    # No names and no one's own result: the count, and the line of gita (left out for too few answers).
    assert data["respondents"] == {"count": 8, "left_out_lines": [8]}
    assert not any(name in json.dumps(data) for name in ("ani", "budi", "gita", "hana"))
    team = data["team"]
    assert set(team) >= {"score", "stage", "groups", "gaps", "flagged", "one_sided", "excluded", "shown"}
    assert team["groups"]["sales"]["size"] == 3 and team["excluded"] == 1
    assert Fraction(team["score_exact"]) == c.team.score
    assert team["flagged"] == [pid for pid in INST.practices if c.team.gaps[pid] >= 1]
    # fajar is the only "other": a group of one shows its size, never its mean.
    assert team["groups"]["other"] == {"size": 1, "score": None, "score_exact": None}
    assert team["distribution"]["insufficient"] == 1 and sum(team["distribution"].values()) == 8


def test_json_of_a_small_team_hides_every_figure():
    rows = answers.read_answers(DATA / "answers_workshop.csv", INST)
    c = cohort.score_cohort(INST, [r for r in rows if r.respondent in ("ani", "dewi")])
    team = cohort.to_json(INST, c)["team"]
    assert team["shown"] == {"team": False, "groups": {"sales": False, "marketing": False, "other": False},
                             "gap": False, "distribution": False}
    assert team["score"] is team["score_exact"] is team["stage"] is team["distribution"] is None
    assert all(v is None for v in team["gaps"].values()) and team["flagged"] == []
    assert all(p == {"mean": None, "stage": None, "sales": None, "marketing": None} for p in team["practices"].values())
    assert [g["size"] for g in team["groups"].values()] == [1, 1, 0]


cell = st.sampled_from(["1", "2", "3", "4", "5", "", "dk", "DK", " 3 "])
row = st.tuples(st.sampled_from(["sales", "marketing", "other", "Sales"]), st.lists(cell, min_size=24, max_size=24))


@settings(max_examples=40)
@given(st.lists(row, min_size=1, max_size=12))
def test_every_valid_line_becomes_a_respondent(lines):
    rows = [[f"p{i}", role] + cells for i, (role, cells) in enumerate(lines)]
    parsed = answers.parse_answers(csv_text(rows), "gen.csv", INST)
    assert [r.respondent for r in parsed] == [r[0] for r in rows]
    for got, (role, cells) in zip(parsed, lines, strict=True):
        assert got.role == role.lower()
        assert [got.answers[sid] for sid in IDS] == [int(c) if c.strip() in "12345" and c.strip() else None
                                                      for c in cells]
