"""Read every source file, validate it, and assemble the course (or every problem found)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from . import checks
from .checks_facilitator import check_facilitator, check_lesson_keys
from ..course import Course
from ..problems import ContentError, Problem
from ..schema.mkdocs import MkdocsSettings
from ..schema import Academy, CourseInfo, Diagnostic, Facilitator, Glossary, Lesson, Model, Quiz, Toolkit, Ui
from .files import check_image
from .markup import check_texts
from .placeholders import check_placeholders
from .validate import parse
from .yamlread import Source, read

M = TypeVar("M", bound=BaseModel)

# The fixed files of a course, relative to the project root.
SINGLE_FILES: dict[str, type[BaseModel]] = {
    "course/course.yaml": CourseInfo,
    "course/academy.yaml": Academy,
    "course/model.yaml": Model,
    "course/glossary.yaml": Glossary,
    "course/ui.yaml": Ui,
    "course/toolkit.yaml": Toolkit,
    "quizzes/diagnostic.yaml": Diagnostic,
}
LESSON_DIR = "course/lessons"
QUIZ_DIR = "quizzes"
DIAGNOSTIC_FILE = "quizzes/diagnostic.yaml"
TOOLKIT_FILE = "course/toolkit.yaml"
FACILITATOR_FILE = "course/facilitator.yaml"
"""Optional: read only when it exists (an academy that runs no workshops leaves it out)."""
SETTINGS_FILE = "mkdocs.yml"
"""Optional: the site settings an academy may choose (`schema.mkdocs`); mkdocs' own name for it."""
SOURCE_DIRS = ("course", "quizzes")
YAML_SUFFIX = ".yaml"
"""The one spelling the course reads; `.yml`, `.YAML` and the like are named and refused."""


def load_course(root: Path) -> Course:
    """Validate the whole course under `root`; raise ContentError listing every problem."""
    root = root.resolve()
    # A source folder that is itself a link leading out of the project would have the files of
    # wherever it leads read, and their contents quoted back in the messages.
    escaped = [Problem.at(folder, 1, "outside_sources", folders=f"{root.name}/") for folder in SOURCE_DIRS
               if not (root / folder).resolve().is_relative_to(root)]
    if escaped:
        raise ContentError(escaped)
    problems: list[Problem] = []
    inside = tuple(root / folder for folder in SOURCE_DIRS)

    def load(rel: str, model: type[M], within: tuple[Path, ...] = inside) -> tuple[M | None, Source | None]:
        source, found = read(root / rel, rel, within=within)
        problems.extend(found)
        if source is None:
            return None, None
        obj, found = parse(model, source)
        problems.extend(found)
        return obj, source

    singles = {rel: load(rel, model) for rel, model in SINGLE_FILES.items()}
    misnamed = _misnamed(root)
    # "The file is missing, create it" would send the instructor to write again a file they
    # have under another name; the rename message is the one to act on.
    renamed = {Path(p.path).with_suffix(YAML_SUFFIX).as_posix() for p in misnamed}
    problems[:] = [p for p in problems if not (p.code == "missing_file" and p.path in renamed)]
    problems += misnamed
    unreadable: list[Problem] = []
    lesson_paths = [p for p in _listing(root, LESSON_DIR, unreadable) if p.name.endswith(YAML_SUFFIX)]
    quiz_paths = [p for p in _listing(root, QUIZ_DIR, unreadable)
                  if p.name.endswith(YAML_SUFFIX) and p.name != "diagnostic.yaml"]
    problems += unreadable
    # A folder that cannot be read, or a file in it under another suffix, is the cause to name:
    # "no lessons" or "this check is used by no lesson" would only follow from it.
    misnamed += unreadable
    if not lesson_paths and not _in(misnamed, LESSON_DIR):
        problems.append(Problem.at(LESSON_DIR, 1, "no_lessons"))
    lessons = [load(p.relative_to(root).as_posix(), Lesson) for p in lesson_paths]
    quizzes = [load(p.relative_to(root).as_posix(), Quiz) for p in quiz_paths]
    facilitator, facilitator_src = (load(FACILITATOR_FILE, Facilitator)
                                    if os.path.lexists(root / FACILITATOR_FILE) else (None, None))
    settings = _settings(root, problems)

    parsed = {rel: obj for rel, (obj, _src) in singles.items()}
    sources = {rel: src for rel, (_obj, src) in singles.items()}
    model: Model | None = parsed["course/model.yaml"]  # type: ignore[assignment]
    ok_lessons = [(obj, src) for obj, src in lessons if obj is not None]
    ok_quizzes = [(obj, src) for obj, src in quizzes if obj is not None]

    # Cross-references are checked on whatever parsed, so one broken file
    # does not hide the mistakes in all the others.
    problems += checks.check_all(
        root=root, model=(model, sources["course/model.yaml"]),
        academy=(parsed["course/academy.yaml"], sources["course/academy.yaml"]),
        glossary=(parsed["course/glossary.yaml"], sources["course/glossary.yaml"]),
        toolkit=(parsed[TOOLKIT_FILE], sources[TOOLKIT_FILE]),
        diagnostic=(parsed[DIAGNOSTIC_FILE], sources[DIAGNOSTIC_FILE]),
        lessons=ok_lessons, quizzes=ok_quizzes,
        all_lessons_parsed=len(ok_lessons) == len(lessons) and not _in(misnamed, LESSON_DIR),
        all_quizzes_parsed=len(ok_quizzes) == len(quizzes) and not _in(misnamed, QUIZ_DIR),
        others=[*((parsed[rel], sources[rel]) for rel in ("course/course.yaml", "course/ui.yaml", TOOLKIT_FILE)),
                (facilitator, facilitator_src)],
    )
    for lesson, src in ok_lessons:
        problems += check_lesson_keys(lesson, src)
    if facilitator is not None and facilitator_src is not None:
        toolkit_obj = parsed[TOOLKIT_FILE]
        problems += check_facilitator(
            facilitator, facilitator_src,
            ok_lessons if len(ok_lessons) == len(lessons) and not _in(misnamed, LESSON_DIR) else None,
            [t.id for t in toolkit_obj.templates] if toolkit_obj is not None else None)  # type: ignore[attr-defined]
    academy_obj, academy_src = singles["course/academy.yaml"]
    if academy_obj is not None and academy_src is not None:
        problems += check_image(root, academy_src, ("logo",), academy_obj.logo)
    ui_obj, ui_src = singles["course/ui.yaml"]
    if ui_obj is not None and ui_src is not None:
        problems += check_placeholders(ui_obj, ui_src)
    problems += check_texts(root, [*singles.values(), *ok_lessons, *ok_quizzes, (facilitator, facilitator_src)])
    if problems:
        raise ContentError(problems)

    academy: Academy = parsed["course/academy.yaml"]  # type: ignore[assignment]
    return Course(
        root=root,
        info=parsed["course/course.yaml"],  # type: ignore[arg-type]
        academy=academy,
        model=model,  # type: ignore[arg-type]
        glossary=parsed["course/glossary.yaml"],  # type: ignore[arg-type]
        ui=parsed["course/ui.yaml"],  # type: ignore[arg-type]
        lessons=tuple(sorted((l for l, _ in ok_lessons), key=lambda l: l.order)),
        quizzes={q.id: q for q, _ in ok_quizzes},
        diagnostic=parsed[DIAGNOSTIC_FILE],  # type: ignore[arg-type]
        toolkit=parsed[TOOLKIT_FILE],  # type: ignore[arg-type]
        facilitator=facilitator,
        settings=settings or MkdocsSettings(),
        # The checked file itself, not the name again: a link swapped in later is not followed.
        files={"assets/" + Path(academy.logo).name: str((root / "course" / academy.logo).resolve())},
    )


