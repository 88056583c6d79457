"""QR codes (builder/site/qr.py) and the guide's codes: each drawn code read back into its modules and
compared with segno's own matrix of the URL it must lead to (no network, no camera)."""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from pathlib import Path

import pytest
import segno

from builder.site import qr
from builder.site.pages import facilitator as render_facilitator
from builder.sources.load import load_course

ROOT = Path(__file__).resolve().parents[2]
REAL = "https://kursus.akademi.co.id/selaras/"


def modules(svg: str) -> list[list[int]]:
    """The dark modules an SVG of qr.svg draws, read back from its path (one unit per module)."""
    size = int(re.search(r'viewBox="0 0 (\d+) (\d+)"', svg).group(1))
    grid = [[0] * size for _ in range(size)]
    path = re.search(r'<path[^>]*stroke="#000"[^>]*d="([^"]+)"', svg).group(1)
    x = y = 0.0
    for op, args in re.findall(r"([MmHhVv])([-0-9. ]+)", path):
        nums = [float(n) for n in args.split()]
        if op == "M":
            x, y = nums
        elif op == "m":
            x, y = x + nums[0], y + nums[1]
        elif op in "hH":
            end = x + nums[0] if op == "h" else nums[0]
            for col in range(int(x), int(end)):
                grid[int(y)][col] = 1
            x = end
        else:
            raise AssertionError(f"unexpected path command {op}")
    return grid


def expected(url: str) -> list[list[int]]:
    code = segno.make(url, error=qr.ERROR, micro=False)
    border = qr.BORDER
    size = len(code.matrix) + 2 * border
    grid = [[0] * size for _ in range(size)]
    for r, row in enumerate(code.matrix):
        for c, value in enumerate(row):
            grid[r + border][c + border] = 1 if value else 0
    return grid


@pytest.mark.parametrize("url", ["https://kursus.akademi.co.id/selaras/id/diagnostic.html",
                                 "http://10.0.0.5:8000/en/", "https://a.id/" + "x" * 120])
def test_the_svg_draws_the_code_of_the_url(url):
    assert modules(qr.svg(url)) == expected(url)
    assert modules(qr.svg(url)) != expected(url + "x")


def test_the_data_uri_is_the_same_svg_and_ends_no_attribute():
    uri = qr.data_uri("https://a.id/q?x=1&y=2")
    assert uri.startswith("data:image/svg+xml,") and '"' not in uri and "<" not in uri and "#" not in uri
    assert modules(urllib.parse.unquote(uri.split(",", 1)[1])) == expected("https://a.id/q?x=1&y=2")


@pytest.mark.parametrize(("url", "placeholder"), [
    ("https://elearning.groedu.example/selaras/", True), ("https://example.com/", True),
    ("https://www.example.org/x/", True), ("http://localhost:8000/", True), ("http://127.0.0.1/", True),
    ("https://course.test/", True), (REAL, False), ("https://examples.co.id/", False)])
def test_placeholder_addresses_are_told_apart(url, placeholder):
    assert qr.placeholder_url(url) is placeholder


@pytest.fixture(scope="module")
def course():
    return load_course(ROOT)


def with_site_url(course, url):
    return dataclasses.replace(course, academy=course.academy.model_copy(update={"site_url": url}))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_guide_codes_lead_to_the_diagnostic_and_the_lessons_in_its_language(course, lang):
    page = render_facilitator.facilitator_page(with_site_url(course, REAL), lang)
    found = re.findall(r'<img src="(data:image/svg\+xml,[^"]+)" alt="QR: ([^"]+)"', page)
    urls = [alt for _, alt in found]
    assert f"{REAL}{lang}/diagnostic.html" in urls and f"{REAL}{lang}/" in urls
    for src, url in found:
        svg = urllib.parse.unquote(src.split(",", 1)[1].replace("&#39;", "'"))
        assert modules(svg) == expected(url)


def test_an_example_site_url_gives_a_note_not_a_code(course):
    url = "https://elearning.groedu.example/selaras/"
    page = render_facilitator.facilitator_page(with_site_url(course, url), "en")
    assert "data:image/svg" not in page
    assert 'class="selaras-qr-missing"' in page
    assert "site_url" in course.facilitator.participant_links.no_site_url.en
