"""Read a YAML source file into plain data, remembering the line of every value.

YAML is read without type guessing: every scalar stays the text the
instructor wrote (`no`, `on`, `08`, `1.10` are not turned into booleans or
numbers); the schema decides what a field means. Problems that stop the
file from being read are returned, never raised.
"""

from __future__ import annotations

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


def read(path: Path, display: str | None = None) -> tuple[Source | None, list[Problem]]:
    """Read one file. Returns (source, []) or (None, problems)."""
    name = display or str(path)
    raw = path.read_bytes()
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
            problems.append(_syntax_problem(name, exc))
        return None, problems
    except yaml.YAMLError as exc:  # a reader error without a position
        problems.append(Problem.at(name, 1, "yaml_syntax", detail=str(exc).splitlines()[0]))
        return None, problems
    if tab_lines:
        # A tab inside a text block is legal YAML but almost always a mistake
        # that shifts Markdown; report it rather than guess.
        problems.extend(Problem.at(name, n, "tab") for n in tab_lines)
    source = Source(name, None)
    source.data = _convert(node, (), source, problems) if node is not None else None
    if problems:
        return None, problems
    return source, []


# PyYAML's wording, translated into what an instructor should look for.
_SYNTAX = (
    ("while scanning a quoted scalar", "yaml_unclosed_quote", "context"),
    ("mapping values are not allowed here", "yaml_colon_in_text", "problem"),
    ("could not find expected ':'", "yaml_missing_colon", "context"),
    ("expected <block end>", "yaml_indent", "problem"),
    ("did not find expected key", "yaml_indent", "problem"),
    ("did not find expected '-' indicator", "yaml_indent", "problem"),
)


def _syntax_problem(name: str, exc: yaml.MarkedYAMLError) -> Problem:
    text = f"{exc.context or ''} {exc.problem or ''}"
    for needle, code, which in _SYNTAX:
        if needle in text:
            mark = (exc.context_mark if which == "context" else exc.problem_mark) or exc.problem_mark
            return Problem.at(name, mark.line + 1 if mark else 1, code)
    mark = exc.problem_mark or exc.context_mark
    detail = (exc.problem or exc.context or "syntax error").strip()
    return Problem.at(name, mark.line + 1 if mark else 1, "yaml_syntax", detail=detail)


def _convert(node: yaml.Node, loc: Loc, source: Source, problems: list[Problem]) -> Any:
    source.lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, loc + (i,), source, problems) for i, item in enumerate(node.value)]
    result: dict[str, Any] = {}
    first_line: dict[str, int] = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
        line = key_node.start_mark.line + 1
        if key in first_line:
            problems.append(Problem.at(source.path, line, "duplicate_key", key=key, first=first_line[key]))
            continue
        first_line[key] = line
        source.lines[("#key",) + loc + (key,)] = line
        result[key] = _convert(value_node, loc + (key,), source, problems)
        # A value that starts on a later line (a block) is located at its key.
        if isinstance(value_node, (yaml.MappingNode, yaml.SequenceNode)):
            source.lines[loc + (key,)] = line
    return result
