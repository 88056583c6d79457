"""Checks across files: ids are unique, references point somewhere, quizzes make sense.

Each check takes parsed records with their sources (for line numbers) and
returns problems; none of them stops the others.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from pydantic import BaseModel

from ..problems import Problem
from ..schema import LANGS, Diagnostic, Glossary, Lesson, Model, Quiz, Text
from .checks_quiz import check_quiz
from .refs import refs, unique
from .yamlread import Source

Parsed = tuple[Any, Source | None]


def check_all(*, root: Path, model: Parsed, academy: Parsed, glossary: Parsed, diagnostic: Parsed,
              lessons: list[tuple[Lesson, Source]], quizzes: list[tuple[Quiz, Source]],
              all_lessons_parsed: bool, all_quizzes_parsed: bool,
              toolkit: Parsed = (None, None), others: list[Parsed] = ()) -> list[Problem]:
    """`others`: further parsed files whose texts must follow the glossary too (model, course, ui)."""
    problems: list[Problem] = []
    m, m_src = model
    stage_ids = [s.id for s in m.stages] if m else None
    practice_ids = [p.id for p in m.practices] if m else None
    if m and m_src:
        problems += _check_model(m, m_src)
    # The academy's logo (a file reference) is checked by files.check_image, in load.py.
    g, g_src = glossary
    if g and g_src:
        problems += unique([(t.id, g_src.path, g_src.line(("terms", i, "id"))) for i, t in enumerate(g.terms)], "term")

    problems += unique([(l.id, s.path, s.line(("id",))) for l, s in lessons], "lesson")
    problems += unique([(q.id, s.path, s.line(("id",))) for q, s in quizzes], "quiz")
    seen_order: dict[int, str] = {}
    for lesson, src in sorted(lessons, key=lambda ls: ls[1].path):
        if lesson.order in seen_order:
            problems.append(Problem.at(src.path, src.line(("order",)), "duplicate_order",
                                       value=lesson.order, other=seen_order[lesson.order]))
        else:
            seen_order[lesson.order] = src.path
        problems += refs(lesson.stages, stage_ids, "stage", src, ("stages",))
        problems += refs(lesson.practices, practice_ids, "practice", src, ("practices",))

    t, t_src = toolkit
    template_ids = list(dict.fromkeys(tpl.id for tpl in t.templates)) if t else None
    if t and t_src:
        problems += unique([(tpl.id, t_src.path, t_src.line(("templates", i, "id")))
                            for i, tpl in enumerate(t.templates)], "template")
        for i, tpl in enumerate(t.templates):
            problems += refs(tpl.practices, practice_ids, "practice", t_src, ("templates", i, "practices"))
    for lesson, src in lessons:
        problems += _check_sections(lesson, src, template_ids)

    quiz_ids = [q.id for q, _ in quizzes]
    used_by: dict[str, str] = {}
    for lesson, src in sorted(lessons, key=lambda ls: ls[1].path):
        if lesson.quiz not in quiz_ids:
            if all_quizzes_parsed:
                problems += refs([lesson.quiz], quiz_ids, "quiz", src, ("quiz",), single=True)
        elif lesson.quiz in used_by:
            problems.append(Problem.at(src.path, src.line(("quiz",)), "quiz_shared",
                                       value=lesson.quiz, other=used_by[lesson.quiz]))
        else:
            used_by[lesson.quiz] = src.path
    for quiz, src in quizzes:
        if all_lessons_parsed and quiz.id not in used_by:
            problems.append(Problem.at(src.path, src.line(("id",)), "quiz_unused", value=quiz.id))
        problems += check_quiz(quiz, src, stage_ids, practice_ids)

    d, d_src = diagnostic
    if d and d_src:
        problems += _check_diagnostic(d, d_src, practice_ids)

    if g and g_src:
        texts = [(src, loc, text) for lesson, src in lessons for loc, text in _texts(lesson)]
        texts += [(src, loc, text) for quiz, src in quizzes for loc, text in _texts(quiz)]
        texts += [(src, loc, text) for obj, src in [*others, diagnostic, model] if obj is not None and src
                  for loc, text in _texts(obj)]
        problems += _check_spellings(g, texts)
    return problems


def _check_sections(lesson: Lesson, src: Source, template_ids: list[str] | None) -> list[Problem]:
    """A section is a heading with a body, or a pointer to Toolkit templates (or both)."""
    out = []
    for i, section in enumerate(lesson.sections):
        where = ("sections", i)
        out += refs(section.toolkit, template_ids, "template", src, where + ("toolkit",))
        if section.toolkit:
            continue
        for name in ("heading", "body"):
            if getattr(section, name) is None:
                out.append(Problem.at(src.path, src.key_line(where), "missing_field", field=name))
    return out


def _check_model(m: Model, src: Source) -> list[Problem]:
    out = unique([(s.id, src.path, src.line(("stages", i, "id"))) for i, s in enumerate(m.stages)], "stage")
    out += unique([(p.id, src.path, src.line(("practices", i, "id"))) for i, p in enumerate(m.practices)], "practice")
    scores = [s.from_score for s in m.stages]
    if scores[0] != 20 or any(b <= a for a, b in zip(scores, scores[1:])):
        bad = next((i for i, s in enumerate(scores) if (i == 0 and s != 20) or (i and s <= scores[i - 1])), 0)
        out.append(Problem.at(src.path, src.line(("stages", bad, "from_score")), "stage_scores"))
    stage_ids = [s.id for s in m.stages]
    for i, p in enumerate(m.practices):
        loc = ("practices", i, "next_steps")
        for key in p.next_steps:
            if key not in stage_ids[:-1]:
                out += refs([key], stage_ids[:-1], "stage", src, loc + (key,), single=True)
        for stage in stage_ids[:-1]:
            if stage not in p.next_steps:
                out.append(Problem.at(src.path, src.key_line(loc), "missing_field", field=stage))
    return out


def _check_diagnostic(d: Diagnostic, src: Source, practice_ids: list[str] | None) -> list[Problem]:
    out = unique([(s.id, src.path, src.line(("statements", i, "id"))) for i, s in enumerate(d.statements)],
                  "statement")
    for i, s in enumerate(d.statements):
        out += refs([s.practice], practice_ids, "practice", src, ("statements", i, "practice"), single=True)
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
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _texts(getattr(obj, name), loc + (name,))
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from _texts(item, loc + (i,))
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from _texts(item, loc + (key,))


def _check_spellings(g: Glossary, texts: list[tuple[Source, tuple, Text]]) -> list[Problem]:
    """The terminology policy of course/README.md: one spelling per term.

    An avoided spelling is allowed in one place only: in brackets right after
    the preferred term, "leads (prospek)", which is how a text introduces the
    term to readers who know the other word.
    """
    out = []
    for lang in LANGS:
        # One pattern per language with every avoided spelling: one pass over each text.
        preferred = {wrong.lower(): term.term[lang] for term in g.terms for wrong in getattr(term.avoid, lang)}
        if not preferred:
            continue
        alternatives = "|".join(re.escape(w) for w in sorted(preferred, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
        for src, loc, text in texts:
            seen: set[str] = set()
            for match in pattern.finditer(text[lang]):
                wrong = _spelling_of(match.group(0), preferred)
                if _glossed(text[lang], match, preferred[wrong]):
                    continue
                if wrong not in seen:
                    seen.add(wrong)
                    out.append(Problem.at(src.path, src.line(loc + (lang,)), "glossary_spelling",
                                          spelled=match.group(0), term=preferred[wrong]))
    return out


def _spelling_of(found: str, preferred: dict[str, str]) -> str:
    """The avoided spelling (a key of `preferred`) that `found` matched, ignoring case.

    Usually `found.lower()`; but the pattern ignores case the way `re` folds it, so "TİM" (a
    Turkish dotted İ) matches "tim" although its lower case is "ti̇m"."""
    lower = found.lower()
    if lower in preferred:
        return lower
    return next(key for key in preferred if re.fullmatch(re.escape(key), found, re.IGNORECASE))


def _glossed(text: str, match: re.Match, term: str) -> bool:
    """Whether `match` is the whole bracket after `term`: "term (match)"."""
    before = text[:match.start()].lower()
    return before.endswith(f"{term.lower()} (") and text[match.end():match.end() + 1] == ")"
