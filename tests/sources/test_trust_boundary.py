"""Contributed Markdown never runs or loads anything: the review's payloads (security-review-2026-12,
F-01, F-02, F-08 to F-10, F-12) in every Markdown text of a course.

Two layers are tested apart. The check refuses, at the right line, every text the cleaning would
change. And the pages publish only cleaned HTML, so even with the check switched off nothing live
reaches a page: that part also runs generated HTML and Markdown (hypothesis) through the build.
"""

from __future__ import annotations

import re
import time
from html.parser import HTMLParser
from pathlib import Path
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.problems import ContentError
from builder.schema.base import MAX_TEXT
from builder.sources import markup
from builder.sources.checks import CHECKS
from builder.sources.load import FACILITATOR_FILE, load_course
from builder.sources.yamlread import read

from ..conftest import make_course
from .test_facilitator_sources import good_text

REFUSED = {
    # F-01: comments and CDATA that Python's html.parser reads one way and a browser another
    "comment": "<!--><img src=x onerror=alert(11)>-->",
    "comment-dash": "<!---><img src=x onerror=alert(12)>-->",
    "cdata": "<![CDATA[><img src=x onerror=alert(13)>]]>",
    # F-08: an element of the page's own, by id or class
    "clobber-id": '<div id="dx-data">{"practices": []}</div>',
    "clobber-class": '<span class="selaras-progress__data">{}</span>',
    # F-09: style anywhere
    "style": '<table><tr><td style="position:fixed;top:0;left:0">x</td></tr></table>',
    # F-10: an image from another host
    "remote-image": "![t](https://evil.example/133.png)",
    "script-link": "[x](javascript:alert(16))",
}
"""Payloads the check refuses wherever they are written."""

PUBLISHED_SAFE = {
    **REFUSED,
    # F-01: an unfinished tag, which a browser would close with the page's next `>`
    "unfinished": "Text <p><img src=x onerror=alert(14)",
    # F-02a: a list item's second paragraph (an indented code block when the text is alone)
    "continuation": "Tujuan\n\n    <img src=x onerror=alert(15)>",
    # F-02c: a link reference for a text of the same page
    "reference": "[here]: javascript:alert(17)",
    "reference-use": "See [here] for more.",
    # F-02b: the half of a tag that a following text would complete
    "half-tag": '<img src=x title="',
    "other-half": '" onerror="alert(18)">',
}
"""Payloads that must never be live in a published page, whether the check refused them or not."""

SOURCES = ["course/course.yaml", "course/model.yaml", "course/glossary.yaml", "course/toolkit.yaml",
           "course/lessons/01-handoff.yaml", "quizzes/handoff-check.yaml", "quizzes/diagnostic.yaml", FACILITATOR_FILE]


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def course_with(tmp_path: Path) -> Path:
    root = make_course(tmp_path / "c")
    (root / FACILITATOR_FILE).write_text(good_text(), encoding="utf-8")
    return root


def markdown_locations(root: Path) -> dict[str, list[tuple]]:
    """Every Markdown text of every source file, by file: the path through the file's data."""
    course = load_course(root)
    objects = {"course/course.yaml": course.info, "course/model.yaml": course.model,
               "course/glossary.yaml": course.glossary, "course/toolkit.yaml": course.toolkit,
               "course/lessons/01-handoff.yaml": course.lessons[0],
               "quizzes/handoff-check.yaml": course.quizzes["handoff-check"],
               "quizzes/diagnostic.yaml": course.diagnostic, FACILITATOR_FILE: course.facilitator}
    return {rel: [loc for loc, _ in markup.markdown_texts(obj)] for rel, obj in objects.items()}


def plant(root: Path, locations: dict[str, list[tuple]], texts) -> dict[tuple[str, tuple], int]:
    """Write `texts(rel, loc)` at every location; return the line each one ended up on."""
    lines = {}
    for rel, locs in locations.items():
        path = root / rel
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for loc in locs:
            holder = data
            for part in loc[:-1]:
                holder = holder[part]
            holder[loc[-1]] = texts(rel, loc)
        path.write_text(yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=10**6),
                        encoding="utf-8")
        source, problems = read(path, rel)
        assert source is not None, problems
        lines.update({(rel, loc): source.line(loc) for loc in locs})
    return lines


@pytest.fixture(scope="module")
def locations(tmp_path_factory) -> dict[str, list[tuple]]:
    found = markdown_locations(course_with(tmp_path_factory.mktemp("locations")))
    assert set(found) == set(SOURCES) and all(found.values())
    assert sum(map(len, found.values())) > 100  # every field family, in both languages
    return found


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_payload_is_refused_at_its_line_in_every_markdown_text(tmp_path: Path, locations, name: str):
    root = course_with(tmp_path)
    lines = plant(root, locations, lambda rel, loc: f"Teks {loc[-1]} {REFUSED[name]}")
    with pytest.raises(ContentError) as caught:
        load_course(root)
    refused = {(p.path, p.line) for p in caught.value.problems if p.code == "unsafe_html"}
    missed = sorted({(rel, line) for (rel, _), line in lines.items()} - refused)
    assert missed == []


