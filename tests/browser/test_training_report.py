"""The training report `course score --report` writes, in Chromium: it shows what the team page shows
for the same session (one renderer per part), prints on a few A4 pages, loads nothing from elsewhere,
keeps every typed-in text as text, and holds to the privacy rule.

The session is made from the course under test (tests/session_sample.py), so an academy that rebrands
or edits its course keeps these tests meaningful.
"""

from __future__ import annotations

import argparse
import datetime
import re
from pathlib import Path

import pytest

from builder.cli import score as score_cli
from builder.site.pages.printables import date_text
from builder.sources.load import load_course
from tests.diagnostic_vectors import ROOT
from tests.session_sample import session_chat

from .support import record_requests, run_axe
from .test_report import open_report as report_opened
from .test_report import pdf_pages
from .test_team import add_paste, open_team

COURSE = load_course(ROOT)
PARTS = {"diagnostic": "#dx-team-body", "prepost": "#pp-team-body", "evaluation": "#ev-summary"}
HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


def write(tmp_path: Path, lang: str, chat: str, *extra: str) -> Path:
    source = tmp_path / "chat.txt"
    source.write_text(chat, encoding="utf-8")
    report = tmp_path / f"laporan-{lang}.html"
    parser = argparse.ArgumentParser()
    score_cli.add_arguments(parser)
    argv = ["--links", str(source), "--report", str(report), *extra]
    assert score_cli.run(parser.parse_args(argv), COURSE, lang) == 0
    return report


def open_report(page, report: Path) -> list[str]:
    return report_opened(page, report, ready="#dx-root.dx-ready")


def drawn(page) -> dict[str, str]:
    """Each part as drawn; lesson links differ only in being absolute in the written file."""
    return {part: re.sub(r'href="[^"]*"', "href", page.locator(sel).inner_html()) for part, sel in PARTS.items()}


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_report_shows_what_the_team_page_shows_for_the_same_session(page, site_url, tmp_path, lang):
    chat = session_chat(COURSE, site_url)
    errors = open_report(page, write(tmp_path, lang, chat, "--attended", "9"))
    written = drawn(page)
    assert all(written.values()), written
    errors += open_team(page, site_url, lang)
    add_paste(page, chat)
    page.wait_for_selector("#dx-team-result:not([hidden])")
    page.wait_for_selector("#pp-team:not([hidden])")
    page.wait_for_selector("#ev-summary table")
    assert drawn(page) == written
    assert errors == []


@pytest.mark.browser
def test_the_report_prints_on_a_few_a4_pages_loads_nothing_and_passes_axe(page, site_url, tmp_path):
    commitments = tmp_path / "komitmen.txt"
    commitments.write_text("Sales and marketing agree what a qualified lead is\n" + HOSTILE + "\n", encoding="utf-8")
    report = write(tmp_path, "en", session_chat(COURSE, site_url), "--attended", "9", "--commitments", str(commitments),
                   "--client", HOSTILE, "--trainer", "Rina", "--date", "2026-12-06")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    log = record_requests(page, report.as_uri())
    errors = open_report(page, report)
    page.wait_for_selector("#ev-summary table")
    # What the facilitator typed stays text: the client's name and a commitment, shown as written.
    assert page.locator(".tr-facts td").first.text_content() == HOSTILE
    assert page.locator(".tr-commitments li").all_text_contents()[1] == HOSTILE
    assert page.locator("main img").count() <= 1 and page.locator("main script").count() == 0 and dialogs == []
    counts = dict(zip(page.locator(".tr-counts th").all_text_contents(),
                      page.locator(".tr-counts td").all_text_contents(), strict=True))
    w = COURSE.ui.report
    assert counts == {w.attended["en"]: "9", w.diagnostic_results["en"]: "8", w.pre_results["en"]: "8",
                      w.post_results["en"]: "7", w.evaluation_results["en"]: "7"}
    assert date_text(COURSE, "en", datetime.date(2027, 1, 5)) in page.locator("#tr-follow-up").text_content()
    assert run_axe(page) == []
    page.set_viewport_size({"width": 360, "height": 740})
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.emulate_media(media="print")
    assert page.locator(".tr-screen").is_hidden() and page.locator("#dx-team-print").is_hidden()
    assert 2 <= pdf_pages(page) <= 5
    assert [u for u in log.requests if not u.startswith(("file://", "data:"))] == [] and log.failures == []
    assert errors == []


