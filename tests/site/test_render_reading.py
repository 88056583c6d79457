"""Build-time output for reading on a phone and in either colour scheme: the glossary's order, the
tables' column labels, the figures' phone layout, the footer."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from builder.site.pages.render import render_language, sort_key
from builder.sources.load import load_course

from ..conftest import FIXTURES, make_course


@pytest.fixture(scope="module")
def ordered_course(tmp_path_factory) -> Path:
    return make_course(tmp_path_factory.mktemp("order"), FIXTURES / "glossary-order")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_glossary_is_alphabetical_in_each_language(ordered_course: Path, lang: str):
    course = load_course(ordered_course)
    page = render_language(course, lang).readable("glossary.md")
    shown = re.findall(r"^\*\*(.+?)\*\*", page, flags=re.M)
    expected = sorted((t.term[lang] for t in course.glossary.terms), key=sort_key)
    assert shown == expected
    assert shown != [t.term[lang] for t in course.glossary.terms]  # the fixture's own order is not it


def test_the_two_languages_order_differently(ordered_course: Path):
    course = load_course(ordered_course)
    ids = {lang: [t.id for t in sorted(course.glossary.terms, key=lambda t: sort_key(t.term[lang]))]
           for lang in ("id", "en")}
    assert ids["id"] != ids["en"]


def test_sort_key_ignores_case_and_accents():
    assert sorted(["éclat", "Serah", "prospek", "Kesepakatan", "ekor"], key=sort_key) == \
        ["éclat", "ekor", "Kesepakatan", "prospek", "Serah"]


# --- the footer -------------------------------------------------------------------------------

def _rebranded(dest: Path, name: str, own_source: bool) -> Path:
    """The mini course under another academy's name, with or without a source that is the academy."""
    import yaml

    make_course(dest)
    academy = yaml.safe_load((dest / "course/academy.yaml").read_text(encoding="utf-8"))
    academy["name"] = name
    (dest / "course/academy.yaml").write_text(yaml.safe_dump(academy, allow_unicode=True), encoding="utf-8")
    info = yaml.safe_load((dest / "course/course.yaml").read_text(encoding="utf-8"))
    info["sources"] = [{"citation": "A. Writer. A Book. 2001.", "short": "Writer 2001",
                        "note": {"id": "Buku dasar.", "en": "The book it rests on."}}]
    if own_source:
        info["sources"].append({"citation": f"{name}. Our notes.", "short": name,
                                "note": {"id": "Catatan kami.", "en": "Our notes."}})
    (dest / "course/course.yaml").write_text(yaml.safe_dump(info, allow_unicode=True), encoding="utf-8")
    return dest


@pytest.mark.parametrize("own_source", [True, False])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_footer_names_the_academy_once_in_the_pages_language(tmp_path: Path, lang: str, own_source: bool):
    from builder.site.mkdocs.config import site_config

    course = load_course(_rebranded(tmp_path, "Akademi Uji Coba", own_source))
    config = site_config(course, lang)
    line = config["copyright"]
    assert line.count("Akademi Uji Coba") == 1, line
    assert course.ui.site.credit_line[lang].format(sources="Writer 2001") in line
    assert config["extra"]["generator"] is False  # Material's English "Made with" is not written
    before, after = config["extra"]["selaras"]["made_with"]
    assert before + "{tool}" + after == course.ui.site.made_with[lang]
    assert config["extra"]["selaras"]["words"]["footer"] == course.ui.site.footer_label[lang]


def test_the_footer_partial_writes_the_courses_words():
    from builder.site.mkdocs.config import theme_dir

    partial = (theme_dir() / "partials" / "copyright.html").read_text(encoding="utf-8")
    assert "Made with" not in partial and "made_with" in partial


# --- tables on a phone --------------------------------------------------------------------------

def _tables_html(text: str, cue: str = "Geser") -> str:
    import markdown

    from builder.site.mkdocs.tables import TablesExtension

    return markdown.markdown(text, extensions=["tables", TablesExtension(cue)])


def test_a_table_with_every_heading_becomes_cards_each_cell_named():
    html = _tables_html("| Tahap | Tanda | Langkah |\n|---|---|---|\n| A | b & c | d |\n| E | f | g |\n")
    assert "<table data-selaras-cards" in html
    assert html.count('data-label="Tahap"') == 2 and html.count('data-label="Tanda"') == 2
    assert '<td data-label="Tanda">b &amp; c</td>' in html
    assert "selaras-swipe" not in html


def test_an_unnamed_first_column_names_the_rows():
    html = _tables_html("| | Marketing | Sales |\n|---|---|---|\n| Tempat | meja | lapangan |\n")
    assert "data-selaras-cards" in html
    assert "<td>Tempat</td>" in html and '<td data-label="Sales">lapangan</td>' in html


def test_a_heading_made_of_markup_is_named_by_its_words():
    html = _tables_html("| **Siapa** | *Apa* | Kapan |\n|---|---|---|\n| a | b | c |\n")
    assert 'data-label="Siapa"' in html and 'data-label="Apa"' in html