# --- what the pages publish ------------------------------------------------------------------

class _Live(HTMLParser):
    """Everything in a page that would run or load: handlers, scripts, scriptable or remote addresses."""

    def __init__(self, own_scripts: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.own = own_scripts

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            value = re.sub(r"[\t\n\r ]", "", value or "").lower()
            if name.startswith("on"):
                self.found.append(f"{name} on <{tag}>")
            if name in ("href", "src", "action", "formaction", "srcset", "poster", "data") and \
                    value.startswith(("javascript:", "vbscript:", "data:text")):
                self.found.append(f"{name}={value[:30]} on <{tag}>")
            if name in ("src", "srcset", "poster", "data") and value.startswith(("http:", "https:", "//", "\\\\")):
                self.found.append(f"remote {name} on <{tag}>")
            if tag == "link" and name == "href" and value.startswith(("http:", "https:", "//")) and \
                    attrs.get("rel") not in ("canonical", "alternate"):  # addresses, not loads
                self.found.append(f"remote <link rel={attrs.get('rel')}>")
            if name == "style" and "url(" in value:
                self.found.append(f"style url() on <{tag}>")
        if tag == "script" and attrs.get("src") not in self.own and attrs.get("type") != "application/json" \
                and "src" in attrs:
            self.found.append(f"foreign script {attrs.get('src')}")
        if tag in ("iframe", "object", "embed", "base"):
            self.found.append(f"<{tag}>")
        if tag == "meta" and attrs.get("http-equiv") and re.search(r"url=\s*(?:[a-z]+:|//)", attrs.get("content") or "",
                                                                 re.I):
            self.found.append("<meta http-equiv> to another host")
        if attrs.get("id") == "dx-data" and tag != "script":
            self.found.append("a clobbering dx-data")


def live_markup(html: str) -> list[str]:
    own = {*re.findall(r'<script src="([^"]+)"', html)} & {
        s for s in re.findall(r'<script src="([^"]+)"', html) if not s.startswith(("http", "//"))}
    parser = _Live(own)
    parser.feed(html)
    parser.close()
    return parser.found


def build_unchecked(root: Path, out: Path) -> Path:
    """The course built with the markup check switched off: only the cleaning stands in the way."""
    from builder.site.build import build

    with mock.patch("builder.sources.checks.CHECKS", tuple(c for c in CHECKS if c is not markup.check_markdown)):
        build(root, out)
    return out


def published_pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in site.rglob("*.html")}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory, locations) -> tuple[Path, dict[str, str]]:
    tmp = tmp_path_factory.mktemp("published")
    root = course_with(tmp)
    names = sorted(PUBLISHED_SAFE)
    count = iter(range(10**6))
    # Each text gets the next payload, so neighbouring texts of one page meet every pairing.
    plant(root, locations, lambda rel, loc: PUBLISHED_SAFE[names[next(count) % len(names)]])
    site = build_unchecked(root, tmp / "site")
    return site, published_pages(site)


def test_no_published_page_holds_anything_live(hostile_site):
    _, pages = hostile_site
    assert len(pages) >= 20
    assert {path: live_markup(html) for path, html in pages.items() if live_markup(html)} == {}


def test_the_cleaned_texts_are_still_there(hostile_site):
    _, pages = hostile_site
    lesson = pages["en/lessons/handoff.html"]
    assert "<img src=\"x\">" in lesson or '<img src="x"' in lesson  # the harmless part of a payload stays
    assert "See [here] for more." in "".join(pages.values())  # a reference defined elsewhere stays text
    assert "selaras" in lesson and not re.search(r"selaras[0-9a-f]{12}x[0-9a-f]{24}", "".join(pages.values()))


def test_a_contributed_id_or_class_never_reaches_a_page(hostile_site):
    _, pages = hostile_site
    for path, html in pages.items():
        assert html.count('id="dx-data"') <= 1, path
        assert html.count('class="selaras-progress__data"') <= 1, path


# --- size and time -----------------------------------------------------------------------------

def test_a_text_that_takes_too_long_is_refused_at_its_line_in_bounded_time(tmp_path: Path, monkeypatch):
    root = make_course(tmp_path / "c")
    lesson = root / "course" / "lessons" / "01-handoff.yaml"
    data = yaml.safe_load(lesson.read_text(encoding="utf-8"))
    data["sections"][0]["body"]["en"] = "**Stall here.**"  # Markdown: no plain-line shortcut
    lesson.write_text(yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=10**6),
                      encoding="utf-8")
    line = read(lesson, "x")[0].line(("sections", 0, "body", "en"))
    # Which texts stall Python-Markdown changes from release to release ("![" * 4500 took 5 s in 3.11.3
    # and is fast in 3.11.4): a converter that stalls on this one text stands in for them, so the test
    # holds the time limit itself, whatever the installed version.
    convert = markup._to_html

    def stalling(text: str) -> str:
        if "Stall here." in text:
            end = time.perf_counter() + 60
            while time.perf_counter() < end:  # Python code, as Python-Markdown's loops are
                pass
        return convert(text)

    monkeypatch.setattr(markup, "_to_html", stalling)
    markup.render.cache_clear()
    started = time.perf_counter()
    with pytest.raises(ContentError) as caught:
        load_course(root)
    elapsed = time.perf_counter() - started
    [problem] = [p for p in caught.value.problems if p.code == "text_too_slow"]
    assert (problem.path, problem.line) == ("course/lessons/01-handoff.yaml", line)
    assert problem.format("id").endswith("pecah teks ini menjadi beberapa bagian yang lebih pendek")
    assert elapsed < 4 * markup.MAX_RENDER_SECONDS + 3  # the render was given up, not waited for


