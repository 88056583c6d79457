"""Markup in the sources never becomes live: plain texts are written as text on every page the builder
renders, and what Markdown may contain is decided by one allowlist (builder/sources/markup.py)."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
from markupsafe import Markup

from builder.site.mkdocs import theme_text
from builder.site.mkdocs.config import MARKDOWN_EXTENSIONS
from builder.site.mkdocs.fragments import FragmentsExtension
from builder.site.pages.fragments import missing_tokens
from builder.site.pages.render import render_all
from builder.site.pages.templating import inline_markdown
from builder.sources import markup
from builder.sources.load import load_course

from ..conftest import HOSTILE, hostile_course

VISIBLE = "X<img src=x onerror=alert(1)>\"'</script>[l](javascript:alert(2))"
"""The part of HOSTILE every place shows (interface words stop before its `{`)."""


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.json_blocks: list[str] = []
        self._in_json = False

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        self.elements.append((tag, attrs))
        self._in_json = tag == "script" and attrs.get("type") == "application/json"
        if self._in_json:
            self.json_blocks.append("")

    def handle_endtag(self, tag):
        self._in_json = False

    def handle_data(self, data):
        if self._in_json:
            self.json_blocks[-1] += data
        else:
            self.text.append(data)


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def live_markup(page: _Page, *, images: bool = True) -> list[str]:
    """Elements and attributes that came out of HOSTILE instead of staying text."""
    found = []
    for tag, attrs in page.elements:
        if images and tag == "img" and attrs.get("src") == "x":
            found.append("<img src=x>")
        found += [f"{name} on <{tag}>" for name in attrs if name.startswith("on")]
        found += [f"{name}={value}" for name, value in attrs.items()
                  if name in ("href", "src", "action", "formaction") and "javascript:" in value.lower()]
    return found


@pytest.fixture(scope="module")
def hostile_sites(tmp_path_factory):
    return render_all(load_course(hostile_course(tmp_path_factory.mktemp("hostile") / "course")))


def page_html(site, path: str) -> str:
    """A page as mkdocs makes it: its own Markdown, with the sources' texts put in as cleaned HTML."""
    import markdown

    text = site.pages[path]
    if not path.endswith(".md"):
        return text
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text  # front matter is mkdocs'
    names = [e if isinstance(e, str) else next(iter(e)) for e in MARKDOWN_EXTENSIONS]
    configs = {k: v for e in MARKDOWN_EXTENSIONS if isinstance(e, dict) for k, v in e.items()}
    converter = markdown.Markdown(extensions=[*names, FragmentsExtension(site.fragments)], extension_configs=configs)
    html = converter.convert(body)
    assert missing_tokens(html) == [], path  # every text found its place
    return html


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_page_shows_plain_texts_as_written_and_runs_nothing(hostile_sites, lang):
    site = hostile_sites[lang]
    pages = [p for p in site.pages if p.endswith((".md", ".html"))]
    assert {"index.md", "lessons/handoff.md", "diagnostic.md", "team.md", "glossary.md", "credits.md",
            "toolkit.md"} <= set(pages)
    for path in pages:
        page = parse(page_html(site, path))
        assert live_markup(page) == [], path
        if path != "team.md":  # the team page has no course text of its own but interface words
            assert VISIBLE in "".join(page.text) or any(HOSTILE in b for b in page.json_blocks), path
        for block in page.json_blocks:  # `</script>` in a text never ends the data early
            json.loads(block)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_front_matter_titles_are_the_texts_themselves(hostile_sites, lang):
    import yaml

    text = hostile_sites[lang].readable("lessons/handoff.md")
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta["title"] == f"{lang.upper()} {HOSTILE}"  # escaped later, once, by theme_text


def test_the_quiz_shows_its_title_and_a_matching_answer_as_text(hostile_sites):
    page = parse(page_html(hostile_sites["en"], "lessons/handoff.md"))
    options = [e for e in page.elements if e[0] == "option"]
    assert options and live_markup(page) == []
    assert "".join(page.text).count(VISIBLE) >= 4  # title, heading, summary, quiz title, pair…


def test_inline_markdown_is_cleaned_even_if_a_text_was_never_checked():
    html = inline_markdown('a <img src=x onerror="alert(1)"> [b](javascript:alert(1)) <script>alert(1)</script> **c**')
    assert live_markup(parse(html), images=False) == []  # a harmless <img src="x"> stays
    assert "<script" not in html and "<strong>c</strong>" in html


@pytest.mark.parametrize("text", [
    "| a | b |\n|:--|--:|\n| 1 | 2 |",
    "<details><summary>More</summary><p>x</p></details>",
    "Press <kbd>Ctrl</kbd> + <kbd>S</kbd>; <abbr title=\"key performance indicator\">KPI</abbr>",
    "![Hand-off](../assets/handoff.png)",
    '<img src="assets/logo.svg" alt="Logo" width="40">',
    "[Glossary](../glossary.md) and [a site](https://example.com/) and <mailto:a@example.com>",
    "Term\n:   Definition",
    '<p lang="en" dir="ltr" title="x">A <q cite="https://example.com/">quote</q></p>',
])
def test_the_html_a_course_needs_is_allowed(text):
    assert markup.problems_in(text) == []


