"""End-to-end builds: the output is complete, and a failed build never damages the last good site."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from builder.problems import ContentError, UsageError
from builder.site.build import build
from builder.site.write import MARKER


def _tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def built_mini(mini_course: Path) -> Path:
    out = mini_course / "site"
    build(mini_course, out)
    return out


def test_both_languages_are_built_with_their_own_search_index(built_mini: Path):
    for lang in ("id", "en"):
        assert (built_mini / lang / "index.html").is_file()
        assert (built_mini / lang / "lessons" / "handoff.html").is_file()
        assert (built_mini / lang / "diagnostic.html").is_file()
        assert (built_mini / lang / "search" / "search_index.json").is_file()
        html = (built_mini / lang / "lessons" / "handoff.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in html
    assert (built_mini / MARKER).is_file()


def test_the_root_leads_to_the_default_language(built_mini: Path):
    html = (built_mini / "index.html").read_text(encoding="utf-8")
    assert 'url=id/index.html' in html


def test_nothing_points_at_another_host(built_mini: Path):
    for page in built_mini.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, page
        assert 'src="http' not in html and "src='http" not in html, page
        assert '<link rel="alternate"' not in html, page


def test_the_language_switcher_keeps_the_page(built_mini: Path):
    html = (built_mini / "id" / "lessons" / "handoff.html").read_text(encoding="utf-8")
    assert 'href="../../en/lessons/handoff.html" hreflang="en"' in html


def test_a_failed_build_leaves_the_last_good_site_exactly_as_it_was(mini_course: Path, built_mini: Path):
    before = _tree_digest(built_mini)
    lesson = mini_course / "course" / "lessons" / "01-handoff.yaml"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("summary:", "sumary:"), encoding="utf-8")
    with pytest.raises(ContentError):
        build(mini_course, built_mini)
    assert _tree_digest(built_mini) == before
    assert not list(built_mini.parent.glob(".site.*")), "the staging folder was left behind"


def test_a_broken_link_fails_the_build_with_the_yaml_line(mini_course: Path, built_mini: Path):
    before = _tree_digest(built_mini)
    lesson = mini_course / "course" / "lessons" / "01-handoff.yaml"
    text = lesson.read_text(encoding="utf-8").replace("(../glossary.md)", "(../glosary.md)")
    lesson.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        build(mini_course, built_mini)
    lines = [p.format("en") for p in caught.value.problems]
    line_no = next(n for n, t in enumerate(text.splitlines(), 1) if "glosary.md" in t)
    assert lines[0].startswith(f"course/lessons/01-handoff.yaml:{line_no}: the link `../glosary.md` points")
    assert _tree_digest(built_mini) == before


@pytest.mark.parametrize("inside", ["course", "quizzes", "course/lessons", "builder", "."])
def test_output_inside_the_sources_is_refused(mini_course: Path, inside: str):
    with pytest.raises(UsageError):
        build(mini_course, mini_course / inside / "site" if inside != "." else mini_course)


def test_a_folder_not_made_by_the_builder_is_never_replaced(mini_course: Path, tmp_path: Path):
    precious = tmp_path / "Documents"
    precious.mkdir()
    (precious / "thesis.docx").write_text("keep me")
    with pytest.raises(UsageError):
        build(mini_course, precious)
    assert (precious / "thesis.docx").read_text() == "keep me"


def test_the_real_course_builds(built_site: Path):
    for lang in ("id", "en"):
        pages = {p.relative_to(built_site / lang).as_posix() for p in (built_site / lang).rglob("*.html")}
        assert {"index.html", "diagnostic.html", "team.html", "glossary.html", "credits.html"} <= pages
        assert sum(1 for p in pages if p.startswith("lessons/")) >= 5


def _visible_article_text(html: str) -> str:
    article = html[html.find("<article"):html.find("</article>")]
    article = re.sub(r"<script.*?</script>", " ", article, flags=re.S)
    return re.sub(r"<[^>]+>", " ", article).lower()


def test_no_placeholder_text_in_the_real_site(built_site: Path):
    pages = list(built_site.rglob("*.html"))
    assert pages
    for page in pages:
        text = _visible_article_text(page.read_text(encoding="utf-8"))
        for marker in ("lorem ipsum", "todo", "tbd", "placeholder", "xxx", "fixme"):
            assert not re.search(rf"\b{marker}\b", text), f"{marker!r} in {page}"


def test_a_built_site_shows_markup_from_plain_texts_as_text(tmp_path: Path):
    """End to end through mkdocs and the theme: titles, nav, <title>, footer, search index."""
    import json

    from ..conftest import HOSTILE, hostile_course
    from .test_render_escaping import live_markup, parse

    out = tmp_path / "site"
    build(hostile_course(tmp_path / "course"), out)
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        page = parse(path.read_text(encoding="utf-8"))
        assert live_markup(page) == [], path
        for block in page.json_blocks:
            json.loads(block)
    lesson = parse((out / "en" / "lessons" / "handoff.html").read_text(encoding="utf-8"))
    title = next(i for i, (tag, _) in enumerate(lesson.elements) if tag == "title")
    assert f"EN {HOSTILE}" in "".join(lesson.text)  # shown as written, in <title> and <h1> alike
    assert title >= 0
    for lang in ("id", "en"):
        index = json.loads((out / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
        for doc in index["docs"]:  # Material shows titles as HTML
            assert "<img" not in doc["title"] and "<script" not in doc["title"], doc["title"]


def test_the_site_folder_is_never_missing_while_builds_replace_it(mini_course: Path):
    import subprocess
    import sys

    out = mini_course / "site"
    build(mini_course, out)
    stop = mini_course / "stop-watching"
    # Another process, as a web server reading site/ would be (a thread here would share the GIL
    # with the build and hardly ever look at the right moment).
    watcher = subprocess.Popen([sys.executable, "-c", """
