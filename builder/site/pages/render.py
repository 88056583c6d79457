"""Turn the validated course into the Markdown pages and mkdocs settings of one language.

Pure: nothing here reads or writes files. `builder.write` puts the result on disk.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ...course import Course
from ...schema import LANGS, Lesson, SiteStrings, Text
from ...studytime import LONG_COURSE_MINUTES, StudyTime
from .. import search
from . import assets, figures, fragments
from . import diagnostic as render_diagnostic
from . import evaluation as render_evaluation
from . import facilitator as render_facilitator
from . import paper as render_paper
from . import prepost as render_prepost
from . import printables as render_printables
from . import quiz as render_quiz
from . import slides as render_slides
from . import toolkit as render_toolkit
from .templating import ENV, inline_markdown

KIND_ADMONITION = {"case": "example", "template": "abstract", "example": "info", "warning": "warning",
                   "tip": "tip"}


@dataclass
class LanguageSite:
    """One language's generated sources: Markdown pages, extra files and the mkdocs settings."""

    lang: str
    pages: dict[str, str] = field(default_factory=dict)
    """docs-relative path → Markdown text."""
    files: dict[str, str] = field(default_factory=dict)
    """docs-relative path → absolute path of a file to copy (assets, logo)."""
    fragments: dict[str, str] = field(default_factory=dict)
    """Token → cleaned HTML of each Markdown text the pages hold (see `fragments`)."""

    def readable(self, path: str) -> str:
        """The page at `path` with its texts' HTML in place of their tokens (for tests and golden files)."""
        return fragments.readable(self.pages[path])


class DuplicatePageError(Exception):
    """Two pages would be written to the same path: a bug in rendering, not in the sources."""


def asset_files() -> dict[str, str]:
    """The files of assets/ the site carries as they are, by site path (the styles and scripts are
    put together per kind of page instead: pages/assets.py)."""
    folder = Path(__file__).parents[1] / "assets"
    return {f"assets/{name}": str(folder / name) for name in assets.SHIPPED_AS_IS}


