"""A facilitator session's slides for a start and a day given in the address (`?mulai=&hari=`, `?start=&day=`),
in Chromium from the offline zip on disk: every slide (its title, subtitle, run-sheet rows and notes, so every
clock time) is the slide the builder makes for that start and day (pages/slides.py `session_deck(at=...)`,
on the rules of pages/clock.py), breaks removed, moved or added where the plan puts them, reveal.js counting
the slides again; no text under 24 px and nothing spilling; the guide's link carries its own start and day to
the slides; a value the page cannot read keeps the default and is named politely, as text."""

from __future__ import annotations

import re

import pytest

from builder.schema import DAYS
from builder.site.pages import clock, slides
from builder.sources.load import load_course

from ..conftest import ROOT
from .support import MEASURE, READY, off_disk, record_requests, run_axe

SESSION = "morning"  # tests/fixtures/session-slides: a Friday at 10:00, its case block running into Jumatan

SHOWN = r"""() => {
  const s = Reveal.getCurrentSlide(), text = e => e ? e.textContent.trim() : '';
  return {title: text(s.querySelector('h1, h2')), subtitle: text(s.querySelector('.selaras-subtitle')),
          rows: Array.from(s.querySelectorAll('tbody tr')).map(r => Array.from(r.cells).map(c => c.textContent.trim())),
          notes: Array.from(s.querySelectorAll('aside.notes p')).map(p => p.textContent.trim()),
          number: text(document.querySelector('.slide-number')).replace(/\s+/g, '')};
}"""


@pytest.fixture(scope="module")
def course(session_course):
    return load_course(session_course.source)


def session_of(course):
    return next(s for s in course.facilitator.sessions if s.id == SESSION)


def default_at(course) -> tuple[int, int]:
    schedule = course.facilitator.schedule
    return clock.parse_time(schedule.start), DAYS.index(schedule.day)


def expected(slide: slides.Slide) -> dict:
    return {"title": slide.title, "subtitle": slide.subtitle,
            "rows": [list(row) for row in slide.table.rows] if slide.table else [], "notes": list(slide.notes)}


def open_slides(page, session_course, lang: str, query: str):
    log = record_requests(page, "file://")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto((session_course.unzipped / lang / "slides" / f"_{SESSION}.html").as_uri() + query)
    page.wait_for_function(READY)
    return log, errors


def walk(page, deck: slides.Deck) -> None:
    """Every slide, moved to with the keys: as the builder makes it, numbered, its text large and inside it."""
    total = page.evaluate("Reveal.getTotalSlides()")
    assert total == len(deck.slides), [s.title for s in deck.slides]
    for n, slide in enumerate(deck.slides):
        assert page.evaluate("Reveal.getIndices().h") == n
        shown = page.evaluate(SHOWN)
        assert {k: v for k, v in shown.items() if k != "number"} == expected(slide), n
        assert shown["number"] == f"{n + 1}/{total}"
        found = page.evaluate(MEASURE)
        assert found["smallest"] >= 24, (n, found)
        assert found["outside"] == [], (n, found)
        if n < total - 1:
            page.keyboard.press("ArrowRight" if n % 2 == 0 else "PageDown")
            page.wait_for_function("n => Reveal.getIndices().h === n", arg=n + 1)


@pytest.mark.browser
@pytest.mark.parametrize(("lang", "query", "start", "day"), [
    ("id", "?mulai=09:00&hari=jumat", 540, 4),  # ends before Jumatan: its slide and row go
    ("id", "?mulai=10.30&hari=Jumat", 630, 4),  # Jumatan a block earlier
    ("en", "?start=10:45&day=monday", 645, 0),  # no Friday: the midday break, in another place
])
def test_every_slide_shows_the_times_of_the_start_and_day_in_the_address(page, session_course, course, lang,
                                                                         query, start, day):
    session = session_of(course)
    deck = slides.session_deck(course, session, lang, at=(start, day))
    default = slides.session_deck(course, session, lang)
    # Each case lays the slides out differently from the built page: the test can fail.
    assert [s.title for s in deck.slides] != [s.title for s in default.slides]
    log, errors = open_slides(page, session_course, lang, query)
    page.wait_for_selector(f"html[data-selaras-clock='{start}@{day}']", state="attached")
    # The run sheet is the plan of pages/clock.py for that start and day, split as the builder splits it.
    schedule = course.facilitator.schedule
    windows = [(clock.parse_time(w.start), clock.parse_time(w.end)) for w in (schedule.midday, schedule.friday)]
    planned = clock.plan(start, day, [b.minutes for b in session.blocks], *windows)
    spans = [f"{clock.clock(r['start'], lang)}–{clock.clock(r['end'], lang)}" for r in planned["rows"]]
    sheet = [row[0] for s in deck.slides if s.kind == "table" for row in s.table.rows]
    assert sheet == spans
    per_slide = slides.sheet_rows(course, session, lang)
    assert all(len(s.table.rows) <= per_slide for s in deck.slides if s.kind == "table")
    walk(page, deck)
    assert page.locator(".selaras-clock-status").is_hidden()
    page.evaluate("Reveal.slide(1)")
    assert run_axe(page) == []
    assert errors == []
    assert not off_disk(log.requests), off_disk(log.requests)


