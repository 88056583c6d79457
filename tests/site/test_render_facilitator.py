"""The Facilitator guide, rendered from course/facilitator.yaml by reference to the lessons and the Toolkit
(no browser)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from builder.schema import LANGS
from builder.site.pages import facilitator as render_facilitator
from builder.site.pages.fragments import readable
from builder.site.pages.render import nav, render_language
from builder.sources.load import load_course

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def course():
    return load_course(ROOT)


def test_two_run_sheets_90_minutes_and_a_half_day_with_a_break(course):
    sessions = {s.id: s for s in course.facilitator.sessions}
    assert sessions["session-90"].minutes == 90
    half = sessions["half-day"]
    assert 195 <= half.minutes <= 225
    titles = [b.title.en for b in half.blocks]
    # The diagnostic is answered individually before the break, which is when the facilitator collects it.
    assert titles.index("The diagnostic, answered individually") < titles.index("Break")
    for session in sessions.values():
        assert sum(b.minutes for b in session.blocks) == session.minutes


@pytest.mark.parametrize("lang", LANGS)
def test_blocks_show_times_uses_questions_and_output(course, lang):
    page = readable(render_facilitator.facilitator_page(course, lang))
    labels = course.facilitator.labels
    for session in course.facilitator.sessions:
        start = 0
        for n, block in enumerate(session.blocks, 1):
            end = start + block.minutes
            assert f"| {start}–{end} | [" in page  # the run sheet's overview
            assert f'<section class="selaras-block" id="{session.id}-{n}"' in page
            start = end
    assert page.count(f"**{labels.questions[lang]}**") == sum(
        1 for s in course.facilitator.sessions for b in s.blocks if b.questions)
    assert "](toolkit.md#rules-of-engagement)" in page
    assert "](diagnostic.md)" in page and "](team.md)" in page


@pytest.mark.parametrize("lang", LANGS)
def test_questions_are_the_lessons_own_words_not_a_copy(course, lang):
    lesson = next(each for each in course.lessons if each.id == "four-stages")
    blame = next(q for q in lesson.reflection if q.key == "blame")
    page = readable(render_facilitator.facilitator_page(course, lang))
    assert blame[lang] in page
    # Edit the question in the lesson: the guide follows.
    edited = blame.model_copy(update={lang: "EDITED IN THE LESSON?"})
    changed = lesson.model_copy(update={"reflection": [edited if q is blame else q for q in lesson.reflection]})
    lessons = tuple(changed if each is lesson else each for each in course.lessons)
    page = readable(render_facilitator.facilitator_page(dataclasses.replace(course, lessons=lessons), lang))
    assert "EDITED IN THE LESSON?" in page and blame[lang] not in page


@pytest.mark.parametrize("lang", LANGS)
def test_every_section_link_has_its_anchor_in_the_lesson(course, lang):
    site = render_language(course, lang)
    links = re.findall(r"\]\((lessons/[a-z0-9-]+\.md)#([a-z0-9-]+)\)", site.readable(render_facilitator.PAGE))
    assert links
    for page, anchor in links:
        assert f"{{ #{anchor} }}" in site.readable(page), (page, anchor)


@pytest.mark.parametrize("lang", LANGS)
def test_home_and_nav_link_to_the_guide(course, lang):
    site = render_language(course, lang)
    assert f"]({render_facilitator.PAGE})" in site.readable("index.md")
    tools = next(v for entry in nav(course, lang) for k, v in entry.items() if k == course.ui.site.tools[lang])
    assert {course.facilitator.title[lang]: render_facilitator.PAGE} in tools


def test_without_the_file_there_is_no_page_and_no_link(mini_course):
    mini = load_course(mini_course)
    assert mini.facilitator is None
    site = render_language(mini, "en")
    assert render_facilitator.PAGE not in site.pages
    assert "facilitator" not in site.readable("index.md")
    assert "facilitator" not in repr(nav(mini, "en"))


def test_the_guide_adds_nothing_to_the_study_time(course):
    assert course.total_minutes == dataclasses.replace(course, facilitator=None).total_minutes
    assert [course.minutes(lesson) for lesson in course.lessons] == [
        dataclasses.replace(course, facilitator=None).minutes(lesson) for lesson in course.lessons]


def test_plain_texts_stay_plain(course):
    block = course.facilitator.sessions[0].blocks[0]
    hostile = block.output.model_copy(update={"en": "<b>x</b> [l](javascript:alert(1))"})
    sessions = [course.facilitator.sessions[0].model_copy(update={"blocks": [
        block.model_copy(update={"output": hostile}), *course.facilitator.sessions[0].blocks[1:]]})]
    guide = course.facilitator.model_copy(update={"sessions": sessions})
    page = readable(render_facilitator.facilitator_page(dataclasses.replace(course, facilitator=guide), "en"))
    assert "&lt;b&gt;x&lt;/b&gt; &#91;l&#93;(javascript:alert(1))" in page
