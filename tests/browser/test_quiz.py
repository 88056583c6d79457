"""Knowledge checks in real Chromium, answered with the keyboard alone.

The mini course's check `handoff-check` has one question of each type
(single, true/false, ordering, matching, multiple choice with a scenario).
It is built twice — `a/` as written, `b/` with one feedback changed — and both
are served from one origin, so they share the browser's saved progress.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import CONTEXT_ARGS, make_course
from ..conftest import serve_folder as serve
from .support import run_axe

Q = "handoff-check"
LESSON = "/{site}/{lang}/lessons/handoff.html"
CHANGED_FEEDBACK = "Marketing no longer holds the lead."
HINT = "Follow the lead."

# Per question: what to answer for a right and a wrong attempt, and the feedback each must show.
RIGHT = {"owner": 0, "deadline": 0, "steps": [0, 1, 2], "pairs": [0, 1], "checks": [0, 1]}
WRONG = {"owner": 1, "deadline": 1, "steps": [2, 1, 0], "pairs": [1, 0], "checks": [2]}
FEEDBACK_RIGHT = ["Right; from that point the sales team is responsible.",
                  "Yes; a rule both teams agreed is kept more often.",
                  "That is the right order: criteria, hand-off, then first contact.",
                  "All pairs are right: marketing checks, sales makes contact.",
                  "Yes; with one owner no lead falls between the teams."]
FEEDBACK_WRONG = ["Marketing handed it over at the hand-off point already.",
                  "The opposite; a one-sided rule is easy to ignore.",
                  "The criteria come first, then the lead is handed to sales.",
                  "Think about who holds the lead at each step.",
                  "While you wait, the lead goes cold and turns to a competitor."]

THROWING_STORAGE = {
    "localStorage throws": """Object.defineProperty(window, 'localStorage', {get() {
        throw new DOMException('The operation is insecure.', 'SecurityError'); }});""",
    "storage is full": """Storage.prototype.setItem = function () {
        throw new DOMException('Quota exceeded', 'QuotaExceededError'); };""",
}



@pytest.fixture(scope="module")
def mini_url(tmp_path_factory):
    """http://127.0.0.1:PORT serving the mini course at /a/ and a changed copy at /b/."""
    from builder.site.build import build

    root = tmp_path_factory.mktemp("quiz-sites")
    build(make_course(root / "src-a"), root / "out" / "a")
    src_b = make_course(root / "src-b")
    quiz = src_b / "quizzes" / f"{Q}.yaml"
    text = quiz.read_text(encoding="utf-8").replace("Marketing handed it over at the hand-off point already.",
                                                    CHANGED_FEEDBACK)
    text = text.replace("    options:\n", f"    hint: {{id: Ikuti prospeknya., en: {HINT}}}\n    options:\n", 1)
    # A case with its own list, before the options: the script must still find the question's list.
    text = text.replace("    type: single\n",
                        '    type: single\n    scenario: {id: "- satu\\n- dua", en: "- one\\n- two"}\n', 1)
    quiz.write_text(text, encoding="utf-8")
    build(src_b, root / "out" / "b")
    with serve(root / "out") as url:
        yield url




def lesson(mini_url: str, site: str = "a", lang: str = "en") -> str:
    return mini_url + LESSON.format(site=site, lang=lang)


# --- the keyboard ------------------------------------------------------------------------

def focused(page, selector: str) -> bool:
    return page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector)


def tab_to(page, selector: str, limit: int = 300) -> None:
    """Press Tab until `selector` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if focused(page, selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def choose(page, qid: str, index: int, quiz: str = Q) -> None:
    """A radio group: Tab in, Space, then arrows until the wanted option is selected."""
    tab_to(page, f"#{quiz}-{qid} input")
    page.keyboard.press("Space")
    for _ in range(8):
        if page.is_checked(f"#{quiz}-{qid}-{index}"):
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"option {index} of {qid} never got selected")


def tick(page, qid: str, indices: list[int], quiz: str = Q) -> None:
    for i in indices:
        tab_to(page, f"#{quiz}-{qid}-{i}")
        page.keyboard.press("Space")


def pick(page, qid: str, answers: list[int], quiz: str = Q) -> None:
    """Matching: each row's list, moved with the arrow keys until it shows the wanted right side."""
    for row, value in enumerate(answers):
        tab_to(page, f"#{quiz}-{qid}-{row}")
        for _ in range(8):
            if page.input_value(f"#{quiz}-{qid}-{row}") == str(value):
                break
            page.keyboard.press("ArrowDown")
        assert page.input_value(f"#{quiz}-{qid}-{row}") == str(value)


