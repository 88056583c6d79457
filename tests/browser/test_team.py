"""The team comparison page in Chromium: the same team result as `course score`, warnings, bad input, axe."""

from __future__ import annotations

from fractions import Fraction

import pytest

from builder.diagnostic import answers, cohort, scoring
from tests.diagnostic_vectors import ROOT, code, real_instrument

from .support import record_requests, run_axe

INST = real_instrument()
WORKSHOP = ROOT / "tests" / "data" / "answers_workshop.csv"


def open_team(page, site_url, lang="en"):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{site_url}/{lang}/team.html")
    page.wait_for_selector("#dx-root.dx-ready")
    return errors


def paste(page, entries: list[tuple[str, str]]) -> None:
    """One row per (role, link or code), added with the page's own button."""
    for i, (role, text) in enumerate(entries):
        rows = page.locator(".dx-entry")
        if i >= rows.count():
            page.locator("#dx-add").click()
        row = page.locator(".dx-entry").nth(i)
        row.locator(".dx-entry-code").fill(text)
        row.locator(".dx-role").select_option(role)
    page.locator("#dx-compare").click()


def team_attrs(page):
    box = page.locator("#dx-team-result")
    return {k: box.get_attribute(f"data-{k}") for k in ("stage", "score", "basis", "one-sided", "flagged")}


@pytest.mark.browser
def test_team_page_agrees_with_course_score(page, site_url):
    rows = answers.read_answers(WORKSHOP, INST)
    expected = cohort.to_json(INST, cohort.score_cohort(INST, rows))["team"]
    errors = open_team(page, site_url)
    # Half as share links, half as bare result codes: both are accepted.
    entries = [(r.role, (f"{site_url}/en/diagnostic.html#r=" if i % 2 else "") + scoring.encode(INST, r.answers))
               for i, r in enumerate(rows)]
    paste(page, entries)
    got = team_attrs(page)
    assert got["stage"] == expected["stage"]
    assert got["score"] == scoring.floor_text(Fraction(expected["score_exact"]), scoring.SCORE_PLACES)
    assert got["basis"] == expected["basis"] and got["one-sided"] == "false"
    assert got["flagged"].split() == expected["flagged"]
    text = page.locator("#dx-team-result").text_content()
    assert "1 result(s) left out" in text  # gita answered "don't know" twice in one practice
    assert errors == []


@pytest.mark.browser
def test_one_sided_team_is_flagged(page, site_url):
    open_team(page, site_url)
    paste(page, [("sales", code(INST, "444444444444444444444444")), ("sales", code(INST, "333333333333333333333333"))])
    got = team_attrs(page)
    assert (got["stage"], got["score"], got["basis"], got["one-sided"]) == ("aligned", "70.0", "sales", "true")
    assert "Only the Sales team answered" in page.locator("#dx-team-result").text_content()


@pytest.mark.browser
def test_groups_weigh_equally_in_indonesian(page, site_url):
    open_team(page, site_url, "id")
    paste(page, [("sales", code(INST, "333333333333333333333333"))] + [("marketing", code(INST, "222222222222222222222222"))] * 3)
    got = team_attrs(page)
    assert (got["stage"], got["score"]) == ("defined", "50.0")
    assert "Perlu dibahas" in page.locator("#dx-team-result").text_content()


@pytest.mark.browser
def test_unreadable_entries_are_named_not_counted(page, site_url):
    errors = open_team(page, site_url)
    paste(page, [("sales", code(INST, "333333333333333333333333")), ("marketing", "<b>not a code</b>")])
    assert "Result 2 cannot be read" in page.locator("#dx-team-errors").text_content()
    assert page.locator("#dx-team-errors b").count() == 0
    assert page.locator("#dx-entry-2").get_attribute("aria-invalid") == "true"
    assert team_attrs(page)["basis"] == "sales"
    # nothing readable at all
    page.locator(".dx-entry-code").first.fill("")
    page.locator("#dx-compare").click()
    assert page.locator("#dx-team-result").is_hidden()
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang,words", [("en", "Result 2 was made with an earlier version"),
                                        ("id", "Hasil 2 dibuat dengan versi diagnostik yang lebih lama")])
def test_results_from_another_statement_set_are_left_out_with_a_message(page, site_url, lang, words):
    errors = open_team(page, site_url, lang)
    paste(page, [("sales", code(INST, "333333333333333333333333")),
                 ("marketing", f"{site_url}/{lang}/diagnostic.html#r=1.222222222222222222222222"),
                 ("marketing", "2.000000.222222222222222222222222")])
    messages = page.locator("#dx-team-errors .dx-entry-old")
    assert messages.count() == 2 and words in messages.first.text_content()
    assert page.locator("#dx-team-errors .dx-entry-bad").count() == 0
    assert page.locator("#dx-entry-2").get_attribute("aria-invalid") == "true"
    # Only the one current result counts: sales alone, never a marketing side read from other statements.
    assert team_attrs(page)["basis"] == "sales"
    assert errors == []


@pytest.mark.browser
def test_rows_can_be_added_and_removed_by_keyboard(page, site_url):
    open_team(page, site_url)
    page.locator("#dx-add").focus()
    page.keyboard.press("Enter")
    assert page.locator(".dx-entry").count() == 3
    assert page.evaluate("document.activeElement.id") == "dx-entry-3"
    page.locator(".dx-remove").nth(0).focus()
    page.keyboard.press("Enter")
    assert page.locator(".dx-entry").count() == 2
    assert page.locator(".dx-entry-label").first.text_content() == "Result 1: link or result code"


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_team_page_has_no_serious_accessibility_violations(page, site_url, lang):
    log = record_requests(page, site_url)
    open_team(page, site_url, lang)
    assert run_axe(page) == []
    paste(page, [("sales", code(INST, "555044403330222011105550")), ("marketing", code(INST, "222222222222222222222222"))])
    assert run_axe(page) == []
    assert log.foreign == [] and log.failures == []