@pytest.mark.parametrize("text, lost", [
    ("<script>alert(1)</script>", "<script>"),
    ("<img src=x onerror=alert(1)>", 'onerror="alert(1)" on <img>'),
    ("[x](javascript:alert(1))", 'href="javascript:alert(1)" on <a>'),
    ("[x](JaVaScRiPt:alert(1))", "href="),
    ("![x](data:image/png;base64,AAAA)", "src="),
    ("[x](vbscript:msgbox)", "href="),
    ("<iframe src=\"https://example.com/\"></iframe>", "<iframe>"),
    ("<object data=x></object>", "<object>"),
    ("<form action=x><input name=a></form>", "<form>"),
    ("<p style=\"background:url(https://example.com/t.gif)\">x</p>", 'style="background:url('),
    ("<table><tr><td style=\"position:fixed;top:0\">x</td></tr></table>", 'style="position:fixed'),  # F-09
    ('<div id="dx-data">{}</div>', 'id="dx-data" on <div>'),  # F-08: the page's own data
    ('<div class="selaras-progress__data">{}</div>', 'class="selaras-progress__data" on <div>'),
    ('<a name="x">y</a>', 'name="x" on <a>'),
    ("![t](https://evil.example/133.png)", 'src="https://evil.example/133.png" on <img>'),  # F-10
    ('<img src="//evil.example/131.png">', 'src="//evil.example/131.png" on <img>'),
    ('<img src="\\\\evil.example/1.png">', "src="),
    ('<img src="/etc/passwd">', 'src="/etc/passwd" on <img>'),
    ("<!--><img src=x onerror=alert('H1')>-->", "onerror="),  # F-01: a comment a browser ends at once
    ("<!---><img src=x onerror=alert(1)>-->", "onerror="),
    ("<![CDATA[><img src=x onerror=alert(1)>]]>", "onerror="),
    ("<svg><style><img src=x onerror=alert(1)></style></svg>", "<svg>"),
    ("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<math>"),
    ("<meta http-equiv=refresh content=\"0;url=https://example.com/\">", "<meta>"),
    ("<link rel=stylesheet href=https://example.com/a.css>", "<link>"),
    ("<base href=https://example.com/>", "<base>"),
    ("<svg onload=alert(1)></svg>", "<svg>"),
])
def test_what_runs_or_loads_is_named(text, lost):
    found = markup.problems_in(text)
    assert found and any(lost in item for item in found), found


def test_plain_text_cannot_become_a_tag_a_link_or_attributes():
    assert markup.plain("<b>[x](y){ .z }&") == "&lt;b&gt;&#91;x&#93;(y)&#123; .z }&amp;"
    assert markup.plain(Markup("<b>made by the builder</b>")) == "<b>made by the builder</b>"


def test_the_theme_gets_every_course_text_escaped_once():
    config = {"site_name": "<b>A</b> & B", "copyright": "© <i>x</i>", "site_description": "d", "site_author": "",
              "extra": {"alternate": [{"name": "<s>English</s>", "lang": "en"}]}}
    theme_text.on_config(config)
    assert config["site_name"] == "&lt;b&gt;A&lt;/b&gt; &amp; B" and isinstance(config["site_name"], Markup)
    assert config["copyright"] == "© &lt;i&gt;x&lt;/i&gt;"
    assert config["extra"]["alternate"][0]["name"] == "&lt;s&gt;English&lt;/s&gt;"
    page = SimpleNamespace(title="<i>t</i>", children=None)
    nav = SimpleNamespace(items=[SimpleNamespace(title="<u>s</u>", children=[page])])
    theme_text.on_nav(nav, config, None)
    assert nav.items[0].title == "&lt;u&gt;s&lt;/u&gt;" and page.title == "&lt;i&gt;t&lt;/i&gt;"
    meta_page = SimpleNamespace(meta={"title": "<x>", "description": "\"d\""})
    theme_text.on_page_markdown("", meta_page, config, None)
    assert meta_page.meta == {"title": "&lt;x&gt;", "description": "&#34;d&#34;"}
    # …and escaping them again in the theme (`| e`) leaves them as they are.
    assert str(Markup.escape(config["site_name"])) == str(config["site_name"])


def test_the_real_course_has_no_html_the_site_would_remove():
    root = Path(__file__).resolve().parents[2]
    course = load_course(root)
    assert course  # load_course runs markup.check_markdown and raises on any finding


def test_the_cohort_report_shows_course_texts_as_written(tmp_path):
    import argparse

    from builder.cli import score as score_cli

    from ..diagnostic_vectors import ROOT as REPO

    course = load_course(hostile_course(tmp_path / "course"))
    parser = argparse.ArgumentParser()
    score_cli.add_arguments(parser)
    report = tmp_path / "cohort.html"
    answers = REPO / "tests" / "data" / "answers_workshop.csv"
    assert score_cli.run(parser.parse_args(["--answers", str(answers), "--report", str(report)]), course, "en") == 0
    html = report.read_text(encoding="utf-8")
    page = parse(html)
    # The course's texts travel as JSON the script shows through textContent (tests/browser/
    # test_report.py); nothing in them may end a <script> or add markup to the page.
    assert live_markup(page) == []
    assert html.count("</script>") == 3 and len(page.json_blocks) == 2
    def strings(value):
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return [value] if isinstance(value, str) else []
    assert any(VISIBLE in s for b in page.json_blocks for s in strings(json.loads(b)))
    assert VISIBLE in "".join(page.text)  # the course title, written by the page around the report