def order_of(page, qid: str, quiz: str = Q) -> list[int]:
    return [int(i) for i in page.eval_on_selector_all(f"#{quiz}-{qid} .selaras-order > li",
                                                      "els => els.map(e => e.dataset.index)")]


def arrange(page, qid: str, target: list[int], quiz: str = Q) -> None:
    """Ordering: press each item's "Move up" button until it reaches its place."""
    for place, item in enumerate(target):
        up = f'#{quiz}-{qid} li[data-index="{item}"] .selaras-up'
        while order_of(page, qid, quiz).index(item) > place:
            tab_to(page, up)
            page.keyboard.press("Enter")
    assert order_of(page, qid, quiz) == target


def answer(page, answers: dict, quiz: str = Q) -> None:
    choose(page, "owner", answers["owner"], quiz)
    choose(page, "deadline", answers["deadline"], quiz)
    arrange(page, "steps", answers["steps"], quiz)
    pick(page, "pairs", answers["pairs"], quiz)
    tick(page, "checks", answers["checks"], quiz)


def check(page) -> None:
    tab_to(page, ".selaras-check")
    page.keyboard.press("Enter")


def result(page) -> str:
    return page.inner_text(".selaras-quiz__result")


def status(page, qid: str) -> str:
    return page.inner_text(f"#{Q}-{qid} .selaras-q__result > .selaras-mark")


def visible_texts(page) -> str:
    return page.inner_text(f"#quiz-{Q}")


# --- answering ---------------------------------------------------------------------------

@pytest.mark.parametrize("answers, score, passed", [
    (RIGHT, 5, True),
    (WRONG, 0, False),
    # three of five is exactly the 60 % pass mark; two would not be
    ({**WRONG, "owner": 0, "deadline": 0, "steps": [0, 1, 2]}, 3, True),
    ({**WRONG, "owner": 0, "pairs": [0, 1]}, 2, False),
], ids=["all right", "all wrong", "just passed", "just failed"])
def test_answered_by_keyboard_gives_score_and_feedback(page, mini_url, answers, score, passed):
    page.goto(lesson(mini_url))
    answer(page, answers)
    check(page)
    assert focused(page, ".selaras-quiz__result")
    lines = result(page).splitlines()
    assert lines[0] == f"Your score: {score} of 5"
    assert lines[1] == ("Well done, you passed this knowledge check." if passed else
                        "Not passed yet: 3 right answers are needed. Read the feedback, then try again.")
    text = visible_texts(page)
    for i, qid in enumerate(RIGHT):
        right = answers[qid] == RIGHT[qid]
        assert status(page, qid).startswith("Correct" if right else "Not quite"), qid
        assert (FEEDBACK_RIGHT if right else FEEDBACK_WRONG)[i] in text, qid
    # the right answers stay hidden until asked for
    assert "Right answer" not in text


def test_feedback_explains_each_chosen_option_and_marks_it_with_icon_and_word(page, mini_url):
    page.goto(lesson(mini_url))
    answer(page, {**RIGHT, "checks": [0, 2]})
    check(page)
    marks = page.locator(f"#{Q}-checks li.selaras-option .selaras-mark")
    texts = {" ".join(page.inner_text(f"#{Q}-checks-{i}-fb").split()) for i in (0, 2)}
    assert texts == {"Correct Yes; with one owner no lead falls between the teams.",
                     "Not quite While you wait, the lead goes cold and turns to a competitor."}
    assert not page.is_visible(f"#{Q}-checks-1-fb")  # not chosen, not shown before "Show answers"
    assert status(page, "checks") == "Not quite — At least one right option is not selected."
    icons = {marks.nth(i).evaluate("e => getComputedStyle(e, '::before').content") for i in range(marks.count())
             if marks.nth(i).is_visible()}
    assert icons == {'"✓\u00a0"', '"✗\u00a0"'}


