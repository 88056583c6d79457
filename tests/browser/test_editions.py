"""Editions in Chromium: a lesson of each edition in both languages shows its own case, and the language
switch stays inside the edition (each edition is a site of its own)."""

from __future__ import annotations

import pytest

from ..conftest import FIXTURES, make_course, serve_folder

CASES = {"fmcg": ("PT Arunika", "PT Baja Presisi"), "b2b": ("PT Baja Presisi", "PT Arunika")}


@pytest.fixture(scope="module")
def edition_sites(tmp_path_factory):
    from builder.site.build import build

    root = make_course(tmp_path_factory.mktemp("editions") / "course", FIXTURES / "editions")
    sites = tmp_path_factory.mktemp("sites")
    for edition in CASES:
        build(root, sites / edition, edition=edition)
    with serve_folder(sites) as url:
        yield url


@pytest.mark.parametrize("edition", sorted(CASES))
@pytest.mark.parametrize("lang, other", [("id", "en"), ("en", "id")])
def test_a_lesson_shows_its_edition_s_case_and_the_language_switch_keeps_the_edition(page, edition_sites, edition: str,
                                                                                    lang: str, other: str):
    own, foreign = CASES[edition]
    page.goto(f"{edition_sites}/{edition}/{lang}/lessons/handoff.html")
    text = page.inner_text("article")
    assert own in text and foreign not in text
    link = page.locator(f'a.md-select__link[hreflang="{other}"]')
    page.goto(link.evaluate("a => a.href"))  # what the switcher's link opens
    assert page.url.endswith(f"/{edition}/{other}/lessons/handoff.html")
    text = page.inner_text("article")
    assert own in text and foreign not in text
    page.goto(f"{edition_sites}/{edition}/{other}/index.html")
    assert page.locator(".selaras-edition").count() == 1
