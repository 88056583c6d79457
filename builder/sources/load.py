"""Read every source file, validate it, and assemble the course (or every problem found)."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from . import checks
from ..course import Course
from ..problems import ContentError, Problem
from ..schema import Academy, CourseInfo, Diagnostic, Glossary, Lesson, Model, Quiz, Ui
from .markup import check_texts
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
    "quizzes/diagnostic.yaml": Diagnostic,
}
LESSON_DIR = "course/lessons"
QUIZ_DIR = "quizzes"
DIAGNOSTIC_FILE = "quizzes/diagnostic.yaml"
SOURCE_DIRS = ("course", "quizzes")


def load_course(root: Path) -> Course:
    """Validate the whole course under `root`; raise ContentError listing every problem."""
    root = root.resolve()
    problems: list[Problem] = []

    def load(rel: str, model: type[M]) -> tuple[M | None, Source | None]:
        path = root / rel
        if not path.is_file():
            problems.append(Problem.at(rel, 1, "missing_file"))
            return None, None
        source, found = read(path, rel)
        problems.extend(found)
        if source is None:
            return None, None
        obj, found = parse(model, source)
        problems.extend(found)
        return obj, source

    singles = {rel: load(rel, model) for rel, model in SINGLE_FILES.items()}
    lesson_paths = sorted((root / LESSON_DIR).glob("*.yaml"))
    if not lesson_paths:
        problems.append(Problem.at(LESSON_DIR, 1, "no_lessons"))
    lessons = [load(p.relative_to(root).as_posix(), Lesson) for p in lesson_paths]
    quiz_paths = sorted(p for p in (root / QUIZ_DIR).glob("*.yaml") if p.name != "diagnostic.yaml")
    quizzes = [load(p.relative_to(root).as_posix(), Quiz) for p in quiz_paths]

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
        diagnostic=(parsed[DIAGNOSTIC_FILE], sources[DIAGNOSTIC_FILE]),
        lessons=ok_lessons, quizzes=ok_quizzes,
        all_lessons_parsed=len(ok_lessons) == len(lessons),
        all_quizzes_parsed=len(ok_quizzes) == len(quizzes),
        others=[(parsed[rel], sources[rel]) for rel in ("course/course.yaml", "course/ui.yaml")],
    )
    problems += check_texts(root, [*singles.values(), *ok_lessons, *ok_quizzes])
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
        files={"assets/" + Path(academy.logo).name: str(root / "course" / academy.logo)},
    )