def render_language(course: Course, lang: str) -> LanguageSite:
    site = LanguageSite(lang)
    ui = course.ui.site
    t = lambda text: text[lang]  # noqa: E731 - reads like the templates' `tr`
    common = {"course": course, "lang": lang, "ui": ui, "tr": t}

    def add(path: str, text: str) -> None:
        if path in site.pages:
            raise DuplicatePageError(path)
        site.pages[path] = text

    times = {lesson.id: study_time_line(ui, ui.minutes, course.time(lesson), lang) for lesson in course.lessons}
    total = study_time_line(ui, ui.total_time, course.total_time, lang, lessons=len(course.lessons))
    long_note = ui.long_course[lang].format(hours=LONG_COURSE_MINUTES // 60) if course.long else ""
    add("index.md", ENV.get_template("home.md.j2").render(**common, lessons=course.lessons,
                                                          times=times, total_time=total, long_note=long_note,
                                                          progress=Markup(render_quiz.progress_box(course, lang)),
                                                          quiz_keys=render_quiz.quiz_keys(course)))
    # Each lesson rendered once: as its own page, and again (ids made its own) on the whole-course page.
    marked = {lesson.id: render_lesson(course, lesson, lang, prefix=_PREFIX) for lesson in course.lessons}
    for lesson in course.lessons:
        add(lesson_path(lesson), marked[lesson.id].replace(_PREFIX, "") + slides_link(course, lesson, lang))
        add(render_slides.page_path(lesson), render_slides.page(course, lesson, lang))
    add("diagnostic.md", render_diagnostic.diagnostic_page(course, lang))
    add("team.md", render_diagnostic.team_page(course, lang))
    if course.prepost:
        add(render_prepost.PAGE, render_prepost.prepost_page(course, lang))
    add(render_paper.FORM_PAGE, render_paper.paper_form_page(course, lang))
    add(render_paper.KEY_PAGE, render_paper.scoring_key_page(course, lang))
    add(render_toolkit.PAGE, render_toolkit.toolkit_page(course, lang))
    for path, text in render_evaluation.pages(course, lang).items():  # none when the course has no evaluation
        add(path, text)
    if course.facilitator:
        add(render_facilitator.PAGE, render_facilitator.facilitator_page(course, lang))
        add(render_printables.ATTENDANCE_PAGE, render_printables.attendance_page(course, lang))
        for session in course.facilitator.sessions:
            add(render_slides.session_page_path(session), render_slides.session_page(course, session, lang))
    add(PRINT_PAGE, render_print(course, lang, marked))
    add("glossary.md", ENV.get_template("glossary.md.j2").render(**common, terms=glossary_terms(course, lang)))
    add("credits.md", ENV.get_template("credits.md.j2").render(**common))

    for path, text in assets.page_scripts().items():
        add(path, text)
    add(search.PACK_PATH, search.pack(lang))
    add(search.LICENSE_PATH, search.license_text())
    site.fragments = fragments.used_in(*site.pages.values())
    site.files.update(asset_files())
    site.files.update(course.files)
    return site


def study_time_line(ui: SiteStrings, head: Text, time: StudyTime, lang: str, **values: int) -> str:
    """A study time and its parts, e.g. "21 menit: membaca 7 mnt, menjawab soal 9 mnt, refleksi 5 mnt": `head` holds the
    total (`{minutes}`), each part its own interface word; a part of no minutes is left out."""
    parts = [(ui.time_reading, time.reading), (ui.time_questions, time.questions),
             (ui.time_reflection, time.reflection), (ui.time_tasks, time.tasks)]
    shown = ", ".join(word[lang].format(minutes=n) for word, n in parts if n)
    return head[lang].format(minutes=time.total, **values) + (f": {shown}" if shown else "")


def sort_key(text: str) -> str:
    """A word as a dictionary orders it: letters without their accents or case (`é` with `e`, `Ü` with `u`)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def glossary_terms(course: Course, lang: str) -> list[Any]:
    """The glossary's terms in the alphabetical order of this language's words, whatever their order
    in glossary.yaml: the Indonesian page by the Indonesian term, the English page by the English one."""
    return sorted(course.glossary.terms, key=lambda term: (sort_key(term.term[lang]), term.term[lang]))


def lesson_path(lesson: Lesson) -> str:
    return f"lessons/{lesson.id}.md"


PRINT_PAGE = "lessons/_print.md"
"""The whole course on one page, to print. Beside the lessons, so the links of their texts (`../glossary.md`,
`other-lesson.md`) lead where they do from a lesson; no lesson id starts with `_`."""


_PREFIX = "\ue000"
"""Stands for a lesson's id prefix (`render_lesson`'s `prefix`) in a lesson rendered once for both pages that
show it; a private-use character, which no source text holds (the tests hold both pages equal to a render
with the prefix itself)."""


def render_print(course: Course, lang: str, marked: dict[str, str] | None = None) -> str:
    """Every lesson of the course in order on one page (a printed booklet, *modul*): each lesson as its own
    page shows it, a heading level down, with its ids made its own (`<lesson>--`), so none repeats.
    `marked`: the lessons already rendered with `_PREFIX` for their prefix, by id."""
    bodies = []
    for lesson in course.lessons:
        text = (marked[lesson.id] if marked else render_lesson(course, lesson, lang, prefix=_PREFIX)).replace(
            _PREFIX, f"{lesson.id}--")
        body = text.split("\n---\n", 1)[1].strip()  # without the lesson's front matter
        body = _DEEPER.sub(r"#\1 ", body)
        title, rest = body.split("\n", 1)
        bodies.append(_QUIZ_TITLE.sub(r"<h4\1</h4>", f"{title} {{ .selaras-print-lesson }}\n{rest}"))
    return ENV.get_template("print.md.j2").render(course=course, lang=lang, ui=course.ui.site,
                                                  tr=lambda x: x[lang], lessons=[Markup(b) for b in bodies])


_DEEPER = re.compile(r"^(#{1,5}) ", re.M)
"""A Markdown heading of the page's own (the texts' Markdown is in tokens by now)."""
_QUIZ_TITLE = re.compile(r'<h3( class="selaras-quiz__title">.*?)</h3>')
"""The knowledge check's title (templates/quiz.html.j2), under the lesson's heading of the check."""


def render_lesson(course: Course, lesson: Lesson, lang: str, prefix: str = "") -> str:
    """A lesson's page; `prefix` goes before the ids of its sections and figures (the whole-course page)."""
    sections = []
    for section in lesson.sections:
        fig = None
        if section.figure:
            svg, title, desc = figures.figure(course, section.figure, lang, course.academy.colours.primary, prefix)
            fig = {"svg": Markup(svg), "title": title, "desc": desc}  # figures.py escapes its texts
        label = getattr(course.ui.site, f"kind_{section.kind}")[lang] if section.kind != "text" else ""
        sections.append({"heading": section.heading[lang] if section.heading else None,
                         "body": section.body[lang].strip() if section.body else "",
                         "key": prefix + section.key if section.key else None,
                         "kind": section.kind, "admonition": KIND_ADMONITION.get(section.kind, ""),
                         "label": label, "figure": fig,
                         "toolkit": render_toolkit.lesson_links(course, section.toolkit, lang)})
    quiz = course.quiz_of(lesson)
    ui = course.ui.site
    meta = [ui.lesson_position[lang].format(number=course.lessons.index(lesson) + 1, total=len(course.lessons)),
            study_time_line(ui, ui.minutes, course.time(lesson), lang)]
    if lesson.stages:
        meta.append(f"{ui.stages_taught[lang]}: " + ", ".join(course.stage(s).name[lang] for s in lesson.stages))
    if lesson.practices:
        meta.append(f"{ui.practices_taught[lang]}: "
                    + ", ".join(course.practice(p).name[lang] for p in lesson.practices))
    return ENV.get_template("lesson.md.j2").render(
        course=course, lang=lang, ui=course.ui.site, tr=lambda x: x[lang], lesson=lesson, sections=sections,
        meta_line=" · ".join(meta),
        toolkit_box={"admonition": KIND_ADMONITION["template"], "label": ui.kind_template[lang],
                     "lead": ui.toolkit_in_lesson[lang].format(toolkit=course.toolkit.title[lang])},
        quiz_html=Markup(render_quiz.render_quiz(course, quiz, lang, lesson_id=lesson.id)),
        tasks=[{"title": ui.task[lang].format(minutes=task.minutes), "text": task.text[lang].strip(),
                "toolkit": render_toolkit.lesson_links(course, [task.toolkit] if task.toolkit else [], lang)}
               for task in lesson.tasks],
    )


