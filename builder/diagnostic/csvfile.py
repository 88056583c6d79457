"""Reading the files a facilitator hands to the commands: UTF-8 text, and CSV files as spreadsheets save them.

One reader for every CSV file (a workshop's answers for `course score`, the participants' names for
`course certificates`): UTF-8 with or without a BOM; columns separated by commas or, as spreadsheets set
to Indonesian write them, by semicolons; blank lines skipped; every row with the line it starts on, so
each problem is reported at its line (`file.csv:7: what is wrong — what to write instead`). Each kind of
file names its own problems (the codes given to CsvFile) and reads its own header and cells.
"""

from __future__ import annotations

import csv
import io
from typing import Iterator

from ..problems import ContentError, Problem


def decode_text(raw: bytes, name: str, code: str) -> str:
    """UTF-8 text, or ContentError `code` at the line of the first unreadable byte."""
    if raw.startswith(b"\xef\xbb\xbf"):  # spreadsheets and some chat exports save UTF-8 with a BOM
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError([Problem.at(name, raw[: exc.start].count(b"\n") + 1, code,
                                       byte=f"0x{raw[exc.start]:02x}")]) from None


def delimiter_of(text: str) -> str:
    """`;` when the first line that is not blank holds more semicolons than commas (a spreadsheet set to
    Indonesian, with its decimal comma), else `,`."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return ";" if first.count(";") > first.count(",") else ","


class CsvFile:
    """The rows of a CSV file that are not blank, each with its line: the header first (`header`), then
    the others (`rows`).

    A file that is not UTF-8 (`not_utf8`) or holds nothing but blanks (`empty`) raises ContentError at
    once. A line that cannot be read as CSV (`syntax`) ends the reading: a problem at its line in
    `problems` (or ContentError, when it is the header's)."""

    def __init__(self, raw: bytes, name: str, *, not_utf8: str, empty: str, syntax: str) -> None:
        text = decode_text(raw, name, not_utf8)
        if not text.strip():
            raise ContentError([Problem.at(name, 1, empty)])
        self.name = name
        self._empty = empty
        self._syntax = syntax
        self._reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text), strict=True)
        self.problems: list[Problem] = []
        """The line that could not be read as CSV, when one could not."""
        self.count = 0
        """How many rows `rows` found after the header, those beyond its limit included."""
        self.first_excess = 0
        """The line of the first row beyond the limit (0 when there is none)."""

    def _next(self) -> tuple[int, list[str]] | None:
        """The next row that is not blank and its line; None at the end or at a line that is not CSV."""
        while not self.problems:
            line = self._reader.line_num + 1
            try:
                cells = next(self._reader)
            except StopIteration:
                return None
            except csv.Error as exc:
                self.problems.append(Problem.at(self.name, line, self._syntax, detail=str(exc)))
                return None
            if any(c.strip() for c in cells):  # a blank line is nobody
                return line, cells
        return None

    def header(self) -> tuple[int, list[str]]:
        """The first row and its line; ContentError when it cannot be read, or when every row is blank."""
        found = self._next()
        if found is None:
            raise ContentError(self.problems or [Problem.at(self.name, 1, self._empty)])
        return found

    def rows(self, limit: int) -> Iterator[tuple[int, list[str]]]:
        """Each row after the header and its line, the first `limit` of them; the others are only counted
        (`count`, `first_excess`), for the message that says the file is too long."""
        while (found := self._next()) is not None:
            self.count += 1
            if self.count > limit:
                self.first_excess = self.first_excess or found[0]
                continue
            yield found
