"""Reading a session's participants from a CSV file (the input of `course certificates --names`).

The file is what a client's HR or the facilitator types or exports from a spreadsheet: a header
row with a `nama`/`name` column (and, optionally, `perusahaan`/`company` and `jabatan`/`role`),
then one participant a line. UTF-8 with or without a BOM; columns separated by commas or, as
spreadsheets set to Indonesian write them, semicolons. Names are kept exactly as written (any
script, diacritics, apostrophes), only trimmed of surrounding spaces; blank lines are skipped.
Every problem is reported with its line (`peserta.csv:7: what is wrong — what to write instead`),
and a file with any problem yields no one, so no certificate is printed from part of a list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..problems import ContentError, Problem
from .csvfile import CsvFile

MAX_PARTICIPANTS = 500
"""More people than any session certifies at once: a bigger file is almost certainly the wrong export."""
MAX_NAME = 200
"""Characters of one name: longer is a cell pasted by mistake, not a name."""

COLUMNS = {"name": ("nama", "name", "nama peserta", "nama lengkap", "full name"),
           "company": ("perusahaan", "company", "instansi"),
           "role": ("jabatan", "role", "position", "posisi")}
"""Each column the certificates use, and the headings that name it (compared case-insensitively)."""


@dataclass(frozen=True)
class Participant:
    line: int
    name: str
    company: str = ""
    role: str = ""


def read_participants(path: Path, display: str | None = None) -> list[Participant]:
    return parse_participants(path.read_bytes(), display or str(path))


def parse_participants(raw: bytes, name: str) -> list[Participant]:
    """Every participant of the file, or ContentError with every problem found."""
    file = CsvFile(raw, name, not_utf8="names_not_utf8", empty="names_empty", syntax="names_syntax")
    header_line, header = file.header()
    columns = [c.strip().lower() for c in header]
    index: dict[str, int] = {}
    for key, headings in COLUMNS.items():
        found = [i for i, c in enumerate(columns) if c in headings]
        if found:
            index[key] = found[0]
    if "name" not in index:
        raise ContentError([Problem.at(name, header_line, "names_no_name_column")])
    problems: list[Problem] = []
    people: list[Participant] = []
    for line, cells in file.rows(MAX_PARTICIPANTS):  # blank lines are nobody

        def cell(key: str, cells: list[str] = cells) -> str:
            i = index.get(key)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        person = cell("name")
        if not person:
            problems.append(Problem.at(name, line, "names_empty_name"))
        elif len(person) > MAX_NAME:
            problems.append(Problem.at(name, line, "names_too_long", count=len(person), maximum=MAX_NAME))
        else:
            people.append(Participant(line, person, cell("company"), cell("role")))
    problems += file.problems
    if file.count > MAX_PARTICIPANTS:
        problems.append(Problem.at(name, header_line, "names_too_many", count=file.count, maximum=MAX_PARTICIPANTS))
    elif file.count == 0 and not problems:
        problems.append(Problem.at(name, header_line + 1, "names_none"))
    if problems:
        raise ContentError(problems)
    return people
