"""The built course in real Chromium: language switch, no foreign or missing requests, page structure, axe."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from .support import record_requests, run_axe

LANGS = ("id", "en")
PAGE_TYPES = ["index.html", "lessons/{first}.html", "diagnostic.html", "team.html", "glossary.html", "credits.html",
              "toolkit.html", "facilitator.html", "lessons/_print.html", "diagnostic-paper.html",
              "diagnostic-key.html", "prepost.html"]
SCHEMES = {"light": "default", "dark": "slate"}
"""The browser's colour preference, and Material's scheme a first visit then shows (mkdocs/config.py palette)."""


def _pages(built_site: Path) -> list[str]:
    """The learner's pages: not the 404 page, nor helper files under assets/ (quiz.js's storage probe), nor a
    lesson's slides, a trainer's projection view without the site's frame (tests/browser/test_slides.py)."""
    return sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")
                  if p.name != "404.html" and not {"assets", "slides"} & set(p.relative_to(built_site).parts))


def _first_lesson(built_site: Path) -> str:
    index = (built_site / "id" / "index.html").read_text(encoding="utf-8")
    start = index.index('href="lessons/') + len('href="lessons/')
    return index[start:index.index(".html", start)]


def test_switching_language_lands_on_the_same_lesson(page, site_url: str, built_site: Path):
    lesson = _first_lesson(built_site)
    log = record_requests(page, site_url)
    page.goto(f"{site_url}/id/lessons/{lesson}.html")
    assert page.locator("html").get_attribute("lang") == "id"
    page.get_by_role("button", name="Pilih bahasa").click()
    page.locator('a.md-select__link[hreflang="en"]').click()
    page.wait_for_url(f"{site_url}/en/lessons/{lesson}.html")
    assert page.locator("html").get_attribute("lang") == "en"
    # …and back again, by keyboard this time.
    page.get_by_role("button", name="Select language").focus()
    page.keyboard.press("Enter")
    page.locator('a.md-select__link[hreflang="id"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}/id/lessons/{lesson}.html")
    assert not log.foreign and not log.failures, (log.foreign, log.failures)


def test_the_root_opens_the_indonesian_course(page, site_url: str):
    page.goto(f"{site_url}/")
    page.wait_for_url(f"{site_url}/id/index.html")
    assert page.locator("html").get_attribute("lang") == "id"


def test_every_page_loads_only_from_this_host_and_nothing_is_missing(page, site_url: str, built_site: Path):
    log = record_requests(page, site_url)
    pages = _pages(built_site)
    assert len(pages) > 20
    for path in pages:
        page.goto(f"{site_url}/{path}")
        page.wait_for_load_state("networkidle")
    assert log.foreign == []
    assert log.failures == []


@pytest.mark.parametrize("lang", LANGS)
def test_page_structure(page, site_url: str, built_site: Path, lang: str):
    """<html lang> matches, every image has a text alternative, headings do not skip levels."""
    for path in _pages(built_site):
        if not path.startswith(f"{lang}/"):
            continue
        page.goto(f"{site_url}/{path}")
        assert page.locator("html").get_attribute("lang") == lang, path
        missing_alt = page.evaluate("""() => [...document.querySelectorAll('img')]
            .filter(i => !i.hasAttribute('alt')).map(i => i.src)""")
        assert missing_alt == [], path
        unnamed_svg = page.evaluate("""() => [...document.querySelectorAll('article svg[role=img]')]
            .filter(s => !s.getAttribute('aria-labelledby') && !s.getAttribute('aria-label')).length""")
        assert unnamed_svg == 0, path
        # The page's content: Material's article, or the <main> of a printable made without the site's frame.
        levels = page.evaluate("""() => [...(document.querySelector('article') || document.querySelector('main'))
            .querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => +h.tagName[1])""")
        assert levels and levels[0] == 1, path
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, f"{path}: heading h{before} followed by h{after}"


@pytest.mark.parametrize("width", [360, 1280])  # a phone shows tables as cards and another header
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_no_serious_accessibility_violation(page, site_url: str, built_site: Path, lang: str, kind: str, scheme: str,
                                            width: int):
    path = kind.format(first=_first_lesson(built_site))
    if not (built_site / lang / path).exists():
        pytest.skip(f"this course has no {path}")
    page.set_viewport_size({"width": width, "height": 800})
    page.emulate_media(color_scheme=scheme)
    page.goto(f"{site_url}/{lang}/{path}")
    assert page.locator("body").get_attribute("data-md-color-scheme") == SCHEMES[scheme]
    violations = run_axe(page)
    assert violations == [], violations
