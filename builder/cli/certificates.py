"""`course certificates`: one printable HTML file with a certificate per participant of a names file.

Called by builder/cli/main.py: `add_arguments` declares the options, `run` does the work. A problem
in the names file raises ContentError (exit 1, every problem listed with its line); wrong usage
raises UsageError (exit 2). The file is written whole or not at all, and never over the names file
or inside the course's sources.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable

from ..course import Course
from ..diagnostic import participants
from ..problems import UsageError, notice, printable
from ..site import certificates_page, write_report
from . import outputs
from .outputs import OutputMessages

DEFAULT_NAME = "sertifikat.html"


def add_arguments(parser: argparse.ArgumentParser, h: Callable[[str], str] | None = None) -> None:
    if h is None:
        h = lambda key: notice("en", "help", key)  # noqa: E731
    parser.add_argument("--names", type=Path, metavar="FILE.csv", required=True, help=h("cert_names"))
    parser.add_argument("--out", type=Path, metavar="FILE.html", default=None, help=h("cert_out"))
    parser.add_argument("--date", default=None, metavar="YYYY-MM-DD", help=h("cert_date"))
    parser.add_argument("--edition", default=None, metavar="ID", help=h("cert_edition"))
    parser.add_argument("--jp", default=None, metavar="N", help=h("cert_jp"))
    # `--lang` (the messages' language, and the certificates' unless told) is a common option of every command.


_SAY = OutputMessages(is_folder="cert_out_is_folder", is_input="cert_out_is_input", not_html="cert_out_not_html",
                      in_sources="cert_out_in_sources", missing_dir="cert_out_dir", unwritable="cert_out_unwritable")



def run(args: argparse.Namespace, course: Course, lang: str) -> int:
    names: Path = args.names
    if names.is_dir():
        raise UsageError("cert_is_folder", path=names)
    if not names.is_file():
        raise UsageError("cert_no_file", path=names)
    day = outputs.day(args.date)
    edition = outputs.edition(course, args.edition)
    jp = outputs.jp(args.jp)
    out: Path = args.out or names.parent / DEFAULT_NAME
    outputs.check_output(out, [names], course.root, _SAY)
    try:  # a problem in the file raises ContentError → exit 1
        people = participants.read_participants(names, display=str(names))
    except OSError as exc:
        raise UsageError("cert_unreadable", path=names, reason=exc.strerror or exc) from None
    try:
        write_report(out, certificates_page(course, lang, people, day, edition, jp))
    except OSError as exc:
        raise UsageError("cert_out_unwritable", path=out, reason=exc.strerror or exc) from None
    print(printable(notice(lang, "notices", "certificates_written", count=len(people), path=out)))
    return 0
