"""The run sheets on the clock: a start time and a day in, each block's clock times out, with the midday
break placed where a session runs into it. Pure.

The browser repeats this file exactly (assets/facilitator/clock.js) for a start and a day given in the
page's address; both are held to the same vectors (tests/data/clock_vectors.json). The page shows the
default schedule without any script: this module computes it at build time.

Rules, said once:
- a session's blocks follow each other with no gap; a `break` block of the sources is one of them;
- the midday break (ISHOMA, or Jumatan on a Friday) is placed when the session is still running at the
  start of its window (it starts before the window and ends after its start): it begins at the last
  change of activity at or before the window's start, so nobody is in the middle of a block at prayer
  time, and it lasts as long as the window;
- times past midnight wrap round the clock.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

ADDRESS_DAYS = {
    "id": ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}
"""The day names the page's address takes (`?hari=jumat`, `?day=friday`), Monday first, in any case: words
of the address, not of the page, which writes the days in the words of course/facilitator.yaml
(`schedule.labels.days`)."""

FRIDAY = 4
DAY = 24 * 60
MAX_INPUT = 40
"""Longest value of the address the page reads at all; anything longer is refused as it is."""

_READ_DAYS = {name: n for names in ADDRESS_DAYS.values() for n, name in enumerate(names)}
_READ_DAYS["ahad"] = 6  # Sunday, as many Indonesians say it
_TIME = re.compile(r"([0-9]{1,2})(?:[:.]([0-9]{2}))?")
_COMPACT = re.compile(r"([0-9]{2})([0-9]{2})")


def parse_time(text: str) -> int | None:
    """Minutes after midnight of a time as people write it (`08:30`, `8.30`, `0830`, `9`), or None."""
    value = text.strip()
    if len(value) > MAX_INPUT:
        return None
    found = _TIME.fullmatch(value) or _COMPACT.fullmatch(value)
    if not found:
        return None
    hours, minutes = int(found.group(1)), int(found.group(2) or 0)
    if hours > 23 or minutes > 59:
        return None
    return hours * 60 + minutes


def parse_day(text: str) -> int | None:
    """The day (0 Monday … 6 Sunday) named in Indonesian or English, any case, `jum'at` too; or None."""
    value = text.strip().lower().replace("'", "").replace("\u2019", "")
    if len(value) > MAX_INPUT:
        return None
    return _READ_DAYS.get(value)


def clock(minutes: int, lang: str) -> str:
    """A time of day as the page writes it: `08.30` in Indonesian (as offices write it), `08:30` in English."""
    minutes %= DAY
    return f"{minutes // 60:02d}{'.' if lang == 'id' else ':'}{minutes % 60:02d}"


def plan(start: int, day: int, blocks: Sequence[int], midday: tuple[int, int],
         friday: tuple[int, int]) -> dict[str, Any]:
    """The rows of a run sheet from `start` on `day`: each block in order (`block`: its index), and the
    midday break where it falls (`block`: None, `window`: `midday` or `friday`); `end` is the real end,
    breaks included, in minutes after the start's midnight."""
    name, (window_start, window_end) = ("friday", friday) if day == FRIDAY else ("midday", midday)
    bounds = [start]
    for minutes in blocks:
        bounds.append(bounds[-1] + minutes)
    before = None  # index of the block the break goes before
    if start <= window_start < bounds[-1]:
        before = max(i for i, bound in enumerate(bounds[:-1]) if bound <= window_start)
    rows: list[dict[str, Any]] = []
    now = start
    for i, minutes in enumerate(blocks):
        if i == before:
            length = window_end - window_start
            rows.append({"block": None, "window": name, "start": now, "end": now + length})
            now += length
        rows.append({"block": i, "window": None, "start": now, "end": now + minutes})
        now += minutes
    return {"rows": rows, "end": now}
