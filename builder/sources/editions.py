"""Editions: one course, the cases and examples of each kind of client (conditional content, as DITA
profiling or Sphinx's `only` do it), one shared diagnostic.

A part of the course marked `edition: b2b` (a lesson section, a question, a facilitator block, an
example: the classes of `schema.InEdition`) belongs to that edition only; everything else belongs
to all. `profile` gives one edition's view of a record, and `profiled` of the whole sources, whose
files still answer every question about lines as the files on disk do: the checks run unchanged on
each edition and name the lines the instructor wrote.
"""

from __future__ import annotations

import dataclasses
import functools
import typing
from typing import Any, TypeVar

from pydantic import BaseModel

from ..problems import Problem
from ..schema import InEdition
from .ids import duplicate_ids, unknown_ids
from .read import SourceFile, Sources
from .yamlread import Loc, Source

R = TypeVar("R", bound=BaseModel)

Kept = dict[Loc, list[int]]
"""For each list that lost items, keyed by its place in the file: the positions the kept items had."""


@functools.cache
def _edition_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of `cls` whose values may hold a part marked for an edition, at any depth, read from
    their types: profiling walks only those (a course's thousands of two-language texts hold none)."""
    return tuple(name for name, field in cls.model_fields.items() if _may_hold(field.annotation, frozenset({cls})))


def _may_hold(annotation: Any, seen: frozenset[type]) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if issubclass(annotation, InEdition):
            return True
        if annotation in seen:  # a schema that contains itself: its fields are being looked at already
            return False
        return any(_may_hold(f.annotation, seen | {annotation}) for f in annotation.model_fields.values())
    return any(_may_hold(arg, seen) for arg in typing.get_args(annotation))


def profile(record: R, edition: str, loc: Loc = (), kept: Kept | None = None) -> tuple[R, Kept]:
    """`record` as `edition` sees it: every part marked for another edition left out, at any depth."""
    kept = {} if kept is None else kept
    changes: dict[str, Any] = {}
    for name in _edition_fields(type(record)):
        value = getattr(record, name)
        new = _profile_value(value, edition, (*loc, name), kept)
        if new is not value:
            changes[name] = new
    return (record.model_copy(update=changes) if changes else record), kept


def _profile_value(value: Any, edition: str, loc: Loc, kept: Kept) -> Any:
    if isinstance(value, BaseModel):
        return profile(value, edition, loc, kept)[0]
    if isinstance(value, list):
        positions = [i for i, item in enumerate(value)
                     if not isinstance(item, InEdition) or item.edition in (None, edition)]
        items = [_profile_value(value[i], edition, (*loc, i), kept) for i in positions]
        if len(positions) != len(value):
            kept[loc] = positions
        elif all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return items
    return value


@dataclasses.dataclass
class ProfiledSource(Source):
    """A file as one edition sees it: a position in a shortened list is read as the item's place in the file."""

    kept: Kept = dataclasses.field(default_factory=dict)

    def original(self, loc: Loc) -> Loc:
        out: list[Any] = []
        for part in loc:
            positions = self.kept.get(tuple(out))
            if isinstance(part, int) and positions is not None and 0 <= part < len(positions):
                part = positions[part]
            out.append(part)
        return tuple(out)

    def line(self, loc: Loc) -> int:
        return super().line(self.original(tuple(loc)))

    def key_line(self, loc: Loc) -> int:
        return super().key_line(self.original(tuple(loc)))


def _file(f: SourceFile[R], edition: str) -> SourceFile[R]:
    record, kept = profile(f.record, edition)
    if not kept and record is f.record:
        return f
    src = f.source
    return SourceFile(record, ProfiledSource(path=src.path, data=src.data, lines=src.lines, text=src.text, kept=kept))


def profiled(s: Sources, edition: str) -> Sources:
    """The whole sources as `edition` sees them (the problems of reading are not repeated)."""
    singles = {name: _file(f, edition) if (f := getattr(s, name)) is not None else None
               for name in ("course", "academy", "model", "glossary", "ui", "toolkit", "diagnostic", "facilitator",
                                 "prepost")}
    return dataclasses.replace(s, **singles, lessons=[_file(f, edition) for f in s.lessons],  # type: ignore[arg-type]
                               quizzes=[_file(f, edition) for f in s.quizzes], problems=[])


def edition_ids(s: Sources) -> list[str]:
    """The course's editions, the default first; none for a course with one edition."""
    return [e.id for e in s.course.record.editions] if s.course else []


def marks(record: BaseModel, loc: Loc = ()) -> list[tuple[Loc, str]]:
    """Every `edition:` written in a record, with its place."""
    out = []
    if isinstance(record, InEdition) and record.edition is not None:
        out.append(((*loc, "edition"), record.edition))
    for name in type(record).model_fields:
        value = getattr(record, name)
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            if isinstance(item, BaseModel):
                out += marks(item, (*loc, name, i) if isinstance(value, list) else (*loc, name))
    return out


def check_editions(s: Sources) -> list[Problem]:
    """Edition ids unique; every `edition:` names one (and a course without editions has none); a lesson
    with a case of its own for one edition has one in every edition; no edition is left with an empty
    lesson, check or session."""
    ids = edition_ids(s)
    out: list[Problem] = []
    if s.course is not None:
        f = s.course
        out += duplicate_ids([(e.id, f.path, f.line(("editions", i, "id"))) for i, e in enumerate(f.record.editions)],
                             "edition")
    unknown = set()
    for f in s.files():
        for loc, value in marks(f.record):
            if not ids:
                out.append(f.at(loc, "edition_without_editions", value=value))
            elif value not in ids:
                out += unknown_ids([value], ids, "edition", f, loc, single=True)
                unknown.add(f.path)
    if len(ids) < 2:
        return out
    for lesson in s.lessons:
        if lesson.path in unknown:  # a misspelt edition is the cause to name, not the case it seems to lack
            continue
        own_cases = [i for i, sec in enumerate(lesson.record.sections) if sec.kind == "case" and sec.edition]
        if not own_cases:
            continue
        for e in ids:
            if not any(sec.kind == "case" for sec in profile(lesson.record, e)[0].sections):
                out.append(dataclasses.replace(lesson.at(("sections", own_cases[0], "edition"), "edition_case_missing",
                                                         lesson=lesson.record.id, edition=e), edition=e))
    for e in ids:
        for f in s.files():
            record, kept = profile(f.record, e)
            if not kept:
                continue
            view = ProfiledSource(path=f.source.path, data=None, lines=f.source.lines, kept=kept)
            for loc in _emptied(record):
                if view.original(loc) not in kept:  # empty as written (a break with no `questions:`): allowed
                    continue
                out.append(dataclasses.replace(Problem.at(f.path, view.line(loc), "edition_empty",
                                                          field=loc[-1]), edition=e))
    return out


# Lists that must keep at least one item in every edition (their schemas ask for one, so an empty one
# was emptied by leaving out another edition's parts).
_NOT_EMPTY = frozenset({"sections", "questions", "templates", "sessions", "blocks"})


def _emptied(record: BaseModel, loc: Loc = ()) -> list[Loc]:
    """Where, in one edition's view of a record, a list that may not be empty is."""
    out: list[Loc] = []
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, list):
            if not value and name in _NOT_EMPTY:
                out.append((*loc, name))
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    out += _emptied(item, (*loc, name, i))
        elif isinstance(value, BaseModel):
            out += _emptied(value, (*loc, name))
    return out
