"""The source formats, declared once: validation, documentation and the JSON Schema all come from here.

One module per source file: `course_info` (course/course.yaml), `academy`, `model`, `glossary`, `ui`,
`lesson` (course/lessons/*.yaml), `quiz` (quizzes/*.yaml), `diagnostic`, `toolkit`, `facilitator`, and
`mkdocs` (the project's mkdocs.yml); `base` holds what they share, with the facts a field declares.
"""

from .academy import Academy, Colours, ContactLine
from .base import LANGS, Flag, Id, InEdition, Markdown, MarkdownLine, Strict, Text
from .course_info import CourseInfo, Edition, SourceCredit
from .diagnostic import Diagnostic, DiagnosticStrings, Statement
from .evaluation import Evaluation
from .facilitator import (
    DAYS,
    Block,
    BreakWindow,
    CaseWork,
    ChecklistGroup,
    Debrief,
    Facilitator,
    FacilitatorLabels,
    GuidePart,
    LessonRef,
    Material,
    QuestionRef,
    Reading,
    Schedule,
    ScheduleLabels,
    Session,
    TalkStep,
)
from .glossary import Example, Glossary, Spellings, Term
from .lesson import TASK_MINUTES, Lesson, Reflection, Section, Task
from .mkdocs import MkdocsSettings
from .model import Model, Practice, Stage
from .prepost import PrePost, PrePostItem, PrePostStrings
from .quiz import (
    QUESTION_TYPES,
    Matching,
    MultipleChoice,
    Ordering,
    Question,
    Quiz,
    QuizStrings,
    SingleChoice,
    TrueFalse,
)
from .toolkit import Template, Toolkit
from .ui import SiteStrings, Ui

__all__ = [
    "LANGS", "Flag", "Id", "Markdown", "MarkdownLine", "Strict", "Text", "Academy", "Colours", "ContactLine",
    "CourseInfo", "Glossary", "Lesson", "Model", "Practice", "Section", "SourceCredit", "Spellings", "Stage", "Term",
    "Diagnostic", "DiagnosticStrings", "Statement", "QUESTION_TYPES", "Matching", "MultipleChoice", "Ordering",
    "Question", "Quiz", "QuizStrings", "SingleChoice", "TrueFalse", "SiteStrings", "Ui", "Template", "Toolkit",
    "Reflection", "DAYS", "BreakWindow", "CaseWork", "Schedule", "ScheduleLabels", "TalkStep", "Block",
    "ChecklistGroup", "Debrief", "Facilitator", "FacilitatorLabels", "GuidePart", "LessonRef", "Material",
    "QuestionRef", "Reading", "Session", "MkdocsSettings", "Edition", "Example", "InEdition", "Task", "TASK_MINUTES",
    "PrePost", "PrePostItem", "PrePostStrings",
    "Evaluation",
]
