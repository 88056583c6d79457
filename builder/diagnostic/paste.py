"""Many results pasted at once: the rules that pick every result out of a pasted text.

The team page takes a whole pasted block (a chat export: names, times and
messages around the links) and picks out every result in it. The rules,
the same in assets/diagnostic/paste.js (checked by the shared vectors, `paste`):
 1. A result is either a link's `r=` part — `r=` after `#` or at the start of
    a word — followed by the code, or a bare code: a word that starts with
    one digit, a dot, the six hex digits of a fingerprint and a dot. Only ASCII letters,
    digits and dots belong to a code; anything else (space, `<`, `)`, `,`,
    an emoji) ends it. Dots at its end are dropped (a sentence may end there).
 2. A code seen earlier in the same paste, or among `seen` (the results
    already on the page), is a DUPLICATE and skipped: forwarding a message
    twice must not count a person twice.
 3. Every other code is read as by read_code: OK, OTHER_SET or MALFORMED.
Times ("10.45"), prices ("1.500.000") and phone numbers never match rule 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from .codes import read_code
from .scoring import FINGERPRINT_LENGTH, Instrument

DUPLICATE = "duplicate"
MAX_PASTE = 200_000
"""Characters (code points: an emoji is one) read from one paste: a chat export of a long workshop
is far shorter."""


def link_pattern(key: str, chars: str = "0-9A-Za-z.") -> str:
    """A result in a paste as a link carries it: `<key>=` at the start or after a character that is not an
    ASCII letter or digit (`#<key>=` in a link), then the code's characters (`chars`, ASCII ranges). Every
    kind of result is picked out this way (the pre/post test's `t=`, the evaluation's `e=`)."""
    return rf"(^|[^0-9A-Za-z]){key}=([{chars}]*)"


_CANDIDATE = re.compile(link_pattern("r")
                        + (r"|(^|[^0-9A-Za-z.=#/])([0-9]\.[0-9a-f]{%d}\.[0-9A-Za-z.]*)" % FINGERPRINT_LENGTH))
"""Rule 1, written as in paste.js: ASCII classes only, so both agree on every character, and the
character before a result is matched rather than looked behind at (older Safari cannot parse a
look-behind). A match never ends on a character the next one needs, so nothing is missed."""


@dataclass(frozen=True)
class Found:
    """One result picked out of a paste."""

    code: str
    """The code as found (without `#r=`)."""
    status: str
    """codes.OK, codes.OTHER_SET, codes.MALFORMED or DUPLICATE."""
    answers: dict[str, int | None] | None = None
    role: str | None = None


def candidates(pattern: re.Pattern[str], text: object) -> list[str]:
    """Every code `pattern` picks out of a pasted text (the last of its groups that took part), in order,
    duplicates kept, dots at its end dropped (a sentence may end there); only the first MAX_PASTE
    characters are read. Every kind of result is picked out this way."""
    if not isinstance(text, str):
        return []
    return [next(g for g in reversed(m.groups()) if g is not None).rstrip(".")
            for m in pattern.finditer(text[:MAX_PASTE])]


def extract_codes(text: str) -> list[str]:
    """Every candidate code in a pasted text, in order (rule 1; duplicates kept)."""
    return candidates(_CANDIDATE, text)


def first_sightings(codes: Iterable[str], seen: Iterable[str] = ()) -> Iterator[tuple[str, bool]]:
    """Each code with whether it is a duplicate: seen before, in `seen` or earlier in `codes` (a message
    forwarded twice counts once). The diagnostic's, the pre/post test's and the evaluation's pastes share it, as
    their browser copies share firstSightings (assets/diagnostic/paste-core.js, with MAX_PASTE and DUPLICATE)."""
    known = set(seen)
    for code in codes:
        yield code, code in known
        known.add(code)


def extract_results(inst: Instrument, text: str, seen: Iterable[str] = ()) -> list[Found]:
    """Every result in a pasted text with what became of it (rules 1–3)."""
    out = []
    for code, duplicate in first_sightings(extract_codes(text), seen):
        if duplicate:
            out.append(Found(code, DUPLICATE))
            continue
        reading = read_code(inst, code)
        out.append(Found(code, reading.status, reading.answers, reading.role))
    return out
