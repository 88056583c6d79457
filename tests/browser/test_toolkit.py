"""The Toolkit page in Chromium: both languages, reachable from home and lessons, copyable, printable, axe."""

from __future__ import annotations

import pytest

from builder.sources.load import load_course
from tests.diagnostic_vectors import ROOT

from .support import record_requests, run_axe

COURSE = load_course(ROOT)
TEMPLATES = [tpl.id for tpl in COURSE.toolkit.templates]


def open_toolkit(page, site_url, lang, fragment=""):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{site_url}/{lang}/toolkit.html{fragment}")
    page.wait_for_selector(".selaras-template")
    return errors


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_page_exists_in_both_languages_with_every_template(page, site_url, lang):
    log = record_requests(page, site_url)
    errors = open_toolkit(page, site_url, lang)
    assert page.locator("h1").text_content().strip() == COURSE.toolkit.title[lang]
    assert page.locator("html").get_attribute("lang") == lang
    ids = page.locator("section.selaras-template").evaluate_all("els => els.map(e => e.id)")
    assert ids == TEMPLATES
    assert page.locator("section.selaras-template table").count() >= len(TEMPLATES)
    assert run_axe(page) == []
    assert log.foreign == [] and log.failures == [] and errors == []


@pytest.mark.browser
def test_home_and_lessons_lead_to_the_template(page, site_url):
    page.goto(f"{site_url}/id/index.html")
    page.locator("article a[href='toolkit.html']").first.click()
    page.wait_for_url(f"{site_url}/id/toolkit.html")
    lesson = next(each for each in COURSE.lessons if any("agenda-problem" in s.toolkit for s in each.sections))
    page.goto(f"{site_url}/en/lessons/{lesson.id}.html")
    page.locator("a[href='../toolkit.html#agenda-problem']").click()
    page.wait_for_url(f"{site_url}/en/toolkit.html#agenda-problem")
    assert page.locator("#agenda-problem").is_visible()
    assert page.evaluate("document.querySelector('#agenda-problem').getBoundingClientRect().top") < 200


@pytest.mark.browser
def test_each_template_is_a_block_to_copy_with_materials_button(page, site_url):
    open_toolkit(page, site_url, "en")
    first = page.locator("section.selaras-template").first
    copy = first.locator("details.selaras-copy")
    copy.locator("summary").click()
    code = copy.locator("pre > code")
    assert code.is_visible()
    assert code.text_content() == COURSE.toolkit.templates[0].body.en.strip()
    button = copy.locator("button.md-code__button[data-md-type='copy'], button.md-clipboard")
    assert button.count() == 1
    # The button copies exactly this block.
    target = button.get_attribute("data-clipboard-target")
    assert page.locator(target).text_content() == code.text_content()


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_print_shows_one_template_per_page_and_nothing_of_the_site(page, site_url, lang):
    open_toolkit(page, site_url, lang)
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search",
                   "article h1", ".selaras-toolkit-intro", "details.selaras-copy"):
        assert page.locator(hidden).first.is_hidden(), hidden
    sections = page.locator("section.selaras-template")
    assert sections.count() == len(TEMPLATES)
    breaks = sections.evaluate_all("els => els.map(e => getComputedStyle(e).breakBefore)")
    assert breaks[0] != "page" and set(breaks[1:]) == {"page"}
    assert all(sections.nth(i).is_visible() for i in range(sections.count()))
