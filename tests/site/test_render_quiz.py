"""The knowledge check as HTML and data: answers not given away, feedback in the page, keys that follow content."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from builder.schema import Quiz
from builder.site.pages import quiz as render_quiz
from builder.site.pages.templating import script_json
from builder.sources.load import load_course


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    from ..conftest import make_course

    return load_course(make_course(tmp_path_factory.mktemp("mini")))


@pytest.fixture(scope="module")
def quiz(course) -> Quiz:
    return course.quizzes["handoff-check"]


def changed(quiz: Quiz, edit) -> Quiz:
    data = quiz.model_dump(mode="json")
    edit(data)
    return Quiz.model_validate(data)


class Page(HTMLParser):
    """Elements with their attributes, in document order, and the text of the data script."""

    def __init__(self, html: str):
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.data = ""
        self._in_data = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        self._in_data = "selaras-quiz__data" in (a.get("class") or "")

    def handle_data(self, data):
        if self._in_data:
            self.data += data

    def handle_endtag(self, tag):
        self._in_data = False

    def having(self, tag: str, cls: str | None = None) -> list[dict]:
        return [a for t, a in self.elements if t == tag and (cls is None or cls in (a.get("class") or "").split())]


def render(course, quiz, lang="en") -> tuple[str, Page]:
    html = render_quiz.render_quiz(course, quiz, lang, lesson_id="handoff")
    return html, Page(html)


# --- storage key -------------------------------------------------------------------------

def test_key_names_the_quiz_and_is_stable(quiz):
    key = render_quiz.storage_key(quiz)
    assert re.fullmatch(r"selaras:quiz:handoff-check:[0-9a-f]{12}", key)
    assert render_quiz.storage_key(changed(quiz, lambda d: None)) == key


@pytest.mark.parametrize("edit", [
    lambda d: d["questions"][0]["options"][1]["feedback"].update(en="Marketing no longer holds it."),
    lambda d: d["questions"][0]["options"].reverse(),
    lambda d: d["questions"][1].update(answer=False),
    lambda d: d["questions"][2]["items"].reverse(),
    lambda d: d["questions"].pop(),
    lambda d: d.update(pass_percent=80),
], ids=["feedback", "option order", "true/false answer", "ordering", "question removed", "pass mark"])
def test_key_changes_when_the_quiz_changes(quiz, edit):
    assert render_quiz.storage_key(changed(quiz, edit)) != render_quiz.storage_key(quiz)


# --- what the page gives away ------------------------------------------------------------

def test_ordering_items_are_not_written_in_the_right_order(course, quiz):
    _, page = render(course, quiz)
    shown = [int(a["data-index"]) for a in page.having("li", "selaras-order__item")]
    assert sorted(shown) == [0, 1, 2] and shown != [0, 1, 2]


def test_matching_choices_are_mixed_the_same_way_on_every_build(course, quiz):
    html, page = render(course, quiz)
    values = [a["value"] for a in page.having("option") if a.get("value")]
    assert values[:2] == values[2:] and values[:2] != ["0", "1"]
    assert render(course, quiz)[0] == html


def test_build_order_is_never_the_right_order_and_follows_the_hash(quiz):
    for size in range(2, 9):
        order = render_quiz.build_order(quiz, "q", size)
        assert sorted(order) == list(range(size)) and order != list(range(size))
    other = changed(quiz, lambda d: d.update(pass_percent=90))
    assert render_quiz.build_order(quiz, "q", 8) != render_quiz.build_order(other, "q", 8)


def test_feedback_and_answers_wait_hidden_until_checked(course, quiz):
    html, page = render(course, quiz)
    for cls in ("selaras-fb", "selaras-answer"):
        blocks = page.having("div", cls) + page.having("p", cls)
        assert blocks and all("hidden" in a for a in blocks), cls
    # every option's feedback is in the page, with its Markdown turned into HTML
    for option in quiz.questions[0].options:
        assert option.feedback.en in html
    assert "<noscript>" in html


# --- data for the script -----------------------------------------------------------------

def test_data_holds_answers_pass_mark_and_words(course, quiz):
    _, page = render(course, quiz, "id")
    data = json.loads(page.data)
    assert data["key"] == render_quiz.storage_key(quiz)
    assert data["needed"] == 3  # 60 % of 5 questions
    assert [q["type"] for q in data["questions"]] == ["single", "true_false", "ordering", "matching", "multiple"]
    assert data["questions"][0] == {"type": "single", "correct": [0], "shuffle": True}
    assert data["questions"][1] == {"type": "true_false", "correct": [0], "shuffle": False}
    assert data["questions"][4]["correct"] == [0, 1]
    assert data["keys"] == {"handoff": data["key"]}
    assert data["ui"]["correct"] == course.ui.quiz.correct.id
    assert set(data["ui"]) == set(render_quiz.SCRIPT_STRINGS)


@pytest.mark.parametrize("percent, questions, needed", [(60, 5, 3), (75, 6, 5), (100, 4, 4), (1, 3, 1)])
def test_needed_rounds_up(quiz, percent, questions, needed):
    q = changed(quiz, lambda d: d.update(pass_percent=percent, questions=(d["questions"] * 2)[:questions]))
    assert render_quiz.needed(q) == needed


@pytest.mark.parametrize("value", ["</script><b>", "<!--<script>", "a & b", "\u2028"])
def test_script_json_cannot_end_or_confuse_its_script(value):
    text = script_json({"x": value})
    assert not set("<>&") & set(text) and "\u2028" not in text and json.loads(text) == {"x": value}


# --- structure the script and assistive technology rely on -------------------------------

def test_every_control_has_a_label_and_every_reference_exists(course, quiz):
    _, page = render(course, quiz)
    ids = [a["id"] for _, a in page.elements if a.get("id")]
    assert len(ids) == len(set(ids))
    labelled = {a["for"] for a in page.having("label")}
    for tag, a in page.elements:
        if tag in ("input", "select"):
            assert a["id"] in labelled
        for ref in (a.get("aria-describedby") or "").split():
            assert ref in ids
    buttons = page.having("button", "selaras-up") + page.having("button", "selaras-down")
    moves = [a.get("aria-label", "") for a in buttons]
    assert len(moves) == 2 * len(quiz.questions[2].items)
    assert all(re.fullmatch(r"Move (up|down): \S.*", label) for label in moves)
    assert len(page.having("fieldset")) == len(quiz.questions)
    assert len(page.having("legend")) == len(quiz.questions)


def test_ordering_buttons_name_their_item_without_markup(course, quiz):
    q = changed(quiz, lambda d: d["questions"][2]["items"][0].update(en="The lead meets **all** criteria"))
    _, page = render(course, q)
    labels = [a["aria-label"] for a in page.having("button", "selaras-up")]
    assert "Move up: The lead meets all criteria" in labels


def test_scenario_comes_before_its_question_and_describes_it(course, quiz):
    html, page = render(course, quiz)
    case = html.index("A Surabaya distributor")
    assert html.index("What helps?") > case
    assert any(a.get("aria-describedby") == "handoff-check-checks-case" for a in page.having("fieldset"))


def test_a_hint_is_a_native_disclosure_with_its_markdown(course, quiz):
    q = changed(quiz, lambda d: d["questions"][0].update(hint={"id": "Lihat **langkah** terakhir.",
                                                               "en": "Look at the **last** step."}))
    html, _ = render(course, q)
    assert '<details class="selaras-q__hint" data-search-exclude><summary>Hint</summary><div>Look at the ' \
        '<strong>last</strong> step.</div></details>' in html
    assert "selaras-q__hint" not in render(course, quiz)[0]


def test_the_interface_speaks_the_page_language(course, quiz):
    html_id, _ = render(course, quiz, "id")
    html_en, _ = render(course, quiz, "en")
    ui = course.ui.quiz
    assert ui.check.id in html_id and ui.check.en not in html_id
    assert ui.check.en in html_en and "Serah terima ke sales" in html_id


def test_progress_box_lists_every_lesson_key(course):
    html = render_quiz.progress_box(course, "en")
    data = json.loads(re.search(r'<script type="application/json"[^>]*>(.*?)</script>', html).group(1))
    assert data["keys"] == render_quiz.quiz_keys(course)
    assert course.ui.quiz.reset_confirm.en in html and "hidden" in html.split(">")[0]
