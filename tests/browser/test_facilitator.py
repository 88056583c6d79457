"""The Facilitator guide in Chromium: both languages, phone and desktop widths, axe, print, links that resolve."""

from __future__ import annotations

import itertools
from collections import defaultdict
from urllib.parse import urljoin, urlsplit

import pytest

from builder.sources.load import load_course
from tests.diagnostic_vectors import ROOT

from .support import record_requests, run_axe

COURSE = load_course(ROOT)
GUIDE = COURSE.facilitator
WIDTHS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 900}}


def open_guide(page, site_url, lang):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{site_url}/{lang}/facilitator.html")
    page.wait_for_selector("section.selaras-block")
    return errors


@pytest.mark.browser
@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_guide_reads_well_on_a_phone_and_a_desktop(page, site_url, lang, width):
    page.set_viewport_size(WIDTHS[width])
    log = record_requests(page, site_url)
    errors = open_guide(page, site_url, lang)
    assert page.locator("h1").text_content().strip() == GUIDE.title[lang]
    assert page.locator("html").get_attribute("lang") == lang
    sessions = page.locator("section.selaras-session").evaluate_all("els => els.map(e => e.id)")
    assert sessions == [s.id for s in GUIDE.sessions]
    assert page.locator("section.selaras-block").count() == sum(len(s.blocks) for s in GUIDE.sessions)
    levels = page.locator("article :is(h1, h2, h3, h4)").evaluate_all("els => els.map(h => +h.tagName[1])")
    assert levels[0] == 1 and all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    assert page.locator(".selaras-run-sheet strong").first.text_content() == GUIDE.labels.run_sheet[lang]
    # Nothing wider than the screen: no sideways scrolling of the page on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width]["width"]
    assert run_axe(page) == []
    assert log.foreign == [] and log.failures == [] and errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_print_shows_the_guide_without_the_site_around_it(page, site_url, lang):
    open_guide(page, site_url, lang)
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search",
                   ".selaras-guide-intro ul"):
        assert page.locator(hidden).first.is_hidden(), hidden
    parts = page.locator("section.selaras-session, section.selaras-debrief, section.selaras-checklist")
    assert set(parts.evaluate_all("els => els.map(e => getComputedStyle(e).breakBefore)")) == {"page"}
    blocks = page.locator("section.selaras-block").evaluate_all(
        "els => els.map(e => getComputedStyle(e).breakInside)")
    assert set(blocks) == {"avoid"}
    assert page.locator("section.selaras-checklist li").first.is_visible()


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_checklist_fits_one_a4_page(page, site_url, lang):
    # A4 less the print margins of facilitator.css (12 mm each side, 14 mm top and bottom), at 96 px per inch.
    width, height = round((210 - 24) / 25.4 * 96), round((297 - 28) / 25.4 * 96)
    page.set_viewport_size({"width": width, "height": height})
    open_guide(page, site_url, lang)
    page.emulate_media(media="print")
    box = page.locator("section.selaras-checklist").bounding_box()
    assert box is not None and box["height"] <= height, box


@pytest.mark.browser
def test_every_link_to_a_lesson_or_the_toolkit_resolves(page, site_url):
    open_guide(page, site_url, "en")
    base = f"{site_url}/en/facilitator.html"
    hrefs = page.locator("article a[href]").evaluate_all("els => els.map(a => a.getAttribute('href'))")
    targets: dict[str, set[str]] = defaultdict(set)
    for href in hrefs:
        if href.startswith(("lessons/", "toolkit.html", "diagnostic.html", "team.html")):
            url = urljoin(base, href)
            targets[url.split("#")[0]].add(urlsplit(url).fragment)
    assert any("/lessons/" in t for t in targets) and any(t.endswith("/toolkit.html") for t in targets)
    for url, fragments in sorted(targets.items()):
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        for fragment in sorted(f for f in fragments if f):
            assert page.locator(f"[id='{fragment}']").count() == 1, f"{url}#{fragment}"


@pytest.mark.browser
def test_home_and_menu_lead_to_the_guide(page, site_url):
    page.goto(f"{site_url}/id/index.html")
    assert page.locator("nav a[href='facilitator.html']").count() >= 1
    page.locator("article a[href='facilitator.html']").first.click()
    page.wait_for_url(f"{site_url}/id/facilitator.html")
    assert page.locator("h1").text_content().strip() == GUIDE.title.id
