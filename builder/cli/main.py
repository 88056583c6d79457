"""The `course` command. Errors become exit statuses here, and only here.

0  success
1  the course sources (or a CSV of answers) have mistakes: every one is listed
2  the command was called the wrong way
70 an internal error of the builder (a bug): please report it, with --debug output
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import socket
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from ..problems import (
    EXIT_INTERNAL,
    EXIT_OK,
    CourseError,
    Problem,
    UsageError,
    advice_lines,
    catalogue,
    notice,
    printable,
    word,
)
from ..sources.yamlread import read
from . import certificates, score

if TYPE_CHECKING:
    from ..site.build import BuildResult


ARGPARSE_WORDS = {
    "usage: ": "usage", "positional arguments": "positionals", "options": "options",
    "show this help message and exit": "help", "%(prog)s: error: %(message)s\n": "error",
    "the following arguments are required: %s": "required", "unrecognized arguments: %s": "unrecognized",
    "argument %(argument_name)s: %(message)s": "argument",
    "invalid choice: %(value)r (choose from %(choices)s)": "invalid_choice",
    "expected one argument": "expected_one", "invalid %(type)s value: %(value)r": "invalid_value",
    "ambiguous option: %(option)s could match %(matches)s": "ambiguous",
}
"""argparse's own English words (Python's gettext message ids) → their entries in the catalogues' `argparse`
section. A word not listed stays English: a newer Python may add one."""


@contextlib.contextmanager
def _argparse_in(lang: str) -> Iterator[None]:
    """argparse speaking `lang` while the block runs. It looks its words up through gettext at the moment
    it writes them (argparse._), the hook Python offers for translating it; the catalogue answers."""
    words = catalogue(lang)["argparse"]
    original: Callable[[str], str] = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: words[ARGPARSE_WORDS[text]] if text in ARGPARSE_WORDS else original(text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def find_root(start: Path) -> Path:
    """The project: the nearest folder at or above `start` holding course/ with quizzes/ or mkdocs.yml beside
    it, so `course` works from course/lessons/ as from the project's own folder. `start` when none does (the
    command then says that no course is there)."""
    for folder in (start, *start.parents):
        if (folder / "course").is_dir() and ((folder / "quizzes").is_dir() or (folder / "mkdocs.yml").is_file()):
            return folder
    return start


def _early(argv: list[str], name: str) -> str | None:
    """The value of option `name` in `argv` (`--lang en` or `--lang=en`) before argparse runs: the language
    of --help and of argparse's own messages depends on it. Last one wins, as with argparse."""
    value = None
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith(name + "="):
            value = arg.split("=", 1)[1]
    return value


