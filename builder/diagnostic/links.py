"""Reading result links from a text file: `course score --links chat.txt`.

The file is what a facilitator has after a workshop: the group chat exported as
text, or the shared links pasted one per line. Every result in it is picked out
by the rules the team page uses (`paste.extract_results`, held equal to the
page's by the shared vectors), and the results are numbered as the team page
numbers them, so the report written from a chat is the report the team page
prints from the same paste.

What the team page leaves out (an unreadable link, one of another statement
set, a duplicate, an older link that does not say its team) is left out here
too, and each is named with its line as a notice. Only a file with no usable
result at all is an error.
"""

from __future__ import annotations

from pathlib import Path

from ..problems import ContentError, Problem
from . import codes, paste, scoring
from .answers import Row
from .csvfile import decode_text

_SKIPPED = {codes.MALFORMED: "links_unreadable", codes.OTHER_SET: "links_other_set",
            paste.DUPLICATE: "links_duplicate"}


# A text of MAX_PASTE characters takes at most four bytes a character: a longer file is
# refused without being read whole.
_MAX_BYTES = 4 * paste.MAX_PASTE + 3


def read_links(path: Path, inst: scoring.Instrument, label: str, display: str | None = None
               ) -> tuple[list[Row], list[Problem]]:
    name = display or str(path)
    with open(path, "rb") as f:
        raw = f.read(_MAX_BYTES + 1)
    if len(raw) > _MAX_BYTES:
        raise ContentError([Problem.at(name, 1, "links_too_long", maximum=paste.MAX_PASTE)])
    return parse_links(raw, name, inst, label)


def parse_links(raw: bytes, name: str, inst: scoring.Instrument, label: str) -> tuple[list[Row], list[Problem]]:
    """The usable results as rows labelled `label` ({n} = the team page's entry number), and notices.

    Raises ContentError when the file is not text, too long, or holds no usable result.
    """
    text = decode_text(raw, name, "links_not_utf8")
    if len(text) > paste.MAX_PASTE:
        raise ContentError([Problem.at(name, text[: paste.MAX_PASTE].count("\n") + 1, "links_too_long",
                                       maximum=paste.MAX_PASTE)])
    rows: list[Row] = []
    notices: list[Problem] = []
    seen: set[str] = set()
    number = 0
    # A result never spans a line break, so reading line by line finds exactly what the
    # page finds in the whole paste, and each result keeps its line.
    for line_no, line in enumerate(text.splitlines(), start=1):
        for found in paste.extract_results(inst, line, seen):
            seen.add(found.code)
            if found.status != codes.OK:
                notices.append(Problem.at(name, line_no, _SKIPPED[found.status]))
                continue
            number += 1
            if found.role is None:
                notices.append(Problem.at(name, line_no, "links_no_role", n=number))
                continue
            assert found.answers is not None  # a code read OK always carries its answers
            rows.append(Row(line_no, label.format(n=number), found.role, found.answers))
    if not rows:
        raise ContentError(notices + [Problem.at(name, 1, "links_none")])
    return rows, notices
