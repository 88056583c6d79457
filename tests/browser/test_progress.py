"""Course progress in real Chromium: the home page and the navigation show passed and tried checks; reset works.

A two-lesson course is made from the mini course: `handoff` and a copy of it,
`followup`, whose check `followup-check` has the same questions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import FIXTURES, make_course
from .test_quiz import RIGHT, WRONG, Q, answer, check, focused, serve, tab_to

SECOND = "followup-check"


@pytest.fixture(scope="module")
def course_url(tmp_path_factory):
    from builder.site.build import build

    root = tmp_path_factory.mktemp("progress")
    overlay = root / "overlay"
    (overlay / "course" / "lessons").mkdir(parents=True)
    (overlay / "quizzes").mkdir()
    lesson = (FIXTURES / "mini" / "course" / "lessons" / "01-handoff.yaml").read_text(encoding="utf-8")
    lesson = lesson.replace("id: handoff\norder: 1", "id: followup\norder: 2").replace(f"quiz: {Q}", f"quiz: {SECOND}")
    (overlay / "course" / "lessons" / "02-followup.yaml").write_text(lesson, encoding="utf-8")
    quiz = (FIXTURES / "mini" / "quizzes" / f"{Q}.yaml").read_text(encoding="utf-8")
    (overlay / "quizzes" / f"{SECOND}.yaml").write_text(quiz.replace(f"id: {Q}", f"id: {SECOND}"), encoding="utf-8")
    build(make_course(root / "src", overlay), root / "out")
    with serve(root / "out") as url:
        yield url + "/en/"


def take(page, url: str, lesson: str, quiz: str, answers: dict) -> None:
    page.goto(f"{url}lessons/{lesson}.html")
    answer(page, answers, quiz)
    check(page)


def badges(page) -> dict[str, str]:
    """Lesson id → the badge on the home page's lesson list ('' for none)."""
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.selaras-path li')]
        .map(li => [li.dataset.lesson, (li.querySelector('.selaras-badge') || {}).textContent || '']))""")


def nav_badges(page) -> dict[str, str]:
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.md-nav a.md-nav__link')]
        .filter(a => /lessons\\/[^/]+\\.html$/.test(a.pathname) && !a.hash)
        .map(a => [a.pathname.split('/').pop(), (a.querySelector('.selaras-badge') || {}).textContent || '']))""")


def count(page) -> str:
    return page.inner_text(".selaras-progress__count")


def bar(page) -> str:
    return page.eval_on_selector(".selaras-progress__bar span", "e => e.style.width")


def test_home_and_navigation_show_passed_and_tried_checks(page, course_url):
    page.goto(course_url + "index.html")
    assert page.is_visible(".selaras-progress")
    assert count(page) == "0 of 2 knowledge checks passed" and bar(page) == "0%"
    assert badges(page) == {"handoff": "", "followup": ""}

    take(page, course_url, "handoff", Q, RIGHT)
    # The lesson's own page marks it in the navigation as soon as it is passed.
    assert nav_badges(page) == {"handoff.html": "Passed", "followup.html": ""}
    take(page, course_url, "followup", SECOND, WRONG)

    page.goto(course_url + "index.html")
    assert count(page) == "1 of 2 knowledge checks passed" and bar(page) == "50%"
    assert badges(page) == {"handoff": "Passed", "followup": "Not passed yet"}
    assert nav_badges(page) == {"handoff.html": "Passed", "followup.html": "Not passed yet"}
    # A page without a check or progress box still knows the lessons from the last page that had them.
    page.goto(course_url + "glossary.html")
    assert nav_badges(page) == {"handoff.html": "Passed", "followup.html": "Not passed yet"}


def test_a_passed_check_stays_passed_after_a_worse_try(page, course_url):
    take(page, course_url, "handoff", Q, RIGHT)
    tab_to(page, ".selaras-retry")
    page.keyboard.press("Enter")
    answer(page, WRONG)
    check(page)
    page.goto(course_url + "index.html")
    assert badges(page)["handoff"] == "Passed"


def test_reset_asks_first_and_then_clears_everything_by_keyboard(page, course_url):
    take(page, course_url, "handoff", Q, RIGHT)
    page.goto(course_url + "index.html")
    tab_to(page, ".selaras-reset")
    page.keyboard.press("Enter")
    assert page.is_visible(".selaras-progress__confirm")
    assert "Delete all knowledge-check answers" in page.inner_text(".selaras-progress__confirm")
    assert focused(page, ".selaras-reset-no")  # the safe choice is the one under the finger
    page.keyboard.press("Enter")
    assert count(page) == "1 of 2 knowledge checks passed" and focused(page, ".selaras-reset")

    page.keyboard.press("Enter")
    page.keyboard.press("Shift+Tab")
    assert focused(page, ".selaras-reset-yes")
    page.keyboard.press("Enter")
    assert count(page) == "0 of 2 knowledge checks passed" and bar(page) == "0%"
    assert badges(page) == {"handoff": "", "followup": ""}
    assert nav_badges(page) == {"handoff.html": "", "followup.html": ""}
    assert focused(page, ".selaras-reset")
    page.goto(f"{course_url}lessons/handoff.html")
    assert page.inner_text(".selaras-quiz__result") == "" and page.is_visible(".selaras-check")


