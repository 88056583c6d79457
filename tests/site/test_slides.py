"""The slides of a lesson (pages/slides.py): made from the course, laid out to be read from the back of a
room, shipped with reveal.js's vendored files on the slide pages only. The browser half (keys, text
sizes at 1280 x 720, presenter view, file://) is tests/browser/test_slides.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder.site.pages import slides
from builder.site.pages.assets import SHIPPED_AS_IS
from builder.site.pages.render import render_all
from builder.sources.load import load_course, load_editions

from ..conftest import FIXTURES, ROOT, make_course

REVEAL = ROOT / "node_modules" / "reveal.js"
VENDORED = ROOT / "builder" / "site" / "assets" / "reveal"


@pytest.fixture(scope="module")
def course(course_root):
    return load_course(course_root)


def test_the_vendored_reveal_files_are_the_installed_package_s():
    if not REVEAL.is_dir():
        pytest.skip("node_modules/reveal.js is missing: run `npm ci` (make test does)")
    pairs = {"reveal.css": "dist/reveal.css", "notes.js": "plugin/notes/notes.js", "LICENSE": "LICENSE"}
    for ours, theirs in pairs.items():
        assert (VENDORED / ours).read_bytes() == (REVEAL / theirs).read_bytes(), f"run `make reveal` ({ours})"
    upstream = (REVEAL / "dist/reveal.js").read_text(encoding="utf-8")
    assert (VENDORED / "reveal.js").read_text(encoding="utf-8") == \
        re.sub(r"(?m)^//# sourceMappingURL=.*\n?", "", upstream), "run `make reveal` (reveal.js)"


def test_a_deck_follows_the_lesson(course):
    lesson = course.lessons[0]
    for lang in ("id", "en"):
        deck = slides.deck(course, lesson, lang)
        kinds = [s.kind for s in deck.slides]
        assert kinds[0] == "title" and deck.slides[0].title == lesson.title[lang]
        assert deck.slides[1].title == course.ui.site.objectives[lang]
        assert len(deck.slides[1].points) == len(lesson.objectives)
        assert kinds.count("discussion") == len(lesson.reflection)
        questions = [s.points[0] for s in deck.slides if s.kind == "discussion"]
        assert questions == [q[lang] for q in lesson.reflection]
        # Five key points: four on a slide, the fifth on the next one, marked as going on.
        key = [s for s in deck.slides if s.title.startswith(course.ui.site.key_points[lang])]
        assert [len(s.points) for s in key] == [4, len(lesson.key_points) - 4]
        assert key[1].title.endswith(course.ui.site.slide_continued[lang])
        assert deck.primary == course.academy.colours.primary and deck.accent == course.academy.colours.accent
        assert deck.logo in course.files


def test_every_point_is_short_and_no_slide_holds_too_many(course):
    deck = slides.deck(course, course.lessons[0], "en")
    for slide in deck.slides:
        if slide.kind == "points":
            assert 1 <= len(slide.points) <= slides.MAX_POINTS + 1, slide.title
            assert all(len(p) <= slides.MAX_POINT for p in slide.points), slide.title
    six = next(s for s in deck.slides if s.kind == "points" and s.title == "Six practices")
    assert six.points[0] == "The six practices work together."  # the lead sentence, then the list
    assert len(six.points) == slides.MAX_POINTS


def test_a_wide_table_is_turned_on_its_side_and_a_long_one_split(course):
    deck = slides.deck(course, course.lessons[0], "en")
    turned = [s for s in deck.slides if s.title == "Symptoms by stage"]
    assert [s.subtitle for s in turned] == ["Meetings cover", "Who gets blamed"]
    assert turned[0].points[0] == "Undefined: Who is to blame" and all(s.table is None for s in turned)
    split = [s for s in deck.slides if s.title.startswith("Visit schedule")]
    assert len(split) >= 2 and all(s.kind == "table" for s in split)
    assert sum(len(s.table.rows) for s in split) == 12  # every row, once
    assert all(s.table.head == ("Week", "Visit", "Count") for s in split)
    assert all(len(s.table.head) <= slides.MAX_COLUMNS for s in deck.slides if s.table)


def test_notes_carry_what_to_say_the_case_and_the_minutes(course):
    deck = slides.deck(course, course.lessons[0], "id")
    ui = course.ui.site
    first = next(s for s in deck.slides[2:] if s.kind == "points")
    case = next(s for s in course.lessons[0].sections if s.kind == "case")
    assert any(line.startswith(ui.slide_case["id"]) and case.body["id"][:30] in line for line in first.notes)
    minutes = re.escape(ui.slide_minutes["id"]).replace(re.escape("{minutes}"), r"(\d+)")
    for slide in deck.slides:
        if slide.kind in ("discussion",) or slide.minutes:
            found = [re.fullmatch(minutes, line) for line in slide.notes]
            assert any(found), slide.title
    assert deck.slides[0].minutes == course.minutes(course.lessons[0])


def test_each_edition_shows_its_own_case(course_root):
    editions = load_editions(course_root)
    cases = {e.edition.id: next(s.heading["en"] for s in e.lessons[0].sections if s.kind == "case") for e in editions}
    assert len(set(cases.values())) == 2
    for edition in editions:
        titles = {s.title for s in slides.deck(edition, edition.lessons[0], "en").slides}
        assert {name for e, name in cases.items() if e != edition.edition.id} & titles == set()
        assert cases[edition.edition.id] in titles


def test_a_figure_on_a_slide_is_drawn_to_keep_its_text_large(course):
    deck = slides.deck(course, course.lessons[0], "en")
    figures = [s for s in deck.slides if s.kind == "figure"]
    assert len(figures) == 2 and all(s.svg.startswith("<svg") and s.svg.endswith("</svg>") for s in figures)
    assert 'class="selaras-figure selaras-figure-slide"' in figures[1].svg  # the wheel, drawn for a slide


def test_every_deck_builds_for_every_lesson_language_and_edition(course_root):
    built = set()
    for edition in load_editions(course_root):
        for lang in ("id", "en"):
            for deck in slides.decks(edition, lang):
                assert deck.slides[0].kind == "title" and len(deck.slides) > 4
                built.add((edition.edition.id, lang, deck.lesson_id))
    assert built == {(e, lang, "handoff") for e in ("fmcg", "b2b") for lang in ("id", "en")}


def test_the_slide_pages_and_only_they_load_reveal(course):
    site = render_all(course)["en"]
    page = site.pages["slides/handoff.html"]
    logo = "../" + slides.deck(course, course.lessons[0], "en").logo
    assert re.findall(r'(?:src|href)="([^"#]+)"', page) == [
        "../assets/reveal/reveal.css", "../assets/slides.css", logo,
        "../assets/reveal/reveal.js", "../assets/reveal/notes.js", "../assets/slides.js"]
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", page)
    for path in ("assets/reveal/reveal.js", "assets/reveal/notes.js", "assets/slides.js", "assets/slides.css"):
        assert path in site.files and path.removeprefix("assets/") in SHIPPED_AS_IS
    lesson = site.readable("lessons/handoff.md")
    assert "reveal" not in lesson
    assert "(../slides/handoff.html)" in lesson and "(../slides/handoff.html?print-pdf)" in lesson
    assert "slides/" not in site.readable("lessons/_print.md")  # the printed booklet links to no slides


# --- a facilitator session's slides ---------------------------------------------------------------

SITE_URL = "https://belajar.akademi-contoh.co.id/selaras/"
"""A real-looking address (not a reserved example host), so the session slides carry QR codes."""


@pytest.fixture(scope="module")
def session_root(tmp_path_factory) -> Path:
    return make_course(tmp_path_factory.mktemp("sessions") / "c", FIXTURES / "editions", FIXTURES / "slides",
                       FIXTURES / "session-slides")


def with_site_url(root: Path, dest: Path, url: str) -> Path:
    import shutil

    import yaml

    shutil.copytree(root, dest)
    path = dest / "course" / "academy.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["site_url"] = url
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return dest


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_session_s_slides_follow_its_run_sheet_on_the_clock(session_root, lang):
    from builder.site.pages import facilitator

    for course in load_editions(session_root):
        session = course.facilitator.sessions[0]
        deck = slides.session_deck(course, session, lang)
        labels, ui = course.facilitator.labels, course.ui.site
        assert deck.slides[0].kind == "title" and deck.slides[0].title == session.title[lang]
        plan = facilitator._session(course, session, lang)
        sheet = [s for s in deck.slides if s.kind == "table"]
        assert [s.title for s in sheet] == [labels.run_sheet[lang]]
        # Every block and the Friday prayers the schedule places, each with its clock time.
        assert [row[:2] for row in sheet[0].table.rows] == [
            (r["span"], r["block"]["title"] if r["block"] else r["title"]) for r in plan["rows"]]
        prayers = next(r for r in plan["rows"] if r["block"] is None)  # the fixture's case runs into Jumatan
        assert prayers["title"] == course.facilitator.schedule.friday.title[lang]
        assert any(s.title == prayers["title"] and s.subtitle == prayers["span"] for s in deck.slides)
        by_title = {s.title: s for s in deck.slides}
        for block in session.blocks:
            if block.kind != "content":
                continue
            shown = by_title[block.title[lang]]
            assert shown.subtitle.startswith(next(r["span"] for r in plan["rows"] if r["block"]
                                                  and r["block"]["title"] == block.title[lang]))
            for step in block.talk:  # the talk-track, its minutes, this edition's example only
                assert slides.text_of(step.say[lang]) in shown.notes
                assert ui.slide_minutes[lang].format(minutes=step.minutes) in shown.notes
                for example in step.examples:
                    line = f"{labels.example[lang]}: {example.text[lang]}"
                    assert (line in shown.notes) == (example.edition == course.edition.id), line
        case = next(b for b in session.blocks if b.kind == "case")
        asked = [s for s in deck.slides if s.kind == "discussion" and s.title.startswith(case.title[lang])]
        assert [s.points[0] for s in asked] == [q[lang] for q in case.case.questions] + [case.case.compare[lang]]
        assert all(f"{labels.model_answer[lang]}: {case.case.model_answer[lang]}" in s.notes for s in asked[:-1])
        reflection = course.lessons[0].reflection[0][lang]
        assert [s.points[0] for s in deck.slides if s.title == ui.slide_discussion[lang]] == [reflection]


def test_a_session_s_slides_carry_the_qr_codes_or_say_why_not(session_root, tmp_path):
    from builder.site import qr
    from builder.sources.load import load_course

    placeholder = load_course(session_root)
    words = placeholder.facilitator.participant_links
    deck = slides.session_deck(placeholder, placeholder.facilitator.sessions[0], "en")
    assert not any(s.codes for s in deck.slides)
    notes = [s for s in deck.slides if s.title == words.title["en"]]
    # The note, after the run sheet and again at the diagnostic.
    assert len(notes) == 2 and placeholder.academy.site_url in notes[0].points[0]

    course = load_course(with_site_url(session_root, tmp_path / "real", SITE_URL))
    for lang in ("id", "en"):
        deck = slides.session_deck(course, course.facilitator.sessions[0], lang)
        coded = [s for s in deck.slides if s.kind == "codes"]
        assert len(coded) == 2
        assert [(c.caption, c.url) for c in coded[0].codes] == [
            (words.diagnostic[lang], f"{SITE_URL}{lang}/diagnostic.html"), (words.prework[lang], f"{SITE_URL}{lang}/")]
        page = slides.session_page(course, course.facilitator.sessions[0], lang)
        for code in coded[0].codes:  # drawn inline, the very code site/qr.py makes (tests/site/test_qr.py reads it)
            drawn = qr.svg(code.url)
            assert drawn.split(">", 1)[1] in page
        assert not re.search(r"(?:src|href)=\"(?:https?:)?//", page)


def test_every_session_has_a_projection_view_linked_from_the_guide(session_root):
    from builder.sources.load import load_course

    course = load_course(session_root)
    for lang, site in render_all(course).items():
        for session in course.facilitator.sessions:
            path = slides.session_page_path(session)
            assert path == f"slides/_{session.id}.html" and path in site.pages
            assert f'<h1>{session.title[lang]}</h1>' in site.pages[path]
            guide = site.readable("facilitator.md")
            ui = course.ui.site
            assert f"[{ui.slides[lang]}]({path}) · [{ui.slides_handout[lang]}]({path}?print-pdf)" in guide


def test_a_session_s_slides_mark_their_clock_for_the_page_s_script(session_root):
    from builder.sources.load import load_course

    course = load_course(session_root)
    session = course.facilitator.sessions[0]
    for lang in ("id", "en"):
        deck = slides.session_deck(course, session, lang)
        page = slides.session_page(course, session, lang)
        marked = [s for s in deck.slides if s.clock]
        assert [s.clock.key for s in marked if s.clock.kind == "block"] == [str(n) for n in range(len(session.blocks))]
        assert deck.clock["sheet"]["rows"] == slides.sheet_rows(course, session, lang) > 0
        assert deck.clock["names"] == [b.title[lang] for b in session.blocks]
        for slide in marked:  # the clock text the script rewrites is the one the slide shows
            if slide.clock.kind in ("block", "window", "title"):
                assert f">{slide.clock.span}</span>" in page
        assert page.count('data-clock-text="starts"') == page.count('data-clock-text="ends"') + 1  # + the title
        assert [w.clock.key for w in deck.windows] == ["midday", "friday"]
        assert page.count("<template data-clock-window=") == 2
        assert '<script src="../assets/course/session-slides.js"></script>' in page
        assert page.index("session-slides.js") < page.index("assets/slides.js")  # laid out before reveal starts
        # Another start and day: the same slides but for the clock texts and the breaks.
        other = slides.session_deck(course, session, lang, at=(9 * 60, 4))
        assert [s for s in other.slides if not s.clock] == [s for s in deck.slides if not s.clock]
    lesson = slides.page(course, course.lessons[0], "id")
    assert "data-clock" not in lesson and "session-slides.js" not in lesson  # a lesson's slides ship no clock


def test_a_long_run_sheet_is_split_by_the_same_number_of_rows_whatever_the_plan(session_root):
    from builder.sources.load import load_course

    course = load_course(session_root)
    session = course.facilitator.sessions[0]
    head, rows = ("a", "b", "c"), tuple((str(n), "x", "1") for n in range(9))
    parts = slides.table_slides("Run", slides.Table(head, rows), "(more)", (), per_slide=4)
    assert [len(p.table.rows) for p in parts] == [4, 4, 1] and parts[1].title == "Run (more)"
    assert slides.sheet_rows(course, session, "id") <= slides.TABLE_LINES - 1
