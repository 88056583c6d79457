"""The `course` command. Errors become exit statuses here, and only here.

0  success
1  the course sources (or a CSV of answers) have mistakes: every one is listed
2  the command was called the wrong way
70 an internal error of the builder (a bug): please report it, with --debug output
"""

from __future__ import annotations

import argparse
import errno
import os
import socket
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from ..problems import EXIT_INTERNAL, EXIT_OK, CourseError, UsageError, notice, printable, word
from ..sources.yamlread import read
from . import score

if TYPE_CHECKING:
    from ..site.build import BuildResult


def _port(text: str) -> int:
    """A TCP port, refused by argparse (exit 2) when it is not one."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(notice("en", "usage", "bad_port", value=text))
    return value


def _common(parser: argparse.ArgumentParser, default: object) -> None:
    """Options accepted before and after the command (`course --lang en check`, `course check --lang en`).

    After the command their default is SUPPRESS, so that an option given before it is kept.
    """
    parser.add_argument("--root", type=Path, default=Path.cwd() if default is None else default,
                        help="folder that holds course/, quizzes/ and mkdocs.yml (default: the current folder)")
    parser.add_argument("--lang", choices=("id", "en"), default=default,
                        help="language of the messages (default: the academy's)")
    parser.add_argument("--debug", action="store_true", default=False if default is None else default,
                        help="show the full traceback of internal errors")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="course", description="Build the Selaras course site from its YAML sources.")
    _common(parser, None)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:  # noqa: A002 - argparse's word
        p = sub.add_parser(name, help=help)
        _common(p, argparse.SUPPRESS)
        return p

    command("check", "validate the sources and list every problem, as a build would; write nothing")
    p_build = command("build", "validate and build the site (replaces the output folder only on success)")
    p_build.add_argument("--out", type=Path, default=None, help="output folder (default: site/)")
    p_serve = command("serve", "build, serve at http://127.0.0.1:8000, rebuild on every save")
    p_serve.add_argument("--port", type=_port, default=8000)
    p_serve.add_argument("--host", default="127.0.0.1")
    p_serve.add_argument("--out", type=Path, default=None, help="output folder (default: site/)")
    p_package = command("package", "validate, build, and write the LMS (SCORM 1.2) and offline zips")
    p_package.add_argument("--out", type=Path, default=None, help="folder for the zips (default: dist/)")
    p_schema = command("schema", "write the JSON Schema of the source formats (for editors)")
    p_schema.add_argument("--out", type=Path, default=None, help="folder (default: course/schema/)")
    p_score = command("score", "score a workshop's diagnostic answers: a CSV file, or the result links of a group chat")
    score.add_arguments(p_score)
    return parser


def _message_lang(args: argparse.Namespace) -> str:
    """--lang, else the academy's default language, else English."""
    if args.lang:
        return args.lang
    path = args.root / "course" / "academy.yaml"
    try:
        source = read(path, within=(args.root / "course",))[0] if path.is_file() else None
    except OSError:  # an unreadable folder on the way: the command itself says so
        source = None
    if source is not None and isinstance(source.data, dict) and source.data.get("default_language") in ("id", "en"):
        return source.data["default_language"]
    return "en"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    root = args.root.resolve()
    lang = _message_lang(args)
    try:
        return _run(args, root, lang)
    except CourseError as exc:  # the sources' mistakes (1) or the command's (2): each class knows its status
        print(exc.report(lang), file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug in the builder must become exit 70, never a traceback
        if args.debug:
            traceback.print_exc()
        else:
            print(printable(notice(lang, "notices", "internal", error=f"{type(exc).__name__}: {exc}")), file=sys.stderr)
        return EXIT_INTERNAL


def _print_notices(root: Path, lang: str) -> None:
    """One line per YAML file the course does not read: a notice, not an error."""
    from ..sources.load import stray_files

    for p in stray_files(root):
        print(printable(f"{p.path}:{p.line}: {word(lang, 'notice')}: {p.message(lang)}"), file=sys.stderr)


def _writable_folder(out: Path) -> None:
    """Refuse (exit 2) an output folder that cannot be created or replaced.

    The site is built beside `out` and renamed into place, so it is the nearest
    existing folder above `out` that must take new entries.
    """
    place = out.parent
    while not place.exists() and place != place.parent:
        place = place.parent
    reason = None
    if not place.is_dir():
        reason = os.strerror(errno.ENOTDIR)
    elif not os.access(place, os.W_OK | os.X_OK):
        reason = os.strerror(errno.EACCES)
    if reason:
        raise UsageError("out_unwritable", path=out, reason=reason)


def _output(given: Path | None, default: Path) -> Path:
    """The output folder; a link there (a committed `site` link, say) is refused rather than followed."""
    path = given if given is not None else default
    if path.is_symlink():
        raise UsageError("out_is_link", path=path, target=os.readlink(path))
    return path.resolve()


def _can_listen(host: str, port: int) -> None:
    """Refuse (exit 2) an address the preview cannot listen on: a port in use, an unknown host."""
    try:
        family, kind, _proto, _name, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind) as probe:
            # The same option the preview's server sets, so a port just freed counts as free.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as exc:
        raise UsageError("serve_address", host=host, port=port, reason=exc.strerror or exc) from None


