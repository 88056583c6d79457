"""Checks across files: ids are unique, references point somewhere, quizzes make sense.

Each check takes parsed records with their sources (for line numbers) and
returns problems; none of them stops the others.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from .problems import Problem
from .schema import LANGS, Academy, Diagnostic, Glossary, Lesson, Model, Quiz, Text
from .schema.quiz import Matching, MultipleChoice, SingleChoice
from .yamlread import Source

Parsed = tuple[Any, Source | None]


def check_all(*, root: Path, model: Parsed, academy: Parsed, glossary: Parsed, diagnostic: Parsed,
              lessons: list[tuple[Lesson, Source]], quizzes: list[tuple[Quiz, Source]],
              all_lessons_parsed: bool, all_quizzes_parsed: bool) -> list[Problem]:
    problems: list[Problem] = []
    m, m_src = model
    stage_ids = [s.id for s in m.stages] if m else None
    practice_ids = [p.id for p in m.practices] if m else None
    if m and m_src:
        problems += _check_model(m, m_src)
    a, a_src = academy
    if a and a_src and not (root / "course" / a.logo).is_file():
        problems.append(Problem.at(a_src.path, a_src.line(("logo",)), "missing_asset", value=a.logo))
    g, g_src = glossary
    if g and g_src:
        problems += _unique([(t.id, g_src.path, g_src.line(("terms", i, "id"))) for i, t in enumerate(g.terms)], "term")

    problems += _unique([(l.id, s.path, s.line(("id",))) for l, s in lessons], "lesson")
    problems += _unique([(q.id, s.path, s.line(("id",))) for q, s in quizzes], "quiz")
    seen_order: dict[int, str] = {}
    for lesson, src in sorted(lessons, key=lambda ls: ls[1].path):
        if lesson.order in seen_order:
            problems.append(Problem.at(src.path, src.line(("order",)), "duplicate_order",
                                       value=lesson.order, other=seen_order[lesson.order]))
        else:
            seen_order[lesson.order] = src.path
        problems += _refs(lesson.stages, stage_ids, "stage", src, ("stages",))
        problems += _refs(lesson.practices, practice_ids, "practice", src, ("practices",))

    quiz_ids = [q.id for q, _ in quizzes]
    used_by: dict[str, str] = {}
    for lesson, src in sorted(lessons, key=lambda ls: ls[1].path):
        if lesson.quiz not in quiz_ids:
            if all_quizzes_parsed:
                problems += _refs([lesson.quiz], quiz_ids, "quiz", src, ("quiz",), single=True)
        elif lesson.quiz in used_by:
            problems.append(Problem.at(src.path, src.line(("quiz",)), "quiz_shared",
                                       value=lesson.quiz, other=used_by[lesson.quiz]))
        else:
            used_by[lesson.quiz] = src.path
    for quiz, src in quizzes:
        if all_lessons_parsed and quiz.id not in used_by:
            problems.append(Problem.at(src.path, src.line(("id",)), "quiz_unused", value=quiz.id))
        problems += _check_quiz(quiz, src, stage_ids, practice_ids)

    d, d_src = diagnostic
    if d and d_src:
        problems += _check_diagnostic(d, d_src, practice_ids)

    if g and g_src:
        texts = [(src, loc, text) for lesson, src in lessons for loc, text in _texts(lesson)]
        texts += [(src, loc, text) for quiz, src in quizzes for loc, text in _texts(quiz)]
        problems += _check_spellings(g, texts)
    return problems


def _unique(entries: Iterable[tuple[str, str, int]], kind: str) -> list[Problem]:
    seen: dict[str, str] = {}
    out = []
    for value, path, line in entries:
        if value in seen:
            out.append(Problem.at(path, line, "duplicate_id", kind=kind, value=value, other=seen[value]))
        else:
            seen[value] = f"{path}:{line}"
    return out


def _refs(values: list[str], known: list[str] | None, kind: str, src: Source, loc: tuple,
          single: bool = False) -> list[Problem]:
    if known is None:  # the file that defines them did not parse; its own problems say why
        return []
    out = []
    for i, value in enumerate(values):
        if value in known:
            continue
        line = src.line(loc if single else loc + (i,))
        listed = ", ".join(f"`{k}`" for k in known)
        best = difflib.get_close_matches(value, known, n=1, cutoff=0.5)
        if best:
            out.append(Problem.at(src.path, line, "unknown_ref", kind=kind, value=value,
                                  suggest="known_close", best=best[0], known=listed))
        else:
            out.append(Problem.at(src.path, line, "unknown_ref", kind=kind, value=value,
                                  suggest="known_ids", known=listed))
    return out


def _check_model(m: Model, src: Source) -> list[Problem]:
    out = _unique([(s.id, src.path, src.line(("stages", i, "id"))) for i, s in enumerate(m.stages)], "stage")
    out += _unique([(p.id, src.path, src.line(("practices", i, "id"))) for i, p in enumerate(m.practices)], "practice")
    scores = [s.from_score for s in m.stages]
    if scores[0] != 20 or any(b <= a for a, b in zip(scores, scores[1:])):
        bad = next((i for i, s in enumerate(scores) if (i == 0 and s != 20) or (i and s <= scores[i - 1])), 0)
        out.append(Problem.at(src.path, src.line(("stages", bad, "from_score")), "stage_scores"))
    stage_ids = [s.id for s in m.stages]
    for i, p in enumerate(m.practices):
        loc = ("practices", i, "next_steps")
        for key in p.next_steps:
            if key not in stage_ids[:-1]:
                out += _refs([key], stage_ids[:-1], "stage", src, loc + (key,), single=True)
        for stage in stage_ids[:-1]:
            if stage not in p.next_steps:
                out.append(Problem.at(src.path, src.key_line(loc), "missing_field", field=stage))
    return out


def _check_quiz(quiz: Quiz, src: Source, stage_ids: list[str] | None,
                practice_ids: list[str] | None) -> list[Problem]:
    out = _unique([(q.id, src.path, src.line(("questions", i, "id"))) for i, q in enumerate(quiz.questions)],
                  "question")
    for i, q in enumerate(quiz.questions):
        loc = ("questions", i)
        out += _refs(q.stages, stage_ids, "stage", src, loc + ("stages",))
        out += _refs(q.practices, practice_ids, "practice", src, loc + ("practices",))
        if isinstance(q, (SingleChoice, MultipleChoice)):
            right = sum(o.correct for o in q.options)
            if isinstance(q, SingleChoice) and right != 1:
                out.append(Problem.at(src.path, src.line(loc + ("options",)), "single_correct", count=right))
            if isinstance(q, MultipleChoice) and right < 1:
                out.append(Problem.at(src.path, src.line(loc + ("options",)), "multiple_correct"))
            out += _distinct([o.text for o in q.options], src, loc + ("options",), ("text",))
        if isinstance(q, Matching):
            out += _distinct([p.right for p in q.pairs], src, loc + ("pairs",), ("right",))
            out += _distinct([p.left for p in q.pairs], src, loc + ("pairs",), ("left",))
    return out


def _distinct(texts: list[Text], src: Source, loc: tuple, tail: tuple) -> list[Problem]:
    out = []
    for lang in LANGS:
        seen: set[str] = set()
        for i, text in enumerate(texts):
            norm = " ".join(text[lang].lower().split())
            if norm in seen:
                out.append(Problem.at(src.path, src.line(loc + (i,) + tail + (lang,)), "duplicate_option",
                                      lang_name=lang, value=text[lang]))
            seen.add(norm)
    return out


def _check_diagnostic(d: Diagnostic, src: Source, practice_ids: list[str] | None) -> list[Problem]:
    out = _unique([(s.id, src.path, src.line(("statements", i, "id"))) for i, s in enumerate(d.statements)],
                  "statement")
    for i, s in enumerate(d.statements):
        out += _refs([s.practice], practice_ids, "practice", src, ("statements", i, "practice"), single=True)
    if practice_ids is not None:
        counts = Counter(s.practice for s in d.statements)
        for pid in practice_ids:
            if counts[pid] != d.rules.per_practice:
                out.append(Problem.at(src.path, src.key_line(("statements",)), "diagnostic_count",
                                      practice=pid, count=counts[pid], needed=d.rules.per_practice))
    if d.rules.min_answered > d.rules.per_practice:
        out.append(Problem.at(src.path, src.line(("rules", "min_answered")), "number_range",
                              value=d.rules.min_answered, hi=d.rules.per_practice))
    return out


def _texts(obj: Any, loc: tuple = ()) -> Iterable[tuple[tuple, Text]]:
    """Every two-language text inside a record, with its location."""
    if isinstance(obj, Text):
        yield loc, obj
    elif hasattr(obj, "model_fields"):
        for name in type(obj).model_fields:
            yield from _texts(getattr(obj, name), loc + (name,))
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from _texts(item, loc + (i,))
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from _texts(item, loc + (key,))


def _check_spellings(g: Glossary, texts: list[tuple[Source, tuple, Text]]) -> list[Problem]:
    out = []
    for term in g.terms:
        for lang in LANGS:
            for wrong in getattr(term.avoid, lang):
                pattern = re.compile(r"(?<![\w-])" + re.escape(wrong) + r"(?![\w-])", re.IGNORECASE)
                for src, loc, text in texts:
                    match = pattern.search(text[lang])
                    if match:
                        out.append(Problem.at(src.path, src.line(loc + (lang,)), "glossary_spelling",
                                              spelled=match.group(0), term=term.term[lang]))
    return out