def test_ordering_keeps_the_focus_and_says_where_the_item_went(page, mini_url):
    page.goto(lesson(mini_url))
    start = order_of(page, "steps")
    item = start[-1]
    button = f'#{Q}-steps li[data-index="{item}"] .selaras-up'
    tab_to(page, button)
    page.keyboard.press("Enter")
    assert order_of(page, "steps").index(item) == len(start) - 2
    assert focused(page, button)
    name = page.inner_text(f'#{Q}-steps li[data-index="{item}"] .selaras-order__text')
    assert page.inner_text(f"#{Q}-steps .selaras-sr") == f"{name}: position 2 of 3"
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"  # a visible focus ring


def test_checking_with_open_questions_says_so_and_goes_there(page, mini_url):
    page.goto(lesson(mini_url))
    choose(page, "owner", 0)
    check(page)
    assert result(page) == "Some questions are not answered yet."
    assert focused(page, f"#{Q}-deadline input")
    assert not page.is_visible(".selaras-retry")


def test_show_answers_then_try_again(page, mini_url):
    page.goto(lesson(mini_url))
    answer(page, WRONG)
    check(page)
    tab_to(page, ".selaras-show")
    page.keyboard.press("Enter")
    assert page.inner_text(f"#{Q}-owner-0-fb").startswith("Right answer")
    assert page.inner_text(f"#{Q}-owner-1-fb").startswith("Wrong answer")
    assert page.inner_text(f"#{Q}-steps .selaras-q__result .selaras-answer").split()[:2] == ["Right", "answer:"]
    assert page.eval_on_selector_all(f"#{Q}-steps .selaras-answer li", "els => els.map(e => e.innerText)") == [
        "The lead meets the criteria", "Hand-off to sales", "First contact"]
    assert page.inner_text(f'#{Q}-pairs li[data-index="0"] .selaras-answer') == "Right answer: Checks the lead criteria"
    assert result(page).startswith("Your score: 0 of 5")  # showing answers does not change the score
    tab_to(page, ".selaras-retry")
    page.keyboard.press("Enter")
    assert result(page) == ""
    assert page.eval_on_selector_all(f"#quiz-{Q} input:checked", "els => els.length") == 0
    assert page.eval_on_selector_all(f"#quiz-{Q} select", "els => els.map(s => s.value)") == ["", ""]
    assert page.eval_on_selector_all(f"#quiz-{Q} input:disabled, #quiz-{Q} select:disabled",
                                     "els => els.length") == 0
    assert not page.is_visible(f"#{Q}-owner-1-fb")
    assert focused(page, f"#{Q}-owner input")
    assert order_of(page, "steps") != [0, 1, 2]


# --- keeping progress --------------------------------------------------------------------

def snapshot(page) -> dict:
    return page.evaluate(f"""() => ({{
        checked: [...document.querySelectorAll('#quiz-{Q} input:checked')].map(i => i.id).sort(),
        selects: [...document.querySelectorAll('#quiz-{Q} select')].map(s => s.value),
        layout: [...document.querySelectorAll('#quiz-{Q} fieldset li[data-index]')].map(l => l.dataset.index).join(),
        result: document.querySelector('#quiz-{Q} .selaras-quiz__result').innerText }})""")


def test_reload_keeps_answers_before_and_after_checking(page, mini_url):
    page.goto(lesson(mini_url))
    answer(page, {**WRONG, "checks": [0, 1]})
    before = snapshot(page)
    page.reload()
    assert snapshot(page) == before
    check(page)
    after = snapshot(page)
    page.reload()
    assert snapshot(page) == after and after["result"].startswith("Your score: 1 of 5")
    assert page.is_visible(".selaras-retry") and not page.is_visible(".selaras-check")
    assert FEEDBACK_WRONG[0] in visible_texts(page)


