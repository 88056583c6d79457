"""Every source file read and parsed into one object, `Sources`: each record with its positions.

Reading stops at nothing: a file that cannot be read or does not match its format is left out
(its problems are kept in `Sources.problems`), and the checks (sources/checks.py) run on
whatever did parse, so one broken file never hides the mistakes in all the others.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Iterator, TypeVar

from pydantic import BaseModel

from ..problems import Problem
from ..schema import (
    Academy,
    CourseInfo,
    Diagnostic,
    Evaluation,
    Facilitator,
    Glossary,
    Lesson,
    MkdocsSettings,
    Model,
    PrePost,
    Quiz,
    Toolkit,
    Ui,
)
from .validate import parse
from .yamlread import Loc, Source, read

R = TypeVar("R", bound=BaseModel)

SOURCE_DIRS = ("course", "quizzes")
LESSON_DIR = "course/lessons"
QUIZ_DIR = "quizzes"
COURSE_FILE = "course/course.yaml"
ACADEMY_FILE = "course/academy.yaml"
MODEL_FILE = "course/model.yaml"
GLOSSARY_FILE = "course/glossary.yaml"
UI_FILE = "course/ui.yaml"
TOOLKIT_FILE = "course/toolkit.yaml"
DIAGNOSTIC_FILE = "quizzes/diagnostic.yaml"
FACILITATOR_FILE = "course/facilitator.yaml"
"""Optional: read only when it exists (an academy that runs no workshops leaves it out)."""
EVALUATION_FILE = "course/evaluation.yaml"
"""Optional: the participants' evaluation, read only when it exists (a course from before it has none)."""
PREPOST_FILE = "quizzes/prepost.yaml"
"""Optional: the pre/post test, read only when it exists."""
SETTINGS_FILE = "mkdocs.yml"
"""Optional: the site settings an academy may choose (`schema.mkdocs`); mkdocs' own name for it."""
SINGLE_FILES = (COURSE_FILE, ACADEMY_FILE, MODEL_FILE, GLOSSARY_FILE, UI_FILE, TOOLKIT_FILE, DIAGNOSTIC_FILE)
"""The fixed files every course has, relative to the project root."""
OPTIONAL_FILES = (FACILITATOR_FILE, EVALUATION_FILE, PREPOST_FILE)
"""The fixed files a course may leave out."""
YAML_SUFFIX = ".yaml"
"""The one spelling the course reads; `.yml`, `.YAML` and the like are named and refused."""


@dataclass(frozen=True)
class SourceFile(Generic[R]):
    """One source file that parsed: its record, and where each of its values is written."""

    record: R
    source: Source

    @property
    def path(self) -> str:
        return self.source.path

    def line(self, loc: Loc) -> int:
        return self.source.line(loc)

    def key_line(self, loc: Loc) -> int:
        return self.source.key_line(loc)

    def at(self, loc: Loc, code: str, **params: object) -> Problem:
        """A problem at the line of the value at `loc`."""
        return Problem.at(self.path, self.line(loc), code, **params)


@dataclass
class Sources:
    """The whole course as read: every file that parsed (None or left out: it did not), and why not."""

    root: Path
    course: SourceFile[CourseInfo] | None = None
    academy: SourceFile[Academy] | None = None
    model: SourceFile[Model] | None = None
    glossary: SourceFile[Glossary] | None = None
    ui: SourceFile[Ui] | None = None
    toolkit: SourceFile[Toolkit] | None = None
    diagnostic: SourceFile[Diagnostic] | None = None
    facilitator: SourceFile[Facilitator] | None = None
    """None also when the course has no facilitator guide (`has_facilitator` tells)."""
    has_facilitator: bool = False
    evaluation: SourceFile[Evaluation] | None = None
    """The participants' evaluation; None also when the course has none (`has_evaluation` tells)."""
    has_evaluation: bool = False
    prepost: SourceFile[PrePost] | None = None
    """The pre/post test; None also when the course has none (`has_prepost` tells)."""
    has_prepost: bool = False
    settings: MkdocsSettings | None = None
    """mkdocs.yml's settings (the defaults without one); None when the file has mistakes."""
    lessons: list[SourceFile[Lesson]] = field(default_factory=list)
    quizzes: list[SourceFile[Quiz]] = field(default_factory=list)
    lessons_complete: bool = True
    """Every lesson file was found, read and parsed: whether something is missing can be judged."""
    quizzes_complete: bool = True
    problems: list[Problem] = field(default_factory=list)
    """Why files could not be read or did not match their format."""

    def files(self) -> Iterator[SourceFile[Any]]:
        """Every file that parsed."""
        singles = (self.course, self.academy, self.model, self.glossary, self.ui, self.toolkit, self.diagnostic,
                   self.facilitator, self.evaluation, self.prepost)
        yield from (f for f in singles if f is not None)
        yield from self.lessons
        yield from self.quizzes

    @property
    def stage_ids(self) -> list[str] | None:
        """The stages' ids; None when model.yaml did not parse (references to them cannot be judged)."""
        return [s.id for s in self.model.record.stages] if self.model else None

    @property
    def practice_ids(self) -> list[str] | None:
        return [p.id for p in self.model.record.practices] if self.model else None

    @property
    def template_ids(self) -> list[str] | None:
        return list(dict.fromkeys(t.id for t in self.toolkit.record.templates)) if self.toolkit else None


