"""`course score`: the diagnostic for instructors, from a CSV file of answers.

Called by builder/cli.py: `add_arguments` declares the options, `run` does the
work. CSV problems raise ContentError (exit 1, every problem listed); wrong
usage raises UsageError (exit 2).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import cohort, scoring
from .course import Course
from .problems import UsageError

_USAGE = {
    "en": {
        "nothing": "tell `course score` what to do: --template prints the CSV header, --answers FILE.csv scores a file",
        "template_alone": "--template prints the CSV header only; use it without --answers, --json or --report",
        "needs_answers": "{option} needs --answers FILE.csv",
        "no_file": "the answers file {path} does not exist",
        "report_dir": "the folder for the report, {path}, does not exist",
    },
    "id": {
        "nothing": "beri tahu `course score` apa yang dikerjakan: --template mencetak baris judul CSV, --answers BERKAS.csv menghitung skor sebuah berkas",
        "template_alone": "--template hanya mencetak baris judul CSV; pakai tanpa --answers, --json, atau --report",
        "needs_answers": "{option} memerlukan --answers BERKAS.csv",
        "no_file": "berkas jawaban {path} tidak ada",
        "report_dir": "folder untuk laporan, {path}, tidak ada",
    },
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--template", action="store_true",
                        help="print the CSV header: respondent,role, then the statement ids")
    parser.add_argument("--answers", type=Path, metavar="FILE.csv",
                        help="score a CSV file with one line per respondent (values 1-5; empty or dk for don't know)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON instead of a summary")
    parser.add_argument("--report", type=Path, metavar="FILE.html",
                        help="also write a self-contained HTML cohort report for the workshop")


def _usage(key: str, **params: object) -> UsageError:
    return UsageError(_USAGE["en"][key].format(**params), _USAGE["id"][key].format(**params))


def run(args: argparse.Namespace, course: Course, lang: str) -> int:
    inst = scoring.Instrument.from_course(course)
    if args.template:
        if args.answers or args.json or args.report:
            raise _usage("template_alone")
        print(cohort.template_header(inst))
        return 0
    if not args.answers:
        if args.json or args.report:
            raise _usage("needs_answers", option="--json" if args.json else "--report")
        raise _usage("nothing")
    if not args.answers.is_file():
        raise _usage("no_file", path=args.answers)
    if args.report and not args.report.resolve().parent.is_dir():
        raise _usage("report_dir", path=args.report.resolve().parent)

    rows = cohort.read_answers(args.answers, inst, display=str(args.answers))  # ContentError → exit 1
    result = cohort.score_cohort(inst, rows)
    if args.json:
        print(json.dumps(cohort.to_json(inst, result), ensure_ascii=False, indent=2))
    else:
        print(cohort.summary(course, inst, result, lang))
    if args.report:
        cohort.write_report(args.report, cohort.report_html(course, inst, result, lang))
        if not args.json:  # keep --json output pure JSON
            print(course.ui.diagnostic.report_written[lang].format(path=args.report))
    return 0
