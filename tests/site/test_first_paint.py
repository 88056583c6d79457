"""What a phone needs before its first paint (issue 25): no stylesheet of the course's own, no script,
no request for a small logo. Each page carries its kind's styles inline and loads its scripts after it
has been painted (mkdocs/theme/main.html); `make bench` measures the effect with Lighthouse."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from builder.site.mkdocs.config import (
    LOGO_INLINE_BYTES,
    logo_src,
    material_bundle,
    material_schemes,
    material_styles,
    site_config,
)
from builder.site.pages import assets
from builder.sources.load import load_course

from ..conftest import make_course

LOADER = re.compile(r'<script id="selaras-loader">.*?\}\)\((\[.*?\])\);\s*</script>', re.S)


def pages(site: Path) -> list[Path]:
    # The storage probe is no page; a lesson's slides are for a projector, not a phone, and load
    # reveal.js's files (tests/site/test_slides.py); the attendance sheet is a self-contained A4
    # printable with its styles inline (tests/browser/test_printables.py).
    return sorted(p for lang in ("id", "en") for p in (site / lang).rglob("*.html")
                  if not {"assets", "slides"} & set(p.relative_to(site).parts) and p.name != "attendance.html")


def test_each_page_carries_its_styles_and_fetches_no_stylesheet_or_script_of_the_course_s_own(built_site: Path):
    for page in pages(built_site):
        html = page.read_text(encoding="utf-8")
        head = html.split("</head>", 1)[0]
        assert head.count("<style>") == 1, page
        assert "assets/course/" not in head, page  # no stylesheet of the course's own to fetch
        # Only the loader runs as the page is parsed; the scripts it names are fetched after the paint.
        assert not re.search(r'<script src="[^"]*(bundle|assets/course/)', html), page
        found = LOADER.search(html)
        assert found, page
        sources = json.loads(found.group(1))
        assert len(sources) == 2 and sources[0].endswith(material_bundle()), page
        if page.name == "404.html":  # mkdocs writes its links from the site's address: it is served anywhere
            continue
        assert re.fullmatch(r"(\.\./)*assets/course/\w+\.js", sources[1]), page
        assert (page.parent / sources[1]).is_file() and (page.parent / sources[0]).is_file(), page


def test_a_page_s_styles_are_its_kind_s(built_site: Path):
    for rel, kind in (("index.html", "page"), ("diagnostic.html", "diagnostic"), ("team.html", "team")):
        html = (built_site / "en" / rel).read_text(encoding="utf-8")
        style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
        last = assets.style_text(assets.KINDS[kind][0][-1])
        assert style.endswith(last), rel
    lesson = next((built_site / "en" / "lessons").glob("*.html")).read_text(encoding="utf-8")
    assert "selaras-quiz" in re.search(r"<style>(.*?)</style>", lesson, re.S).group(1)


@pytest.mark.parametrize("size, inline", [(200, True), (LOGO_INLINE_BYTES + 1, False)])
def test_a_small_logo_is_in_the_page_and_a_large_one_is_fetched(tmp_path: Path, size: int, inline: bool):
    root = make_course(tmp_path)
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'
    svg = svg.replace("<rect", "<!--" + "x" * (size - len(svg) - 7) + "--><rect")
    (root / "course" / "logo.svg").write_text(svg, encoding="utf-8")
    assert (root / "course" / "logo.svg").stat().st_size == size
    course = load_course(root)
    src = logo_src(course)
    assert src.startswith("data:image/svg+xml;base64,") is inline
    if not inline:
        assert src == "assets/logo.svg"
    assert site_config(course, "id")["extra"]["selaras"]["logo"] == src


def test_the_dark_scheme_is_in_the_page_and_material_s_palette_stylesheet_is_not_fetched(built_site: Path):
    schemes = material_schemes()
    assert "[data-md-color-scheme=slate]{" in schemes and "color-scheme:dark" in schemes
    assert "[data-md-color-switching]" in schemes
    # Material's named colours (`primary: indigo` ...) stay out: the course's colours are the academy's own.
    assert "data-md-color-primary=" not in schemes and "data-md-color-accent=" not in schemes
    for page in pages(built_site):
        html = page.read_text(encoding="utf-8")
        head = html.split("</head>", 1)[0]
        assert "palette." not in head, page
        assert re.search(r'<link rel="stylesheet" href="[^"]*' + re.escape(material_styles()) + '"', head), page
        assert re.search(r"<style>(.*?)</style>", head, re.S).group(1).startswith(schemes), page
