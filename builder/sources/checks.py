"""The rules a course must follow beyond each file's format: one list, `CHECKS`.

Each check is a function of the parsed sources (`read.Sources`) that returns problems; none stops
the others, and each judges only what parsed (a reference to a file that did not parse is left
to that file's own problems). Adding a rule is one function here, or in the module of its kind
(checks_quiz, checks_craft, checks_language, checks_facilitator, files, placeholders, markup), and one line in `CHECKS`.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from typing import Any, Callable

from ..problems import Problem
from ..schema import LANGS, TASK_MINUTES
from .checks_craft import (
    check_absolute_words,
    check_british_spelling,
    check_feedback,
    check_lesson_parts,
    check_matching_giveaway,
    check_option_count,
    check_option_lengths,
    check_quiz_shape,
    check_true_false_balance,
    texts_of,
)
from .checks_evaluation import check_evaluation
from .checks_facilitator import check_facilitator, check_lesson_keys
from .checks_language import check_translations
from .checks_prepost import check_prepost
from .checks_quiz import check_quizzes
from .colours import check_colours
from .editions import check_editions, edition_ids, profiled
from .files import check_logo
from .ids import duplicate_ids, unknown_ids
from .markup import check_markdown
from .placeholders import check_placeholders
from .read import SourceFile, Sources

Check = Callable[[Sources], list[Problem]]


def check_model(s: Sources) -> list[Problem]:
    """Stage and practice ids unique, stages' scores rising from 20, next steps for every stage but the last."""
    if s.model is None:
        return []
    f, m = s.model, s.model.record
    out = duplicate_ids([(st.id, f.path, f.line(("stages", i, "id"))) for i, st in enumerate(m.stages)], "stage")
    out += duplicate_ids([(p.id, f.path, f.line(("practices", i, "id"))) for i, p in enumerate(m.practices)],
                         "practice")
    scores = [st.from_score for st in m.stages]
    if scores[0] != 20 or any(b <= a for a, b in itertools.pairwise(scores)):
        bad = next((i for i, sc in enumerate(scores) if (i == 0 and sc != 20) or (i and sc <= scores[i - 1])), 0)
        out.append(f.at(("stages", bad, "from_score"), "stage_scores"))
    stage_ids = [st.id for st in m.stages]
    for i, p in enumerate(m.practices):
        loc = ("practices", i, "next_steps")
        for key in p.next_steps:
            if key not in stage_ids[:-1]:
                out += unknown_ids([key], stage_ids[:-1], "stage", f, (*loc, key), single=True)
        for stage in stage_ids[:-1]:
            if stage not in p.next_steps:
                out.append(Problem.at(f.path, f.key_line(loc), "missing_field", field=stage))
    return out


def check_glossary(s: Sources) -> list[Problem]:
    """Term ids unique."""
    if s.glossary is None:
        return []
    f = s.glossary
    return duplicate_ids([(t.id, f.path, f.line(("terms", i, "id"))) for i, t in enumerate(f.record.terms)], "term")


def _oldest_first(s: Sources, files: list[SourceFile[Any]]) -> list[SourceFile[Any]]:
    """Files in the order they were last saved: of two with the same id, the copy made later is named."""
    def saved(f: SourceFile[Any]) -> tuple[float, str]:
        try:
            return (s.root / f.path).stat().st_mtime, f.path
        except OSError:
            return 0.0, f.path
    return sorted(files, key=saved)


def check_lessons(s: Sources) -> list[Problem]:
    """Lesson ids and orders unique, stages and practices known, each section a heading with a body or a
    pointer to Toolkit templates, section and question keys unique in their lesson."""
    out = duplicate_ids([(f.record.id, f.path, f.line(("id",))) for f in _oldest_first(s, s.lessons)], "lesson")
    seen_order: dict[int, str] = {}
    for f in sorted(s.lessons, key=lambda f: f.path):
        lesson = f.record
        if lesson.order in seen_order:
            out.append(f.at(("order",), "duplicate_order", value=lesson.order, other=seen_order[lesson.order]))
        else:
            seen_order[lesson.order] = f.path
        out += unknown_ids(lesson.stages, s.stage_ids, "stage", f, ("stages",))
        out += unknown_ids(lesson.practices, s.practice_ids, "practice", f, ("practices",))
        for i, section in enumerate(lesson.sections):
            where = ("sections", i)
            out += unknown_ids(section.toolkit, s.template_ids, "template", f, (*where, "toolkit"))
            if section.toolkit:
                continue
            for name in ("heading", "body"):
                if getattr(section, name) is None:
                    out.append(Problem.at(f.path, f.key_line(where), "missing_field", field=name))
        out += check_lesson_keys(f)
    return out