@pytest.mark.parametrize("text", ["[" * 200_000, "<a " * 30_000])
def test_a_text_over_the_size_cap_is_refused_before_it_is_rendered(tmp_path: Path, text: str):
    root = make_course(tmp_path / "c")
    glossary = root / "course" / "glossary.yaml"
    data = yaml.safe_load(glossary.read_text(encoding="utf-8"))
    data["terms"][0]["definition"]["id"] = text
    glossary.write_text(yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, width=10**7), encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(ContentError) as caught:
        load_course(root)
    assert time.perf_counter() - started < 5
    [problem] = caught.value.problems
    assert problem.code == "text_too_long" and problem.path == "course/glossary.yaml"
    assert f"at most {MAX_TEXT}" in problem.format("en")


@pytest.mark.parametrize("escape, shown", [("\\x1b[2J", "U+001B"), ("\\x00", "U+0000"), ("\\u009b", "U+009B"),
                                           ("\\r", "U+000D")])
def test_a_control_character_in_a_text_is_refused(tmp_path: Path, escape: str, shown: str):
    root = make_course(tmp_path / "c")
    glossary = root / "course" / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    first = re.search(r"^(\s+term: \{id: )([^,]+),", text, re.M)
    glossary.write_text(text[:first.start(2)] + f'"{first[2]}{escape}x"' + text[first.end(2):], encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_course(root)
    [problem] = caught.value.problems
    assert problem.code == "control_character" and f"({shown})" in problem.format("en")
    assert problem.line == text[:first.start()].count("\n") + 1


# --- generated HTML and Markdown ------------------------------------------------------------------

_PIECES = st.sampled_from([
    "<!--", "-->", "--!>", "<!-->", "<!--->", "<![CDATA[", "]]>", "<img src=x onerror=alert(1)>", "<img src=x",
    " onerror=alert(2)", "<script>", "</script>", "<svg onload=alert(3)>", "<math>", "<style>", "</style>",
    "<a href=\"javascript:alert(4)\">", "[x](javascript:alert(5))", "[r]", "[r]: javascript:alert(6)",
    "![i](https://evil.example/i.png)", "<div id=dx-data>", "<span class=selaras-quiz>", "\n\n    ", "\n- ",
    "\n1. ", "> ", "`", "**", "<details>", "<p>", "</p>", "<table><tr><td style=\"x:url(//e)\">", "\"", "'",
    " ", "text", "<iframe>", "<object data=x>", "<base href=//evil.example/>", "<meta http-equiv=refresh>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(7)>\">", "<xmp><img src=x onerror=alert(8)></xmp>",
    "&lt;", "&#106;avascript:", "javas&#x09;cript:", "<template><img src=x onerror=alert(9)></template>",
])
_TEXTS = st.lists(_PIECES, min_size=1, max_size=12).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_generated_markup_is_published_without_anything_live(text: str):
    html = markup.render(text).html
    assert live_markup(html) == []
    assert markup.render(text).removed or markup.clean(html) == html  # what is published is what was cleaned


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(_TEXTS, min_size=3, max_size=3))
def test_generated_markup_through_course_build_publishes_nothing_live(tmp_path_factory, locations, texts):
    tmp = tmp_path_factory.mktemp("generated")
    root = course_with(tmp)
    count = iter(range(10**6))
    # Numbered, so that no two options or items of a question are the same text (a mistake of its own).
    plant(root, locations, lambda rel, loc: f"T{(n := next(count))} {texts[n % 3]}")
    pages = published_pages(build_unchecked(root, tmp / "site"))
    assert {path: live_markup(html) for path, html in pages.items() if live_markup(html)} == {}


_LINE_CHARS = st.sampled_from(list("abcXYZéñ .,;:?!'\"()/-+=#%$@^0123456789“”‘’–—…\t") + ["  ", "1. ", "- ", "# ", "> ",
                                                                                        ":   ", "http://x.y", "www.x"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_LINE_CHARS, min_size=1, max_size=20).map("".join).map(str.strip).filter(bool))
def test_a_plain_line_is_written_as_markdown_would_write_it(text: str):
    """The short way for one line of words (markup._PLAIN_LINE) gives exactly what Markdown and the cleaning give."""
    assert markup.render.__wrapped__(text) == markup._rendered(text)