def _settings(root: Path, problems: list[Problem]) -> MkdocsSettings | None:
    """mkdocs.yml's settings: the defaults when the file is missing or empty, None when it has mistakes."""
    if not os.path.lexists(root / SETTINGS_FILE):
        return MkdocsSettings()
    source, found = read(root / SETTINGS_FILE, SETTINGS_FILE, within=(root,))
    problems.extend(found)
    if source is None:
        return None
    if source.data is None:
        return MkdocsSettings()
    settings, found = parse(MkdocsSettings, source)
    problems.extend(found)
    return settings


def _listing(root: Path, folder: str, problems: list[Problem] | None = None) -> list[Path]:
    """The entries of a source folder, sorted; one that cannot be read is a problem of its own."""
    try:
        return sorted((root / folder).iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        if problems is not None:
            problems.append(Problem.at(folder, 1, "folder_unreadable", detail=exc.strerror or exc))
        return []


def _in(problems: list[Problem], folder: str) -> bool:
    """Whether one of `problems` is about `folder` itself or a file directly in it."""
    return any(folder in (p.path, Path(p.path).parent.as_posix()) for p in problems)


def _misnamed(root: Path) -> list[Problem]:
    """Lessons, quizzes and fixed files saved with another suffix (`.yml`, `.YAML`): they would vanish unread."""
    out = []
    for folder, names in ((LESSON_DIR, None), (QUIZ_DIR, None), ("course", {*SINGLE_FILES, FACILITATOR_FILE})):
        for path in _listing(root, folder):
            suffix = path.suffix
            if suffix.lower() not in (".yaml", ".yml") or suffix == YAML_SUFFIX:
                continue
            suggested = path.with_suffix(YAML_SUFFIX).relative_to(root).as_posix()
            if names is not None and suggested not in names:
                continue
            out.append(Problem.at(path.relative_to(root).as_posix(), 1, "wrong_extension", suffix=suffix,
                                  suggested=path.with_suffix(YAML_SUFFIX).name))
    return out


def stray_files(root: Path) -> list[Problem]:
    """YAML files in course/ or quizzes/ that the course does not read: a notice each, not an error.

    A file saved in the wrong folder is otherwise silently ignored, and the instructor
    wonders why their change does not appear.
    """
    root = root.resolve()
    misnamed = {p.path for p in _misnamed(root)}
    out = []
    for folder in SOURCE_DIRS:
        base = root / folder
        try:
            found = sorted(base.rglob("*")) if base.is_dir() else []
        except OSError:  # an unreadable folder is named by the check itself
            found = []
        for path in found:
            if path.suffix.lower() not in (".yaml", ".yml"):
                continue
            rel = path.relative_to(root).as_posix()
            if rel in misnamed or rel in SINGLE_FILES or rel == FACILITATOR_FILE:
                continue
            parent = path.parent.relative_to(root).as_posix()
            if path.suffix == YAML_SUFFIX and parent in (LESSON_DIR, QUIZ_DIR):
                continue
            out.append(Problem.at(rel, 1, "unused_yaml", folder=parent))
    return out
