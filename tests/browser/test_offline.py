"""The offline zip in real Chromium, opened from disk (file://) with no server: pages in both languages,
search (Material's offline index and the shipped iframe-worker shim), a knowledge check, and not one
request that leaves the disk."""

from __future__ import annotations

import re

import pytest

from .support import off_disk, record_requests, unzip_offline
from .test_scorm import answer_right


@pytest.fixture(scope="module")
def unzipped(tmp_path_factory):
    return unzip_offline(tmp_path_factory.mktemp("offline"))


def longest_word(text: str) -> str:
    return max(re.findall(r"\w+", text), key=len)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_search_finds_the_lesson_from_disk(page, unzipped, lang):
    log = record_requests(page, "file://")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto((unzipped / "index.html").as_uri())  # the root page leads to the default language
    page.wait_for_url(re.compile(r"/id/index\.html$"))
    page.goto((unzipped / lang / "lessons" / "handoff.html").as_uri())
    word = longest_word(page.inner_text("article h1"))
    page.click("input.md-search__input")
    page.keyboard.type(word)  # Material searches as keys are typed
    page.wait_for_selector(".md-search-result__item a[href*='handoff']", state="attached")
    assert page.eval_on_selector_all(".md-search-result__item", "els => els.length") >= 1
    assert not off_disk(log.requests), off_disk(log.requests)
    assert not log.failures, log.failures


def test_a_knowledge_check_works_from_disk_in_chromium_without_a_per_page_note(page, unzipped):
    log = record_requests(page, "file://")
    page.goto((unzipped / "en" / "lessons" / "handoff.html").as_uri())
    page.wait_for_selector(".selaras-quiz__actions:not([hidden])")
    answer_right(page)
    page.click(".selaras-check")
    page.wait_for_function("() => /passed/.test(document.querySelector('.selaras-quiz__result').textContent)")
    # Chromium keeps one store for every file:// page, so the probe finds it shared and says nothing
    page.wait_for_function("() => !document.querySelector('iframe[src*=storage-probe]')")
    assert page.is_hidden(".selaras-perpage")
    page.goto((unzipped / "en" / "index.html").as_uri())
    page.wait_for_selector(".selaras-badge--done", state="attached")
    assert not off_disk(log.requests), off_disk(log.requests)
    assert not log.failures, log.failures


def test_a_browser_that_keeps_each_file_apart_is_told_so_once(page, unzipped):
    """Firefox's per-file storage, played in Chromium: the sibling page reads its own, empty store."""
    page.route("**/storage-probe.html", lambda route: route.fulfill(
        content_type="text/html",
        body="<script>parent.postMessage({selarasProbe: null}, '*')</script>"))
    page.goto((unzipped / "id" / "lessons" / "handoff.html").as_uri())
    page.wait_for_selector(".selaras-perpage:not([hidden])")
    assert page.eval_on_selector_all(".selaras-perpage:not([hidden])", "els => els.length") == 1
