"""The learner's way through the course in real Chromium, on a 360 px phone and at 1280 px (issue 24):
the home page's button continues where the learner left off, lessons say where they stand, a check lists
the questions to look at again, matching answers show in full, a lesson and the whole course print clean.

The course is the mini course with two more lessons (tests/site/test_render_learner.py, `three_lessons`);
every word compared is read from the course's model.
"""

from __future__ import annotations

import pytest

from builder.sources.load import load_course

from ..conftest import serve_folder
from ..site.test_render_learner import EXTRA, LONG, three_lessons
from .support import run_axe
from .test_quiz import RIGHT, WRONG, Q, answer, check

WIDTHS = [360, 1280]


@pytest.fixture(scope="module")
def course_site(tmp_path_factory):
    from builder.site.build import build

    root = tmp_path_factory.mktemp("learner")
    src = three_lessons(root / "src")
    build(src, root / "out")
    with serve_folder(root / "out") as url:
        yield url, load_course(src)


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def width(request, page):
    page.set_viewport_size({"width": request.param, "height": 800})
    return request.param


def home(page, url: str, lang: str = "en") -> None:
    page.goto(f"{url}/{lang}/index.html")


def button(page) -> tuple[str, str]:
    go = page.locator(".selaras-continue__go")
    return go.inner_text().strip(), go.get_attribute("href")


def fits(page, selector: str) -> bool:
    """Every element matching `selector` is inside the viewport's width and shows its whole text."""
    return page.eval_on_selector_all(selector, """els => els.length > 0 && els.every(e => {
        const r = e.getBoundingClientRect();
        return r.left >= 0 && r.right <= document.documentElement.clientWidth + 0.5
            && e.scrollWidth <= e.clientWidth + 1;
    })""")


# --- 1. the home page's button ------------------------------------------------------------

def test_home_button_continues_where_the_learner_left_off(page, course_site, width):
    url, course = course_site
    ui, titles = course.ui, [lesson.title["en"] for lesson in course.lessons]
    home(page, url)
    assert button(page) == (ui.site.start["en"], "lessons/handoff.html")
    assert page.is_hidden(".selaras-continue__count")

    # Opened, not passed: the button goes back to it.
    page.goto(f"{url}/en/lessons/{EXTRA[0][0]}.html")
    home(page, url)
    assert button(page) == (ui.quiz.continue_lesson["en"].format(title=titles[1]), f"lessons/{EXTRA[0][0]}.html")
    assert page.inner_text(".selaras-continue__count") == ui.quiz.lessons_done["en"].format(done=0, total=3)

    # Lesson 1 passed (and opened last): the next lesson not passed yet, and the count next to the button.
    page.goto(f"{url}/en/lessons/handoff.html")
    answer(page, RIGHT)
    check(page)
    home(page, url)
    assert button(page) == (ui.quiz.continue_lesson["en"].format(title=titles[1]), f"lessons/{EXTRA[0][0]}.html")
    assert page.inner_text(".selaras-continue__count") == ui.quiz.lessons_done["en"].format(done=1, total=3)
    go = page.locator(".selaras-continue__go").bounding_box()
    count = page.locator(".selaras-continue__count").bounding_box()
    assert count["y"] <= go["y"] + 2 * go["height"]  # beside it, or just under it on a phone
    assert fits(page, ".selaras-continue__go") and fits(page, ".selaras-continue__count")
    page.click(".selaras-continue__go")
    page.wait_for_url(f"**/lessons/{EXTRA[0][0]}.html")
    home(page, url)
    assert run_axe(page) == []


def test_home_button_after_every_lesson_and_in_indonesian(page, course_site, width):
    url, course = course_site
    ui = course.ui
    for lesson_id, quiz in [("handoff", Q)] + [(lid, qid) for lid, _, qid in EXTRA]:
        page.goto(f"{url}/id/lessons/{lesson_id}.html")
        answer(page, RIGHT, quiz)
        check(page)
    home(page, url, "id")
    assert button(page) == (ui.quiz.course_done["id"], "lessons/handoff.html")
    assert page.inner_text(".selaras-continue__count") == ui.quiz.lessons_done["id"].format(done=3, total=3)
    assert fits(page, ".selaras-continue__go")
    assert run_axe(page) == []


