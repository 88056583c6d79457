"""Material's dark scheme: a toggle in the header named in the page's language, a first visit that
follows the phone's setting, a choice remembered across pages, reloads and both languages.

(axe in both schemes on every kind of page: test_site.py.) Words are read from ui.yaml."""

from __future__ import annotations

import pytest

from builder.sources.load import load_course
from tests.diagnostic_vectors import ROOT

COURSE = load_course(ROOT)
UI = COURSE.ui.site
WIDTHS = (360, 1280)


def scheme(page) -> str:
    return page.locator("body").get_attribute("data-md-color-scheme")


def first_visit(page, url: str, *, prefers: str, width: int = 1280) -> None:
    """Open `url` as a visitor with no remembered choice whose phone prefers the `prefers` scheme."""
    page.set_viewport_size({"width": width, "height": 800})
    page.emulate_media(color_scheme=prefers)
    page.goto(url)
    page.evaluate("localStorage.clear()")
    page.reload()


def visible_toggle(page):
    """The header's toggle as a learner sees it: the label of the scheme not shown."""
    return page.locator('form[data-md-component="palette"] label:visible')


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_toggle_switches_and_is_remembered_in_both_languages(page, site_url, lang, width):
    other = "en" if lang == "id" else "id"
    first_visit(page, f"{site_url}/{lang}/index.html", prefers="light", width=width)
    assert scheme(page) == "default"
    toggle = visible_toggle(page)
    assert toggle.count() == 1 and toggle.get_attribute("title") == UI.scheme_to_dark[lang]
    # Its control is named for screen readers too, in the page's language.
    assert page.get_by_role("radio", name=UI.scheme_to_dark[lang]).count() == 1
    toggle.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    assert visible_toggle(page).get_attribute("title") == UI.scheme_to_light[lang]
    # Remembered: after a reload, on another page, and in the other language.
    page.reload()
    assert scheme(page) == "slate"
    page.goto(f"{site_url}/{lang}/glossary.html")
    assert scheme(page) == "slate"
    page.goto(f"{site_url}/{other}/glossary.html")
    assert scheme(page) == "slate"
    assert visible_toggle(page).get_attribute("title") == UI.scheme_to_light[other]
    visible_toggle(page).click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    page.goto(f"{site_url}/{lang}/index.html")
    assert scheme(page) == "default"
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.evaluate("localStorage.clear()")


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_a_first_visit_follows_the_phones_setting(page, site_url, width):
    first_visit(page, f"{site_url}/id/index.html", prefers="dark", width=width)
    assert scheme(page) == "slate"
    assert visible_toggle(page).get_attribute("title") == UI.scheme_to_light["id"]


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
def test_links_and_the_course_colours_keep_aa_contrast_in_the_dark_scheme(page, site_url, width):
    """The page's links are drawn in the academy's colour made lighter, never in the header's colour."""
    page.set_viewport_size({"width": width, "height": 800})
    page.emulate_media(color_scheme="dark")
    page.goto(f"{site_url}/id/index.html")
    colours = page.evaluate("""() => {
        const link = document.querySelector('article a:not(.md-button)');
        const rgb = s => s.match(/\\d+/g).slice(0, 3).map(Number);
        return {link: rgb(getComputedStyle(link).color),
                page: rgb(getComputedStyle(document.body).backgroundColor)};
    }""")
    from builder.sources.colours import contrast

    hexed = {k: "#" + "".join(f"{c:02x}" for c in v) for k, v in colours.items()}
    assert contrast(hexed["link"], hexed["page"]) >= 4.5, hexed
    assert hexed["link"] != COURSE.academy.colours.primary.lower() or \
        contrast(COURSE.academy.colours.primary, hexed["page"]) >= 4.5


@pytest.mark.browser
def test_the_toggle_works_from_the_keyboard(page, site_url):
    first_visit(page, f"{site_url}/id/index.html", prefers="light")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.name") == "__palette":
            break
    else:
        raise AssertionError("the colour-scheme toggle cannot be reached with Tab")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.evaluate("localStorage.clear()")