def test_a_wide_table_that_cannot_be_cards_gets_the_cue_in_the_pages_language():
    html = _tables_html("| A | | C |\n|---|---|---|\n| 1 | 2 | 3 |\n", cue="Swipe <sideways>")
    assert "data-selaras-cards" not in html and "data-label" not in html
    assert '<p aria-hidden="true" class="selaras-swipe">Swipe &lt;sideways&gt;</p>\n<table>' in html or \
        '<p aria-hidden="true" class="selaras-swipe">Swipe &lt;sideways&gt;</p><table>' in html


def test_a_narrow_table_stays_as_it_is():
    html = _tables_html("| A | B |\n|---|---|\n| 1 | 2 |\n")
    assert "data-selaras-cards" not in html and "data-label" not in html and "selaras-swipe" not in html


def test_the_cue_is_the_courses_word(mini_course: Path):
    from builder.site.mkdocs.config import site_config

    course = load_course(mini_course)
    for lang in ("id", "en"):
        assert site_config(course, lang)["extra"]["selaras"]["table_swipe"] == course.ui.site.table_swipe[lang]


# --- figures on a phone -------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["stage-ladder", "practice-wheel"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_figure_is_drawn_wide_and_narrow_with_the_models_words(mini_course: Path, name: str, lang: str):
    from builder.site.pages import figures

    course = load_course(mini_course)
    svg, title, _ = figures.figure(course, name, lang, course.academy.colours.primary)
    drawings = re.findall(r'<svg class="selaras-figure selaras-figure-(\w+)"[^>]* viewBox="0 0 (\d+) \d+"', svg)
    assert [layout for layout, _ in drawings] == ["wide", "narrow"]
    assert int(drawings[1][1]) == figures.NARROW_WIDTH
    ids = re.findall(r' id="([^"]+)"', svg)
    assert len(ids) == len(set(ids)) == 4  # a title and a description each, never the same id twice
    narrow = svg[svg.index("selaras-figure-narrow"):]
    assert f'<title id="{name}-narrow-t">{html.escape(title)}</title>' in narrow
    names = [s.name[lang].split(" (")[0] for s in course.model.stages] if name == "stage-ladder" else \
        [p.name[lang].split()[0] for p in course.model.practices]
    for word in names:
        assert word in narrow


def test_the_narrow_drawings_text_is_drawn_at_12px_or_more_at_360px():
    """The narrow drawings are shown at least as wide as a 360 px screen's column (about 320 px)."""
    from builder.site.pages import figures

    css = (Path(figures.__file__).parents[1] / "assets" / "site.css").read_text(encoding="utf-8")
    smallest = min(int(px) for px in re.findall(r"\.fig-\w+ \{ font: (?:\d+ )?(\d+)px", css))
    assert smallest * 320 / figures.NARROW_WIDTH >= 12


# --- the colour schemes -------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_palette_offers_both_schemes_with_a_toggle_named_in_the_pages_language(mini_course: Path, lang: str):
    from builder.site.mkdocs.config import site_config

    course = load_course(mini_course)
    palette = site_config(course, lang)["theme"]["palette"]
    assert [p["scheme"] for p in palette] == ["default", "slate"]
    assert [p["toggle"]["name"] for p in palette] == [course.ui.site.scheme_to_dark[lang],
                                                      course.ui.site.scheme_to_light[lang]]
    assert all(p["primary"] == "custom" and p["media"] for p in palette)


@pytest.mark.parametrize("primary", ["#1d4f7c", "#0f766e", "#7b1fa2", "#000000", "#b3261e"])
def test_the_dark_schemes_text_colour_is_the_academys_made_lighter_with_aa_contrast(primary: str):
    from builder.schema.academy import Colours
    from builder.site.pages.assets import SLATE_BACKGROUND, academy_css
    from builder.sources.colours import contrast, lighter_shade, luminance

    shade = lighter_shade(primary, SLATE_BACKGROUND)
    assert contrast(shade, SLATE_BACKGROUND) >= 4.5
    assert luminance(shade) >= luminance(primary)
    css = academy_css(Colours(primary=primary, accent="#c2410c"))
    slate = css[css.index("[data-md-color-scheme=slate]"):]
    found = re.search(r"--md-typeset-a-color: ?(#[0-9a-f]{6})", slate)
    assert found and contrast(found[1], SLATE_BACKGROUND) >= 4.5


def test_a_light_enough_colour_is_kept_as_it_is():
    from builder.sources.colours import lighter_shade

    assert lighter_shade("#f4a300", "#1e2029") == "#f4a300"


def test_the_scheme_chosen_is_kept_for_both_languages():
    from builder.site.mkdocs.config import theme_dir

    helpers = (theme_dir() / "partials" / "javascripts" / "base.html").read_text(encoding="utf-8")
    assert '__md_scope=new URL("{{ base_url }}/../",location)' in helpers