def _build(root: Path, out: Path, *, keep_workers: bool = False) -> BuildResult:
    """build() with a folder that turns out unwritable half-way reported as wrong usage, not as a bug."""
    from ..site.build import build

    _writable_folder(out)
    try:
        return build(root, out, keep_workers=keep_workers)
    except OSError as exc:
        if exc.filename and Path(exc.filename).resolve().is_relative_to(out.parent):
            raise UsageError("out_unwritable", path=out, reason=exc.strerror or exc) from None
        raise


def _run(args: argparse.Namespace, root: Path, lang: str) -> int:
    from ..sources.load import SOURCE_DIRS, load_course

    if args.command != "schema" and not any((root / folder).is_dir() for folder in SOURCE_DIRS):
        # Run from the wrong folder: one sentence, not "missing" for every file of a course.
        raise UsageError("no_course", root=root)

    if args.command == "check":
        from ..site.build import build
        _print_notices(root, lang)
        # Everything a build checks, mkdocs' own checks (links, mkdocs.yml) included,
        # built in a scratch folder: the published site/ is never touched.
        result = build(root, None)
        course = result.course
        print(notice(lang, "notices", "check_ok", lessons=len(course.lessons), quizzes=len(course.quizzes),
                     statements=len(course.diagnostic.statements)))
        return EXIT_OK
    if args.command == "build":
        out = _output(args.out, root / "site")
        _print_notices(root, lang)
        result = _build(root, out)
        print(notice(lang, "notices", "built", pages=result.pages, out=out))
        return EXIT_OK
    if args.command == "serve":
        from ..site.serve import serve
        out = _output(args.out, root / "site")
        _can_listen(args.host, args.port)  # before a build that would be for nothing
        _print_notices(root, lang)
        _build(root, out, keep_workers=True)  # the first build must succeed: nothing to serve otherwise
        print(notice(lang, "notices", "serving", host=args.host, port=args.port), flush=True)
        serve(root, out, host=args.host, port=args.port, lang_of=lambda: lang, debug=args.debug)
        return EXIT_OK
    if args.command == "package":
        from ..publish.package import package
        _print_notices(root, lang)
        dist = _output(args.out, root / "dist")
        _writable_folder(dist)
        try:
            packaged = package(root, dist)
        except OSError as exc:
            if exc.filename and Path(exc.filename).resolve().is_relative_to(dist.parent):
                raise UsageError("out_unwritable", path=dist, reason=exc.strerror or exc) from None
            raise
        print(notice(lang, "notices", "packaged", scorm=packaged.scorm, offline=packaged.offline,
                     scorm_kb=round(packaged.scorm_bytes / 1024), offline_kb=round(packaged.offline_bytes / 1024)))
        return EXIT_OK
    if args.command == "schema":
        from ..sources.jsonschema import write_schemas
        folder = (args.out or root / "course" / "schema").resolve()
        try:
            written = write_schemas(folder)
        except OSError as exc:
            raise UsageError("schema_unwritable", path=folder, reason=exc.strerror or exc) from None
        for path in written:
            print(path)
        return EXIT_OK
    if args.command == "score":
        course = load_course(root)
        return score.run(args, course, lang)
    raise AssertionError(f"a command without a branch: {args.command}")  # argparse allows only those above


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