def check_tasks(s: Sources) -> list[Problem]:
    """Each task of a lesson takes a sensible time (schema.TASK_MINUTES) and names a known template."""
    lo, hi = TASK_MINUTES
    out: list[Problem] = []
    for f in sorted(s.lessons, key=lambda f: f.path):
        for i, task in enumerate(f.record.tasks):
            where = ("tasks", i)
            if task.minutes < lo:
                out.append(f.at((*where, "minutes"), "task_minutes_low", value=task.minutes, lo=lo, hi=hi))
            elif task.minutes > hi:
                out.append(f.at((*where, "minutes"), "task_minutes_high", value=task.minutes, hi=hi))
            if task.toolkit is not None:
                out += unknown_ids([task.toolkit], s.template_ids, "template", f, (*where, "toolkit"), single=True)
    return out


def check_quiz_use(s: Sources) -> list[Problem]:
    """Every lesson names a knowledge check of its own, and every check belongs to a lesson."""
    quiz_ids = [q.record.id for q in s.quizzes]
    out = duplicate_ids([(q.record.id, q.path, q.line(("id",))) for q in _oldest_first(s, s.quizzes)], "quiz")
    used_by: dict[str, str] = {}
    for f in sorted(s.lessons, key=lambda f: f.path):
        quiz = f.record.quiz
        if quiz not in quiz_ids:
            if s.quizzes_complete:
                out += unknown_ids([quiz], quiz_ids, "quiz", f, ("quiz",), single=True)
        elif quiz in used_by:
            out.append(f.at(("quiz",), "quiz_shared", value=quiz, other=used_by[quiz]))
        else:
            used_by[quiz] = f.path
    if s.lessons_complete:
        out += [q.at(("id",), "quiz_unused", value=q.record.id) for q in s.quizzes if q.record.id not in used_by]
    return out


def check_toolkit(s: Sources) -> list[Problem]:
    """Template ids unique, their practices known."""
    if s.toolkit is None:
        return []
    f = s.toolkit
    templates = f.record.templates
    out = duplicate_ids([(t.id, f.path, f.line(("templates", i, "id"))) for i, t in enumerate(templates)], "template")
    for i, template in enumerate(templates):
        out += unknown_ids(template.practices, s.practice_ids, "practice", f, ("templates", i, "practices"))
    return out


def check_diagnostic(s: Sources) -> list[Problem]:
    """Statement ids unique, each about a known practice, the same number for every practice."""
    if s.diagnostic is None:
        return []
    f, d = s.diagnostic, s.diagnostic.record
    out = duplicate_ids([(st.id, f.path, f.line(("statements", i, "id"))) for i, st in enumerate(d.statements)],
                        "statement")
    for i, statement in enumerate(d.statements):
        out += unknown_ids([statement.practice], s.practice_ids, "practice", f, ("statements", i, "practice"),
                           single=True)
    if s.practice_ids is not None:
        counts = Counter(st.practice for st in d.statements)
        for pid in s.practice_ids:
            if counts[pid] != d.rules.per_practice:
                out.append(Problem.at(f.path, f.key_line(("statements",)), "diagnostic_count",
                                      practice=pid, count=counts[pid], needed=d.rules.per_practice))
    if d.rules.min_answered > d.rules.per_practice:
        out.append(f.at(("rules", "min_answered"), "number_range", value=d.rules.min_answered,
                        hi=d.rules.per_practice))
    return out


