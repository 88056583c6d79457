"""Read a YAML source file into plain data, remembering the line of every value.

YAML is read without type guessing: every scalar stays the text the
instructor wrote (`no`, `on`, `08`, `1.10` are not turned into booleans or
numbers); the schema decides what a field means. Problems that stop the
file from being read are returned, never raised.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..problems import Problem

Loc = tuple[str | int, ...]
# libyaml's parser is several times faster and gives the same nodes and marks.
_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_BOM = b"\xef\xbb\xbf"


@dataclass
class Source:
    """One YAML file: its data and the 1-based line of each value and key."""

    path: str
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)
    """The file's lines as written (for messages that quote what is on a line)."""

    def line(self, loc: Loc) -> int:
        """Line of the value at `loc`, or of its nearest parent that has one."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)

    def key_line(self, loc: Loc) -> int:
        """Line where the key at `loc` is written (for 'unknown key' and the like)."""
        return self.lines.get(("#key",) + tuple(loc), self.line(loc))


def unreadable(path: Path, name: str, within: tuple[Path, ...] = ()) -> Problem | None:
    """Why `path` cannot be read as a source file, or None if it is a readable regular file.

    Each cause has its own message: "the file is missing" sends an instructor looking
    for a file that is there, as a folder or a broken shortcut. With `within`, a file
    that a link (to it, or to a folder on its way) places outside those folders is
    refused before it is read: a contributed link to a file of the machine would
    otherwise have its contents quoted back in the build's messages.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return Problem.at(name, 1, "missing_file")
    except OSError as exc:
        return Problem.at(name, 1, "file_unreadable", detail=exc.strerror or exc)
    if stat.S_ISLNK(info.st_mode):
        try:
            info = os.stat(path)
        except FileNotFoundError:
            return Problem.at(name, 1, "symlink_dangling", target=os.readlink(path))
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return Problem.at(name, 1, "symlink_loop")
            return Problem.at(name, 1, "file_unreadable", detail=exc.strerror or exc)
    if stat.S_ISDIR(info.st_mode):
        return Problem.at(name, 1, "is_folder")
    if not stat.S_ISREG(info.st_mode):
        return Problem.at(name, 1, "not_regular_file")
    if within and not any(path.resolve().is_relative_to(folder.resolve()) for folder in within):
        return Problem.at(name, 1, "outside_sources", folders=", ".join(f"{f.resolve().name}/" for f in within))
    if not os.access(path, os.R_OK):
        return Problem.at(name, 1, "file_unreadable", detail=os.strerror(errno.EACCES))
    return None


def read(path: Path, display: str | None = None, within: tuple[Path, ...] = ()) -> tuple[Source | None, list[Problem]]:
    """Read one file. Returns (source, []) or (None, problems); `within` as for `unreadable`."""
    name = display or str(path)
    cannot = unreadable(path, name, within)
    if cannot is not None:
        return None, [cannot]
    try:
        raw = path.read_bytes()
    except OSError as exc:  # changed since the look above, or a disk error
        return None, [Problem.at(name, 1, "file_unreadable", detail=exc.strerror or exc)]
    problems: list[Problem] = []
    if raw.startswith(_BOM):
        problems.append(Problem.at(name, 1, "bom"))
        raw = raw[len(_BOM):]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem.at(name, line, "not_utf8", byte=f"0x{raw[exc.start]:02x}"))
        return None, problems
    tab_lines = [n for n, ln in enumerate(text.splitlines(), 1)
                 if ln.strip() and "\t" in ln[: len(ln) - len(ln.lstrip(" \t"))]]
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        if tab_lines or "\t" in str(exc.problem or ""):
            mark = exc.problem_mark or exc.context_mark
            problems.extend(Problem.at(name, n, "tab") for n in (tab_lines or [mark.line + 1 if mark else 1]))
        else:
            problems.append(_syntax_problem(name, text, exc))
        return None, problems
    except yaml.YAMLError as exc:  # a reader error without a position
        problems.append(Problem.at(name, 1, "yaml_syntax", detail=str(exc).splitlines()[0]))
        return None, problems
    if tab_lines:
        # A tab inside a text block is legal YAML but almost always a mistake
        # that shifts Markdown; report it rather than guess.
        problems.extend(Problem.at(name, n, "tab") for n in tab_lines)
    source = Source(name, None, text=text.splitlines())
    seen: set[int] = set()
    source.data = _convert(node, (), source, problems, seen) if node is not None else None
    if None in seen:  # a node was met twice: an alias
        problems.extend(_alias_problems(name, text, problems))
    if problems:
        return None, problems
    return source, []


# PyYAML's and libyaml's wording, translated into what an instructor should look for.
_SYNTAX = (
    ("while scanning a quoted scalar", "yaml_unclosed_quote", "context"),
    ("while parsing a flow sequence", "yaml_unclosed_bracket", "context"),
    ("while parsing a flow mapping", "yaml_unclosed_brace", "context"),
    ("mapping values are not allowed", "yaml_colon_in_text", "problem"),
    ("could not find expected ':'", "yaml_missing_colon", "context"),
    ("expected <block end>", "yaml_indent", "problem"),
    ("did not find expected key", "yaml_indent", "problem"),
    ("did not find expected '-' indicator", "yaml_indent", "problem"),
)


# A value that opens a double quote and does not close it on the same line. Multi-line
# quoted texts are legal YAML, so this is only a guess, made after the parser failed.
_OPEN_QUOTE = re.compile(r'^\s*(?:-\s+)?(?:[^\s"#][^:"]*:\s+)?"(?:[^"\\]|\\.)*$')


