"""Reading a workshop's answers from a CSV file (the input of `course score`).

Reading checks the whole file and reports every problem with its CSV line
(`answers.csv:7: what is wrong — what to write instead`); a file with any
problem yields no rows at all, so a report is never built from part of them.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from ..problems import ContentError, Problem
from . import scoring
from .csvfile import CsvFile

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


def parse_answers(raw: bytes, name: str, inst: scoring.Instrument) -> list[Row]:
    """Every respondent of the file, or ContentError with every problem found."""
    file = CsvFile(raw, name, not_utf8="csv_not_utf8", empty="csv_empty", syntax="csv_syntax")
    header_line, header = file.header()
    problems: list[Problem] = []
    columns = [c.strip().lower() for c in header]
    problems += _check_header(name, header_line, columns, inst)
    known = set(FIXED) | set(inst.statement_ids)
    index = {c: i for i, c in reversed(list(enumerate(columns)))}

    rows: list[Row] = []
    seen: dict[str, int] = {}
    for line, cells in file.rows(MAX_ROWS):  # blank lines between respondents are skipped
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
    problems += file.problems
    if file.count > MAX_ROWS:  # the lines beyond were counted for the message, not checked one by one
        problems.append(Problem.at(name, file.first_excess, "csv_too_many_rows", count=file.count, maximum=MAX_ROWS))
    elif file.count == 0 and not problems:
        problems.append(Problem.at(name, header_line + 1, "csv_no_rows"))
    if problems:
        raise ContentError(problems)
    return rows


def _check_header(name: str, line: int, columns: list[str], inst: scoring.Instrument) -> list[Problem]:
    expected = list(FIXED) + list(inst.statement_ids)
    out = []
    missing = [c for c in expected if c not in columns]
    if missing:
        out.append(Problem.at(name, line, "csv_missing_columns", columns=", ".join(f"`{c}`" for c in missing)))
    seen: set[str] = set()
    for column in columns:
        if column in seen:
            out.append(Problem.at(name, line, "csv_duplicate_column", column=column))
        seen.add(column)
        if column not in expected:
            best = difflib.get_close_matches(column, missing or expected, n=1, cutoff=0.6)
            out.append(Problem.at(name, line, "csv_unknown_column", column=column, best=best[0]) if best
                       else Problem.at(name, line, "csv_unknown_column_plain", column=column))
    return out