def check_spellings(s: Sources) -> list[Problem]:
    """The terminology policy of course/README.md: one spelling per term, in every text but the glossary's.

    An avoided spelling is allowed in one place only: in brackets right after the preferred
    term, "leads (prospek)", which is how a text introduces the term to readers who know the
    other word.
    """
    if s.glossary is None:
        return []
    glossary = s.glossary.record
    texts = [(f, loc, text) for f in s.files() if f is not s.glossary and f is not s.academy
             for loc, text in texts_of(f.record)]
    out = []
    for lang in LANGS:
        # One pattern per language with every avoided spelling: one pass over each text.
        preferred = {wrong.lower(): term.term[lang] for term in glossary.terms for wrong in getattr(term.avoid, lang)}
        # Where each avoided spelling is listed, so the message names the glossary line behind it.
        listed = {wrong.lower(): f"{s.glossary.path}:{s.glossary.line(('terms', i, 'avoid', lang, j))}"
                  for i, term in enumerate(glossary.terms) for j, wrong in enumerate(getattr(term.avoid, lang))}
        if not preferred:
            continue
        alternatives = "|".join(re.escape(w) for w in sorted(preferred, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
        candidates = {_folded(wrong) for wrong in preferred}
        for f, loc, text in texts:
            # Most texts hold no avoided spelling: a plain substring test over their folded text (fast, in C)
            # spares them the case-insensitive pattern, which is the slow part of every build's checks.
            folded = _folded(text[lang])
            if not any(wrong in folded for wrong in candidates):
                continue
            seen: set[str] = set()
            for match in pattern.finditer(text[lang]):
                wrong = _spelling_of(match.group(0), preferred)
                if _glossed(text[lang], match, preferred[wrong]):
                    continue
                if wrong not in seen:
                    seen.add(wrong)
                    out.append(f.at((*loc, lang), "glossary_spelling", spelled=match.group(0), term=preferred[wrong],
                                    listed=listed[wrong]))
    return out


# The letters `re.IGNORECASE` folds onto an ASCII letter that str.lower() does not give (it gives "i̇" for
# "İ"): mapped first, so that the substring test in check_spellings finds whatever the pattern would.
_SIMPLE_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _folded(text: str) -> str:
    return text.translate(_SIMPLE_FOLD).lower()


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


CHECKS: tuple[Check, ...] = (
    check_model,
    check_glossary,
    check_lessons,
    check_tasks,
    check_quiz_use,
    check_quizzes,
    check_toolkit,
    check_diagnostic,
    check_evaluation,
    check_facilitator,
    check_prepost,
    check_logo,
    check_colours,
    check_placeholders,
    check_spellings,
    check_markdown,
    check_editions,
    check_quiz_shape,
    check_feedback,
    check_absolute_words,
    check_option_count,
    check_option_lengths,
    check_matching_giveaway,
    check_true_false_balance,
    check_lesson_parts,
    check_british_spelling,
    check_translations,
)
"""Every rule of a course, run on every check and build (tests call the same functions)."""


EDITION_FREE: frozenset[Check] = frozenset({
    check_model, check_glossary, check_logo, check_colours, check_placeholders, check_spellings, check_markdown,
    check_editions, check_feedback, check_absolute_words, check_option_count, check_matching_giveaway,
    check_british_spelling, check_translations,
})
"""The checks whose answer is the same in every edition (they judge each text or file on its own, every
edition's included): run once. The others judge references and counts, and run on each edition."""


def run_checks(s: Sources) -> list[Problem]:
    """Every check's problems. With editions, the checks that depend on them run on each edition's view
    (sources/editions.py): a problem every edition has is reported once, one that only some have is
    reported with the edition it is found in."""
    ids = edition_ids(s)
    if not ids:
        return [problem for check in CHECKS for problem in check(s)]
    out = [problem for check in CHECKS if check in EDITION_FREE for problem in check(s)]
    found = {e: {p for check in CHECKS if check not in EDITION_FREE for p in check(profiled(s, e))} for e in ids}
    everywhere = set.intersection(*found.values())
    out += sorted(everywhere)
    for e in ids:
        out += [dataclasses.replace(p, edition=e) for p in sorted(found[e] - everywhere)]
    return out


__all__ = ["CHECKS", "Check", "SourceFile", "Sources", "run_checks"]
