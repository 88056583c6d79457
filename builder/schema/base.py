"""Building blocks shared by every source format: strict records, ids, two-language texts, and the
facts a field declares about itself.

What a field is, is said once, on the field, and read from there by the checks, the JSON Schema
and the guides:

- `Markdown` (two languages) and `MarkdownLine` (one text for both): the text is Markdown, turned
  into cleaned HTML by the builder (sources/markup.py); every other text is plain;
- `Placeholders("minutes", …)`: the `{names}` an interface word may hold (sources/placeholders.py);
  the JSON Schema's description of the field lists them;
- `Refused("problem_code")` on a key the format does not take (one an earlier version had, or a
  mkdocs setting the builder makes itself): the key gets its own message, and is left out of the
  JSON Schema and of the keys suggested for a misspelt one.
"""

from __future__ import annotations

import functools
import re
import types
import typing
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StringConstraints,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, PydanticOmit, core_schema

LANGS = ("id", "en")
_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")

MAX_TEXT = 10_000
"""Most characters one text of the sources may hold (each language apart). The longest lesson
section of the shipped course has about 1,500; a text many times that is a mistake, or made to
slow the builder down."""

# Characters that are never part of a text a person writes: C0 controls but tab and line end,
# DEL and C1 controls. A YAML escape such as "\x1b" makes them; in a page or a terminal they
# would hide text, forge lines or stop a script.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class Strict(BaseModel):
    """A record in a source file: unknown keys are mistakes, never ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True,
                              str_strip_whitespace=False)



# --- facts a field declares ---------------------------------------------------------------------

@dataclass(frozen=True)
class _MarkdownFact:
    """The field's texts are Markdown."""

    def __get_pydantic_json_schema__(self, schema: core_schema.CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        json = handler(schema)
        json["x-markdown"] = True
        return json


MARKDOWN = _MarkdownFact()


class Placeholders:
    """The `{names}` an interface word may use; any other name, or none at all, is a mistake."""

    def __init__(self, *names: str) -> None:
        self.names = tuple(names)

    def __repr__(self) -> str:
        return f"Placeholders{self.names!r}"

    def __get_pydantic_json_schema__(self, schema: core_schema.CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        json = handler(schema)
        json["x-placeholders"] = list(self.names)
        return json


@dataclass(frozen=True)
class Refused:
    """A key this format does not take, with the problem code that says why and what instead."""

    code: str

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        code = self.code

        def refuse(value: Any) -> Any:  # noqa: ARG001 - pydantic passes the value; any value is refused
            raise PydanticCustomError("refused_key", "a refused key", {"code": code})
        return core_schema.no_info_plain_validator_function(refuse)

    def __get_pydantic_json_schema__(self, schema: core_schema.CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        raise PydanticOmit  # not a key to offer in an editor


def _facts(annotation: Any) -> typing.Iterator[Any]:
    """Every fact in a field's type, inside lists and optional values too."""
    if typing.get_origin(annotation) is Annotated:
        base, *metadata = typing.get_args(annotation)
        yield from metadata
        yield from _facts(base)
    elif typing.get_origin(annotation) in (list, tuple, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            yield from _facts(arg)


def _fact(info: Any, kind: type) -> Any:
    return next((f for f in [*info.metadata, *_facts(info.annotation)] if isinstance(f, kind)), None)


@functools.cache
def markdown_fields(model: type[BaseModel]) -> frozenset[str]:
    """The fields of `model` whose texts are Markdown."""
    return frozenset(name for name, info in model.model_fields.items() if _fact(info, _MarkdownFact))


@functools.cache
def placeholders(model: type[BaseModel], field: str) -> frozenset[str]:
    """The placeholders the field `model.field` may use (empty: none)."""
    fact = _fact(model.model_fields[field], Placeholders)
    return frozenset(fact.names) if fact else frozenset()


def described(model: type[BaseModel], field: str) -> str:
    """A field's description as the JSON Schema gives it to editors: its docstring, then what its facts say
    (that it is Markdown, which placeholders it may use)."""
    info = model.model_fields[field]
    text = info.description or ""
    if _fact(info, _MarkdownFact):
        text += " Markdown."
    names = _fact(info, Placeholders)
    if names is not None and names.names:
        text += " Placeholders: " + ", ".join(f"`{{{n}}}`" for n in names.names) + "."
    return text.strip()


@functools.cache
def accepted_keys(model: type[BaseModel]) -> tuple[str, ...]:
    """The keys a record of `model` takes: its fields, without the refused ones."""
    return tuple(name for name, info in model.model_fields.items() if not _fact(info, Refused))


def _check_id(value: str) -> str:
    if not _ID.fullmatch(value):
        raise PydanticCustomError("bad_id", "not an id", {"value": value})
    return value


def _flag(value: Any) -> Any:
    # YAML 1.1 would read yes/no/on/off as booleans; here only true/false count.
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise PydanticCustomError("expected_flag", "not true/false", {"value": value})


Id = Annotated[str, AfterValidator(_check_id)]
"""A short identifier: lower-case letters, digits and hyphens, e.g. `rules-of-engagement`."""

Flag = Annotated[bool, BeforeValidator(_flag)]
"""`true` or `false`, nothing else."""

def _no_control(value: str) -> str:
    found = _CONTROL.search(value)
    if found:
        raise PydanticCustomError("control_character", "a control character",
                                  {"char": f"U+{ord(found.group(0)):04X}"})
    return value


NonEmpty = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT, strip_whitespace=True),
                     AfterValidator(_no_control)]
"""A text of the sources: not empty, at most MAX_TEXT characters, no control characters."""


class Text(Strict):
    """The same text in Indonesian (`id`) and English (`en`). Markdown is allowed where the field says so."""

    id: NonEmpty
    """Indonesian text."""
    en: NonEmpty
    """English text."""

    @model_validator(mode="before")
    @classmethod
    def _both_languages(cls, data: Any) -> Any:
        if isinstance(data, dict):
            present = [lang for lang in LANGS if lang in data]
            if len(present) == 1:
                absent = next(lang for lang in LANGS if lang not in data)
                raise PydanticCustomError(
                    "missing_language", "one language only",
                    {"present": present[0], "absent": absent,
                     "present_code": present[0], "absent_code": absent})
        elif isinstance(data, (str, list)):
            raise PydanticCustomError("expected_language_pair", "not a pair",
                                      {"found": "a text" if isinstance(data, str) else "a list"})
        return data

    def __getitem__(self, lang: str) -> str:
        return str(getattr(self, lang))


Markdown = Annotated[Text, MARKDOWN]
"""A text in both languages, in Markdown (lists, **bold**, tables, links, the HTML sources/markup.py allows)."""

MarkdownLine = Annotated[NonEmpty, MARKDOWN]
"""One Markdown text for both languages (a citation)."""


__all__ = ["Strict", "Id", "Flag", "NonEmpty", "Text", "Markdown", "MarkdownLine", "Placeholders", "Refused",
           "Field", "LANGS", "MAX_TEXT", "MARKDOWN", "markdown_fields", "placeholders", "accepted_keys"]


# --- editions -------------------------------------------------------------------------------------

class InEdition(Strict):
    """A part of the course that may belong to one edition only (a lesson section, a question, a
    facilitator block, an example): `sources/editions.py` leaves it out of the other editions."""

    edition: Id | None = None
    """The edition this belongs to: an id from `editions:` in course/course.yaml, e.g. `b2b`. Leave it out for a part every edition shares (most of the course)."""
