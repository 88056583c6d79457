"""Two checks every source needs: ids are unique, and references name something that exists."""

from __future__ import annotations

import difflib
from typing import Iterable, Protocol

from ..problems import Problem
from .yamlread import Loc


class Located(Protocol):
    """A source file that knows the line of each value (yamlread.Source, read.SourceFile)."""

    @property
    def path(self) -> str: ...

    def line(self, loc: Loc) -> int: ...


def duplicate_ids(entries: Iterable[tuple[str, str, int]], kind: str) -> list[Problem]:
    """A problem for each id (value, file, line) that an earlier entry already has."""
    seen: dict[str, str] = {}
    out = []
    for value, path, line in entries:
        if value in seen:
            out.append(Problem.at(path, line, "duplicate_id", kind=kind, value=value, other=seen[value]))
        else:
            seen[value] = f"{path}:{line}"
    return out


def unknown_ids(values: list[str], known: list[str] | None, kind: str, src: Located, loc: Loc,
                single: bool = False) -> list[Problem]:
    """A problem for each of `values` (at `loc`, or `loc + (index,)` for a list) that `known` lacks.

    `known` is None when the file that defines them did not parse: its own problems say why.
    """
    if known is None:
        return []
    out = []
    for i, value in enumerate(values):
        if value in known:
            continue
        line = src.line(loc if single else (*loc, i))
        listed = ", ".join(f"`{k}`" for k in known)
        best = difflib.get_close_matches(value, known, n=1, cutoff=0.5)
        if best:
            out.append(Problem.at(src.path, line, "unknown_ref", kind=kind, value=value,
                                  suggest="known_close", best=best[0], known=listed))
        else:
            out.append(Problem.at(src.path, line, "unknown_ref", kind=kind, value=value,
                                  suggest="known_ids", known=listed))
    return out
