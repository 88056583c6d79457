"""Rendering is pure and stable: the generated Markdown of the small course is compared with golden files.

After an intended change, run `pytest tests/test_render.py --update-golden` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.site.pages.render import DuplicatePageError, render_all, render_language
from builder.sources.load import load_course, load_editions

from ..conftest import FIXTURES, ROOT, make_course

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
GOLDEN_PAGES = ["index.md", "lessons/handoff.md", "glossary.md", "credits.md", "lessons/_print.md"]


@pytest.fixture
def sites(mini_course: Path):
    return render_all(load_course(mini_course))


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("page", GOLDEN_PAGES)
def test_rendered_page_matches_golden(sites, lang: str, page: str, update_golden: bool):
    text = sites[lang].readable(page)
    golden = GOLDEN / lang / page
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"missing golden file {golden}; run pytest --update-golden"
    assert text == golden.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def editions_root(tmp_path_factory) -> Path:
    return make_course(tmp_path_factory.mktemp("editions"), FIXTURES / "editions")


def edition_site(root: Path, edition: str, lang: str):
    """One edition's pages in one language, rendered afresh (a rendering forgets the texts of the last)."""
    course = next(c for c in load_editions(root) if c.edition.id == edition)
    return render_language(course, lang)


@pytest.mark.parametrize("edition", ["fmcg", "b2b"])
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("page", GOLDEN_PAGES)
def test_each_edition_s_page_matches_its_golden(editions_root: Path, edition: str, lang: str, page: str,
                                                update_golden: bool):
    text = edition_site(editions_root, edition, lang).readable(page)
    golden = GOLDEN / "editions" / edition / lang / page
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"missing golden file {golden}; run pytest --update-golden"
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_diagnostic_and_team_pages_are_byte_identical_in_every_edition(editions_root: Path, lang: str):
    pages = {e: edition_site(editions_root, e, lang) for e in ("fmcg", "b2b")}
    readable = {e: {p: site.readable(p) for p in ("diagnostic.md", "team.md", "lessons/handoff.md")}
                for e, site in pages.items()}
    for page in ("diagnostic.md", "team.md"):
        assert readable["fmcg"][page] == readable["b2b"][page]
    assert readable["fmcg"]["lessons/handoff.md"] != readable["b2b"]["lessons/handoff.md"]


def test_both_languages_have_the_same_pages(sites):
    assert sites["id"].pages.keys() == sites["en"].pages.keys()
    assert {"index.md", "lessons/handoff.md", "diagnostic.md", "team.md", "glossary.md",
            "credits.md"} <= set(sites["id"].pages)


def test_language_settings(mini_course: Path):
    from builder.site.mkdocs.config import site_config

    course = load_course(mini_course)
    for lang, other in (("id", "en"), ("en", "id")):
        config = site_config(course, lang)
        assert config["theme"]["language"] == lang
        assert config["site_url"].endswith(f"/{lang}/")
        links = {a["lang"]: a["link"] for a in config["extra"]["alternate"]}
        assert links == {lang: f"../{lang}/", other: f"../{other}/"}


def test_rendering_twice_gives_the_same_text(mini_course: Path):
    course = load_course(mini_course)
    assert render_language(course, "id").pages == render_language(course, "id").pages


def test_no_page_is_written_twice(mini_course: Path):
    course = load_course(mini_course)
    twin = course.lessons[0]
    # Validation makes this impossible from YAML; the renderer must still refuse it.
    clone = type(course)(**{**course.__dict__, "lessons": (twin, twin)})
    with pytest.raises(DuplicatePageError):
        render_language(clone, "en")


def test_figures_are_labelled_from_the_model(sites, mini_course: Path):
    page = sites["en"].readable("lessons/handoff.md")
    assert '<svg class="selaras-figure selaras-figure-wide"' in page and 'role="img"' in page
    for name in ("Undefined", "Defined", "Aligned", "Integrated"):
        assert f"{name}</text>" in page


def test_text_in_html_templates_is_escaped(mini_course: Path):
    # A matching choice is plain text in a <select>: markup characters must arrive as text.
    quiz = mini_course / "quizzes" / "handoff-check.yaml"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace(
        "en: Contacts the lead}", 'en: "Calls R&D <b>first</b>"}'), encoding="utf-8")
    page = render_language(load_course(mini_course), "en").pages["lessons/handoff.md"]
    assert "Calls R&amp;D &lt;b&gt;first&lt;/b&gt;" in page
    assert "<b>first</b>" not in page


def test_a_lesson_rendered_once_for_its_page_and_the_whole_course_is_what_each_render_gives(tmp_path):
    """render_language renders each lesson once with a stand-in for the ids' prefix, for its page and the
    whole-course page: put in its place, the stand-in must give exactly what a render with the prefix gives."""
    from builder.site.pages import render as r

    for root in (make_course(tmp_path), ROOT):
        course = load_course(root)
        for lang in ("id", "en"):
            site = r.render_language(course, lang)
            for lesson in course.lessons:
                marked = r.render_lesson(course, lesson, lang, prefix=r._PREFIX)
                for prefix in ("", f"{lesson.id}--"):
                    assert marked.replace(r._PREFIX, prefix) == r.render_lesson(course, lesson, lang, prefix=prefix)
                page = marked.replace(r._PREFIX, "") + r.slides_link(course, lesson, lang)
                assert site.pages[r.lesson_path(lesson)] == page
            assert r._PREFIX not in site.pages[r.PRINT_PAGE] and "--stage-ladder" in site.pages[r.PRINT_PAGE]
