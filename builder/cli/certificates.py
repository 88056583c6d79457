"""`course certificates`: one printable HTML file with a certificate per participant of a names file.

Called by builder/cli/main.py: `add_arguments` declares the options, `run` does the work. A problem
in the names file raises ContentError (exit 1, every problem listed with its line); wrong usage
raises UsageError (exit 2). The file is written whole or not at all, and never over the names file
or inside the course's sources.
"""

from __future__ import annotations

import argparse
import datetime
import errno
import os
from pathlib import Path
from typing import Callable

from ..course import Course
from ..diagnostic import participants
from ..problems import UsageError, notice, printable
from ..site import certificates_page, write_report
from ..sources.load import SOURCE_DIRS

_PROTECTED = (*SOURCE_DIRS, "builder", "tests", ".git")
_HTML = (".html", ".htm")
DEFAULT_NAME = "sertifikat.html"


def add_arguments(parser: argparse.ArgumentParser, h: Callable[[str], str] | None = None) -> None:
    if h is None:
        h = lambda key: notice("en", "help", key)  # noqa: E731
    parser.add_argument("--names", type=Path, metavar="FILE.csv", required=True, help=h("cert_names"))
    parser.add_argument("--out", type=Path, metavar="FILE.html", default=None, help=h("cert_out"))
    parser.add_argument("--date", default=None, metavar="YYYY-MM-DD", help=h("cert_date"))
    parser.add_argument("--edition", default=None, metavar="ID", help=h("cert_edition"))
    # `--lang` (the messages' language, and the certificates' unless told) is a common option of every command.


def _date(text: str | None) -> datetime.date:
    if text is None:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(text) if len(text) == 10 else datetime.date.fromisoformat("x")
    except ValueError:
        raise UsageError("cert_bad_date", value=text) from None


def _edition(course: Course, given: str | None) -> str | None:
    ids = [e.id for e in course.info.editions]
    if given is None:
        return ids[0] if ids else None
    if given not in ids:
        raise UsageError("cert_bad_edition", value=given, editions=", ".join(ids) or "–")
    return given


def _check_out(out: Path, names: Path, root: Path) -> None:
    """Refuse an output that would replace the names file, land among the sources, or is no HTML page."""
    target = out.resolve()
    if target.is_dir():
        raise UsageError("cert_out_is_folder", path=out)
    if target == names.resolve() or (target.exists() and os.path.samefile(target, names)):
        raise UsageError("cert_out_is_input", path=out)
    if target.suffix.lower() not in _HTML:
        raise UsageError("cert_out_not_html", path=out)
    root = root.resolve()
    for folder in _PROTECTED:
        if target.is_relative_to(root / folder):
            raise UsageError("cert_out_in_sources", path=out, folder=f"{folder}/")
    if not target.parent.is_dir():
        raise UsageError("cert_out_dir", path=target.parent)
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise UsageError("cert_out_unwritable", path=out, reason=os.strerror(errno.EACCES))


def run(args: argparse.Namespace, course: Course, lang: str) -> int:
    names: Path = args.names
    if names.is_dir():
        raise UsageError("cert_is_folder", path=names)
    if not names.is_file():
        raise UsageError("cert_no_file", path=names)
    day = _date(args.date)
    edition = _edition(course, args.edition)
    out: Path = args.out or names.parent / DEFAULT_NAME
    _check_out(out, names, course.root)
    try:  # a problem in the file raises ContentError → exit 1
        people = participants.read_participants(names, display=str(names))
    except OSError as exc:
        raise UsageError("cert_unreadable", path=names, reason=exc.strerror or exc) from None
    try:
        write_report(out, certificates_page(course, lang, people, day, edition))
    except OSError as exc:
        raise UsageError("cert_out_unwritable", path=out, reason=exc.strerror or exc) from None
    print(printable(notice(lang, "notices", "certificates_written", count=len(people), path=out)))
    return 0
