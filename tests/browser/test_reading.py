"""Reading the course on a 360 px phone and at 1280 px: tables, figure text, the footer, the glossary.

Every expectation is read from the course's own files (the model, ui.yaml, academy.yaml), never
written here: an academy that rebrands or rewrites keeps these tests green.
"""

from __future__ import annotations

import pytest

from builder.site.pages.render import sort_key
from builder.sources.load import load_course
from tests.diagnostic_vectors import ROOT

COURSE = load_course(ROOT)
WIDTHS = (360, 1280)
LANGS = ("id", "en")


def at(page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800 if width < 600 else 900})


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_glossary_is_alphabetical_in_the_pages_language(page, site_url, lang, width):
    at(page, width)
    page.goto(f"{site_url}/{lang}/glossary.html")
    # Each term opens its paragraph in bold (the glossary's template).
    shown = page.locator("article > p > strong:first-child").evaluate_all(
        "els => els.filter(e => !e.previousSibling || !e.previousSibling.textContent.trim())"
        ".map(e => e.textContent.trim())")
    expected = sorted((t.term[lang] for t in COURSE.glossary.terms), key=sort_key)
    assert shown == expected


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_footer_speaks_the_pages_language_and_names_the_academy_once(page, site_url, lang, width):
    at(page, width)
    ui = COURSE.ui.site
    other = "en" if lang == "id" else "id"
    for path in ("index.html", "glossary.html"):
        page.goto(f"{site_url}/{lang}/{path}")
        footer = page.locator("footer.md-footer")
        text = " ".join(footer.inner_text().split())
        assert text.count(COURSE.academy.name) == 1, text
        made_with = ui.made_with[lang].format(tool="Material for MkDocs")
        assert made_with in text
        if ui.made_with[other] != ui.made_with[lang]:
            assert ui.made_with[other].format(tool="Material for MkDocs") not in text
        assert footer.locator("nav").get_attribute("aria-label") == ui.footer_label[lang]
        assert footer.locator(".md-copyright").is_visible()


def _reading_pages() -> list[str]:
    pages = [f"lessons/{lesson.id}.html" for lesson in COURSE.lessons] + ["toolkit.html", "glossary.html"]
    return pages + (["facilitator.html"] if COURSE.facilitator else [])


TABLES = """() => [...document.querySelectorAll('article table')].map(t => {
    const wrap = t.closest('.md-typeset__scrollwrap') || t;
    const cue = wrap.previousElementSibling && wrap.previousElementSibling.classList.contains('selaras-swipe')
        ? wrap.previousElementSibling : null;
    const head = t.querySelector('thead');
    const article = document.querySelector('article').getBoundingClientRect();
    const cells = [...t.querySelectorAll('tbody td')];
    return {
        cards: t.hasAttribute('data-selaras-cards'),
        display: getComputedStyle(t).display,
        headShown: !!head && head.getBoundingClientRect().height > 0,
        cue: cue && cue.getBoundingClientRect().height > 0 ? cue.textContent.trim() : null,
        right: t.getBoundingClientRect().right, articleRight: article.right,
        scrolls: wrap.scrollWidth > wrap.clientWidth + 1 || t.scrollWidth > t.clientWidth + 1,
        unlabelled: cells.filter((c, i) => c.hasAttribute('data-label') &&
            getComputedStyle(c, '::before').content !== JSON.stringify(c.getAttribute('data-label'))).length,
        labelled: cells.filter(c => c.hasAttribute('data-label')).length,
        tallest: Math.max(0, ...cells.map(c => c.getBoundingClientRect().height /
                                             parseFloat(getComputedStyle(c).lineHeight || '20'))),
    };
})"""


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_tables_are_readable_on_a_phone_and_tables_on_a_wide_screen(page, site_url, lang, width):
    at(page, width)
    seen = {"cards": 0, "other": 0}
    for path in _reading_pages():
        page.goto(f"{site_url}/{lang}/{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
        for n, table in enumerate(page.evaluate(TABLES)):
            where = f"{path} table {n + 1}"
            seen["cards" if table["cards"] else "other"] += 1
            if width < 600 and table["cards"]:
                # One card per row: no heading row, each value under its column's name.
                assert table["display"] == "block" and not table["headShown"], where
                assert table["labelled"] and table["unlabelled"] == 0, where
                assert table["right"] <= table["articleRight"] + 1, where
                assert table["tallest"] < 12, where
            elif width < 600 and table["scrolls"]:
                assert table["cue"] == COURSE.ui.site.table_swipe[lang], where
            else:
                assert table["display"] != "block" and table["cue"] is None, where
                if table["cards"]:
                    assert table["headShown"], where
    assert seen["cards"] > 0  # the course has tables of three columns and more


FIGURE_TEXT = """() => [...document.querySelectorAll('article svg.selaras-figure')]
    .filter(svg => svg.getBoundingClientRect().width > 0).map(svg => {
        const box = svg.getBoundingClientRect();
        const scale = box.width / svg.viewBox.baseVal.width;
        const texts = [...svg.querySelectorAll('text')].map(t => {
            const r = t.getBoundingClientRect();
            return {text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale,
                    inside: r.left >= box.left - 1 && r.right <= box.right + 1 &&
                            r.top >= box.top - 1 && r.bottom <= box.bottom + 1};
        });
        return {name: svg.getAttribute('aria-labelledby'), texts: texts};
    })"""


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_figure_text_is_at_least_12px(page, site_url, lang, width):
    at(page, width)
    lessons = [lesson for lesson in COURSE.lessons if any(s.figure for s in lesson.sections)]
    assert lessons  # the course has figures; each lesson with one is measured
    for lesson in lessons:
        page.goto(f"{site_url}/{lang}/lessons/{lesson.id}.html")
        shown = page.evaluate(FIGURE_TEXT)
        # One drawing of each figure is shown at a time: the narrow one on a phone.
        assert len(shown) == sum(1 for s in lesson.sections if s.figure), lesson.id
        for figure in shown:
            assert ("narrow" in figure["name"]) == (width < 600), figure["name"]
            assert figure["texts"]
            for text in figure["texts"]:
                assert text["px"] >= 12, (lesson.id, figure["name"], text)
                assert text["inside"], (lesson.id, figure["name"], text)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