@pytest.mark.browser
def test_a_small_session_shows_only_too_few_to_show_in_the_report(page, site_url, tmp_path):
    # Two of each: under the privacy rule's three, no figure of any part may show.
    chat = session_chat(COURSE, site_url, diagnostic=2, pre=2, post=2, evaluations=2)
    errors = open_report(page, write(tmp_path, "en", chat))
    min_group = COURSE.diagnostic.rules.min_group
    page.wait_for_selector("#pp-team:not([hidden])")
    assert COURSE.ui.prepost.too_few["en"].format(min=min_group) in page.locator("#pp-team-body").text_content()
    assert page.locator("#pp-gain").count() == 0
    assert COURSE.ui.evaluation.too_few["en"].format(min=min_group) in page.locator("#ev-summary").text_content()
    assert page.locator("#ev-summary table").count() == 0
    assert page.locator("#dx-team-result").get_attribute("data-score") == ""
    written = drawn(page)
    errors += open_team(page, site_url, "en")
    add_paste(page, chat)
    page.wait_for_selector("#pp-team:not([hidden])")
    page.wait_for_selector("#ev-summary .ev-too-few")
    assert drawn(page) == written
    assert errors == []


@pytest.mark.browser
def test_a_session_without_diagnostic_results_still_gives_a_report(page, site_url, tmp_path):
    chat = session_chat(COURSE, site_url, diagnostic=0)
    errors = open_report(page, write(tmp_path, "id", chat))
    page.wait_for_selector("#pp-team:not([hidden])")
    assert page.locator("#dx-team-result .tr-none").is_visible()
    assert page.locator(".dx-private").is_visible()
    assert run_axe(page) == []
    assert errors == []


@pytest.mark.browser
def test_the_results_saved_from_the_team_page_make_the_report_it_shows(page, site_url, tmp_path):
    # A chat without evaluations, one team entry's role changed by hand, three paper evaluations typed in.
    errors = open_team(page, site_url, "en")
    add_paste(page, session_chat(COURSE, site_url, evaluations=0))
    page.wait_for_selector("#dx-team-result:not([hidden])")
    page.locator(".dx-role").first.select_option("marketing")
    page.locator("#dx-compare").click()
    page.locator("#ev-manual summary").click()
    form = page.locator("#ev-manual-form")
    ratings = page.evaluate("JSON.parse(document.getElementById('ev-data').textContent).set.ratings")
    for rating in (2, 4, 5):
        for rid in ratings:
            form.locator(f'label.ev-option:has(input[data-rating="{rid}"][value="{rating}"])').click()
        form.locator("label.ev-choice").nth(rating).click()
        form.locator("#evt-comment").fill(f"paper form {rating}")
        page.locator("#ev-manual-add").click()
        page.wait_for_function("!document.querySelector('#ev-manual-form input:checked')")
    page.wait_for_selector("#ev-summary table")
    shown = drawn(page)
    with page.expect_download() as info:
        page.locator("#dx-save").click()
    assert info.value.suggested_filename == "hasil.txt"
    saved = tmp_path / "hasil.txt"
    info.value.save_as(saved)
    lines = saved.read_text(encoding="utf-8").splitlines()
    said = COURSE.ui.diagnostic.save_results_done["en"].format(count=len(lines), file="hasil.txt")
    assert page.locator("#dx-save-status").text_content() == said
    assert len(lines) == 8 + 8 + 7 + 3 and all(line.startswith(site_url + "/en/") for line in lines)
    errors += open_report(page, write(tmp_path, "en", saved.read_text(encoding="utf-8")))
    page.wait_for_selector("#ev-summary table")
    assert drawn(page) == shown
    assert errors == []


@pytest.mark.browser
def test_saving_with_nothing_on_the_team_page_says_so(page, site_url):
    errors = open_team(page, site_url, "en")
    page.locator("#dx-save").click()
    assert page.locator("#dx-save-status").text_content() == COURSE.ui.diagnostic.save_results_none["en"]
    assert errors == []
