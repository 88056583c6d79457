"""`course score --report` in Chromium: the team page prints the very team result the CLI's training
report holds.

One renderer draws both (the team report of assets/diagnostic/team-report.js); these tests hold the two
outputs equal, element for element, on the same answers. The report's other parts:
test_training_report.py.
"""

from __future__ import annotations

import argparse
import csv
import re
from fractions import Fraction
from pathlib import Path

import pytest

from builder.cli import score as score_cli
from builder.diagnostic import answers, codes, cohort, scoring
from builder.sources.load import load_course
from tests.diagnostic_vectors import ROOT, real_instrument

from .support import record_requests, run_axe
from .test_team import WORKSHOP, add_paste, chat_export, open_team, team_attrs

INST = real_instrument()
LABEL = {"en": "Result {n}", "id": "Hasil {n}"}  # how the team page names a pasted result


def write_report(tmp_path: Path, lang: str, csv_path: Path = WORKSHOP, course_root: Path = ROOT,
                 option: str = "--answers") -> Path:
    parser = argparse.ArgumentParser()
    score_cli.add_arguments(parser)
    report = tmp_path / f"report-{lang}.html"
    args = parser.parse_args([option, str(csv_path), "--report", str(report)])
    assert score_cli.run(args, load_course(course_root), lang) == 0
    return report


def relabelled_workshop(tmp_path: Path, lang: str) -> Path:
    """The workshop CSV with each respondent named as the team page names its entries."""
    with WORKSHOP.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    for n, row in enumerate(rows[1:], start=1):
        row[0] = LABEL[lang].format(n=n)
    out = tmp_path / f"workshop-{lang}.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return out


def open_report(page, report: Path, ready: str = "#dx-team-result:not([hidden])") -> list[str]:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(report.as_uri())
    page.wait_for_selector(ready)
    return errors


def report_markup(page) -> str:
    """The drawn report; lesson links differ only in being absolute in the written file."""
    return re.sub(r'href="[^"]*"', 'href', page.locator("#dx-team-body").inner_html())


def pdf_pages(page) -> int:
    return int(re.search(rb"/Type\s*/Pages\b.*?/Count (\d+)", page.pdf(format="A4"), re.S).group(1))


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_team_page_prints_the_report_course_score_writes(page, site_url, tmp_path, lang):
    workshop = relabelled_workshop(tmp_path, lang)
    rows = answers.read_answers(workshop, INST)
    errors = open_report(page, write_report(tmp_path, lang, workshop))
    written, written_attrs, written_pages = report_markup(page), team_attrs(page), pdf_pages(page)
    assert errors == []

    errors = open_team(page, site_url, lang)
    add_paste(page, chat_export(site_url, [codes.encode(INST, r.answers, r.role) for r in rows]))
    page.wait_for_selector("#dx-team-result:not([hidden])")
    assert report_markup(page) == written
    assert team_attrs(page) == written_attrs
    # On paper: under the report's title, without the page's instructions, on two pages; the written
    # training report adds its own facts (attendance, commitments, follow-up) on one page more at most.
    page.emulate_media(media="print")
    assert page.locator(".dx-print-only .dx-report-title").is_visible()
    assert page.locator("h1").first.is_hidden() and page.locator("#dx-paste").is_hidden()
    assert pdf_pages(page) <= 2 and written_pages <= 3
    assert errors == []


@pytest.mark.browser
def test_one_chat_gives_one_report_on_the_team_page_and_from_course_score_links(page, site_url, tmp_path):
    rows = answers.read_answers(WORKSHOP, INST)
    shared = [codes.encode(INST, r.answers, r.role) for r in rows]
    older = codes.encode(INST, rows[1].answers)  # no team in it: left out, but numbered, on both
    text = chat_export(site_url, shared[:3] + [shared[0][:9], older, shared[1]] + shared[3:])
    source = tmp_path / "chat.txt"
    source.write_text(text, encoding="utf-8")
    errors = open_report(page, write_report(tmp_path, "id", source, option="--links"))
    written = report_markup(page)
    errors += open_team(page, site_url, "id")
    add_paste(page, text)
    page.wait_for_selector("#dx-team-result:not([hidden])")
    assert report_markup(page) == written
    # No one is listed: neither the results' numbers nor their answers.
    assert "Hasil 1<" not in written and "Hasil 8<" not in written
    assert errors == []


@pytest.mark.browser
def test_the_written_report_shows_what_course_score_computed(page, tmp_path):
    rows = answers.read_answers(WORKSHOP, INST)
    expected = cohort.to_json(INST, cohort.score_cohort(INST, rows))
    report = write_report(tmp_path, "en")
    log = record_requests(page, report.as_uri())
    errors = open_report(page, report)
    got = team_attrs(page)
    team = expected["team"]
    assert (got["stage"], got["basis"], got["flagged"].split()) == (team["stage"], team["basis"], team["flagged"])
    assert got["score"] == scoring.floor_text(Fraction(team["score_exact"]), scoring.SCORE_PLACES)
    # The groups: sales and marketing with their means, the one "other" too few to show; no one listed.
    groups = page.locator("#dx-team-body table").first.locator("tbody tr").all_inner_texts()
    for line, role in zip(groups, ("sales", "marketing"), strict=False):
        assert scoring.floor_text(Fraction(team["groups"][role]["score_exact"]), 1) in line
    assert load_course(ROOT).ui.privacy.too_few["en"].format(min=INST.min_group) in groups[2]
    body = page.locator("#dx-team-body").text_content()
    assert not any(re.search(rf"\b{row.respondent}\b", body) for row in rows)
    counts = page.locator("#dx-team-body table").nth(1).locator("tbody td").all_text_contents()
    assert [int(n) for n in counts] == list(team["distribution"].values())
    assert "Philip Kotler" in page.locator(".dx-source").text_content()
    links = page.locator(".dx-lesson a")
    assert links.count() and all(h.startswith("https://") for h in links.evaluate_all("a => a.map(x => x.href)"))
    assert run_axe(page) == []
    assert [u for u in log.requests if not u.startswith("file://")] == [] and log.failures == []
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_written_report_reads_on_a_360px_phone(page, tmp_path, lang):
    from .test_diagnostic import SMALLEST_TEXT
    page.set_viewport_size({"width": 360, "height": 740})
    errors = open_report(page, write_report(tmp_path, lang))
    assert page.locator("#dx-team-result .dx-barlist").is_visible()
    text = page.evaluate(SMALLEST_TEXT, "#dx-team-result .dx-figure")
    assert text["seen"] >= 12 and text["smallest"] >= 12, text
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert run_axe(page) == []
    assert errors == []


@pytest.mark.browser
def test_without_javascript_the_report_says_what_to_do(browser, tmp_path):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(write_report(tmp_path, "en").as_uri())
        assert "with JavaScript turned on" in page.locator("noscript, .dx-note").first.text_content()
        assert page.locator("#dx-team-result").is_hidden()
    finally:
        context.close()


@pytest.mark.browser
def test_course_texts_in_the_report_stay_text(page, tmp_path):
    from tests.conftest import hostile_course

    from ..site.test_render_escaping import VISIBLE

    root = hostile_course(tmp_path / "course")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    errors = open_report(page, write_report(tmp_path, "en", course_root=root))
    assert VISIBLE in page.locator("#dx-team-body").text_content()
    assert page.locator("#dx-team-body img, #dx-team-body script").count() == 0
    assert dialogs == [] and errors == []