def _port(text: str) -> int:
    """A TCP port, refused by argparse (exit 2) when it is not one."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(notice(_PORT_LANG[0], "usage", "bad_port", value=text))
    return value


_PORT_LANG = ["en"]
"""The language `_port` speaks: argparse calls it with the text alone (set by `main`)."""


def _common(parser: argparse.ArgumentParser, default: object, h: Callable[[str], str]) -> None:
    """Options accepted before and after the command (`course --lang en check`, `course check --lang en`).

    After the command their default is SUPPRESS, so that an option given before it is kept.
    """
    parser.add_argument("--root", type=Path, default=default, help=h("root"))
    parser.add_argument("--lang", choices=("id", "en"), default=default, help=h("lang"))
    parser.add_argument("--debug", action="store_true", default=False if default is None else default, help=h("debug"))


def _parser(lang: str = "en") -> argparse.ArgumentParser:
    """The command line, its help in `lang` (argparse's own words too, while `_argparse_in(lang)` runs)."""
    h: Callable[[str], str] = lambda key: notice(lang, "help", key)  # noqa: E731 - reads like a template's `t`
    parser = argparse.ArgumentParser(prog="course", description=h("description"))
    _common(parser, None, h)
    sub = parser.add_subparsers(dest="command", required=True, metavar=h("command_metavar"), title=h("commands"))

    def command(name: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=h(name), description=h(name))
        _common(p, argparse.SUPPRESS, h)
        return p

    command("check")
    p_build = command("build")
    p_build.add_argument("--out", type=Path, default=None, help=h("build_out"))
    p_build.add_argument("--edition", default=None, metavar="ID", help=h("edition"))
    p_serve = command("serve")
    p_serve.add_argument("--edition", default=None, metavar="ID", help=h("edition"))
    p_serve.add_argument("--port", type=_port, default=8000, help=h("port"))
    p_serve.add_argument("--host", default="127.0.0.1", help=h("host"))
    p_serve.add_argument("--out", type=Path, default=None, help=h("build_out"))
    command("package").add_argument("--out", type=Path, default=None, help=h("package_out"))
    command("schema").add_argument("--out", type=Path, default=None, help=h("schema_out"))
    score.add_arguments(command("score"), h)
    certificates.add_arguments(command("certificates"), h)
    return parser


def _message_lang(lang: str | None, root: Path) -> str:
    """--lang, else the academy's default language, else English."""
    if lang in ("id", "en"):
        return lang
    path = root / "course" / "academy.yaml"
    try:
        source = read(path, within=(root / "course",))[0] if path.is_file() else None
    except OSError:  # an unreadable folder on the way: the command itself says so
        source = None
    if source is not None and isinstance(source.data, dict) and source.data.get("default_language") in ("id", "en"):
        return source.data["default_language"]
    return "en"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # The language comes before the parsing: --help and argparse's own messages speak it too.
    given_root = _early(argv, "--root")
    root = Path(given_root).resolve() if given_root else find_root(Path.cwd().resolve())
    lang = _message_lang(_early(argv, "--lang"), root)
    _PORT_LANG[0] = lang
    with _argparse_in(lang):
        args = _parser(lang).parse_args(argv)
    if args.root is not None:
        root = args.root.resolve()
    elif root != Path.cwd().resolve():
        print(notice(lang, "notices", "project_found", root=root), file=sys.stderr)
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


def _print_advice(advice: tuple[Problem, ...] | list[Problem], lang: str) -> None:
    """The advice on the sources (never stopping the command), one line each, and how much there is."""
    lines = advice_lines(list(advice), lang)
    for line in lines:
        print(line, file=sys.stderr)
    if lines:
        print(notice(lang, "notices", "advice_given", count=len(lines)), file=sys.stderr)


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


def _build(root: Path, out: Path, *, edition: str | None = None, keep_workers: bool = False) -> BuildResult:
    """build() with a folder that turns out unwritable half-way reported as wrong usage, not as a bug."""
    from ..site.build import build

    _writable_folder(out)
    try:
        return build(root, out, edition=edition, keep_workers=keep_workers)
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
        _print_advice(course.advice, lang)
        print(notice(lang, "notices", "check_ok", lessons=len(course.lessons), quizzes=len(course.quizzes),
                     statements=len(course.diagnostic.statements)))
        return EXIT_OK
    if args.command == "build":
        out = _output(args.out, root / "site")
        _print_notices(root, lang)
        result = _build(root, out, edition=args.edition)
        _print_advice(result.course.advice, lang)
        print(notice(lang, "notices", "built", pages=result.pages, out=out))
        return EXIT_OK
    if args.command == "serve":
        from ..site.serve import serve
        out = _output(args.out, root / "site")
        _can_listen(args.host, args.port)  # before a build that would be for nothing
        _print_notices(root, lang)
        first = _build(root, out, edition=args.edition, keep_workers=True)  # must succeed: nothing to serve otherwise
        _print_advice(first.course.advice, lang)
        print(notice(lang, "notices", "serving", host=args.host, port=args.port), flush=True)
        serve(root, out, host=args.host, port=args.port, lang_of=lambda: lang, debug=args.debug, edition=args.edition)
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
        _print_advice(packaged[0].advice, lang)
        for one in packaged:
            sizes = {"scorm_kb": round(one.scorm_bytes / 1024), "offline_kb": round(one.offline_bytes / 1024)}
            if one.slides is None:  # SELARAS_DECKS=0: say so rather than print "None" as a path
                print(notice(lang, "notices", "packaged_no_decks", scorm=one.scorm, offline=one.offline, **sizes))
            else:
                print(notice(lang, "notices", "packaged", scorm=one.scorm, offline=one.offline, slides=one.slides,
                             slides_kb=round(one.slides_bytes / 1024), **sizes))
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
    if args.command == "certificates":
        return certificates.run(args, load_course(root), lang)
    raise AssertionError(f"a command without a branch: {args.command}")  # argparse allows only those above


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
