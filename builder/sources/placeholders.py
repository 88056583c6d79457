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
    """Every placeholder in the interface words (ui.yaml, and the words of the facilitator guide's clock and
    QR codes) names something its field declares."""
    problems: list[Problem] = []
    if s.ui is not None:
        problems += _check_record(s.ui.record, s.ui.source)
    if s.facilitator is not None:
        guide = s.facilitator.record
        for name in ("schedule", "participant_links"):
            part = getattr(guide, name)
            if part is not None:
                problems += _check_record(part, s.facilitator.source, (name,))
    return problems


def _check_record(obj: BaseModel, src: Source, loc: tuple = ()) -> list[Problem]:
    problems: list[Problem] = []
    for where, text, allowed in _declared_texts(obj, loc):
        for lang in LANGS:
            problems += _check_text(text[lang], allowed, src, where + (lang,))
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
