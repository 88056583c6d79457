"""Building blocks shared by every source format: strict records, ids, two-language texts."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

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
        return getattr(self, lang)


def unique(items: list[Any]) -> list[Any]:
    return list(dict.fromkeys(items))


__all__ = ["Strict", "Id", "Flag", "NonEmpty", "Text", "Field", "LANGS", "MAX_TEXT", "unique"]
