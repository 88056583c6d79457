"""Knowledge checks as accessible HTML forms, with the little data the browser script needs (pure).

Every text the learner can read (options, feedback, right answers) is rendered
here from the trusted YAML, hidden where it must wait for a check; the script
only shows, hides and reorders it and writes interface words as plain text.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from typing import Any

from ...course import Course
from ...schema import MultipleChoice, Quiz, SingleChoice, Text, TrueFalse
from .templating import ENV, inline_markdown, script_json

# The interface words the script writes itself; the rest is rendered into the page.
SCRIPT_STRINGS = ("correct", "incorrect", "right_answer", "wrong_answer", "missed", "moved", "score", "passed",
                  "not_passed", "unanswered", "lesson_done", "lesson_tried", "progress_count", "kept_passed",
                  "continue_lesson", "course_done", "lessons_done")


# Every page carries the storage keys of all checks (for course progress), so the
# same hash is asked for once per page and quiz; computing it each time made
# rendering grow with the square of the number of lessons. Quizzes are frozen, so
# a hash stays valid for the object; the object is kept so its id is not reused.
_HASHES: dict[int, tuple[Quiz, str]] = {}


def content_hash(quiz: Quiz) -> str:
    """Short hash of everything in a quiz, so changed questions never meet answers saved for old ones."""
    hit = _HASHES.get(id(quiz))
    if hit is None or hit[0] is not quiz:
        if len(_HASHES) > 4096:  # a long live-preview session makes new quizzes on every save
            _HASHES.clear()
        canonical = json.dumps(_unmarked(quiz.model_dump(mode="json")), sort_keys=True, ensure_ascii=False)
        hit = _HASHES[id(quiz)] = (quiz, hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12])
    return hit[1]


def _unmarked(data: Any) -> Any:
    """`data` without the `edition: null` of parts every edition shares: a course that adds editions keeps
    its learners' saved answers (the key of a check changes only when its questions do)."""
    if isinstance(data, dict):
        return {k: _unmarked(v) for k, v in data.items() if not (k == "edition" and v is None)}
    if isinstance(data, list):
        return [_unmarked(v) for v in data]
    return data


def storage_key(quiz: Quiz) -> str:
    return f"selaras:quiz:{quiz.id}:{content_hash(quiz)}"


def needed(quiz: Quiz) -> int:
    """Right answers needed to pass: `pass_percent` of the questions, rounded up."""
    return math.ceil(quiz.pass_percent * len(quiz.questions) / 100)


def build_order(quiz: Quiz, question_id: str, size: int) -> list[int]:
    """A fixed mix-up of 0..size-1 that is never the right order, so the page alone does not give the answer.

    Seeded by the quiz hash: the same sources always give the same page.
    """
    rng = random.Random(f"{content_hash(quiz)}:{question_id}")
    order = list(range(size))
    while order == sorted(order):
        rng.shuffle(order)
    return order


def choices(course: Course, q: SingleChoice | MultipleChoice | TrueFalse) -> list[tuple[Text, Text]]:
    """(text, feedback) of each option of a choice question; true/false is two options."""
    if q.type == "true_false":
        return [(course.ui.quiz.answer_true, q.feedback_true), (course.ui.quiz.answer_false, q.feedback_false)]
    return [(o.text, o.feedback) for o in q.options]


def _strings(course: Course, lang: str) -> dict[str, str]:
    ui = course.ui.quiz
    return {name: getattr(ui, name)[lang] for name in SCRIPT_STRINGS}


def quiz_data(course: Course, quiz: Quiz, lang: str, lesson_id: str) -> dict[str, Any]:
    """What the script needs to check answers; the right answer of ordering and matching is the written order."""
    questions = []
    for q in quiz.questions:
        item: dict[str, Any] = {"type": q.type}
        if q.type in ("single", "multiple"):
            item["correct"] = [i for i, o in enumerate(q.options) if o.correct]
            item["shuffle"] = q.shuffle
        elif q.type == "true_false":
            item["correct"] = [0 if q.answer else 1]
            item["shuffle"] = False
        questions.append(item)
    return {"key": storage_key(quiz), "lesson": lesson_id, "needed": needed(quiz), "questions": questions,
            "ui": _strings(course, lang)}


def render_quiz(course: Course, quiz: Quiz, lang: str, *, lesson_id: str) -> str:
    orders = {q.id: build_order(quiz, q.id, len(q.items if q.type == "ordering" else q.pairs))
              for q in quiz.questions if q.type in ("ordering", "matching")}
    return ENV.get_template("quiz.html.j2").render(
        quiz=quiz, lang=lang, ui=course.ui.quiz, key=storage_key(quiz), orders=orders, md=inline_markdown,
        choices=lambda q: choices(course, q),
        data_json=_with_keys(course, quiz_data(course, quiz, lang, lesson_id)),
    ).strip()


def progress_box(course: Course, lang: str) -> str:
    return ENV.get_template("progress.html.j2").render(
        ui=course.ui.quiz, lang=lang, data_json=_with_keys(course, {"ui": _strings(course, lang)})).strip()


def quiz_keys(course: Course) -> dict[str, str]:
    return {lesson.id: storage_key(course.quiz_of(lesson)) for lesson in course.lessons}


_LAST_KEYS: tuple[Course, str] | None = None


def _with_keys(course: Course, data: dict[str, Any]) -> str:
    """`data` as JSON plus "keys": the storage key of every lesson's check (for course progress).

    The key list is the same on every page of a course, so it is serialised once and
    spliced in; building it per page made rendering grow with the square of the lessons.
    """
    global _LAST_KEYS
    if _LAST_KEYS is None or _LAST_KEYS[0] is not course:
        _LAST_KEYS = (course, script_json(quiz_keys(course)))
    head = script_json(data)
    return f'{head[:-1]}{"," if len(head) > 2 else ""}"keys":{_LAST_KEYS[1]}}}'
