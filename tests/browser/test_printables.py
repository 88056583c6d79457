"""The attendance sheet and the certificates printed to PDF in Chromium: the page count, nothing cut
off (every element's box inside its page), axe clean, nothing loaded from elsewhere."""

from __future__ import annotations

import datetime
import re

import pytest

from builder.diagnostic.participants import parse_participants
from builder.site.pages.printables import ATTENDANCE_ROWS, certificates_page
from builder.sources.load import load_course

from ..conftest import ROOT
from .support import record_requests, run_axe

LONG = "Raden Ajeng " + " ".join(["Kartini Djojoadhiningrat Soerjosoemarno Hadiningrat"] * 3)
NAMES = ["Siti Nurhaliza", "李小龍", "عبد الله بن عمر", '<script>alert(1)</script>', LONG,
         "Đặng Thị Ngọc Thịnh", "Budi"]

OUTSIDE = """(sel) => {
  const out = [];
  for (const box of document.querySelectorAll(sel)) {
    const b = box.getBoundingClientRect();
    for (const e of box.querySelectorAll('*')) {
      const r = e.getBoundingClientRect();
      if (!r.width && !r.height) continue;
      if (r.left < b.left - 0.5 || r.right > b.right + 0.5 || r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5
          || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== 'visible')
        out.push(e.className + ': ' + (e.textContent || '').slice(0, 40));
    }
  }
  return out;
}"""


def pdf_pages(pdf: bytes) -> int:
    return int(re.search(rb"/Type\s*/Pages\b.*?/Count (\d+)", pdf, re.S).group(1))


def assert_logo_on_primary(page, selector: str) -> None:
    """The academy's logo is drawn for the site's header (white on the primary colour, as the shipped one
    is): on paper it keeps a tile of that colour, printed too, or a white logo would vanish."""
    tile = page.eval_on_selector(selector, "e => getComputedStyle(e).backgroundColor")
    assert tile not in ("rgba(0, 0, 0, 0)", "transparent", "rgb(255, 255, 255)"), tile


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_attendance_sheet_prints_on_a4_with_its_heading_on_every_page(page, site_url, lang):
    log = record_requests(page, site_url)
    page.goto(f"{site_url}/{lang}/attendance.html")
    assert page.locator("tbody tr").count() == ATTENDANCE_ROWS
    # A line to fill in for each fact of the session HR needs, the time and the training hours included.
    w = load_course(ROOT).ui.printables
    lines = page.locator(".pr-line span:first-child").all_text_contents()
    assert lines == [f"{getattr(w, f)[lang]}:" for f in ("date", "place", "trainer", "client", "time", "jp")]
    headings = page.locator("thead th").all_text_contents()
    columns = ("number", "name", "employee_id", "role", "department", "signature")
    assert headings == [getattr(w, f)[lang] for f in columns]
    editions = load_course(ROOT).info.editions
    if len(editions) > 1:  # one box to tick for each edition
        assert page.locator(".pr-edition").all_text_contents() == [e.name[lang] for e in editions]
        assert page.locator(".pr-editions").text_content().startswith(w.edition_tick[lang])
    assert page.locator("header img").get_attribute("src").startswith("data:image/")
    assert_logo_on_primary(page, "header img")
    assert run_axe(page) == []
    page.emulate_media(media="print")
    assert page.locator(".pr-screen").is_hidden()
    pdf = page.pdf(prefer_css_page_size=True)
    assert pdf_pages(pdf) == 2  # 25 rows: the table's heading repeats on the second page
    # Every cell inside the page's width (A4 less the margins: 186 mm).
    page.set_viewport_size({"width": round(186 / 25.4 * 96), "height": 1000})
    assert page.evaluate("document.documentElement.scrollWidth") <= round(186 / 25.4 * 96)
    assert page.evaluate(OUTSIDE, "main") == []
    assert log.foreign == [] and log.failures == []


@pytest.mark.browser
def test_the_facilitator_guide_links_the_attendance_sheet(page, site_url):
    page.goto(f"{site_url}/en/facilitator.html")
    link = page.locator(".selaras-attendance-link a")
    assert link.get_attribute("href") == "attendance.html"
    link.click()
    page.wait_for_selector("h1")
    assert page.locator("h1").text_content() == "Attendance sheet"


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_certificates_print_one_a4_landscape_page_a_person_nothing_cut_off(page, mini_course, tmp_path, lang):
    course = load_course(mini_course)
    body = "\n".join('"' + n.replace('"', '""') + '"' for n in NAMES)
    people = parse_participants(("nama\n" + body + "\n").encode(), "p.csv")
    out = tmp_path / "c.html"
    out.write_text(certificates_page(course, lang, people, datetime.date(2026, 12, 6), None), encoding="utf-8")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    log = record_requests(page, out.as_uri())
    page.goto(out.as_uri())
    assert run_axe(page) == []
    assert page.locator(".cert-name").all_text_contents() == NAMES  # exact, the hostile one as text
    assert_logo_on_primary(page, ".cert-head img")
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 1123, "height": 794})  # A4 landscape at 96 dpi
    assert page.evaluate(OUTSIDE, ".cert") == []
    assert pdf_pages(page.pdf(prefer_css_page_size=True)) == len(NAMES)
    assert dialogs == []
    assert [u for u in log.requests if not u.startswith(("file://", "data:"))] == [] and log.failures == []
