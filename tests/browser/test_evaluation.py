"""The evaluation in Chromium, on the small test course: filled in on a 360 px phone, kept across a reload,
sent as a link, pasted into the team page and summarised there (nothing below min_group, comments as text,
never markup); the paper form on A4; axe in both colour schemes. Every word is read from the page's data."""

from __future__ import annotations

import json
import re

import pytest

from ..conftest import make_course, serve_folder
from .support import run_axe
from .test_paper import PRINTED, pdf_pages

LANGS = ("id", "en")
HOSTILE = '<img src=x onerror="window.__pwned=1"> </li><b>bold</b> & #e=1.ffffff'


@pytest.fixture(scope="module")
def ev_url(tmp_path_factory):
    from builder.site.build import build

    root = tmp_path_factory.mktemp("evaluation")
    build(make_course(root / "src"), root / "out")
    with serve_folder(root / "out") as url:
        yield url


def data(page) -> dict:
    return json.loads(page.locator("#ev-data").text_content())


def answer(page, ratings: list[int], choice_index: int, comment: str) -> None:
    """Fill the form by clicking its labels, as a thumb does."""
    d = data(page)
    for rid, value in zip(d["set"]["ratings"], ratings, strict=True):
        page.locator(f'label.ev-option:has(input[data-rating="{rid}"][value="{value}"])').first.click()
    page.locator("label.ev-choice").nth(choice_index).click()
    page.locator("#ev-comment").fill(comment)