@pytest.mark.parametrize("script", THROWING_STORAGE.values(), ids=THROWING_STORAGE.keys())
def test_without_storage_the_check_still_works_and_says_progress_is_not_kept(page, mini_url, script):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script(script)
    page.goto(lesson(mini_url))
    assert page.is_visible(f"#quiz-{Q} .selaras-nostore")
    answer(page, RIGHT)
    check(page)
    assert result(page).startswith("Your score: 5 of 5")
    assert errors == []


def test_a_changed_check_does_not_restore_answers_saved_for_the_old_one(page, mini_url):
    page.goto(lesson(mini_url, "a"))
    answer(page, WRONG)
    check(page)
    old_key = page.get_attribute(f"#quiz-{Q}", "data-key")
    page.goto(lesson(mini_url, "b"))
    new_key = page.get_attribute(f"#quiz-{Q}", "data-key")
    assert new_key != old_key
    state = snapshot(page)
    assert state["checked"] == [] and state["selects"] == ["", ""] and state["result"] == ""
    assert page.evaluate("k => localStorage.getItem(k)", old_key) is None  # the stale answers are gone
    answer(page, WRONG)
    check(page)
    assert CHANGED_FEEDBACK in visible_texts(page)


def test_the_hint_opens_from_the_keyboard(page, mini_url):
    page.goto(lesson(mini_url, "b"))
    assert not page.is_visible(f"text={HINT}")
    tab_to(page, f"#{Q}-owner summary")
    assert page.inner_text(f"#{Q}-owner summary") == "Hint"
    page.keyboard.press("Enter")
    assert page.is_visible(f"text={HINT}")


# --- without JavaScript, on a phone, for assistive technology -----------------------------

def test_without_javascript_the_questions_stay_readable(browser, mini_url):
    context = browser.new_context(**CONTEXT_ARGS, java_script_enabled=False)
    page = context.new_page()
    page.goto(lesson(mini_url))
    text = visible_texts(page)
    assert "Turn on JavaScript to answer and check the questions." in text
    assert "Who owns a lead after the hand-off?" in text and "Hand-off to sales" in text
    assert FEEDBACK_WRONG[0] not in text and not page.is_visible(".selaras-check")
    context.close()


def test_on_a_360px_phone_nothing_overflows_and_targets_are_44px(browser, mini_url):
    context = browser.new_context(**CONTEXT_ARGS, viewport={"width": 360, "height": 740}, has_touch=True,
                                  is_mobile=True)
    page = context.new_page()
    page.goto(lesson(mini_url))
    # (Material's own language menu may reach past the edge; the check must not.)
    wide = page.evaluate(f"""() => [...document.querySelectorAll('#quiz-{Q} *')]
        .filter(e => e.offsetParent !== null && e.getBoundingClientRect().right > 360)
        .map(e => e.outerHTML.slice(0, 60))""")
    assert wide == []
    small = page.evaluate(f"""() => [...document.querySelectorAll(
            '#quiz-{Q} .selaras-option label, #quiz-{Q} select, #quiz-{Q} button, #quiz-{Q} summary')]
        .filter(e => e.offsetParent !== null)
        .map(e => [e.outerHTML.slice(0, 60), e.getBoundingClientRect()])
        .filter(([_, r]) => r.height < 44 || r.width < 44)""")
    assert small == []
    context.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_axe_finds_nothing_serious_on_a_real_lesson_with_its_check(page, site_url, built_site: Path, lang):
    index = (built_site / lang / "index.html").read_text(encoding="utf-8")
    first = index.split('data-lesson="', 1)[1].split('"', 1)[0]
    page.goto(f"{site_url}/{lang}/lessons/{first}.html")
    assert page.is_visible(".selaras-check")
    assert run_axe(page) == []
    # …and once checked, with every feedback and right answer on show.
    page.click(".selaras-check")
    page.evaluate("""() => document.querySelectorAll('.selaras-q').forEach(q => {
        const i = q.querySelector('input'); if (i) i.click();
        q.querySelectorAll('select').forEach(s => {
            s.selectedIndex = 1; s.dispatchEvent(new Event('change', {bubbles: true}));
        });
    })""")
    page.click(".selaras-check")
    page.click(".selaras-show")
    assert run_axe(page) == []
