"""Search in real Chromium, typed key by key into Material's search box: a root and its affixed
forms find the same pages, in Indonesian and in English, over HTTP, from disk (file://) and inside
an LMS's frame, and the matched words are highlighted."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.site.search import stem

from .support import record_requests

QUERIES = {
    "id": [("jual", "menjual", "penjualan"), ("rayakan", "perayaan")],
    "en": [("meeting", "meetings"), ("celebrate", "celebration")],
}


def search(page, lang: str, query: str, frame=None) -> set[str]:
    """Type a query and wait until Material shows its results for it; the pages found.
    `frame`: the site's frame when the site runs inside another page."""
    page, keyboard = frame or page, page.keyboard
    box = page.locator("input.md-search__input")
    box.fill("")
    box.click()
    keyboard.type(query)  # one key at a time: the as-you-type path, a wildcard query per key
    # Each result links with ?h=<the root it matched>: the list is this query's, not a keystroke's before.
    page.wait_for_function("""([q, root]) => {
        const links = [...document.querySelectorAll('.md-search-result__item > a:first-child')];
        const h = links.map(a => new URL(a.href).searchParams.get('h'));  // empty: a page shown for its sections
        return document.querySelector('input.md-search__input').value === q &&
               h.includes(root) && h.every(term => !term || term === root);
    }""", arg=[query, stem(query, lang)])
    hrefs = page.eval_on_selector_all(".md-search-result__item > a:first-child",
                                      "els => els.map(a => new URL(a.href).pathname)")
    return {href.rsplit("/", 2)[-2] + "/" + href.rsplit("/", 1)[-1] if "/lessons/" in href
            else href.rsplit("/", 1)[-1] for href in hrefs}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_form_finds_the_same_pages_as_you_type(page, site_url: str, lang: str):
    log = record_requests(page, site_url)
    page.goto(f"{site_url}/{lang}/index.html")
    for group in QUERIES[lang]:
        found = {form: search(page, lang, form) for form in group}
        first = found[group[0]]
        assert len(first) >= 2, (group[0], first)
        assert all(pages == first for pages in found.values()), found
    assert any(u.endswith("/assets/javascripts/lunr/min/lunr.selaras.min.js") for u in log.requests)
    assert not log.failures, log.failures


def test_a_result_opens_with_the_root_highlighted(page, site_url: str):
    page.goto(f"{site_url}/id/index.html")
    search(page, "id", "penjualan")
    marked = page.eval_on_selector_all(".md-search-result__item mark", "els => els.map(e => e.textContent)")
    assert any("jual" in word.lower() for word in marked), marked
    link = page.locator(".md-search-result__item > a").first
    assert "h=jual" in link.get_attribute("href")
    link.click()
    page.wait_for_selector("article mark[data-md-highlight]")
    words = page.eval_on_selector_all("article mark[data-md-highlight]", "els => els.map(e => e.textContent)")
    assert words and all(word.lower() == "jual" for word in words), words


def test_search_works_from_disk(page, built_site: Path):
    # file://: Material reads search/search_index.js and runs the worker in an iframe shim, which
    # loads the extension as a plain script.
    page.goto((built_site / "id" / "index.html").as_uri())
    assert search(page, "id", "penjualan") == search(page, "id", "jual")


def test_search_works_inside_an_lms_frame(page, site_url: str):
    page.set_content(f'<!doctype html><title>LMS</title><iframe title="course" src="{site_url}/en/index.html" '
                     'style="width:1200px;height:800px"></iframe>')
    frame = page.locator("iframe").element_handle().content_frame()
    frame.wait_for_selector("input.md-search__input", state="attached")
    assert search(page, "en", "meetings", frame) == search(page, "en", "meeting", frame)
