"""In Chromium: a course whose every Markdown text holds one of the review's payloads, built with the
markup check switched off, opens with no dialog, no script error and no request to another host."""

from __future__ import annotations

import pytest

from ..conftest import serve_folder
from ..sources.test_trust_boundary import PUBLISHED_SAFE, build_unchecked, course_with, markdown_locations, plant
from .support import record_requests

PAGES = ["index.html", "lessons/handoff.html", "diagnostic.html", "team.html", "toolkit.html", "facilitator.html",
         "glossary.html", "credits.html"]


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("payloads")
    root = course_with(tmp)
    names = sorted(PUBLISHED_SAFE)
    count = iter(range(10**6))
    plant(root, markdown_locations(root), lambda rel, loc: PUBLISHED_SAFE[names[next(count) % len(names)]])
    site = build_unchecked(root, tmp / "site")
    with serve_folder(site) as url:
        yield url


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("path", PAGES)
def test_a_page_full_of_payloads_runs_and_loads_nothing(page, payload_site, lang, path):
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script("window.__ran = []; window.alert = (m) => window.__ran.push(String(m));")
    requests = record_requests(page, payload_site)
    page.route(lambda url: not url.startswith(payload_site), lambda route: route.abort())
    page.goto(f"{payload_site}/{lang}/{path}")
    page.wait_for_load_state("load")
    # Material's own scripts have started (the search button works) and the page's own data is its own.
    page.wait_for_function("() => document.querySelector('.md-search__input') !== null")
    assert page.evaluate("window.__ran") == [] and dialogs == [] and errors == []
    assert requests.foreign == []
    assert page.locator("[onerror], [onclick], [onload], a[href^='javascript:' i], [style*='url(']").count() == 0
    assert page.locator("#dx-data").count() <= 1
