"""The facilitator guide's run sheets for a start and a day given in the address (`?mulai=&hari=`, `?start=&day=`),
in Chromium at a phone's and a desktop's width: the rows the page shows are the ones the build-time rules give
(builder/site/pages/clock.py, itself held to the shared vectors), and a value the page cannot read keeps the
default and is named politely, as text."""

from __future__ import annotations

import pytest

from builder.schema import DAYS
from builder.site.pages import clock
from builder.sources.load import load_course
from tests.diagnostic_vectors import ROOT

from .support import run_axe

COURSE = load_course(ROOT)
GUIDE = COURSE.facilitator
SCHEDULE = GUIDE.schedule
WIDTHS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 900}}
WINDOWS = tuple((clock.parse_time(w.start), clock.parse_time(w.end)) for w in (SCHEDULE.midday, SCHEDULE.friday))


def expected_rows(lang: str, start: int, day: int) -> dict[str, list[list[str]]]:
    out = {}
    for session in GUIDE.sessions:
        planned = clock.plan(start, day, [b.minutes for b in session.blocks], *WINDOWS)
        rows = []
        for row in planned["rows"]:
            span = f"{clock.clock(row['start'], lang)}–{clock.clock(row['end'], lang)}"
            if row["block"] is None:
                title = (SCHEDULE.friday if row["window"] == "friday" else SCHEDULE.midday).title[lang]
            else:
                title = session.blocks[row["block"]].title[lang]
            rows.append([span, title, str(row["end"] - row["start"])])
        out[session.id] = rows
    return out


def shown_rows(page) -> dict[str, list[list[str]]]:
    return {s.id: page.locator(f"section#{s.id} .selaras-run-sheet table tbody tr").evaluate_all(
        "rows => rows.map(r => Array.from(r.cells).map(c => c.textContent.trim()))") for s in GUIDE.sessions}


def open_at(page, url):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector("section.selaras-block")
    return errors


@pytest.mark.browser
@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize(("lang", "query", "start", "day"), [
    ("id", "?mulai=13.00&hari=Jumat", 780, 4),
    ("id", "?mulai=10:30&hari=jumat", 630, 4),
    ("en", "?start=10:30&day=wednesday", 630, 2),
    ("en", "?hari=friday&mulai=0745", 465, 4),
])
def test_the_address_sets_the_start_and_the_day(page, site_url, width, lang, query, start, day):
    page.set_viewport_size(WIDTHS[width])
    errors = open_at(page, f"{site_url}/{lang}/facilitator.html{query}")
    page.wait_for_selector(f"html[data-selaras-clock='{start}@{day}']")
    assert shown_rows(page) == expected_rows(lang, start, day)
    first = GUIDE.sessions[0]
    starts = page.locator(f"[data-clock-starts='{first.id}']").text_content()
    assert SCHEDULE.labels.days[day][lang] in starts and clock.clock(start, lang) in starts
    # Each block's heading carries the same time as its row; every link still leads to its block.
    span = page.locator(f"[data-clock-block='{first.id}-2']").text_content()
    assert span == expected_rows(lang, start, day)[first.id][1][0]
    assert page.locator(f"section#{first.id} .selaras-run-sheet a[href='#{first.id}-2']").count() == 1
    assert page.locator(".selaras-clock-status").is_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    assert run_axe(page) == []
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_without_a_query_the_page_keeps_the_built_schedule(page, site_url, width):
    page.set_viewport_size(WIDTHS[width])
    open_at(page, f"{site_url}/id/facilitator.html")
    default = expected_rows("id", clock.parse_time(SCHEDULE.start), DAYS.index(SCHEDULE.day))
    assert shown_rows(page) == default
    assert page.locator("html[data-selaras-clock]").count() == 0


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_unreadable_value_keeps_the_default_and_says_so_as_text(page, site_url, lang):
    page.set_viewport_size(WIDTHS["phone"])
    hostile = "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"
    errors = open_at(page, f"{site_url}/{lang}/facilitator.html?mulai={hostile}&hari=blursday")
    page.wait_for_selector(".selaras-clock-status:not([hidden])")
    status = page.locator(".selaras-clock-status").text_content()
    default_start, default_day = clock.parse_time(SCHEDULE.start), DAYS.index(SCHEDULE.day)
    assert "<img src=x" in status and "blursday" in status
    assert clock.clock(default_start, lang) in status and SCHEDULE.labels.days[default_day][lang] in status
    assert page.locator(".selaras-clock-status img").count() == 0
    assert shown_rows(page) == expected_rows(lang, default_start, default_day)
    assert run_axe(page) == []
    assert errors == []