def test_home_button_without_javascript_opens_the_first_lesson(browser, course_site, width):
    url, course = course_site
    context = browser.new_context(java_script_enabled=False, viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        page.goto(f"{url}/en/index.html")
        assert button(page) == (course.ui.site.start["en"], "lessons/handoff.html")
        assert page.is_hidden(".selaras-continue__count")
    finally:
        context.close()


# --- 2. a lesson's position ---------------------------------------------------------------

@pytest.mark.parametrize("lang", ["id", "en"])
def test_lessons_say_where_they_stand(page, course_site, width, lang):
    url, course = course_site
    for number, lesson in enumerate(course.lessons, start=1):
        page.goto(f"{url}/{lang}/lessons/{lesson.id}.html")
        meta = page.locator(".selaras-meta")
        assert meta.is_visible()
        assert meta.inner_text().startswith(course.ui.site.lesson_position[lang].format(number=number, total=3))
    assert run_axe(page) == []


# --- 3. the questions to look at again ----------------------------------------------------

def review(page) -> list[tuple[str, str]]:
    return [tuple(pair) for pair in page.eval_on_selector_all(".selaras-quiz__review li:not([hidden]) a",
                                     "els => els.map(a => [a.textContent, a.getAttribute('href')])")]


def test_a_checks_result_links_each_question_answered_wrongly(page, course_site, width):
    url, course = course_site
    ui, quiz = course.ui.quiz, course.quiz_of(course.lessons[0])
    prompts = {q.id: (n, q.prompt["en"]) for n, q in enumerate(quiz.questions, start=1)}
    page.goto(f"{url}/en/lessons/handoff.html")
    assert page.is_hidden(".selaras-quiz__review")
    answer(page, {**RIGHT, "owner": 1, "pairs": [1, 0]})
    check(page)
    wrong = ["owner", "pairs"]
    assert page.is_visible(".selaras-quiz__review")
    assert review(page) == [(f"{ui.question_number['en'].format(number=prompts[q][0])}: {prompts[q][1]}", f"#{Q}-{q}")
                            for q in wrong]
    assert page.inner_text(".selaras-quiz__review p") == ui.wrong_list["en"]
    assert fits(page, ".selaras-quiz__review li:not([hidden]) a")
    assert run_axe(page) == []

    # Following a link (by keyboard) brings the question into view and gives it the focus.
    page.focus(f'.selaras-quiz__review a[href="#{Q}-pairs"]')
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => document.activeElement && document.activeElement.id === '{Q}-pairs'")
    box = page.locator(f"#{Q}-pairs legend").bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"]

    # The list stays while the answers are shown, and goes with a new attempt.
    page.click(".selaras-show")
    assert [href for _, href in review(page)] == [f"#{Q}-{q}" for q in wrong]
    page.click(".selaras-retry")
    assert page.is_hidden(".selaras-quiz__review") and review(page) == []


def test_a_check_answered_right_lists_nothing(page, course_site, width):
    url, _ = course_site
    page.goto(f"{url}/en/lessons/handoff.html")
    answer(page, RIGHT)
    check(page)
    assert page.is_hidden(".selaras-quiz__review") and review(page) == []
    page.reload()  # the saved attempt comes back with the same (empty) list
    assert page.is_hidden(".selaras-quiz__review")


# --- 4. matching answers in full ----------------------------------------------------------

def test_matching_answers_show_in_full_in_the_question_and_the_feedback(page, course_site, width):
    url, course = course_site
    ui = course.ui.quiz
    page.goto(f"{url}/en/lessons/handoff.html")
    pick = f"#{Q}-pairs-0"
    long_value = page.eval_on_selector(pick, "(s, t) => [...s.options].find(o => o.textContent === t).value",
                                       LONG["en"])
    assert page.is_hidden(f"#{Q}-pairs .selaras-match__chosen")  # nothing chosen, nothing written
    page.select_option(pick, long_value)
    chosen = page.locator(f"#{Q}-pairs li[data-index='0'] .selaras-match__chosen")
    assert chosen.inner_text() == f"{ui.chosen['en']}: {LONG['en']}"
    assert fits(page, f"#{Q}-pairs li[data-index='0'] .selaras-match__chosen")
    # The list box itself never runs past the screen's edge.
    assert page.eval_on_selector_all(f"#{Q}-pairs select", """els => els.every(e =>
        e.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5)""")

    answer(page, {**RIGHT, "pairs": [1, 0]})
    check(page)
    page.click(".selaras-show")
    # After checking: the (wrong) chosen answer and the right one, each in full.
    assert chosen.inner_text() == f"{ui.chosen['en']}: {LONG['en']}"
    right = page.locator(f"#{Q}-pairs li[data-index='1'] .selaras-answer")
    assert right.inner_text() == f"{ui.right_answer['en']}: {LONG['en']}"
    assert fits(page, f"#{Q}-pairs .selaras-match__chosen:not([hidden])")
    assert fits(page, f"#{Q}-pairs .selaras-answer:not([hidden])")
    page.reload()  # the saved attempt writes its chosen answers out again
    assert chosen.inner_text() == f"{ui.chosen['en']}: {LONG['en']}"
    assert run_axe(page) == []


# --- 5. a lesson printed ------------------------------------------------------------------

SHOWN = """sel => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length > 0
    && getComputedStyle(e).visibility !== 'hidden').map(e => e.textContent.trim())"""


def shown(page, selector: str) -> list[str]:
    return page.evaluate(SHOWN, selector)


def test_a_lesson_prints_as_a_clean_handout(page, course_site, width):
    url, course = course_site
    quiz = course.quiz_of(course.lessons[0])
    page.goto(f"{url}/en/lessons/handoff.html")
    answer(page, WRONG)
    check(page)  # a checked attempt: its results must not reach the paper either
    page.emulate_media(media="print")
    assert shown(page, "input, select, button, textarea, .selaras-quiz summary") == []
    assert shown(page, ".md-header, .md-tabs, .md-sidebar, .md-footer, nav") == []
    assert shown(page, ".selaras-fb, .selaras-mark, .selaras-answer, .selaras-quiz__result, .selaras-quiz__review,"
                       " .selaras-quiz__note, .selaras-match__chosen") == []
    legends = shown(page, ".selaras-q legend")
    assert len(legends) == len(quiz.questions)
    for legend, q in zip(legends, quiz.questions, strict=True):
        assert q.prompt["en"] in legend
    for q in quiz.questions:
        box = f"#{Q}-{q.id}"
        if q.type in ("single", "multiple"):
            assert sorted(shown(page, f"{box} .selaras-option label")) == sorted(o.text["en"] for o in q.options)
        elif q.type == "true_false":
            assert len(shown(page, f"{box} .selaras-option label")) == 2
        elif q.type == "ordering":
            assert sorted(shown(page, f"{box} .selaras-order__text")) == sorted(i["en"] for i in q.items)
        elif q.type == "matching":
            assert sorted(shown(page, f"{box} .selaras-match__options li")) == sorted(p.right["en"] for p in q.pairs)
            assert shown(page, f"{box} .selaras-match label") == [p.left["en"] for p in q.pairs]
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert len(page.pdf()) > 1000  # Chromium's own print of the page works


# --- 6. the whole course, to print --------------------------------------------------------

def breaks(page) -> list[str]:
    """Whether each lesson's heading starts a new sheet."""
    return page.eval_on_selector_all("h2.selaras-print-lesson", "els => els.map(e => getComputedStyle(e).breakBefore)")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_whole_course_prints_from_one_page_linked_from_home(page, course_site, width, lang):
    url, course = course_site
    ui = course.ui.site
    home(page, url, lang)
    page.click(f"a.md-button:has-text({ui.print_course[lang]!r})")
    page.wait_for_url("**/lessons/_print.html")
    assert page.inner_text("h1") == course.info.title[lang]
    # Every lesson, in order, each starting a new sheet on paper.
    assert shown(page, "h2.selaras-print-lesson") == [lesson.title[lang] for lesson in course.lessons]
    assert len(shown(page, ".selaras-q legend")) == sum(len(course.quiz_of(x).questions) for x in course.lessons)
    # On screen it already reads as it prints: no controls, and a hint that speaks to phones too.
    assert shown(page, ".md-content input, .md-content select, .md-content button, .selaras-quiz summary") == []
    assert shown(page, ".selaras-print-hint") == [ui.print_hint[lang]]
    assert page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)"
                         ".every((id, i, all) => all.indexOf(id) === i)")  # no id twice
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert run_axe(page) == []
    assert breaks(page) == ["auto"] * len(course.lessons)
    page.emulate_media(media="print")
    assert shown(page, ".selaras-print-hint, .md-header, .md-tabs, .md-sidebar, .md-footer, nav") == []
    assert breaks(page) == ["page"] * len(course.lessons)
    assert len(page.pdf()) > 1000
