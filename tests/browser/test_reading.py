"""Reading the course on a 360 px phone and at 1280 px: tables, figure text, the footer, the glossary.

Every expectation is read from the course's own files (the model, ui.yaml, academy.yaml), never
written here: an academy that rebrands or rewrites keeps these tests green.
"""

from __future__ import annotations

import pytest

from builder.site.pages.render import sort_key
from builder.sources.load import load_course
from tests.diagnostic_vectors import ROOT

COURSE = load_course(ROOT)
WIDTHS = (360, 1280)
LANGS = ("id", "en")


def at(page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800 if width < 600 else 900})


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_glossary_is_alphabetical_in_the_pages_language(page, site_url, lang, width):
    at(page, width)
    page.goto(f"{site_url}/{lang}/glossary.html")
    # Each term opens its paragraph in bold (the glossary's template).
    shown = page.locator("article > p > strong:first-child").evaluate_all(
        "els => els.filter(e => !e.previousSibling || !e.previousSibling.textContent.trim())"
        ".map(e => e.textContent.trim())")
    expected = sorted((t.term[lang] for t in COURSE.glossary.terms), key=sort_key)
    assert shown == expected


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_footer_speaks_the_pages_language_and_names_the_academy_once(page, site_url, lang, width):
    at(page, width)
    ui = COURSE.ui.site
    other = "en" if lang == "id" else "id"
    for path in ("index.html", "glossary.html"):
        page.goto(f"{site_url}/{lang}/{path}")
        footer = page.locator("footer.md-footer")
        text = " ".join(footer.inner_text().split())
        assert text.count(COURSE.academy.name) == 1, text
        made_with = ui.made_with[lang].format(tool="Material for MkDocs")
        assert made_with in text
        if ui.made_with[other] != ui.made_with[lang]:
            assert ui.made_with[other].format(tool="Material for MkDocs") not in text
        assert footer.locator("nav").get_attribute("aria-label") == ui.footer_label[lang]
        assert footer.locator(".md-copyright").is_visible()
