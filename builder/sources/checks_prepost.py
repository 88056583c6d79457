"""The pre/post test's rules (quizzes/prepost.yaml): every question it names exists in this edition, can
be answered on a phone and scored in one result code, is named once, and the set tests every practice and
every stage. Run on each edition's view, so a problem of one edition is reported with its name."""

from __future__ import annotations

from ..problems import Problem
from ..schema import Question
from .ids import unknown_ids
from .read import Sources

SCORABLE = ("single", "multiple", "true_false")
"""The question types a pre/post result code carries: each answer is a choice among at most eight options."""


def covered(question: Question, lesson_stages: list[str], lesson_practices: list[str]) -> tuple[list[str], list[str]]:
    """The stages and practices a question tests: its own `stages:` and `practices:`, or, where it names
    none, those of the lesson whose check holds it."""
    return (list(question.stages) or list(lesson_stages), list(question.practices) or list(lesson_practices))


def check_prepost(s: Sources) -> list[Problem]:
    if s.prepost is None:
        return []
    f = s.prepost
    quizzes = {q.record.id: q.record for q in s.quizzes}
    quiz_ids = list(quizzes) if s.quizzes_complete else None
    lessons = {lf.record.quiz: lf.record for lf in s.lessons}
    out: list[Problem] = []
    seen: dict[tuple[str, str], int] = {}
    stages: set[str] = set()
    practices: set[str] = set()
    judged = True
    for i, item in enumerate(f.record.items):
        loc = ("items", i)
        if item.quiz not in quizzes:
            out += unknown_ids([item.quiz], quiz_ids, "quiz", f, (*loc, "quiz"), single=True)
            judged = False
            continue
        quiz = quizzes[item.quiz]
        question = next((q for q in quiz.questions if q.id == item.question), None)
        if question is None:
            known = [q.id for q in quiz.questions]
            out += unknown_ids([item.question], known, "question", f, (*loc, "question"), single=True)
            judged = False
            continue
        key = (item.quiz, item.question)
        if key in seen:
            out.append(f.at((*loc, "question"), "prepost_duplicate", quiz=item.quiz, question=item.question,
                            other=f.line(("items", seen[key], "question"))))
            continue
        seen[key] = i
        if question.type not in SCORABLE:
            out.append(f.at((*loc, "question"), "prepost_type", question=item.question, type=question.type,
                            allowed=", ".join(f"`{t}`" for t in SCORABLE)))
            continue
        lesson = lessons.get(item.quiz)
        st, pr = covered(question, lesson.stages if lesson else [], lesson.practices if lesson else [])
        stages.update(st)
        practices.update(pr)
    if judged and s.model is not None:
        missing = [p for p in (s.practice_ids or []) if p not in practices]
        missing += [st for st in (s.stage_ids or []) if st not in stages]
        if missing:
            out.append(Problem.at(f.path, f.key_line(("items",)), "prepost_coverage",
                                  missing=", ".join(f"`{m}`" for m in missing)))
    return out
