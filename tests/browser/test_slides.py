"""A lesson's projection view in real Chromium, opened from the offline zip on disk (file://): the keys a
trainer and a clicker use move it, touch swipes move it, no text on any slide is under 24 px at
1280 x 720 and nothing spills off a slide, the presenter view shows the notes, the next slide and a
clock, the print view lays out one slide a page for handouts, and nothing is requested off the disk."""

from __future__ import annotations

import pytest

from ..conftest import FIXTURES
from .support import MEASURE, READY, off_disk, record_requests, run_axe, unzip_offline


@pytest.fixture(scope="module")
def unzipped(tmp_path_factory):
    return unzip_offline(tmp_path_factory.mktemp("slides"), FIXTURES / "editions", FIXTURES / "slides")


def open_slides(page, unzipped, lang: str, query: str = ""):
    log = record_requests(page, "file://")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto((unzipped / lang / "slides" / "handoff.html").as_uri() + query)
    page.wait_for_function(READY)
    return log


def index(page) -> int:
    return page.evaluate("Reveal.getIndices().h")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_keys_move_every_slide_and_no_text_is_under_24_px(page, unzipped, lang):
    log = open_slides(page, unzipped, lang)
    total = page.evaluate("Reveal.getTotalSlides()")
    assert total > 10
    for n in range(total):
        assert index(page) == n
        found = page.evaluate(MEASURE)
        assert found["smallest"] >= 24, (n, found)
        assert found["outside"] == [], (n, found)
        if n < total - 1:
            page.keyboard.press("ArrowRight" if n % 2 == 0 else "PageDown")  # arrows, and what clickers send
            page.wait_for_function("n => Reveal.getIndices().h === n", arg=n + 1)
    page.keyboard.press("PageUp")
    page.wait_for_function("n => Reveal.getIndices().h === n", arg=total - 2)
    page.keyboard.press("ArrowLeft")
    page.wait_for_function("n => Reveal.getIndices().h === n", arg=total - 3)
    assert not off_disk(log.requests), off_disk(log.requests)
    assert not log.failures, log.failures


def test_a_swipe_moves_to_the_next_slide(page, unzipped):
    open_slides(page, unzipped, "en")
    cdp = page.context.new_cdp_session(page)
    for kind, x in (("touchStart", 900), ("touchMove", 700), ("touchMove", 400), ("touchEnd", None)):
        points = [] if x is None else [{"x": x, "y": 360}]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})
    page.wait_for_function("() => Reveal.getIndices().h === 1")


def test_the_presenter_view_shows_the_notes_the_next_slide_and_a_clock_from_disk(page, unzipped):
    log = open_slides(page, unzipped, "en")
    page.keyboard.press("ArrowRight")  # the objectives, whose notes are the objectives in full
    page.wait_for_function("() => Reveal.getIndices().h === 1")
    with page.context.expect_page() as opened:
        page.keyboard.press("s")
    speaker = opened.value
    notes = page.evaluate("Reveal.getSlideNotes()")
    first_note = page.eval_on_selector("section.present aside.notes p", "p => p.textContent")
    assert first_note in notes
    speaker.wait_for_function("t => document.querySelector('.speaker-controls-notes').textContent.includes(t)",
                              arg=first_note)
    speaker.wait_for_function("() => /\\d/.test(document.querySelector('.clock-value').textContent)")
    upcoming = speaker.frame_locator("#upcoming-slide iframe")
    upcoming.locator(".reveal.ready").wait_for(state="attached")
    page.keyboard.press("ArrowRight")
    next_note = page.eval_on_selector("section.present aside.notes p", "p => p.textContent")
    speaker.wait_for_function("t => document.querySelector('.speaker-controls-notes').textContent.includes(t)",
                              arg=next_note)
    speaker.close()
    assert not off_disk(log.requests), off_disk(log.requests)


def test_the_print_view_lays_out_one_slide_a_page_without_the_notes(page, unzipped):
    open_slides(page, unzipped, "id", "?print-pdf")
    total = page.evaluate("Reveal.getTotalSlides()")
    page.wait_for_function("n => document.querySelectorAll('.pdf-page').length === n", arg=total)
    assert page.evaluate("document.querySelectorAll('.pdf-page .speaker-notes').length") == 0


def test_the_slides_page_has_no_serious_accessibility_violation(page, unzipped):
    open_slides(page, unzipped, "id")
    assert run_axe(page) == []


# --- a facilitator session's projection view ---------------------------------------------------------

@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_session_s_slides_move_with_the_keys_keep_text_large_and_show_the_qr_codes(page, session_unzipped,
                                                                                       lang):
    log = record_requests(page, "file://")
    page.set_viewport_size({"width": 1280, "height": 720})
    guide = session_unzipped / lang / "facilitator.html"
    page.goto(guide.as_uri())
    page.locator(".selaras-slides-link a").first.click()  # the guide's discreet link to its first session
    page.wait_for_url("**/slides/_morning.html*")  # the new page, before asking it anything
    page.wait_for_load_state("load")
    page.wait_for_function(READY)
    total = page.evaluate("Reveal.getTotalSlides()")
    codes = 0
    for n in range(total):
        found = page.evaluate(MEASURE)
        assert found["smallest"] >= 24, (n, found)
        assert found["outside"] == [], (n, found)
        codes += page.evaluate("() => Reveal.getCurrentSlide().querySelectorAll('svg[role=img]').length")
        if n < total - 1:
            page.keyboard.press("PageDown" if n % 2 else "ArrowRight")
            page.wait_for_function("n => Reveal.getIndices().h === n", arg=n + 1)
    assert codes == 4  # the diagnostic and the lessons, after the run sheet and again at the diagnostic
    assert not off_disk(log.requests), off_disk(log.requests)
    assert not log.failures, log.failures


def test_a_session_s_presenter_view_shows_the_talk_track(page, session_unzipped):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto((session_unzipped / "en" / "slides" / "_morning.html").as_uri() + "#/3")
    page.wait_for_function(READY)
    note = page.eval_on_selector("section.present aside.notes p", "p => p.textContent")
    with page.context.expect_page() as opened:
        page.keyboard.press("s")
    speaker = opened.value
    speaker.wait_for_function("t => document.querySelector('.speaker-controls-notes').textContent.includes(t)",
                              arg=note)
    speaker.close()


def test_a_session_s_slides_have_no_serious_accessibility_violation(page, session_unzipped):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto((session_unzipped / "id" / "slides" / "_morning.html").as_uri() + "#/2")
    page.wait_for_function(READY)
    assert page.evaluate("() => Reveal.getCurrentSlide().querySelectorAll('svg[role=img]').length") == 2
    assert run_axe(page) == []
