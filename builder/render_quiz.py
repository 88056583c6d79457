"""Knowledge checks as accessible HTML forms, with their answer data for the browser script (pure)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .course import Course
from .templating import ENV, inline_markdown
from .schema import Quiz
from .schema.quiz import Matching, MultipleChoice, Ordering, SingleChoice, TrueFalse


def content_hash(quiz: Quiz) -> str:
    """Short hash of everything in a quiz, so changed questions never meet answers saved for old ones."""
    canonical = json.dumps(quiz.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def storage_key(quiz: Quiz) -> str:
    return f"selaras:quiz:{quiz.id}:{content_hash(quiz)}"


def _md(text: str) -> str:
    return inline_markdown(text)


def question_data(quiz: Quiz, lang: str) -> list[dict[str, Any]]:
    """What the browser needs to check answers and show feedback, in one language."""
    out: list[dict[str, Any]] = []
    for q in quiz.questions:
        item: dict[str, Any] = {"id": q.id, "type": q.type}
        if isinstance(q, (SingleChoice, MultipleChoice)):
            item["correct"] = [i for i, o in enumerate(q.options) if o.correct]
            item["feedback"] = [_md(o.feedback[lang]) for o in q.options]
            item["shuffle"] = q.shuffle
        elif isinstance(q, TrueFalse):
            item["correct"] = [0 if q.answer else 1]
            item["feedback"] = [_md(q.feedback_true[lang]), _md(q.feedback_false[lang])]
            item["shuffle"] = False
        elif isinstance(q, Ordering):
            item["size"] = len(q.items)
            item["feedback"] = [_md(q.feedback.correct[lang]), _md(q.feedback.incorrect[lang])]
        elif isinstance(q, Matching):
            item["size"] = len(q.pairs)
            item["feedback"] = [_md(q.feedback.correct[lang]), _md(q.feedback.incorrect[lang])]
        out.append(item)
    return out


def render_quiz(course: Course, quiz: Quiz, lang: str, *, lesson_id: str) -> str:
    data = {"id": quiz.id, "lesson": lesson_id, "key": storage_key(quiz), "pass": quiz.pass_percent,
            "questions": question_data(quiz, lang)}
    return ENV.get_template("quiz.html.j2").render(
        quiz=quiz, lang=lang, ui=course.ui.quiz, lesson_id=lesson_id, key=storage_key(quiz),
        data_json=_script_json(data), md=_md,
        Single=SingleChoice, Multiple=MultipleChoice, TF=TrueFalse, Ordering=Ordering, Matching=Matching,
    ).strip()


def progress_box(course: Course, lang: str) -> str:
    lessons = [{"lesson": l.id, "key": storage_key(course.quiz_of(l))} for l in course.lessons]
    return ENV.get_template("progress.html.j2").render(ui=course.ui.quiz, lang=lang,
                                                       data_json=_script_json(lessons)).strip()


def quiz_keys(course: Course) -> dict[str, str]:
    return {l.id: storage_key(course.quiz_of(l)) for l in course.lessons}


def _script_json(data: Any) -> str:
    # `</` inside a <script> would end it early; escaping the slash keeps the JSON identical.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