def test_without_storage_the_home_page_says_progress_is_not_kept(page, course_url):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script("Object.defineProperty(window, 'localStorage', {get() { throw new Error('denied'); }});")
    page.goto(course_url + "index.html")
    assert page.is_visible(".selaras-progress .selaras-nostore")
    assert count(page) == "0 of 2 knowledge checks passed"
    assert errors == []


def test_the_bar_does_not_animate_for_those_who_asked_for_less_motion(page, course_url):
    page.emulate_media(reduced_motion="reduce")
    page.goto(course_url + "index.html")
    assert page.eval_on_selector(".selaras-progress__bar span", "e => getComputedStyle(e).transitionDuration") == "0s"
    page.emulate_media(reduced_motion="no-preference")
    assert page.eval_on_selector(".selaras-progress__bar span", "e => getComputedStyle(e).transitionDuration") != "0s"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_real_course_home_knows_every_lesson_by_the_key_its_check_saves_under(page, site_url, built_site: Path,
                                                                              lang: str):
    page.goto(f"{site_url}/{lang}/index.html")
    lessons = page.eval_on_selector_all(".selaras-path li",
                                        "els => els.map(l => [l.dataset.lesson, l.dataset.quizKey])")
    assert len(lessons) >= 4
    assert count(page).startswith("0 ") and str(len(lessons)) in count(page)
    for lesson, key in lessons:
        html = (built_site / lang / "lessons" / f"{lesson}.html").read_text(encoding="utf-8")
        assert f'data-key="{key}"' in html, lesson
        # One key in both languages: progress made in one language counts in the other.
        other_lang = "en" if lang == "id" else "id"
        other = (built_site / other_lang / "lessons" / f"{lesson}.html").read_text(encoding="utf-8")
        assert f'data-key="{key}"' in other, lesson


def _errors(page) -> list[str]:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    return errors


def _quiz_keys(page, url: str) -> dict[str, str]:
    page.goto(url)
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.selaras-path li')]
        .map(li => [li.dataset.lesson, li.dataset.quizKey]))""")


@pytest.mark.parametrize("nav", [
    '{"keys": KEYS, "ui": null}',
    '{"keys": KEYS, "ui": {"lesson_done": 1, "lesson_tried": [], "progress_count": {}}}',
    '{"keys": {"handoff": 5, "followup": null}, "ui": UI}',
    '{"keys": {"handoff": "javascript:alert(1)"}, "ui": UI}',
    '{"keys": [1, 2], "ui": UI}',
    '"text"', '[]', '7', 'null', '{not json',
])
def test_a_malformed_lesson_list_in_storage_is_ignored_quietly(page, course_url, nav):
    keys = _quiz_keys(page, course_url)
    ui = '{"lesson_done": "done", "lesson_tried": "tried", "progress_count": "{done}/{total}"}'
    errors = _errors(page)
    # A check passed earlier (a real record), then a lesson list of the wrong shape on top.
    page.add_init_script(f"""
        localStorage.setItem({json.dumps(keys["handoff"])}, JSON.stringify({{p: true, n: 1}}));
        localStorage.setItem("selaras:nav:en", {json.dumps(nav.replace("KEYS", json.dumps(keys)).replace("UI", ui))});
    """)
    page.goto(f"{course_url}glossary.html")  # a page without a check: it relies on the stored list
    page.wait_for_load_state("load")
    assert errors == []
    assert set(nav_badges(page).values()) == {""}  # no list to trust: no badges, nothing broken


@pytest.mark.parametrize("record", [
    {"p": "yes", "n": "many"}, {"p": True, "n": -3}, [], "passed", 42, None,
])
def test_a_malformed_check_record_counts_as_no_record(page, course_url, record):
    keys = _quiz_keys(page, course_url)
    errors = _errors(page)
    page.add_init_script(f"localStorage.setItem({json.dumps(keys['handoff'])}, {json.dumps(json.dumps(record))});")
    page.goto(course_url)
    page.wait_for_load_state("load")
    assert errors == []
    assert badges(page) == {"handoff": "", "followup": ""}
    assert count(page).startswith("0")


@pytest.mark.parametrize("field, value", [("c", "2"), ("s", "<b>99</b>"), ("s", 99), ("n", "1"), ("p", "true"),
                                          ("a", [["0"], [0], [0, 1, 2], [0, 1], [0]])])
def test_stored_fields_of_a_check_are_checked_before_they_are_shown(page, course_url, field, value):
    take(page, course_url, "handoff", Q, RIGHT)
    key = page.get_attribute(f"#quiz-{Q}", "data-key")
    saved = json.loads(page.evaluate("k => localStorage.getItem(k)", key))
    assert saved["c"] == 1 and saved["p"] is True
    saved[field] = value
    errors = _errors(page)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [key, json.dumps(saved)])
    page.reload()
    page.wait_for_load_state("load")
    assert errors == []
    assert page.is_visible(".selaras-check") and not page.is_visible(".selaras-retry")  # a fresh attempt
    assert page.inner_text(".selaras-quiz__result[role=status]") == ""
    assert "99" not in page.inner_text(f"#quiz-{Q}")
