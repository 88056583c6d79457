"""Reading a workshop's answers from a CSV file (the input of `course score`).

Reading checks the whole file and reports every problem with its CSV line
(`answers.csv:7: what is wrong — what to write instead`); a file with any
problem yields no rows at all, so a report is never built from part of them.
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import dataclass
from pathlib import Path

from ..problems import ContentError, Problem
from . import scoring

MAX_ROWS = 5000
"""More respondents than any workshop has: a bigger file is almost certainly the wrong export."""

DONT_KNOW = ("", "dk", "tt")
ROLE_ALIASES = {"sales": "sales", "marketing": "marketing", "other": "other",
                "penjualan": "sales", "pemasaran": "marketing", "lainnya": "other"}
FIXED = ("respondent", "role")


@dataclass(frozen=True)
class Row:
    line: int
    respondent: str
    role: str
    answers: dict[str, int | None]


def template_header(inst: scoring.Instrument) -> str:
    """The CSV header: respondent, role, then the statements practice by practice in course order."""
    return ",".join(FIXED + inst.statement_ids)


def read_answers(path: Path, inst: scoring.Instrument, display: str | None = None) -> list[Row]:
    return parse_answers(path.read_bytes(), display or str(path), inst)


def decode_text(raw: bytes, name: str, code: str) -> str:
    """UTF-8 text, or ContentError `code` at the line of the first unreadable byte."""
    if raw.startswith(b"\xef\xbb\xbf"):  # spreadsheets and some chat exports save UTF-8 with a BOM
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError([Problem.at(name, raw[: exc.start].count(b"\n") + 1, code,
                                       byte=f"0x{raw[exc.start]:02x}")]) from None


def parse_answers(raw: bytes, name: str, inst: scoring.Instrument) -> list[Row]:
    """Every respondent of the file, or ContentError with every problem found."""
    text = decode_text(raw, name, "csv_not_utf8")
    if not text.strip():
        raise ContentError([Problem.at(name, 1, "csv_empty")])
    first = text.splitlines()[0]
    # Spreadsheets set to Indonesian (decimal comma) separate columns with semicolons.
    delimiter = ";" if ";" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)

    problems: list[Problem] = []
    try:
        header = next(reader)
    except csv.Error as exc:
        raise ContentError([Problem.at(name, 1, "csv_syntax", detail=str(exc))]) from None
    columns = [c.strip().lower() for c in header]
    problems += _check_header(name, columns, inst)
    known = set(FIXED) | set(inst.statement_ids)
    index = {c: i for i, c in reversed(list(enumerate(columns)))}

    rows: list[Row] = []
    seen: dict[str, int] = {}
    count = 0
    excess_line = 0
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem.at(name, line, "csv_syntax", detail=str(exc)))
            break
        if not any(c.strip() for c in cells):
            continue  # a blank line between respondents is not a respondent
        count += 1
        if count > MAX_ROWS:
            excess_line = excess_line or line
            continue  # counted for the message; not checked one by one
        if len(cells) != len(columns):
            problems.append(Problem.at(name, line, "csv_field_count", count=len(cells), expected=len(columns)))
            continue
        row_problems: list[Problem] = []

        def get(column: str, cells: list[str] = cells) -> str:  # this line's cells, bound now
            return cells[index[column]].strip() if column in index else ""

        respondent = get("respondent")
        if "respondent" not in index:
            pass  # the header's problem, reported once there, not again on every line
        elif not respondent:
            row_problems.append(Problem.at(name, line, "csv_no_respondent"))
        elif respondent in seen:
            row_problems.append(Problem.at(name, line, "csv_duplicate_respondent", value=respondent,
                                           first=seen[respondent]))
        else:
            seen[respondent] = line
        role = ROLE_ALIASES.get(get("role").lower())
        if "role" in index and role is None:
            row_problems.append(Problem.at(name, line, "csv_bad_role", value=get("role")))
        answers: dict[str, int | None] = {}
        for sid in inst.statement_ids:
            value = get(sid)
            if value.lower() in DONT_KNOW:
                answers[sid] = None
            elif value in ("1", "2", "3", "4", "5"):
                answers[sid] = int(value)
            elif sid in index:
                row_problems.append(Problem.at(name, line, "csv_bad_value", value=value, column=sid))
        problems += row_problems
        if not row_problems and known <= set(index):
            rows.append(Row(line, respondent, role or "other", answers))
    if count > MAX_ROWS:
        problems.append(Problem.at(name, excess_line, "csv_too_many_rows", count=count, maximum=MAX_ROWS))
    elif count == 0 and not problems:
        problems.append(Problem.at(name, 2, "csv_no_rows"))
    if problems:
        raise ContentError(problems)
    return rows


def _check_header(name: str, columns: list[str], inst: scoring.Instrument) -> list[Problem]:
    expected = list(FIXED) + list(inst.statement_ids)
    out = []
    missing = [c for c in expected if c not in columns]
    if missing:
        out.append(Problem.at(name, 1, "csv_missing_columns", columns=", ".join(f"`{c}`" for c in missing)))
    seen: set[str] = set()
    for column in columns:
        if column in seen:
            out.append(Problem.at(name, 1, "csv_duplicate_column", column=column))
        seen.add(column)
        if column not in expected:
            best = difflib.get_close_matches(column, missing or expected, n=1, cutoff=0.6)
            out.append(Problem.at(name, 1, "csv_unknown_column", column=column, best=best[0]) if best
                       else Problem.at(name, 1, "csv_unknown_column_plain", column=column))
    return out


