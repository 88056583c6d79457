"""`course score`: the diagnostic for instructors, from a CSV file of answers or a chat's result links.

Called by builder/cli/main.py: `add_arguments` declares the options, `run` does the
work. CSV problems raise ContentError (exit 1, every problem listed); wrong
usage raises UsageError (exit 2).
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import re
import sys
from pathlib import Path
from typing import Callable

from ..course import Course
from ..diagnostic import answers, cohort, evaluation, evaluation_links, links, prepost, scoring
from ..diagnostic.prepost_links import prepost_summary, read_prepost
from ..diagnostic.summary import summary
from ..problems import ContentError, Problem, UsageError, notice, printable
from ..site import report_html, write_report
from ..sources.load import SOURCE_DIRS


def add_arguments(parser: argparse.ArgumentParser, h: Callable[[str], str] | None = None) -> None:
    """The options of `course score`, their help from the catalogue (`h`: a key → its text; English
    when not given)."""
    if h is None:
        h = lambda key: notice("en", "help", key)  # noqa: E731
    parser.add_argument("--template", action="store_true", help=h("score_template"))
    parser.add_argument("--answers", type=Path, metavar="FILE.csv", help=h("score_answers"))
    parser.add_argument("--links", type=Path, metavar="FILE.txt", help=h("score_links"))
    parser.add_argument("--json", action="store_true", help=h("score_json"))
    parser.add_argument("--report", type=Path, metavar="FILE.html", help=h("score_report"))


def run(args: argparse.Namespace, course: Course, lang: str) -> int:
    inst = scoring.Instrument.from_course(course)
    if args.template:
        if args.answers or args.links or args.json or args.report:
            raise UsageError("score_template_alone")
        print(answers.template_header(inst))
        return 0
    if args.answers and args.links:
        raise UsageError("score_answers_and_links")
    source = args.answers or args.links
    if not source:
        if args.json or args.report:
            raise UsageError("score_needs_answers", option="--json" if args.json else "--report")
        raise UsageError("score_nothing")
    if source.is_dir():
        raise UsageError("score_answers_is_folder", path=source)
    if not source.is_file():
        raise UsageError("score_no_file", path=source)
    if args.report:
        _check_report_path(args.report, source, course.root)

    notices: list[Problem] = []
    tested = None  # the pre/post test's results in a file of links (prepost_links.py)
    ev: tuple[list[evaluation.Response], list[Problem]] | None = None
    try:  # a problem in the file raises ContentError → exit 1
        if args.answers:
            rows: list[answers.Row] | None = answers.read_answers(source, inst, display=str(source))
        else:
            tested, notices = read_prepost(source, course, display=str(source))
            ev = _evaluations(course, source)
            try:
                rows, found = links.read_links(source, inst, course.ui.diagnostic.entry_short[lang],
                                               display=str(source))
            except ContentError as exc:
                if (tested is None and ev is None) or any(p.code in _FATAL for p in exc.problems):
                    raise
                # Pre/post or evaluation results alone: the diagnostic's notices stay, "no result" does not.
                rows, found = None, [p for p in exc.problems if p.code != "links_none"]
            notices = found + notices + (ev[1] if ev is not None else [])
    except OSError as exc:
        raise UsageError("score_answers_unreadable", path=source, reason=exc.strerror or exc) from None
    for note in notices:  # what the team page would leave out too; stderr keeps --json clean
        print(note.format(lang), file=sys.stderr)
    if rows is None:
        if args.report:
            raise ContentError([Problem.at(str(source), 1, "links_none")])
        result = None
    else:
        result = cohort.score_cohort(inst, rows)
    evaluations = ev[0] if ev is not None else None
    qs = evaluation.QuestionSet.from_course(course) if evaluations is not None else None
    if args.json:
        data = cohort.to_json(inst, result) if result is not None else {}
        if tested is not None:
            data["prepost"] = prepost.to_json(tested.pset, tested.room)
        if qs is not None and evaluations is not None:
            data["evaluation"] = evaluation_links.to_json(qs, evaluations)
        # JSON escapes C0 controls itself; C1 controls are escaped here, the JSON unchanged.
        text = json.dumps(data, ensure_ascii=False, indent=2)
        print(re.sub("[\x7f-\x9f]", lambda m: f"\\u{ord(m.group(0)):04x}", text))
    else:
        blocks = []
        if result is not None:
            blocks.append(summary(course, inst, result, lang))
        if tested is not None:
            blocks.append(prepost_summary(course, tested, lang))
        if qs is not None and evaluations is not None:
            blocks.append(evaluation_links.summary_text(course, qs, evaluations, lang))
        for i, block in enumerate(blocks):  # a blank line between the parts
            print(("\n" if i else "") + printable(block, lines=True))
    if args.report and result is not None:
        try:
            write_report(args.report, report_html(course, inst, result, lang))
        except OSError as exc:
            raise UsageError("score_report_unwritable", path=args.report, reason=exc.strerror or exc) from None
        if not args.json:  # keep --json output pure JSON
            print(printable(course.ui.diagnostic.report_written[lang].format(path=args.report)))
    return 0


_FATAL = {"links_too_long", "links_not_utf8"}
"""Problems of the file itself: no evaluation summary is made from it either."""


def _evaluations(course: Course, source: Path) -> tuple[list[evaluation.Response], list[Problem]] | None:
    """The evaluation responses of a file of links, and a notice for each link left out; None when it holds
    no evaluation link (or cannot be read as text: the diagnostic's reading names why)."""
    with open(source, "rb") as f:
        raw = f.read(4 * evaluation.MAX_PASTE + 4)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    responses, notices, found = evaluation_links.read_text(evaluation.QuestionSet.from_course(course), text,
                                                           str(source))
    return (responses, notices) if found else None


# Folders of the project a report must never be written into, besides the sources.
_PROTECTED = (*SOURCE_DIRS, "builder", "tests", ".git")
_HTML = (".html", ".htm")


def _check_report_path(report: Path, answers: Path, root: Path) -> None:
    """Refuse a report that would replace the answers, a source, or anything that is not a report.

    The report is written whole over whatever has its name, so a slip such as
    `--report answers.csv` would destroy a workshop's answers.
    """
    target = report.resolve()
    if target.is_dir():
        raise UsageError("score_report_is_folder", path=report)
    if target == answers.resolve() or (target.exists() and os.path.samefile(target, answers)):
        raise UsageError("score_report_is_answers", path=report)
    if target.suffix.lower() not in _HTML:
        raise UsageError("score_report_not_html", path=report)
    root = root.resolve()
    for folder in _PROTECTED:
        if target.is_relative_to(root / folder):
            raise UsageError("score_report_in_sources", path=report, folder=f"{folder}/")
    if not target.parent.is_dir():
        raise UsageError("score_report_dir", path=target.parent)
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise UsageError("score_report_unwritable", path=report, reason=os.strerror(errno.EACCES))
