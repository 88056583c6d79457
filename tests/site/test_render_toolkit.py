"""The Toolkit page and the links to it, rendered from course/toolkit.yaml (no browser)."""

from __future__ import annotations

import dataclasses
import re
from html import unescape
from pathlib import Path

import pytest

from builder.schema import LANGS
from builder.site.pages import toolkit as render_toolkit
from builder.site.pages.fragments import readable
from builder.site.pages.render import nav, render_language
from builder.sources.load import load_course

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def course():
    return load_course(ROOT)


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_has_its_anchor_title_and_a_block_to_copy(course, lang):
    page = readable(render_toolkit.toolkit_page(course, lang))
    sections = re.findall(r'<section class="selaras-template" id="([a-z0-9-]+)"', page)
    assert sections == [tpl.id for tpl in course.toolkit.templates]
    for tpl in course.toolkit.templates:
        assert f"## {tpl.title[lang]} {{ #{tpl.id}-title }}" in page
        assert f"- [{tpl.title[lang]}](#{tpl.id})" in page  # the list of contents
    copies = [unescape(text) for text in re.findall(r"<pre><code>(.*?)</code></pre>", page, re.S)]
    assert copies == [tpl.body[lang].strip() for tpl in course.toolkit.templates]


def test_the_toolkit_holds_what_managers_print(course):
    """The issue's list: four meeting agendas, the rules sheet, a shared target with its obstacles, the 90-day plan."""
    ids = {tpl.id for tpl in course.toolkit.templates}
    assert {"agenda-planning", "agenda-program", "agenda-problem", "agenda-brainstorm",
            "rules-of-engagement", "shared-target", "plan-90-days"} <= ids
    assert course.toolkit.title.id == course.toolkit.title.en == "Toolkit"  # one name in both languages


def test_templates_live_in_the_toolkit_not_in_lessons(course):
    assert [(lesson.id, s.heading.en) for lesson in course.lessons for s in lesson.sections
            if s.kind == "template"] == []
    linked = {tid for lesson in course.lessons for s in lesson.sections for tid in s.toolkit}
    assert linked == {tpl.id for tpl in course.toolkit.templates}


@pytest.mark.parametrize("lang", LANGS)
def test_home_nav_and_lessons_link_to_the_toolkit(course, lang):
    site = render_language(course, lang)
    assert "toolkit.md" in site.pages
    assert f"]({render_toolkit.PAGE})" in site.readable("index.md")
    tools = next(v for entry in nav(course, lang) for k, v in entry.items() if k == course.ui.site.tools[lang])
    assert {course.toolkit.title[lang]: render_toolkit.PAGE} in tools
    lesson = next(each for each in course.lessons if any("agenda-planning" in s.toolkit for s in each.sections))
    page = site.readable(f"lessons/{lesson.id}.md")
    planning = next(t for t in course.toolkit.templates if t.id == "agenda-planning")
    assert f"- [{planning.title[lang]}](../toolkit.md#agenda-planning)" in page
    assert course.ui.site.toolkit_in_lesson[lang].format(toolkit=course.toolkit.title[lang]) in page


def test_the_copy_block_cannot_carry_markup(course):
    tpl = course.toolkit.templates[0]
    body = tpl.body.model_copy(update={"id": "| a </code></pre><b>x</b> & b |"})
    toolkit = course.toolkit.model_copy(update={"templates": [tpl.model_copy(update={"body": body})]})
    page = readable(render_toolkit.toolkit_page(dataclasses.replace(course, toolkit=toolkit), "id"))
    block = re.search(r"<pre><code>(.*?)</code></pre>", page, re.S).group(1)
    assert block == "| a &lt;/code&gt;&lt;/pre&gt;&lt;b&gt;x&lt;/b&gt; &amp; b |"
