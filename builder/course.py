"""The validated course: every source file, checked and cross-referenced, in one object."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from . import studytime
from .problems import Problem
from .schema import (
    Academy,
    CourseInfo,
    Diagnostic,
    Edition,
    Evaluation,
    Facilitator,
    Glossary,
    Lesson,
    Model,
    Practice,
    PrePost,
    Quiz,
    Stage,
    Toolkit,
    Ui,
)
from .schema.mkdocs import MkdocsSettings


@dataclass(frozen=True)
class Course:
    """Everything the renderer needs; built only from sources that passed validation."""

    root: Path
    info: CourseInfo
    academy: Academy
    model: Model
    glossary: Glossary
    ui: Ui
    lessons: tuple[Lesson, ...]
    """Lessons in learning-path order."""
    quizzes: dict[str, Quiz]
    diagnostic: Diagnostic
    toolkit: Toolkit
    """The printable templates of the Toolkit page."""
    files: dict[str, str] = field(default_factory=dict)
    """Other files the site needs (logo), by site path → absolute source path."""
    facilitator: Facilitator | None = None
    """The Facilitator guide (course/facilitator.yaml), or None when the course has none."""
    prepost: PrePost | None = None
    """The pre/post test (quizzes/prepost.yaml), or None when the course has none."""
    settings: MkdocsSettings = field(default_factory=MkdocsSettings)
    """The site settings the academy chose in mkdocs.yml (the builder sets all others)."""
    evaluation: Evaluation | None = None
    """The participants' evaluation form (course/evaluation.yaml), or None when the course has none."""
    edition: Edition | None = None
    """The edition this is (every part of the course marked for another edition left out), or None for a
    course without editions."""
    advice: tuple[Problem, ...] = ()
    """What `course check` advises about the sources (every edition's): printed, never stopping a build."""

    @property
    def package_id(self) -> str:
        """The course's name for packages and an LMS: its id, with the edition's when it has editions
        (two editions uploaded to one LMS are two courses there)."""
        return f"{self.info.id}-{self.edition.id}" if self.edition else self.info.id

    @property
    def editions(self) -> list[Edition]:
        """Every edition of the course, the default first (none for a course with one edition)."""
        return list(self.info.editions)

    def stage(self, stage_id: str) -> Stage:
        return next(s for s in self.model.stages if s.id == stage_id)

    def practice(self, practice_id: str) -> Practice:
        return next(p for p in self.model.practices if p.id == practice_id)

    def quiz_of(self, lesson: Lesson) -> Quiz:
        return self.quizzes[lesson.quiz]

    def lesson_of_quiz(self, quiz_id: str) -> Lesson | None:
        """The lesson whose knowledge check is `quiz_id` (where a missed pre/post question sends the learner)."""
        return next((lesson for lesson in self.lessons if lesson.quiz == quiz_id), None)

    def lesson_for_practice(self, practice_id: str) -> Lesson | None:
        """The first lesson in the path that teaches a practice (where results link to)."""
        return next((lesson for lesson in self.lessons if practice_id in lesson.practices), None)

    def time(self, lesson: Lesson) -> studytime.StudyTime:
        """Study time of a lesson, part by part: reading, its knowledge check, reflection and tasks (studytime.py).
        Counted once per lesson: every page that shows a time (home, the lesson, the whole course) asks again."""
        times = self._times
        if lesson.id not in times or times[lesson.id][0] is not lesson:
            times[lesson.id] = (lesson, studytime.study_time(lesson, self.quizzes.get(lesson.quiz)))
        return times[lesson.id][1]

    @functools.cached_property
    def _times(self) -> dict[str, tuple[Lesson, studytime.StudyTime]]:
        return {}

    def minutes(self, lesson: Lesson) -> int:
        """Study time of a lesson in whole minutes: the sum of its parts."""
        return self.time(lesson).total

    @property
    def total_time(self) -> studytime.StudyTime:
        """The course's study time, part by part: the sum of its lessons'."""
        return sum((self.time(lesson) for lesson in self.lessons), studytime.StudyTime())

    @property
    def total_minutes(self) -> int:
        return self.total_time.total

    @property
    def long(self) -> bool:
        """Whether the course takes more than one sitting (`studytime.LONG_COURSE_MINUTES`): the home page says so."""
        return self.total_minutes > studytime.LONG_COURSE_MINUTES
