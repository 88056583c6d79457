"""The same-rating rule in Chromium: the result says when nearly all answers are alike (own answers and a
shared link), the team page counts such respondents; both languages, 360 and 1280 px, axe."""

from __future__ import annotations

import pytest

from builder.sources.load import load_course
from tests.diagnostic_vectors import ROOT, code, real_diagnostic, real_instrument

from .support import run_axe

INST = real_instrument()
N = len(INST.statement_ids)
ALIKE = (N * INST.same_rating + 99) // 100
"""The fewest answers on one rating that reach the rule's percent."""
WORDS = load_course(ROOT).ui.diagnostic
LABELS = real_diagnostic().scale.labels


def digits(alike: int) -> str:
    return "4" * alike + "2" * (N - alike)


def open_page(page, site_url, lang, path, width):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{site_url}/{lang}/{path}")
    page.wait_for_selector("#dx-root.dx-ready")
    return errors


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_shared_result_answered_alike_says_so(page, site_url, lang, width):
    errors = open_page(page, site_url, lang, "diagnostic.html#r=" + code(INST, digits(ALIKE)), width)
    note = page.locator("#dx-result .dx-same")
    note.wait_for()
    assert note.text_content() == WORDS.same_rating[lang].format(count=ALIKE, answered=N, rating=LABELS[3][lang])
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert run_axe(page, "#dx-result") == []
    # One answer fewer on that rating and the note is gone.
    page.goto(f"{site_url}/{lang}/diagnostic.html#r=" + code(INST, digits(ALIKE - 1)))
    page.wait_for_selector("#dx-root.dx-ready")
    page.locator("#dx-result .dx-stage-line").wait_for()
    assert page.locator("#dx-result .dx-same").count() == 0
    assert errors == []


@pytest.mark.browser
def test_own_answers_alike_say_so_and_changing_them_removes_it(page, site_url):
    errors = open_page(page, site_url, "en", "diagnostic.html", 1280)
    for sid in INST.statement_ids:
        page.locator(f'input[name="{sid}"][value="3"]').check()
    note = page.locator("#dx-result .dx-same")
    assert note.text_content() == WORDS.same_rating["en"].format(count=N, answered=N, rating=LABELS[2]["en"])
    for sid in INST.statement_ids[: N - ALIKE + 1]:
        page.locator(f'input[name="{sid}"][value="1"]').check()
    assert page.locator("#dx-result .dx-same").count() == 0
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_team_page_counts_respondents_answered_alike(page, site_url, lang, width):
    errors = open_page(page, site_url, lang, "team.html", width)
    entries = [("sales", digits(N)), ("sales", ("1234" * N)[:N]), ("marketing", digits(ALIKE)),
               ("marketing", "0" * N)]
    for i, (role, answers) in enumerate(entries):
        if i >= page.locator(".dx-entry").count():
            page.locator("#dx-add").click()
        row = page.locator(".dx-entry").nth(i)
        row.locator(".dx-entry-code").fill(code(INST, answers))
        row.locator(".dx-role").select_option(role)
    page.locator("#dx-compare").click()
    note = page.locator("#dx-team-result .dx-same")
    note.wait_for()
    assert note.text_content() == WORDS.team_same_rating[lang].format(count=2, total=3, percent=INST.same_rating)
    # On paper the count is a row of the group table (the sentence is for the screen).
    group_row = page.locator("#dx-team-result tr", has_text=WORDS.same_group[lang].format(percent=INST.same_rating))
    assert group_row.locator("td").first.text_content() == "2"
    page.emulate_media(media="print")
    assert note.is_hidden() and group_row.is_visible()
    page.emulate_media(media="screen")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert run_axe(page, "#dx-team-result") == []
    assert errors == []
