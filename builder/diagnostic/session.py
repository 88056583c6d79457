"""What one session left behind, gathered for the training report (`course score --report`): the
diagnostic's team result, the pre/post test's room, the evaluation's responses, and what only the
facilitator knows (how many attended, the 90-day commitments, the client, the date).

The commitments come from a text file the facilitator types: one commitment a line, blank lines and
surrounding spaces ignored. It is untrusted text: read as UTF-8 (with or without a BOM), every line
checked, every problem reported with its line, and shown in the report only as text.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from ..problems import ContentError, Problem
from .cohort import Cohort
from .csvfile import decode_text
from .evaluation import QuestionSet, Response
from .prepost_links import PrePostResult

MAX_COMMITMENTS = 30
"""More lines than a room agrees in one session: a bigger file is almost certainly the wrong one."""
MAX_COMMITMENT = 300
"""Characters of one commitment: a step fits in a sentence or two."""
MAX_FILE = 64 * 1024
"""Bytes of a commitments file read at most (30 lines of 300 characters fit many times over)."""
FOLLOW_UP_DAYS = (30, 90)
"""The follow-up message and the second diagnostic, in days after the session (the facilitator guide's
plan); a date that falls on a Saturday or a Sunday moves to the Monday after."""


@dataclass(frozen=True)
class Session:
    """The training report's whole input, each part None (or empty) when the session did not leave it."""

    day: datetime.date
    """The session's date."""
    client: str = ""
    """The client company's name, as the facilitator typed it."""
    trainer: str = ""
    """The facilitator's name."""
    edition: str | None = None
    """The edition given, by id."""
    attended: int | None = None
    """How many participants attended: a names file's count, or the number typed in."""
    diagnostic: Cohort | None = None
    """The diagnostic's results, scored as one team."""
    prepost: PrePostResult | None = None
    """The pre/post test's room."""
    evaluation: tuple[QuestionSet, tuple[Response, ...]] | None = None
    """The evaluation's question set and responses."""
    commitments: tuple[str, ...] = ()
    """The room's 90-day commitments, one a line, without names."""
    jp: int | None = None
    """The session's training hours (JP), which HR records: `--jp`, else the course's (`jp:` in course.yaml)."""

    def result_counts(self) -> list[tuple[str, int]]:
        """How many results of each kind the session left, by the name of the report's row for it
        (a field of `ui.report`); a kind the session did not leave is not listed."""
        counts = []
        if self.diagnostic is not None:
            counts.append(("diagnostic_results", len(self.diagnostic.rows)))
        if self.prepost is not None:
            counts += [("pre_results", self.prepost.room.all.pre.count),
                       ("post_results", self.prepost.room.all.post.count)]
        if self.evaluation is not None:
            counts.append(("evaluation_results", len(self.evaluation[1])))
        return counts

    def follow_up(self) -> tuple[datetime.date, ...]:
        dates = (self.day + datetime.timedelta(days=d) for d in FOLLOW_UP_DAYS)
        return tuple(d + datetime.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0) for d in dates)


def clean_line(text: str) -> str:
    """A line as the report shows it: control characters and runs of blanks made one space, trimmed."""
    return " ".join("".join(" " if ord(c) < 32 or 0x7F <= ord(c) <= 0x9F else c for c in text).split())


def parse_commitments(raw: bytes, name: str) -> tuple[str, ...]:
    """Every commitment of the file, or ContentError listing every problem with its line."""
    if len(raw) > MAX_FILE:
        raise ContentError([Problem.at(name, 1, "commitments_too_big", maximum=MAX_FILE // 1024)])
    text = decode_text(raw, name, "commitments_not_utf8")
    found: list[tuple[int, str]] = []
    problems: list[Problem] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        item = clean_line(line)
        if not item:
            continue
        if len(item) > MAX_COMMITMENT:
            problems.append(Problem.at(name, line_no, "commitments_too_long", count=len(item), maximum=MAX_COMMITMENT))
        found.append((line_no, item))
    if not found:
        problems.append(Problem.at(name, 1, "commitments_none"))
    elif len(found) > MAX_COMMITMENTS:
        problems.append(Problem.at(name, found[MAX_COMMITMENTS][0], "commitments_too_many",
                                   count=len(found), maximum=MAX_COMMITMENTS))
    if problems:
        raise ContentError(problems)
    return tuple(item for _, item in found)


def read_commitments(path: Path, display: str | None = None) -> tuple[str, ...]:
    with open(path, "rb") as f:
        raw = f.read(MAX_FILE + 1)
    return parse_commitments(raw, display or str(path))