@pytest.mark.browser
def test_the_print_view_prints_the_slides_of_the_start_in_the_address(page, session_course, course):
    deck = slides.session_deck(course, session_of(course), "id", at=(540, 4))
    open_slides(page, session_course, "id", "?mulai=09:00&hari=jumat&print-pdf")
    page.wait_for_function("n => document.querySelectorAll('.pdf-page').length === n", arg=len(deck.slides))
    assert page.locator(".pdf-page", has_text="Jumatan").count() == 0
    assert page.locator(".pdf-page", has_text="09.00–09.30").count() == 2  # the run sheet and its block


@pytest.mark.browser
def test_the_guide_s_link_carries_its_start_and_day_to_the_slides(page, session_course, course):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto((session_course.unzipped / "id" / "facilitator.html").as_uri() + "?mulai=09:00&hari=jumat")
    page.wait_for_selector("html[data-selaras-clock='540@4']", state="attached")
    handout = page.locator(f"section#{SESSION} .selaras-slides-link a").nth(1).get_attribute("href")
    assert handout == f"slides/_{SESSION}.html?print-pdf&mulai=09:00&hari=jumat"
    page.locator(f"section#{SESSION} .selaras-slides-link a").first.click()
    page.wait_for_url(f"**/slides/_{SESSION}.html?mulai=09:00&hari=jumat")
    page.wait_for_load_state("load")
    page.wait_for_function(READY)
    page.wait_for_selector("html[data-selaras-clock='540@4']", state="attached")
    deck = slides.session_deck(course, session_of(course), "id", at=(540, 4))
    assert page.evaluate("Reveal.getTotalSlides()") == len(deck.slides)
    assert page.evaluate(SHOWN)["subtitle"] == deck.slides[0].subtitle


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_unreadable_value_keeps_the_default_and_the_slides_say_so(page, session_course, course, lang):
    hostile = "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"
    log, errors = open_slides(page, session_course, lang, f"?mulai={hostile}&hari=blursday")
    start, day = default_at(course)
    page.wait_for_selector(f"html[data-selaras-clock='{start}@{day}']", state="attached")
    status = page.locator("section.selaras-title .selaras-clock-status")
    status.wait_for(state="visible")
    text = status.text_content()
    labels = course.facilitator.schedule.labels
    assert "<img src=x" in text and "blursday" in text and page.locator(".selaras-clock-status img").count() == 0
    assert clock.clock(start, lang) in text and labels.days[day][lang] in text
    # Both sentences, in the guide's own words for them.
    for template in (labels.bad_start[lang], labels.bad_day[lang]):
        fixed = [part for part in re.split(r"\{\w+\}", template) if part.strip()]
        assert all(part in text for part in fixed), template
    assert status.get_attribute("role") == "status"
    walk(page, slides.session_deck(course, session_of(course), lang))
    page.evaluate("Reveal.slide(0)")
    assert run_axe(page) == []
    assert errors == []
    assert not off_disk(log.requests), off_disk(log.requests)


@pytest.mark.browser
def test_without_a_query_the_slides_are_the_built_ones(page, session_course, course):
    open_slides(page, session_course, "en", "")
    assert page.locator("html[data-selaras-clock]").count() == 0
    deck = slides.session_deck(course, session_of(course), "en")
    assert page.evaluate("Reveal.getTotalSlides()") == len(deck.slides)
    assert page.evaluate(SHOWN)["subtitle"] == deck.slides[0].subtitle


SHIPPED = load_course(ROOT)


@pytest.mark.browser
@pytest.mark.parametrize("session", [s.id for s in SHIPPED.facilitator.sessions])
def test_the_course_s_own_sessions_follow_the_address_too(page, site_url, session):
    """Over the course as built (whatever its sessions hold): every slide is the builder's for that start
    and day, however many slides its run sheet takes."""
    found = next(s for s in SHIPPED.facilitator.sessions if s.id == session)
    deck = slides.session_deck(SHIPPED, found, "id", at=(540, 4))
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{site_url}/id/slides/_{session}.html?mulai=09:00&hari=jumat")
    page.wait_for_function(READY)
    page.wait_for_selector("html[data-selaras-clock='540@4']", state="attached")
    walk(page, deck)
