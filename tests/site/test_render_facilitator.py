"""The Facilitator guide, rendered from course/facilitator.yaml by reference to the lessons and the Toolkit
(no browser)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from builder.schema import LANGS
from builder.site.pages import clock
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
    schedule = course.facilitator.schedule
    windows = [(clock.parse_time(w.start), clock.parse_time(w.end)) for w in (schedule.midday, schedule.friday)]
    day = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday").index(schedule.day)
    for session in course.facilitator.sessions:
        rows = clock.plan(clock.parse_time(schedule.start), day, [b.minutes for b in session.blocks], *windows)
        spans = {r["block"]: f"{clock.clock(r['start'], lang)}–{clock.clock(r['end'], lang)}" for r in rows["rows"]}
        for n, block in enumerate(session.blocks, 1):
            span = spans[n - 1]
            assert f"| {span} | [{block.title[lang]}](#{session.id}-{n}) | {block.minutes} |" in page
            assert f'<section class="selaras-block selaras-block--{block.kind}" id="{session.id}-{n}"' in page
            assert f'data-clock-block="{session.id}-{n}">{span}</span>' in page
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


def _guide_with(course, **schedule):
    guide = course.facilitator
    return dataclasses.replace(course, facilitator=guide.model_copy(
        update={"schedule": guide.schedule.model_copy(update=schedule)}))


@pytest.mark.parametrize("lang", LANGS)
def test_the_clock_places_the_midday_break_and_tells_the_real_end(course, lang):
    schedule = course.facilitator.schedule
    half = next(s for s in course.facilitator.sessions if s.minutes > 180)
    for day, window in (("monday", schedule.midday), ("friday", schedule.friday)):
        changed = _guide_with(course, start="08:30", day=day)
        page = readable(render_facilitator.facilitator_page(changed, lang))
        section = page[page.index(f'id="{half.id}"'):]
        assert section.count(f"| *{window.title[lang]}* |") == 1
        other = schedule.friday if window is schedule.midday else schedule.midday
        assert f"*{other.title[lang]}*" not in section
        length = clock.parse_time(window.end) - clock.parse_time(window.start)
        end = clock.clock(510 + half.minutes + length, lang)
        assert schedule.labels.ends[lang].split("{")[0] + end in section
    # Starting after the window: no midday break at all, and the end is the minutes' own.
    page = readable(render_facilitator.facilitator_page(_guide_with(course, start="13:00"), lang))
    assert f"*{schedule.midday.title[lang]}*" not in page and f"*{schedule.friday.title[lang]}*" not in page


def test_the_page_carries_the_clock_data_its_script_reads(course):
    page = readable(render_facilitator.facilitator_page(course, "id"))
    data = re.search(r'<script type="application/json" id="selaras-clock-data">(.*?)</script>', page).group(1)
    parsed = __import__("json").loads(data)
    assert parsed["start"] == clock.parse_time(course.facilitator.schedule.start)
    assert [s["blocks"] for s in parsed["sessions"]] == [[b.minutes for b in s.blocks]
                                                       for s in course.facilitator.sessions]
    assert parsed["days"] == [name["id"] for name in course.facilitator.schedule.labels.days]


def test_without_a_schedule_the_run_sheet_shows_minutes_from_the_start(course):
    guide = course.facilitator.model_copy(update={"schedule": None})
    page = readable(render_facilitator.facilitator_page(dataclasses.replace(course, facilitator=guide), "en"))
    assert "selaras-clock-data" not in page and "| 0–" in page


def _guide_with_parts(course, parts):
    from builder.schema import GuidePart

    guide = course.facilitator.model_copy(update={"parts": [GuidePart.model_validate(p) for p in parts]})
    return dataclasses.replace(course, facilitator=guide)


@pytest.mark.parametrize("lang", LANGS)
def test_parts_follow_the_debrief_in_the_contents_and_on_the_page(course, lang):
    part = {"id": "follow-up", "title": {"id": "Follow up <b>30</b> hari", "en": "The <b>30</b>-day follow-up"},
            "body": {"id": "Kirim pesan ini.\n\n> Halo {nama klien},\n>\n> Apa kabar?\n",
                     "en": "Send this message.\n\n> Hello {client's name},\n>\n> How are things?\n"}}
    page = readable(render_facilitator.facilitator_page(_guide_with_parts(course, [part]), lang))
    contents = [page.index(f"](#{anchor})") for anchor in ("debrief", "follow-up", "materials")]
    assert contents == sorted(contents)
    sections = [page.index(f'" id="{anchor}"') for anchor in ("debrief", "follow-up", "materials")]
    assert sections == sorted(sections) and contents[-1] < sections[0]
    assert '<section class="selaras-part" id="follow-up" aria-labelledby="follow-up-title" markdown>' in page
    title = "Follow up &lt;b&gt;30&lt;/b&gt; hari" if lang == "id" else "The &lt;b&gt;30&lt;/b&gt;-day follow-up"
    assert f"## {title} {{ #follow-up-title }}" in page  # a plain text, written as it is
    # The body is Markdown: the message to copy is a quote of two paragraphs, its braces left for the facilitator.
    quote = page[page.index("<blockquote>"):page.index("</blockquote>")]
    assert quote.count("<p>") == 2 and ("{nama klien}" if lang == "id" else "{client's name}") in quote
    assert "selaras-part\"" not in readable(render_facilitator.facilitator_page(_guide_with_parts(course, []), lang))
