"""In Chromium: markup written into the course's texts never runs, and plain texts show exactly as written."""

from __future__ import annotations

from unittest import mock

import pytest

from builder.sources.checks import CHECKS
from builder.sources.markup import check_markdown

from ..conftest import HOSTILE, hostile_course, serve_folder

VISIBLE = "X<img src=x onerror=alert(1)>\"'</script>[l](javascript:alert(2))"
PROMPT = "Who owns it? <img src=x onerror=alert(4)> [see](javascript:alert(5))"
PAGES = ["index.html", "lessons/handoff.html", "diagnostic.html", "team.html", "glossary.html", "credits.html",
         "lessons/_print.html"]


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    """The small course with HOSTILE in its plain texts, and a quiz prompt whose markup skipped the check
    (the renderer must clean it on its own)."""
    from builder.site.build import build

    tmp = tmp_path_factory.mktemp("hostile-site")
    root = hostile_course(tmp / "course")
    quiz = root / "quizzes" / "handoff-check.yaml"
    text = quiz.read_text(encoding="utf-8")
    quiz.write_text(text.replace("Who owns a lead after the hand-off?", PROMPT, 1), encoding="utf-8")
    assert PROMPT.split("?")[0] in quiz.read_text(encoding="utf-8")
    with mock.patch("builder.sources.checks.CHECKS", tuple(c for c in CHECKS if c is not check_markdown)):
        build(root, tmp / "site")
    with serve_folder(tmp / "site") as url:
        yield url


@pytest.mark.parametrize("path", PAGES)
def test_nothing_runs_and_titles_show_as_written(page, hostile_url, path):
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script("window.__ran = []; window.alert = (m) => window.__ran.push(String(m));")
    page.goto(f"{hostile_url}/en/{path}")
    page.wait_for_load_state("load")
    assert page.evaluate("window.__ran") == [] and dialogs == [] and errors == []
    assert page.locator("img[src='x']").count() == 0 or path in ("lessons/handoff.html", "lessons/_print.html")
    assert page.locator("[onerror], [onclick], a[href^='javascript:' i]").count() == 0
    footer = page.locator(".md-copyright").inner_text()
    assert f"© {VISIBLE}" in footer  # the academy's name
    assert page.locator(".md-header__topic").first.inner_text().strip().startswith(f"EN {VISIBLE}")  # site name
    if path in ("index.html", "lessons/handoff.html", "diagnostic.html", "lessons/_print.html"):
        assert page.locator("h1").inner_text().startswith(f"EN {VISIBLE}")
        assert page.title().startswith(f"EN {HOSTILE}") or (path == "lessons/_print.html"
                                                            and page.title().count(f": EN {HOSTILE} - ") == 1)


def test_the_lesson_shows_every_plain_text_literally_and_its_prompt_cleaned(page, hostile_url):
    page.goto(f"{hostile_url}/en/lessons/handoff.html")
    assert page.locator(".md-nav__link", has_text=f"1. EN {VISIBLE}").count() >= 1  # nav
    assert page.locator("h2", has_text=f"EN {VISIBLE}").count() == 2  # a section heading, a heading word
    assert page.locator(".selaras-quiz__title").inner_text() == f"EN {HOSTILE}"
    assert page.locator("option", has_text=f"EN {HOSTILE}").count() >= 1  # a matching answer
    legend = page.locator(".selaras-q legend").first
    assert "Who owns it?" in legend.inner_text()
    assert legend.locator("img").count() == 1 and legend.locator("img").get_attribute("onerror") is None
    assert legend.locator("a").count() == 0 or legend.locator("a").get_attribute("href") is None
