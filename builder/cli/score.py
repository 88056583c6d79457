"""`course score`: the diagnostic for instructors, from a CSV file of answers.

Called by builder/cli/main.py: `add_arguments` declares the options, `run` does the
work. CSV problems raise ContentError (exit 1, every problem listed); wrong
usage raises UsageError (exit 2).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..diagnostic import answers, cohort, scoring
from ..diagnostic.summary import summary
from ..course import Course
from ..problems import UsageError
from ..site.render_report import report_html
from ..site.write import write_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--template", action="store_true",
                        help="print the CSV header: respondent,role, then the statement ids")
    parser.add_argument("--answers", type=Path, metavar="FILE.csv",
                        help="score a CSV file with one line per respondent (values 1-5; empty or dk for don't know)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON instead of a summary")
    parser.add_argument("--report", type=Path, metavar="FILE.html",
                        help="also write a self-contained HTML cohort report for the workshop")


def _usage(key: str, **params: object) -> UsageError:
    return UsageError.named(f"score_{key}", **params)


def run(args: argparse.Namespace, course: Course, lang: str) -> int:
    inst = scoring.Instrument.from_course(course)
    if args.template:
        if args.answers or args.json or args.report:
            raise _usage("template_alone")
        print(answers.template_header(inst))
        return 0
    if not args.answers:
        if args.json or args.report:
            raise _usage("needs_answers", option="--json" if args.json else "--report")
        raise _usage("nothing")
    if not args.answers.is_file():
        raise _usage("no_file", path=args.answers)
    if args.report and not args.report.resolve().parent.is_dir():
        raise _usage("report_dir", path=args.report.resolve().parent)

    rows = answers.read_answers(args.answers, inst, display=str(args.answers))  # ContentError → exit 1
    result = cohort.score_cohort(inst, rows)
    if args.json:
        print(json.dumps(cohort.to_json(inst, result), ensure_ascii=False, indent=2))
    else:
        print(summary(course, inst, result, lang))
    if args.report:
        write_file(args.report, report_html(course, inst, result, lang))
        if not args.json:  # keep --json output pure JSON
            print(course.ui.diagnostic.report_written[lang].format(path=args.report))
    return 0
