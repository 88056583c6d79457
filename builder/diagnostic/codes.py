"""Result codes: one respondent's answers, and role, as a short text a link can carry.

A result code is `<version>.` and then the version's fields, separated by dots.
Version 3: `3.<fingerprint>.<role>.<answers>` — the statement-set fingerprint,
the respondent's role as one letter (ROLE_LETTERS), then one character per
statement in instrument order: `1`–`5`, or `0` for "don't know" / not
answered. Version 2 is the same without the role (`2.<fingerprint>.<answers>`);
it is still written when a respondent has not said their role, and still read
(the team page then asks for the role). The share link is the diagnostic page
with `#r=<code>`. Version 1 (`1.<answers>`) carried no fingerprint. A code that
is well formed but made for another statement set (another fingerprint, or
version 1) is read as OTHER_SET — never scored against statements its
respondent did not see. A later version adds a reader to _READERS and keeps
the older ones.

The browser reads and writes them with the same rules (assets/diagnostic/codes.js), checked by
the shared vectors (`codes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from .scoring import FINGERPRINT_LENGTH, Instrument

CODE_VERSION = "3"
"""The version written when the role is known (version 2 when it is not)."""
ROLE_LETTERS = {"sales": "s", "marketing": "m", "other": "o"}
_ROLE_OF_LETTER = {letter: role for role, letter in ROLE_LETTERS.items()}

_MAX_CODE_INPUT = 2000

OK = "ok"
OTHER_SET = "other_set"
MALFORMED = "malformed"

_ANSWERS = re.compile(r"[0-5]+")
FINGERPRINT = re.compile(r"[0-9a-f]{%d}" % FINGERPRINT_LENGTH)
"""A set's fingerprint as every kind of result code writes it (the diagnostic's, the pre/post test's, the
evaluation's)."""
TAG = re.compile(r"[0-9a-z]{4}")
"""The four letters or digits a page draws at random (the pre/post test's tag, the evaluation's nonce), so
that two people who answered alike still send two codes."""


@dataclass(frozen=True)
class CodeReading:
    """What a pasted code or link turned out to be."""

    status: str
    """OK, OTHER_SET or MALFORMED."""
    answers: dict[str, int | None] | None = None
    """The answers, when the status is OK."""
    role: str | None = None
    """The role the respondent stated (a version 3 code read OK), else None."""


def encode(inst: Instrument, answers: Mapping[str, int | None], role: str | None = None) -> str:
    """Version 3 with the role; version 2 when the respondent has not said it."""
    digits = "".join(str(answers.get(sid) or 0) for sid in inst.statement_ids)
    if role is None:
        return ".".join(("2", inst.fingerprint, digits))
    return ".".join((CODE_VERSION, inst.fingerprint, ROLE_LETTERS[role], digits))


def _read_v1(inst: Instrument, fields: list[str]) -> CodeReading:  # noqa: ARG001 - the readers' one signature
    if len(fields) == 1 and _ANSWERS.fullmatch(fields[0]):
        return CodeReading(OTHER_SET)
    return CodeReading(MALFORMED)


def _read_v2(inst: Instrument, fields: list[str]) -> CodeReading:
    if len(fields) != 2 or not FINGERPRINT.fullmatch(fields[0]) or not _ANSWERS.fullmatch(fields[1]):
        return CodeReading(MALFORMED)
    fp, digits = fields
    if fp != inst.fingerprint:
        return CodeReading(OTHER_SET)  # another set may have another length: only the fingerprint counts
    if len(digits) != len(inst.statements):
        return CodeReading(MALFORMED)
    return CodeReading(OK, {sid: (int(d) or None) for sid, d in zip(inst.statement_ids, digits, strict=True)})


def _read_v3(inst: Instrument, fields: list[str]) -> CodeReading:
    if len(fields) != 3 or fields[1] not in _ROLE_OF_LETTER:
        return CodeReading(MALFORMED)
    reading = _read_v2(inst, [fields[0], fields[2]])
    return CodeReading(OK, reading.answers, _ROLE_OF_LETTER[fields[1]]) if reading.status == OK else reading


_READERS = {"1": _read_v1, "2": _read_v2, "3": _read_v3}


SPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
        "\u2028\u2029\u202f\u205f\u3000\ufeff"
"""What JavaScript's trim() removes (its WhiteSpace and LineTerminator), so that both sides strip the
same characters: Python's strip() also takes \\x1c–\\x1f and \\x85, and leaves \\ufeff."""


def code_fields(text: object, key: str, max_input: int) -> list[str] | None:
    """The dot-separated fields of a result code written as itself, as `<key>=<code>` or as a link ending in
    `#<key>=<code>` (spaces around it dropped, as JavaScript's trim() drops them); None when `text` is not a
    string or is longer than `max_input` characters. Every kind of result code is read this way."""
    if not isinstance(text, str) or len(text) > max_input:
        return None
    text = text.strip(SPACE)
    if "#" in text:
        text = text.split("#", 1)[1]
    if text.startswith(key + "="):
        text = text[len(key) + 1:]
    return text.split(".")


def read_code(inst: Instrument, text: str) -> CodeReading:
    """A result code, `r=<code>`, or a link ending in `#r=<code>`."""
    fields = code_fields(text, "r", _MAX_CODE_INPUT)
    if fields is None:
        return CodeReading(MALFORMED)
    version, *fields = fields
    reader = _READERS.get(version)
    return reader(inst, fields) if reader else CodeReading(MALFORMED)


def decode(inst: Instrument, text: str) -> dict[str, int | None] | None:
    """The answers of a code of this statement set; None for anything else."""
    return read_code(inst, text).answers
