"""Checks of a knowledge check that the schema alone cannot express."""

from __future__ import annotations

from ..problems import Problem
from ..schema import LANGS, Quiz, Text
from ..schema.quiz import Matching, MultipleChoice, Ordering, SingleChoice
from .refs import refs, unique
from .yamlread import Source


def check_quiz(quiz: Quiz, src: Source, stage_ids: list[str] | None, practice_ids: list[str] | None) -> list[Problem]:
    out = unique([(q.id, src.path, src.line(("questions", i, "id"))) for i, q in enumerate(quiz.questions)],
                  "question")
    for i, q in enumerate(quiz.questions):
        loc = ("questions", i)
        out += refs(q.stages, stage_ids, "stage", src, loc + ("stages",))
        out += refs(q.practices, practice_ids, "practice", src, loc + ("practices",))
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