def read_sources(root: Path) -> Sources:
    """Read and parse every source file under `root` (resolved)."""
    sources = Sources(root)
    problems = sources.problems
    inside = tuple(root / folder for folder in SOURCE_DIRS)

    def load(rel: str, model: type[R]) -> SourceFile[R] | None:
        source, found = read(root / rel, rel, within=inside)
        problems.extend(found)
        if source is None:
            return None
        record, found = parse(model, source)
        problems.extend(found)
        return SourceFile(record, source) if record is not None else None

    sources.course = load(COURSE_FILE, CourseInfo)
    sources.academy = load(ACADEMY_FILE, Academy)
    sources.model = load(MODEL_FILE, Model)
    sources.glossary = load(GLOSSARY_FILE, Glossary)
    sources.ui = load(UI_FILE, Ui)
    sources.toolkit = load(TOOLKIT_FILE, Toolkit)
    sources.diagnostic = load(DIAGNOSTIC_FILE, Diagnostic)

    misnamed = misnamed_files(root)
    # "The file is missing, create it" would send the instructor to write again a file they
    # have under another name; the rename message is the one to act on.
    renamed = {Path(p.path).with_suffix(YAML_SUFFIX).as_posix() for p in misnamed}
    problems[:] = [p for p in problems if not (p.code == "missing_file" and p.path in renamed)]
    unreadable: list[Problem] = []
    lesson_paths = [p for p in listing(root, LESSON_DIR, unreadable) if p.name.endswith(YAML_SUFFIX)]
    quiz_paths = [p for p in listing(root, QUIZ_DIR, unreadable)
                  if p.name.endswith(YAML_SUFFIX) and p.name not in ("diagnostic.yaml", "prepost.yaml")]
    problems += misnamed + unreadable
    # A folder that cannot be read, or a file in it under another suffix, is the cause to name:
    # "no lessons" or "this check is used by no lesson" would only follow from it.
    hidden = misnamed + unreadable
    if not lesson_paths and not _about(hidden, LESSON_DIR):
        problems.append(Problem.at(LESSON_DIR, 1, "no_lessons"))
    lessons = [load(p.relative_to(root).as_posix(), Lesson) for p in lesson_paths]
    quizzes = [load(p.relative_to(root).as_posix(), Quiz) for p in quiz_paths]
    sources.lessons = [f for f in lessons if f is not None]
    sources.quizzes = [f for f in quizzes if f is not None]
    sources.lessons_complete = len(sources.lessons) == len(lessons) and not _about(hidden, LESSON_DIR)
    sources.quizzes_complete = len(sources.quizzes) == len(quizzes) and not _about(hidden, QUIZ_DIR)
    sources.has_facilitator = os.path.lexists(root / FACILITATOR_FILE)
    if sources.has_facilitator:
        sources.facilitator = load(FACILITATOR_FILE, Facilitator)
    sources.has_evaluation = os.path.lexists(root / EVALUATION_FILE)
    if sources.has_evaluation:
        sources.evaluation = load(EVALUATION_FILE, Evaluation)
    sources.has_prepost = os.path.lexists(root / PREPOST_FILE)
    if sources.has_prepost:
        sources.prepost = load(PREPOST_FILE, PrePost)
    sources.settings = _settings(root, problems)
    return sources


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


def listing(root: Path, folder: str, problems: list[Problem] | None = None) -> list[Path]:
    """The entries of a source folder, sorted; one that cannot be read is a problem of its own."""
    try:
        return sorted((root / folder).iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        if problems is not None:
            problems.append(Problem.at(folder, 1, "folder_unreadable", detail=exc.strerror or exc))
        return []


def _about(problems: list[Problem], folder: str) -> bool:
    """Whether one of `problems` is about `folder` itself or a file directly in it."""
    return any(folder in (p.path, Path(p.path).parent.as_posix()) for p in problems)


# A name that almost ends in .yaml: `.yml`, `.YAML`, or `.yaml` with more after it (`.yaml.txt`, as
# some editors save on Windows).
_ALMOST_YAML = re.compile(r"^(?P<stem>.+?)(?P<suffix>\.ya?ml(?:\.[A-Za-z0-9]+)?)$", re.IGNORECASE)


def misnamed_files(root: Path) -> list[Problem]:
    """Lessons, quizzes and fixed files saved under a name that almost ends in `.yaml`: they would vanish unread."""
    out = []
    for folder, names in ((LESSON_DIR, None), (QUIZ_DIR, None), ("course", {*SINGLE_FILES, *OPTIONAL_FILES})):
        for path in listing(root, folder):
            match = _ALMOST_YAML.match(path.name)
            if not match or match["suffix"] == YAML_SUFFIX or not path.is_file():
                continue
            fixed = path.with_name(match["stem"] + YAML_SUFFIX)
            if (names is not None and fixed.relative_to(root).as_posix() not in names) or fixed.exists():
                continue  # not a source name, or a copy beside the file itself (a backup)
            out.append(Problem.at(path.relative_to(root).as_posix(), 1, "wrong_extension", suffix=match["suffix"],
                                  suggested=fixed.name))
    return out
