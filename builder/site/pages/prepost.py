"""The pre/post test page (`prepost.md` at the site root) and its data for the team page. Pure.

The questions are rendered here, so the page reads with the keyboard and a screen reader before any
script runs (and without one: only the score, the saving and the result link need JavaScript); the
page's script (assets/prepost/) reads every course fact from the JSON embedded in the page.
"""

from __future__ import annotations

from typing import Any

from ...course import Course
from ...diagnostic import prepost, scoring
from ...schema import MultipleChoice, SingleChoice
from . import templating
from .slides import text_of
from .templating import inline_markdown, script_json

ENV = templating.ENV.overlay(autoescape=True)
PAGE = "prepost.md"


def strings(course: Course, lang: str) -> dict[str, str]:
    ui = course.ui.prepost
    return {name: getattr(ui, name)[lang] for name in type(ui).model_fields}


def page_data(course: Course, lang: str, prompts: bool = False) -> dict[str, Any] | None:
    """What the scripts need, in one language; None for a course without the test. `prompts`: each
    question's text as plain text too, for the list of questions the room still gets wrong (the team
    page and the report; the test's own page has the questions on it already)."""
    pset = prepost.ItemSet.from_course(course)
    if pset is None:
        return None
    lessons = {lesson.id: lesson for lesson in course.lessons}
    items = []
    for item in pset.items:
        lesson = lessons.get(item.lesson) if item.lesson else None
        items.append({"quiz": item.quiz, "question": item.question, "type": item.type, "options": item.options,
                      "correct": item.correct, "lesson": item.lesson,
                      "lesson_href": f"lessons/{lesson.id}.html" if lesson else None,
                      "lesson_title": lesson.title[lang] if lesson else None})
        if prompts:
            question = next(q for q in course.quizzes[item.quiz].questions if q.id == item.question)
            items[-1]["prompt"] = text_of(question.prompt[lang])
            items[-1]["answer"] = prepost.right_answer(course, question, lang, text_of)
    return {"lang": lang, "fingerprint": pset.fingerprint, "items": items,
            "min_group": course.diagnostic.rules.min_group,
            "missed_below": int(prepost.MISSED_BELOW * 100),
            "decimal_mark": course.ui.diagnostic.decimal_mark[lang],
            "roles": {r: getattr(course.ui.diagnostic, f"role_{r}")[lang] for r in scoring.ROLES},
            "strings": strings(course, lang)}


def prepost_page(course: Course, lang: str) -> str:
    """Markdown source of `prepost.md`."""
    assert course.prepost is not None
    data = page_data(course, lang)
    assert data is not None
    ui = course.ui.prepost
    questions = []
    for i, ref in enumerate(course.prepost.items):
        q = next(q for q in course.quizzes[ref.quiz].questions if q.id == ref.question)
        options: list[Any]
        if isinstance(q, (SingleChoice, MultipleChoice)):
            options = [inline_markdown(o.text[lang]) for o in q.options]
        else:  # true/false: the only other type the test takes (checks_prepost)
            options = [ui.answer_true[lang], ui.answer_false[lang]]
        questions.append({"n": i + 1, "type": q.type, "options": options,
                          "scenario": inline_markdown(q.scenario[lang]) if q.scenario else None,
                          "prompt": inline_markdown(q.prompt[lang])})
    return ENV.get_template("prepost.md.j2").render(
        t=strings(course, lang), title=course.prepost.title[lang], intro=course.prepost.intro[lang],
        questions=questions, total=len(questions), select_all=course.ui.quiz.select_all[lang],
        roles=list(data["roles"].items()), data_json=script_json(data))