def open_form(page, ev_url, lang, width=360):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{ev_url}/{lang}/evaluation.html")
    return errors


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_filled_on_a_phone_sent_as_a_link_and_summarised_on_the_team_page(page, ev_url, lang):
    errors = open_form(page, ev_url, lang)
    page.on("dialog", lambda d: d.accept())
    d = data(page)
    t, n = d["strings"], len(d["set"]["ratings"])
    assert page.locator("#ev-send-how").text_content() == t["send_how"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.locator("#ev-link").input_value() == ""  # nothing answered, nothing to send
    other = len(d["set"]["practices"])  # the last choice, "something else"
    people = [([5] * n, 0, HOSTILE), ([4] * (n - 1) + [3], 1, "Contoh nyata 👍"), ([3] * n, other, "")]
    links = []
    for i, (ratings, choice, comment) in enumerate(people):
        if i:
            page.locator("#ev-new").click()
            expect_empty = page.locator("input[data-rating]:checked")
            assert expect_empty.count() == 0
        answer(page, ratings, choice, comment)
        link = page.locator("#ev-link").input_value()
        assert re.fullmatch(re.escape(f"{ev_url}/{lang}/evaluation.html#e=") + r"[0-9A-Za-z.%]+", link)
        page.reload()  # kept in this browser: a reload loses nothing
        assert page.locator("#ev-link").input_value() == link
        assert page.locator("#ev-comment").input_value() == comment.strip()
        links.append(link)
    assert len(set(links)) == 3

    # A link opened shows its answers read-only, and leaves this browser's own alone.
    page.goto(links[0])
    assert page.locator("#ev-shared").is_visible() and page.locator("#ev-fields input").first.is_disabled()
    assert page.locator("#ev-comment").input_value() == HOSTILE

    page.goto(f"{ev_url}/{lang}/team.html")
    chat = "\n".join(f"[10.4{i}] Person {i}: {link}" for i, link in enumerate(links[:2]))
    page.locator("#dx-paste").fill(chat)
    page.locator("#dx-paste-add").click()
    page.wait_for_function("document.getElementById('ev-paste-status').getAttribute('data-counts') === '2 0 0 0'")
    summary = page.locator("#ev-summary")
    assert t["too_few"].format(min=d["set"]["min_group"]) in summary.text_content()
    assert page.locator("#ev-ratings, #ev-comments").count() == 0  # two people: nothing shown

    page.locator("#dx-paste").fill(f"{chat}\n[10.50] Person 2: {links[2]}\n[10.51] Person 0: {links[0]}")
    page.locator("#dx-paste-add").click()
    page.wait_for_function("document.getElementById('ev-paste-status').getAttribute('data-counts') === '1 0 0 3'")
    rows = page.locator("#ev-ratings tbody tr")
    assert rows.count() == n
    mark = d["decimal_mark"]
    means = [rows.nth(i).locator("td").nth(1).text_content() for i in range(n)]
    assert means[0] == f"4{mark}0" and means[-1] == f"3{mark}7"
    assert rows.nth(0).locator("td").nth(2).text_content() == "0 / 0 / 1 / 1 / 1"
    first = page.locator("#ev-first tbody tr")
    assert first.nth(0).locator("td").text_content() == "1"
    assert page.locator("#ev-first tbody tr[data-choice=x] td").text_content() == "1"
    comments = page.locator("#ev-comments li")
    assert sorted(comments.all_text_contents()) == comments.all_text_contents()
    assert set(comments.all_text_contents()) == {HOSTILE, "Contoh nyata 👍"}
    assert page.locator("#ev-summary img, #ev-summary b").count() == 0
    assert page.evaluate("window.__pwned") is None
    # Kept on the team page too.
    page.reload()
    assert page.locator("#ev-ratings tbody tr").count() == n
    assert errors == []


@pytest.mark.browser
def test_a_paper_form_is_typed_in_on_the_team_page(page, ev_url):
    errors = open_form(page, ev_url, "en", width=1280)
    page.goto(f"{ev_url}/en/team.html")
    d = data(page)
    n = len(d["set"]["ratings"])
    assert page.locator("#ev-clear").text_content() == d["strings"]["clear"]
    page.locator("#ev-manual summary").click()
    form = page.locator("#ev-manual-form")
    for rating in (2, 3, 4):
        for rid in d["set"]["ratings"]:
            form.locator(f'label.ev-option:has(input[data-rating="{rid}"][value="{rating}"])').click()
        form.locator("label.ev-choice").first.click()
        form.locator("#evt-comment").fill(f"sheet {rating}")
        page.locator("#ev-manual-add").click()
        page.wait_for_function("document.getElementById('ev-manual-note').textContent !== ''")
        assert form.locator("input:checked").count() == 0
    assert page.locator("#ev-ratings tbody tr").count() == n
    assert page.locator("#ev-first tbody tr").first.locator("td").text_content() == "3"
    assert page.locator("#ev-comments li").all_text_contents() == ["sheet 2", "sheet 3", "sheet 4"]
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_links_of_another_form_or_broken_say_so(page, ev_url, lang):
    open_form(page, ev_url, lang)
    page.goto(f"{ev_url}/{lang}/evaluation.html#e=1.ffffff.ab12.4444.1")
    assert page.locator("#ev-old-link").is_visible() and not page.locator("#ev-shared").is_visible()
    page.goto(f"{ev_url}/{lang}/evaluation.html#e=1.zz")
    page.reload()
    assert page.locator("#ev-bad-link").is_visible()


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_the_paper_form_prints_on_one_or_two_a4_pages_with_the_logo_and_nothing_cut_off(page, ev_url, lang):
    errors = open_form(page, ev_url, lang, width=1280)
    page.goto(f"{ev_url}/{lang}/evaluation-paper.html")
    assert page.evaluate("document.querySelector('.ev-paper-logo').naturalWidth") > 0
    page.emulate_media(media="print")
    assert page.evaluate(PRINTED) == []
    assert 1 <= pdf_pages(page) <= 2
    # Nothing past the printable width (A4 less the margins, at 96 px an inch: about 718 px).
    page.set_viewport_size({"width": 718, "height": 1000})
    overflow = page.evaluate("""() => [...document.querySelectorAll('.ev-paper *')]
        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                     || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
        .map(e => e.className)""")
    assert overflow == []
    # Every question of the phone form is on paper: the ratings, "what first" and the comment.
    assert page.locator(".ev-paper .ev-question").count() == page.evaluate(
        "fetch('evaluation.html').then(r => r.text()).then(t => (t.match(/class=\"ev-question/g) || []).length)")
    assert errors == []


SCHEMES = {"light": "default", "dark": "slate"}


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", ["evaluation.html", "evaluation-paper.html", "team.html"])
def test_axe_in_both_schemes(page, ev_url, path, scheme, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.emulate_media(color_scheme=scheme)
    page.goto(f"{ev_url}/id/{path}")
    if path == "team.html":  # with a summary shown
        page.evaluate("""() => { const d = JSON.parse(document.getElementById('ev-data').textContent), s = d.set;
            const E = [1, 2, 3].map(i => '#e=1.' + s.fingerprint + '.abc' + i + '.'
                                         + '4'.repeat(s.ratings.length) + '.' + i + '.ok' + i);
            document.getElementById('dx-paste').value = E.join(' ');
            document.getElementById('dx-paste-add').click(); }""")
        page.wait_for_selector("#ev-ratings")
        page.locator("#ev-manual summary").click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == SCHEMES[scheme]
    assert run_axe(page) == []
