"""The `course` command. Exit statuses are decided here, and only here.

0  success
1  the course sources (or a CSV of answers) have mistakes: every one is listed
2  the command was called the wrong way
70 an internal error of the builder (a bug): please report it, with --debug output
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from .problems import ContentError, UsageError
from .yamlread import read

EXIT_OK, EXIT_CONTENT, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="course", description="Build the Selaras course site from its YAML sources.")
    parser.add_argument("--root", type=Path, default=Path.cwd(),
                        help="folder that holds course/, quizzes/ and mkdocs.yml (default: the current folder)")
    parser.add_argument("--lang", choices=("id", "en"), help="language of the messages (default: the academy's)")
    parser.add_argument("--debug", action="store_true", help="show the full traceback of internal errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("check", help="validate the sources and list every problem; write nothing")
    p_build = sub.add_parser("build", help="validate and build the site (replaces the output folder only on success)")
    p_build.add_argument("--out", type=Path, default=None, help="output folder (default: site/)")
    p_serve = sub.add_parser("serve", help="build, serve at http://127.0.0.1:8000, rebuild on every save")
    p_serve.add_argument("--port", type=int, default=8000)
    p_serve.add_argument("--host", default="127.0.0.1")
    p_serve.add_argument("--out", type=Path, default=None, help="output folder (default: site/)")
    p_schema = sub.add_parser("schema", help="write the JSON Schema of the source formats (for editors)")
    p_schema.add_argument("--out", type=Path, default=None, help="folder (default: course/schema/)")
    p_score = sub.add_parser("score", help="score diagnostic answers from a CSV file (for workshops)")
    try:
        from . import score_cli
    except ImportError:  # the diagnostic module is optional while the course is being assembled
        score_cli = None  # type: ignore[assignment]
    if score_cli is not None:
        score_cli.add_arguments(p_score)
    return parser


def _message_lang(args: argparse.Namespace) -> str:
    """--lang, else the academy's default language, else English."""
    if args.lang:
        return args.lang
    path = args.root / "course" / "academy.yaml"
    if path.is_file():
        try:
            source, _ = read(path)
        except OSError:
            source = None
        if source is not None and isinstance(source.data, dict):
            value = source.data.get("default_language")
            if value in ("id", "en"):
                return value
    return "en"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root = args.root.resolve()
    lang = _message_lang(args)
    try:
        return _run(args, root, lang)
    except ContentError as exc:
        print(exc.report(lang), file=sys.stderr)
        return EXIT_CONTENT
    except UsageError as exc:
        print(f"course: {exc.message(lang)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception:  # a bug in the builder, never the instructor's fault
        if args.debug:
            traceback.print_exc()
        else:
            exc_type, exc, _ = sys.exc_info()
            print({"en": f"course: internal error ({exc_type.__name__}: {exc}). This is a bug in the builder, "
                         "not in your files; run again with --debug and report the output.",
                   "id": f"course: galat internal ({exc_type.__name__}: {exc}). Ini kesalahan program, bukan "
                         "berkas Anda; jalankan lagi dengan --debug dan laporkan hasilnya."}[lang], file=sys.stderr)
        return EXIT_INTERNAL


def _run(args: argparse.Namespace, root: Path, lang: str) -> int:
    from .load import load_course

    if args.command == "check":
        course = load_course(root)
        from .render import render_all
        render_all(course)  # rendering is pure; running it catches template problems too
        print({"en": f"OK: {len(course.lessons)} lessons, {len(course.quizzes)} knowledge checks, "
                     f"{len(course.diagnostic.statements)} diagnostic statements; no problems found.",
               "id": f"OK: {len(course.lessons)} pelajaran, {len(course.quizzes)} uji pemahaman, "
                     f"{len(course.diagnostic.statements)} pernyataan diagnostik; tidak ada masalah."}[lang])
        return EXIT_OK
    if args.command == "build":
        from .build import build
        out = (args.out or root / "site").resolve()
        result = build(root, out)
        print({"en": f"Built {result.pages} pages in two languages into {out}",
               "id": f"{result.pages} halaman dalam dua bahasa selesai dibuat di {out}"}[lang])
        return EXIT_OK
    if args.command == "serve":
        from .build import build
        from .serve import serve
        out = (args.out or root / "site").resolve()
        build(root, out, keep_workers=True)  # the first build must succeed: nothing to serve otherwise
        print({"en": f"Serving the course at http://{args.host}:{args.port}/ — press Ctrl+C to stop.",
               "id": f"Kursus tersedia di http://{args.host}:{args.port}/ — tekan Ctrl+C untuk berhenti."}[lang],
              flush=True)
        serve(root, out, host=args.host, port=args.port, lang_of=lambda: lang)
        return EXIT_OK
    if args.command == "schema":
        from .jsonschema import write_schemas
        folder = (args.out or root / "course" / "schema").resolve()
        for path in write_schemas(folder):
            print(path)
        return EXIT_OK
    if args.command == "score":
        from . import score_cli
        course = load_course(root)
        return score_cli.run(args, course, lang)
    raise UsageError(f"unknown command {args.command}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
