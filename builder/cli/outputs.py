"""What the commands that write one file for people (`course score --report`, `course certificates`)
share: the date and edition they are told, and the checks on the file they write.

The file is written whole over whatever has its name, so a slip such as `--report answers.csv` would
destroy a workshop's answers: an output never replaces a file the command reads, never lands among
the course's sources, and is always an HTML page.
"""

from __future__ import annotations

import datetime
import errno
import os
from dataclasses import dataclass
from pathlib import Path

from ..course import Course
from ..problems import UsageError
from ..sources.load import SOURCE_DIRS

PROTECTED = (*SOURCE_DIRS, "builder", "tests", ".git")
"""Folders of the project an output is never written into, besides the sources."""
HTML = (".html", ".htm")


@dataclass(frozen=True)
class OutputMessages:
    """The usage messages (keys of the catalogues' `usage:`) one command gives about its output."""

    is_folder: str
    is_input: str
    not_html: str
    in_sources: str
    missing_dir: str
    unwritable: str


def check_output(out: Path, inputs: list[Path], root: Path, say: OutputMessages) -> None:
    """Refuse an output that would replace one of `inputs`, land among the sources, or is no HTML page."""
    target = out.resolve()
    if target.is_dir():
        raise UsageError(say.is_folder, path=out)
    for given in inputs:
        if target == given.resolve() or (target.exists() and given.exists() and os.path.samefile(target, given)):
            raise UsageError(say.is_input, path=out, input=given)
    if target.suffix.lower() not in HTML:
        raise UsageError(say.not_html, path=out)
    root = root.resolve()
    for folder in PROTECTED:
        if target.is_relative_to(root / folder):
            raise UsageError(say.in_sources, path=out, folder=f"{folder}/")
    if not target.parent.is_dir():
        raise UsageError(say.missing_dir, path=target.parent)
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise UsageError(say.unwritable, path=out, reason=os.strerror(errno.EACCES))


def whole_number(text: str, message: str, maximum: int) -> int:
    """`text` as a whole number from 1 to `maximum` (a count of people, of training hours), or the usage
    message `message` naming the value and the maximum."""
    if not text.strip().isdigit() or not 1 <= int(text) <= maximum:
        raise UsageError(message, value=text, maximum=maximum)
    return int(text)


MAX_JP = 100
"""The most training hours (JP) a session's --jp may give."""


def jp(text: str | None) -> int | None:
    """The session's training hours given as --jp (certificates, training report), or None: the course's."""
    return whole_number(text, "cert_bad_jp", MAX_JP) if text is not None else None


def day(text: str | None) -> datetime.date:
    """The date given as YYYY-MM-DD, or today."""
    if text is None:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(text) if len(text) == 10 else datetime.date.fromisoformat("x")
    except ValueError:
        raise UsageError("cert_bad_date", value=text) from None


def edition(course: Course, given: str | None) -> str | None:
    """The edition given by id, or the course's first; None for a course without editions."""
    ids = [e.id for e in course.info.editions]
    if given is None:
        return ids[0] if ids else None
    if given not in ids:
        raise UsageError("cert_bad_edition", value=given, editions=", ".join(ids) or "–")
    return given