_KEY_LINE = re.compile(r"^( *)(?:- +)?[^\s#:'\"][^:]*:(?: +(?P<value>\S.*))?$")
_BLOCK_START = re.compile(r"^( *)(?:- +)?[^\s#:'\"][^:]*: +[|>][-+0-9]*\s*(?:#.*)?$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _misplaced_block(lines: list[str], upto: int) -> tuple[int, dict] | None:
    """A `key: |` (or `>`) whose text is not indented further than the key: (line, params), or None."""
    for n in range(min(upto, len(lines))):
        if not _BLOCK_START.match(lines[n]):
            continue
        following = next((k for k in range(n + 1, len(lines)) if lines[k].strip()), None)
        if following is not None and _indent(lines[following]) <= _indent(lines[n]) \
                and not _KEY_LINE.match(lines[following]):
            return following + 1, {"key_line": n + 1, "spaces": _indent(lines[n]) + 2}
    return None


def _indented_too_far(lines: list[str], at: int) -> tuple[int, dict] | None:
    """Line `at` (0-based) holds a key indented further than the `key: value` line above it."""
    current = _KEY_LINE.match(lines[at]) if at < len(lines) else None
    previous = next((k for k in range(at - 1, -1, -1) if lines[k].strip() and not lines[k].lstrip().startswith("#")),
                    None)
    if not current or previous is None:
        return None
    above = _KEY_LINE.match(lines[previous])
    if above and above["value"] and not above["value"].startswith(("|", ">", "&", "!")) \
            and _indent(lines[at]) > _indent(lines[previous]):
        return at + 1, {"spaces": _indent(lines[at]), "expected": _indent(lines[previous]), "other": previous + 1}
    return None


def _syntax_problem(name: str, source_text: str, exc: yaml.MarkedYAMLError) -> Problem:
    text = f"{exc.context or ''} {exc.problem or ''}"
    # An unclosed quote swallows the lines after it until the next quote, and the parser
    # stumbles far below; the line that opened the quote is the one to fix.
    mark = exc.problem_mark or exc.context_mark
    if mark is not None and "while scanning a quoted scalar" not in text:
        for n, line in enumerate(source_text.splitlines()[: mark.line + 1], 1):
            if _OPEN_QUOTE.match(line):
                return Problem.at(name, n, "yaml_unclosed_quote")
    lines = source_text.splitlines()
    if mark is not None:
        # The text of a `key: |` written at the key's own indentation reads as more keys, and the
        # parser complains about a colon somewhere below; the cause is the text's first line.
        found = _misplaced_block(lines, mark.line + 1)
        if found is not None:
            return Problem.at(name, found[0], "yaml_block_not_indented", **found[1])
    if mark is not None and "mapping values are not allowed" in text:
        # One space too many before a key: YAML reads it as part of the text above, which looks
        # like a colon inside a text but is not one (quoting it would change nothing).
        found = _indented_too_far(lines, mark.line)
        if found is not None:
            return Problem.at(name, found[0], "yaml_indent_too_far", **found[1])
    for needle, code, which in _SYNTAX:
        if needle in text:
            mark = (exc.context_mark if which == "context" else exc.problem_mark) or exc.problem_mark
            return Problem.at(name, mark.line + 1 if mark else 1, code)
    mark = exc.problem_mark or exc.context_mark
    detail = (exc.problem or exc.context or "syntax error").strip()
    return Problem.at(name, mark.line + 1 if mark else 1, "yaml_syntax", detail=detail)


def _alias_problems(name: str, text: str, found: list[Problem]) -> list[Problem]:
    """One problem per line that uses an alias (`*name`), found again by the parser's events.

    Only on this rare path is the file parsed a second time, for the lines.
    """
    merged = {p.line for p in found if p.code == "yaml_merge_key"}
    aliases = [event for event in yaml.parse(text, Loader=_LOADER) if isinstance(event, yaml.AliasEvent)]
    lines = sorted({event.start_mark.line + 1 if event.start_mark else 1 for event in aliases})  # no mark: line 1
    return [Problem.at(name, n, "yaml_alias") for n in lines if n not in merged]


def _convert(node: yaml.Node, loc: Loc, source: Source, problems: list[Problem], seen: set) -> Any:
    # The composer hands out the anchored node again for every alias (`*name`). Aliases
    # are refused: instructors never need them, and a few nested ones expand into
    # billions of values (a "billion laughs" file). Stopping at the first node met a
    # second time keeps this linear in the size of the file, and ends alias cycles.
    if id(node) in seen:
        seen.add(None)
        return None
    seen.add(id(node))
    source.lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, loc + (i,), source, problems, seen) for i, item in enumerate(node.value)]
    result: dict[str, Any] = {}
    first_line: dict[str, int] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode):
            problems.append(Problem.at(source.path, line, "yaml_complex_key"))
            continue
        key = key_node.value
        if key == "<<" and not key_node.style:
            # A merge key copies another block in (`<<: *defaults`); it needs an alias too.
            problems.append(Problem.at(source.path, line, "yaml_merge_key"))
            continue
        if key in first_line:
            problems.append(Problem.at(source.path, line, "duplicate_key", key=key, first=first_line[key]))
            continue
        first_line[key] = line
        source.lines[("#key",) + loc + (key,)] = line
        result[key] = _convert(value_node, loc + (key,), source, problems, seen)
        # A value that starts on a later line (a block) is located at its key.
        if isinstance(value_node, (yaml.MappingNode, yaml.SequenceNode)):
            source.lines[loc + (key,)] = line
    return result
