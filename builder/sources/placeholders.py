"""Placeholders in the interface words (`{minutes}`, `{score}`): only the names each text may use.

The builder fills these texts with Python's `str.format` and the site's scripts with
their own small formatter, so a misspelt name (`{menit}`), a stray brace, or a
placeholder that reaches into Python (`{minutes.__class__}`, `{x[0]}`) would fail
the build, or print something strange, long after `course check` said OK.

The names a text may use are declared once, on its field in builder/schema/
(`Annotated[Text, Placeholders("minutes")]`); the field's description, which
the editors' JSON Schema shows the instructor, lists them from there.
"""

from __future__ import annotations

import string
from typing import Any, Iterable

from pydantic import BaseModel

from ..problems import Problem
from ..schema import LANGS, Text
from ..schema.base import placeholders
from .read import Sources
from .yamlread import Source


def check_placeholders(s: Sources) -> list[Problem]:
    """Every placeholder in the interface words (ui.yaml) names something its field declares."""
    if s.ui is None:
        return []
    obj, src = s.ui.record, s.ui.source
    problems: list[Problem] = []
    for loc, text, allowed in _declared_texts(obj):
        for lang in LANGS:
            problems += _check_text(text[lang], allowed, src, loc + (lang,))
    return problems


def _declared_texts(obj: BaseModel, loc: tuple = ()) -> Iterable[tuple[tuple, Text, frozenset[str]]]:
    for name in type(obj).model_fields:
        value: Any = getattr(obj, name)
        if isinstance(value, Text):
            yield loc + (name,), value, placeholders(type(obj), name)
        elif isinstance(value, BaseModel):
            yield from _declared_texts(value, loc + (name,))


def _check_text(text: str, allowed: frozenset[str], src: Source, loc: tuple) -> list[Problem]:
    line = src.line(loc)
    listed = ", ".join(f"`{{{name}}}`" for name in sorted(allowed))
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:  # a `{` without its `}`, or a lone `}`
        return [Problem.at(src.path, line, "placeholder_syntax", allowed=listed or "`{minutes}`")]
    out = []
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        written = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        # Only a bare name is a placeholder: `.attr`, `[index]`, `!r` and `:spec` reach into Python.
        if name in allowed and not spec and not conversion:
            continue
        if allowed:
            out.append(Problem.at(src.path, line, "placeholder_unknown", placeholder=written, allowed=listed))
        else:
            out.append(Problem.at(src.path, line, "placeholder_none", placeholder=written))
    return out
