"""Checks of the evaluation form (course/evaluation.yaml) that the schema alone cannot express."""

from __future__ import annotations

from ..problems import Problem
from .ids import duplicate_ids, unknown_ids
from .read import Sources


def check_evaluation(s: Sources) -> list[Problem]:
    """Question ids unique; each practice offered by "what will you do first" exists in model.yaml, once."""
    f = s.evaluation
    if f is None:
        return []
    ev, src = f.record, f.source
    out = duplicate_ids([(r.id, src.path, src.line(("ratings", i, "id"))) for i, r in enumerate(ev.ratings)],
                        "question")
    out += unknown_ids(ev.first_step.practices, s.practice_ids, "practice", src, ("first_step", "practices"))
    seen: set[str] = set()
    for i, practice in enumerate(ev.first_step.practices):
        if practice in seen:
            out.append(f.at(("first_step", "practices", i), "evaluation_practice_twice", value=practice))
        seen.add(practice)
    return out