def slides_link(course: Course, lesson: Lesson, lang: str) -> str:
    """The lesson page's last lines: its slides and their handout (not on the whole-course page)."""
    return ENV.get_template("slides_link.md.j2").render(
        ui=course.ui.site, tr=lambda x: x[lang], href="../" + render_slides.page_path(lesson))


def nav(course: Course, lang: str) -> list[Any]:
    ui = course.ui.site
    return [
        {ui.home[lang]: "index.md"},
        {ui.lessons[lang]: [{f"{lesson.order}. {lesson.title[lang]}": lesson_path(lesson)}
                            for lesson in course.lessons]},
        {ui.tools[lang]: [{course.diagnostic.title[lang]: "diagnostic.md"}, {ui.team[lang]: "team.md"},
                          *([{course.prepost.title[lang]: render_prepost.PAGE}] if course.prepost else []),
                          *render_evaluation.nav_entry(course, lang),
                          {course.toolkit.title[lang]: render_toolkit.PAGE},
                          *render_facilitator.nav_entry(course, lang)]},
        {ui.reference[lang]: [{ui.glossary[lang]: "glossary.md"}, {ui.credits[lang]: "credits.md"}]},
    ]


def render_all(course: Course) -> dict[str, LanguageSite]:
    fragments.forget()
    return {lang: render_language(course, lang) for lang in LANGS}


__all__ = ["LanguageSite", "render_all", "render_language", "render_lesson", "nav", "study_time_line",
           "lesson_path", "inline_markdown", "Text", "DuplicatePageError", "render_print", "PRINT_PAGE"]