import os, sys
out, stop, misses, looks = sys.argv[1], sys.argv[2], 0, 0
while not os.path.exists(stop) or looks < 1000:
    looks += 1
    if not os.path.isdir(out):
        misses += 1
print(misses, looks)
""", str(out), str(stop)], stdout=subprocess.PIPE, text=True)
    try:
        for _ in range(3):
            build(mini_course, out)
    finally:
        stop.touch()
        output, _ = watcher.communicate(timeout=60)
    misses, looks = map(int, output.split())
    assert looks > 1000 and misses == 0
    assert (out / MARKER).is_file()


def test_staging_folders_of_a_killed_build_are_removed_by_the_next(mini_course: Path):
    import os
    import time

    out = mini_course / "site"
    dead = 2**31 - 2  # no process has this id
    leftovers = [mini_course / f".site.building-{dead}-x1y2", mini_course / f".site.old-{dead}"]
    running = mini_course / f".site.building-{os.getppid()}-z3"  # a build still going on: kept
    unrelated = mini_course / ".site.building-notours"
    recent = mini_course / ".site.building-ab12cd34"  # named without a pid, by an older builder: kept a day
    stale = mini_course / ".site.building-zz98yy76"
    leftovers.append(stale)
    for folder in (*leftovers, running, unrelated, recent):
        (folder / "en").mkdir(parents=True)
    two_days_ago = time.time() - 2 * 86400
    os.utime(stale, (two_days_ago, two_days_ago))
    build(mini_course, out)
    assert [p for p in leftovers if p.exists()] == []
    assert running.is_dir() and unrelated.is_dir() and recent.is_dir()
    assert sorted(p.name for p in mini_course.glob(".site.*")) == sorted([running.name, unrelated.name, recent.name])


def test_page_titles_name_the_course_once(built_site: Path):
    import re

    def title(rel: str) -> str:
        html = (built_site / rel).read_text(encoding="utf-8")
        return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()

    home = title("id/index.html")
    assert home.count("Selaras") == 1, home
    lesson = title("id/lessons/two-sides.html")
    assert lesson.endswith(f" - {home}") and lesson != f"{home} - {home}"


def test_mkdocs_takes_the_settings_the_builder_wrote_as_if_it_read_the_file(mini_course: Path, tmp_path: Path):
    """The build hands mkdocs each language's settings as they are (mkdocs/run.py); what mkdocs makes of them
    is what it makes of the mkdocs.yml written with them, which a plain `mkdocs build` reads."""
    import io

    from mkdocs.config import load_config

    from builder.site.mkdocs.config import mkdocs_config
    from builder.sources.load import load_course

    build(mini_course, tmp_path / "site", sources_dir=tmp_path / "src")
    course = load_course(mini_course)
    for lang in ("id", "en"):
        config_file = tmp_path / "src" / lang / "mkdocs.yml"
        read = load_config(config_file=str(config_file), site_dir=str(tmp_path / "out"))
        given = load_config(config_file=io.BytesIO(b"{}"), config_file_path=str(config_file),
                            **{**mkdocs_config(course, lang), "site_dir": str(tmp_path / "out")})
        assert read.keys() == given.keys()
        for key in read:
            if key == "plugins":  # fresh plugin objects each time: the same plugins, in the same order
                assert [(k, type(v)) for k, v in read[key].items()] == [(k, type(v)) for k, v in given[key].items()]
            else:
                assert repr(read[key]) == repr(given[key]), key
