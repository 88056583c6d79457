"""The way in for every source: read them all, run every check, and assemble the one course model.

    read_sources(root)  →  Sources (every file that parsed, with its positions)
    run_checks(sources) →  every problem at once (sources/checks.py, CHECKS)
    assemble(sources)   →  Course (only from sources with no problem)
"""

from __future__ import annotations

import re
from pathlib import Path

from ..course import Course
from ..problems import ContentError, Problem, UsageError
from ..schema import MkdocsSettings
from .checks import run_checks
from .editions import edition_ids, profiled
from .read import (
    FACILITATOR_FILE,
    LESSON_DIR,
    OPTIONAL_FILES,
    QUIZ_DIR,
    SINGLE_FILES,
    SOURCE_DIRS,
    YAML_SUFFIX,
    Sources,
    misnamed_files,
    read_sources,
)

__all__ = ["load_course", "load_editions", "check_sources", "stray_files", "SOURCE_DIRS", "LESSON_DIR", "QUIZ_DIR",
           "FACILITATOR_FILE"]


def load_course(root: Path, edition: str | None = None) -> Course:
    """Validate the whole course under `root` (every edition); raise ContentError listing every problem.
    The course returned is `edition`'s, the default edition's when None."""
    return assemble(*_checked(root), edition=edition)


def check_sources(root: Path) -> list[Problem]:
    """Every problem of the course under `root`, mistakes and advice (`Problem.advice`), sorted; none when it
    is exemplary. The tests of the shipped course and the bad-input fixtures read the course this way."""
    try:
        return _checked(root)[1]
    except ContentError as exc:
        return exc.problems


def _checked(root: Path) -> tuple[Sources, list[Problem]]:
    """Every source under `root`, read and checked, with the advice found; ContentError listing every
    problem when one of them is a mistake."""
    root = root.resolve()
    # A source folder that is itself a link leading out of the project would have the files of
    # wherever it leads read, and their contents quoted back in the messages.
    escaped = [Problem.at(folder, 1, "outside_sources", folders=f"{root.name}/") for folder in SOURCE_DIRS
               if not (root / folder).resolve().is_relative_to(root)]
    if escaped:
        raise ContentError(escaped)
    sources = read_sources(root)
    problems = sources.problems + run_checks(sources)
    if any(not p.advice for p in problems):
        raise ContentError(problems)
    return sources, sorted(set(problems))


def load_editions(root: Path) -> list[Course]:
    """Validate the whole course under `root` once; one course per edition, the default first (one course
    when it has no editions). `course check` builds each."""
    sources, advice = _checked(root)
    editions: list[str | None] = [*edition_ids(sources)] or [None]
    return [assemble(sources, advice, edition=e) for e in editions]


def chosen_edition(s: Sources, edition: str | None) -> str | None:
    """The edition to build: `edition` when the course has it, the default (first) when None; a usage
    error otherwise (exit 2, naming the course's editions)."""
    ids = edition_ids(s)
    if edition is None:
        return ids[0] if ids else None
    if not ids:
        raise UsageError("no_editions", edition=edition)
    if edition not in ids:
        raise UsageError("unknown_edition", edition=edition, editions=", ".join(ids))
    return edition


def assemble(s: Sources, advice: list[Problem] | None = None, *, edition: str | None = None) -> Course:
    """The course model of one edition (the default when None), from sources that have no problem (so
    every file is there); `advice` is kept on it for the command to print."""
    chosen = chosen_edition(s, edition)
    whole = s
    if chosen is not None:
        s = profiled(s, chosen)
    if not (s.course and s.academy and s.model and s.glossary and s.ui and s.toolkit and s.diagnostic
            and s.settings and (s.facilitator or not s.has_facilitator)
            and (s.evaluation or not s.has_evaluation) and (s.prepost or not s.has_prepost)):
        raise ValueError("assemble() needs sources without problems")
    academy = s.academy.record
    return Course(
        root=s.root,
        info=s.course.record,
        academy=academy,
        model=s.model.record,
        glossary=s.glossary.record,
        ui=s.ui.record,
        lessons=tuple(sorted((f.record for f in s.lessons), key=lambda lesson: lesson.order)),
        quizzes={f.record.id: f.record for f in s.quizzes},
        diagnostic=s.diagnostic.record,
        evaluation=s.evaluation.record if s.evaluation else None,
        toolkit=s.toolkit.record,
        facilitator=s.facilitator.record if s.facilitator else None,
        prepost=s.prepost.record if s.prepost else None,
        settings=s.settings or MkdocsSettings(),
        # The checked file itself, not the name again: a link swapped in later is not followed.
        files={"assets/" + Path(academy.logo).name: str((s.root / "course" / academy.logo).resolve())},
        edition=next((e for e in whole.course.record.editions if e.id == chosen), None) if whole.course else None,
        advice=tuple(advice or ()),
    )


def stray_files(root: Path) -> list[Problem]:
    """YAML files in course/ or quizzes/ that the course does not read: a notice each, not an error.

    A file saved in the wrong folder is otherwise silently ignored, and the instructor
    wonders why their change does not appear.
    """
    root = root.resolve()
    misnamed = {p.path for p in misnamed_files(root)}
    out = []
    for folder in SOURCE_DIRS:
        base = root / folder
        try:
            found = sorted(base.rglob("*")) if base.is_dir() else []
        except OSError:  # an unreadable folder is named by the check itself
            found = []
        for path in found:
            if path.suffix.lower() not in (".yaml", ".yml") or not path.is_file():
                continue
            rel = path.relative_to(root).as_posix()
            if rel in misnamed or rel in SINGLE_FILES or rel in OPTIONAL_FILES:
                continue
            parent = path.parent.relative_to(root).as_posix()
            if path.suffix == YAML_SUFFIX and parent in (LESSON_DIR, QUIZ_DIR):
                continue
            kind = _looks_like(path)
            if kind == "lesson" and parent != LESSON_DIR:
                out.append(Problem.at(rel, 1, "lesson_misplaced", folder=LESSON_DIR, name=path.name))
            elif kind == "quiz" and parent != QUIZ_DIR:
                out.append(Problem.at(rel, 1, "quiz_misplaced", folder=QUIZ_DIR, name=path.name))
            else:
                out.append(Problem.at(rel, 1, "unused_yaml", folder=parent))
    return out


def _looks_like(path: Path) -> str | None:
    """"lesson" or "quiz" when a file's top-level keys are those of one (a file saved in the wrong folder)."""
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:20_000]
    except OSError:
        return None
    keys = set(re.findall(r"^([a-z_]+):", head, re.MULTILINE))
    if {"sections", "quiz"} <= keys:
        return "lesson"
    if "questions" in keys and "statements" not in keys:
        return "quiz"
    return None
