"""`course score`: a session's results for instructors, from a CSV file of answers or a chat's result links,
and the training report for the client (`--report`).

Called by builder/cli/main.py: `add_arguments` declares the options, `run` does the
work. CSV problems raise ContentError (exit 1, every problem listed); wrong
usage raises UsageError (exit 2).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Callable

from ..course import Course
from ..diagnostic import (
    answers,
    cohort,
    evaluation,
    evaluation_links,
    links,
    participants,
    paste,
    prepost,
    scoring,
    session,
)
from ..diagnostic.prepost_links import prepost_summary, read_prepost
from ..diagnostic.session import Session, clean_line
from ..diagnostic.summary import summary
from ..problems import ContentError, Problem, UsageError, notice, printable
from ..site import report_html, write_report
from . import outputs
from .outputs import OutputMessages


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
    # What only the facilitator knows, for the training report: each goes with --report.
    parser.add_argument("--names", type=Path, metavar="FILE.csv", help=h("score_names"))
    parser.add_argument("--attended", metavar="N", help=h("score_attended"))
    parser.add_argument("--commitments", type=Path, metavar="FILE.txt", help=h("score_commitments"))
    parser.add_argument("--client", metavar="NAME", help=h("score_client"))
    parser.add_argument("--trainer", metavar="NAME", help=h("score_trainer"))
    parser.add_argument("--date", metavar="YYYY-MM-DD", help=h("score_date"))
    parser.add_argument("--edition", metavar="ID", help=h("score_edition"))
    parser.add_argument("--jp", metavar="N", help=h("score_jp"))


_REPORT_ONLY = ("names", "attended", "commitments", "client", "trainer", "date", "edition", "jp")
"""Options that only add to the training report."""
MAX_ATTENDED = 1000
_SAY = OutputMessages(is_folder="score_report_is_folder", is_input="score_report_is_answers",
                      not_html="score_report_not_html", in_sources="score_report_in_sources",
                      missing_dir="score_report_dir", unwritable="score_report_unwritable")


def _input_file(path: Path, is_folder: str, missing: str) -> None:
    """A file the report reads (`--names`, `--commitments`): there, and a file."""
    if path.is_dir():
        raise UsageError(is_folder, path=path)
    if not path.is_file():
        raise UsageError(missing, path=path)


def _read_extras(args: argparse.Namespace) -> tuple[int | None, tuple[str, ...], list[Problem]]:
    """The attendance and the commitments the report is given, and every problem of their files."""
    attended = outputs.whole_number(args.attended, "score_bad_attended", MAX_ATTENDED) \
        if args.attended is not None else None
    commitments: tuple[str, ...] = ()
    problems: list[Problem] = []
    if args.names:
        try:
            attended = len(participants.read_participants(args.names, display=str(args.names)))
        except ContentError as exc:
            problems += exc.problems
        except OSError as exc:
            raise UsageError("cert_unreadable", path=args.names, reason=exc.strerror or exc) from None
    if args.commitments:
        try:
            commitments = session.read_commitments(args.commitments, display=str(args.commitments))
        except ContentError as exc:
            problems += exc.problems
        except OSError as exc:
            raise UsageError("commitments_unreadable", path=args.commitments, reason=exc.strerror or exc) from None
    return attended, commitments, problems


def run(args: argparse.Namespace, course: Course, lang: str) -> int:
    inst = scoring.Instrument.from_course(course)
    for name in _REPORT_ONLY:
        if getattr(args, name) is not None and not args.report:
            raise UsageError("score_report_only", option=f"--{name}")
    if args.names is not None and args.attended is not None:
        raise UsageError("score_names_and_attended")
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
    attended: int | None = None
    commitments: tuple[str, ...] = ()
    extra_problems: list[Problem] = []
    if args.report:
        day, edition, jp = outputs.day(args.date), outputs.edition(course, args.edition), outputs.jp(args.jp)
        if args.names:
            _input_file(args.names, "cert_is_folder", "cert_no_file")
        if args.commitments:
            _input_file(args.commitments, "commitments_is_folder", "commitments_no_file")
        inputs = [source] + [p for p in (args.names, args.commitments) if p]
        outputs.check_output(args.report, inputs, course.root, _SAY)
        attended, commitments, extra_problems = _read_extras(args)

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
    except ContentError as exc:  # the names' and commitments' problems too: every one at once
        raise ContentError(extra_problems + exc.problems) from None
    except OSError as exc:
        raise UsageError("score_answers_unreadable", path=source, reason=exc.strerror or exc) from None
    if extra_problems:
        raise ContentError(extra_problems)
    for note in notices:  # what the team page would leave out too; stderr keeps --json clean
        print(note.format(lang), file=sys.stderr)
    if rows is None:
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
    if args.report:
        held = Session(day=day, client=clean_line(args.client or ""), trainer=clean_line(args.trainer or ""),
                       edition=edition, attended=attended, diagnostic=result, prepost=tested,
                       evaluation=(qs, tuple(evaluations)) if qs is not None and evaluations is not None else None,
                       commitments=commitments, jp=jp or course.info.jp)
        for warning in _attendance_notices(held, course, lang):
            print(warning, file=sys.stderr)
        try:
            write_report(args.report, report_html(course, lang, held))
        except OSError as exc:
            raise UsageError("score_report_unwritable", path=args.report, reason=exc.strerror or exc) from None
        if not args.json:  # keep --json output pure JSON
            print(printable(course.ui.diagnostic.report_written[lang].format(path=args.report)))
    return 0


def _attendance_notices(held: Session, course: Course, lang: str) -> list[str]:
    """A warning for each kind of result that outnumbers the people who attended: a count typed wrong,
    or results of another session pasted in. The report is written all the same."""
    if held.attended is None:
        return []
    return [notice(lang, "notices", "report_more_results", kind=getattr(course.ui.report, kind)[lang], count=count,
                   attended=held.attended)
            for kind, count in held.result_counts() if count > held.attended]


_FATAL = {"links_too_long", "links_not_utf8"}
"""Problems of the file itself: no evaluation summary is made from it either."""


def _evaluations(course: Course, source: Path) -> tuple[list[evaluation.Response], list[Problem]] | None:
    """The evaluation responses of a file of links, and a notice for each link left out; None when it holds
    no evaluation link (or cannot be read as text: the diagnostic's reading names why)."""
    with open(source, "rb") as f:
        raw = f.read(4 * paste.MAX_PASTE + 4)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    responses, notices, found = evaluation_links.read_text(evaluation.QuestionSet.from_course(course), text,
                                                           str(source))
    return (responses, notices) if found else None
