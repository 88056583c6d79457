"""Two checks every source needs: ids are unique, and references name something that exists."""

from __future__ import annotations

import difflib
from typing import Iterable

from ..problems import Problem
from .yamlread import Source


def unique(entries: Iterable[tuple[str, str, int]], kind: str) -> list[Problem]:
    seen: dict[str, str] = {}
    out = []
    for value, path, line in entries:
        if value in seen:
            out.append(Problem.at(path, line, "duplicate_id", kind=kind, value=value, other=seen[value]))
        else:
            seen[value] = f"{path}:{line}"
    return out


def refs(values: list[str], known: list[str] | None, kind: str, src: Source, loc: tuple,
          single: bool = False) -> list[Problem]:
    if known is None:  # the file that defines them did not parse; its own problems say why
        return []
    out = []
    for i, value in enumerate(values):
        if value in known:
            continue
        line = src.line(loc if single else loc + (i,))
        listed = ", ".join(f"`{k}`" for k in known)
        best = difflib.get_close_matches(value, known, n=1, cutoff=0.5)
        if best:
            out.append(Problem.at(src.path, line, "unknown_ref", kind=kind, value=value,
                                  suggest="known_close", best=best[0], known=listed))
        else:
            out.append(Problem.at(src.path, line, "unknown_ref", kind=kind, value=value,
                                  suggest="known_ids", known=listed))
    return out
