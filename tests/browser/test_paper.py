"""The diagnostic on paper in Chromium: the form and the scoring key at 360 and 1280 px with axe, and on A4
paper: one page per language, nothing of the site and no control printed."""

from __future__ import annotations

import re

import pytest

from builder.schema import LANGS

from .support import run_axe

PAGES = ["diagnostic-paper.html", "diagnostic-key.html"]


def pdf_pages(page) -> int:
    return int(re.search(rb"/Type\s*/Pages\b.*?/Count (\d+)", page.pdf(format="A4"), re.S).group(1))


def open_page(page, site_url, lang, path, width):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}/{lang}/{path}")
    return errors


PRINTED = """() => {
  const shown = el => { const s = getComputedStyle(el), r = el.getBoundingClientRect();
                        return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0; };
  const sel = 'input, button, select, textarea, a[href], .md-header, .md-sidebar, .md-footer, .md-tabs, [role=button]';
  return [...document.querySelectorAll(sel)].filter(shown).map(el => el.outerHTML.slice(0, 80));
}"""
"""Controls, links and the site's frame that are visible in the current media: on paper, none."""


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_one_a4_page_per_language_and_no_controls_on_paper(page, site_url, lang, path):
    errors = open_page(page, site_url, lang, path, 1280)
    page.emulate_media(media="print")
    assert page.evaluate(PRINTED) == []
    assert pdf_pages(page) == 1
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("lang", LANGS)
def test_readable_on_a_phone_and_a_desktop(page, site_url, lang, path, width):
    errors = open_page(page, site_url, lang, path, width)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    box = page.locator(".dx-paper-scroll, .dx-key").first
    assert box.is_visible()
    # The form's table scrolls inside its own box (reachable by keyboard), never the page.
    scroll = page.locator(".dx-paper-scroll")
    if scroll.count():
        assert scroll.get_attribute("tabindex") == "0"
    assert run_axe(page) == []
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_the_form_is_linked_from_the_diagnostic_page(page, site_url, lang):
    errors = open_page(page, site_url, lang, "diagnostic.html", 1280)
    assert page.locator("#dx-paper-links a[href='diagnostic-key.html']").count() == 1
    page.locator("#dx-paper-links a[href='diagnostic-paper.html']").click()
    page.wait_for_url(re.compile(r"diagnostic-paper\.html$"))
    assert page.locator("table.dx-paper-table tr[data-statement]").count() == page.evaluate(
        "fetch('diagnostic.html').then(r => r.text()).then(t => (t.match(/class=\"dx-statement\"/g) || []).length)")
    assert errors == []
