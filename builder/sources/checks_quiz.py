"""Checks of a knowledge check that the schema alone cannot express."""

from __future__ import annotations

from ..problems import Problem
from ..schema import LANGS, Quiz, Text
from ..schema.quiz import Matching, MultipleChoice, Ordering, SingleChoice
from .ids import duplicate_ids, unknown_ids
from .read import SourceFile, Sources
from .yamlread import Source


def check_quizzes(s: Sources) -> list[Problem]:
    """Each knowledge check on its own: question ids, references, right answers, distinct options."""
    return [p for f in s.quizzes for p in _check_quiz(f, s.stage_ids, s.practice_ids)]


def _check_quiz(f: SourceFile[Quiz], stage_ids: list[str] | None, practice_ids: list[str] | None) -> list[Problem]:
    quiz, src = f.record, f.source
    out = duplicate_ids([(q.id, src.path, src.line(("questions", i, "id"))) for i, q in enumerate(quiz.questions)],
                        "question")
    for i, q in enumerate(quiz.questions):
        loc = ("questions", i)
        out += unknown_ids(q.stages, stage_ids, "stage", src, (*loc, "stages"))
        out += unknown_ids(q.practices, practice_ids, "practice", src, (*loc, "practices"))
        if isinstance(q, (SingleChoice, MultipleChoice)):
            right = sum(o.correct for o in q.options)
            if isinstance(q, SingleChoice) and right != 1:
                out.append(Problem.at(src.path, src.line(loc + ("options",)), "single_correct", count=right))
            if isinstance(q, MultipleChoice) and right < 1:
                out.append(Problem.at(src.path, src.line(loc + ("options",)), "multiple_correct"))
            out += _distinct([o.text for o in q.options], src, loc + ("options",), ("text",))
        if isinstance(q, Ordering):
            out += _distinct(q.items, src, loc + ("items",), (), "duplicate_item")
        if isinstance(q, Matching):
            # Two equal sides would make two answers right; the learner could not tell them apart.
            out += _distinct([p.left for p in q.pairs], src, loc + ("pairs",), ("left",), "duplicate_item")
            out += _distinct([p.right for p in q.pairs], src, loc + ("pairs",), ("right",), "duplicate_item")
    return out


def _distinct(texts: list[Text], src: Source, loc: tuple, tail: tuple, code: str = "duplicate_option") -> list[Problem]:
    out = []
    for lang in LANGS:
        seen: set[str] = set()
        for i, text in enumerate(texts):
            norm = " ".join(text[lang].lower().split())
            if norm in seen:
                out.append(Problem.at(src.path, src.line(loc + (i,) + tail + (lang,)), code,
                                      lang_name=lang, value=text[lang]))
            seen.add(norm)
    return out
