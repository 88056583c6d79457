"""Checks of course/facilitator.yaml against the rest of the course, and of the lesson keys it points to."""

from __future__ import annotations

from ..problems import Problem
from ..schema import Block, Facilitator, Lesson
from .ids import duplicate_ids, unknown_ids
from .read import SourceFile, Sources
from .yamlread import Source


def check_lesson_keys(f: SourceFile[Lesson]) -> list[Problem]:
    """Section keys are anchors on one page and question keys are names in one list: each unique there."""
    lesson, src = f.record, f.source
    out = duplicate_ids([(s.key, src.path, src.line(("sections", i, "key")))
                         for i, s in enumerate(lesson.sections) if s.key], "section")
    out += duplicate_ids([(q.key, src.path, src.line(("reflection", i, "key")))
                          for i, q in enumerate(lesson.reflection) if q.key], "reflection question")
    return out


def check_facilitator(s: Sources) -> list[Problem]:
    """Ids unique, blocks add up to the session, every reference names something that exists.

    A reference to a lesson is judged only when every lesson file parsed.
    """
    if s.facilitator is None:
        return []
    f, src, template_ids = s.facilitator.record, s.facilitator.source, s.template_ids
    out = duplicate_ids([(x.id, src.path, src.line(("sessions", i, "id"))) for i, x in enumerate(f.sessions)],
                        "session")
    out += _part_ids(f, src)
    by_id = ({lf.record.id: (lf.record, lf.source) for lf in s.lessons} if s.lessons_complete else None)
    lesson_ids = list(by_id) if by_id is not None else None
    for i, session in enumerate(f.sessions):
        total = sum(b.minutes for b in session.blocks)
        if total != session.minutes:
            out.append(Problem.at(src.path, src.line(("sessions", i, "minutes")), "session_minutes",
                                  total=total, minutes=session.minutes))
        for j, block in enumerate(session.blocks):
            where = ("sessions", i, "blocks", j)
            out += _talk_and_case(block, src, where)
            out += unknown_ids(block.toolkit, template_ids, "template", src, (*where, "toolkit"))
            for k, ref in enumerate(block.lessons):
                out += _ref(by_id, lesson_ids, ref.lesson, ref.section, "section", src, where + ("lessons", k))
            for k, question in enumerate(block.questions):
                out += _ref(by_id, lesson_ids, question.lesson, question.question, "reflection question", src,
                            where + ("questions", k))
    out += _labels_needed(f, src)
    if f.schedule is not None:
        for name in ("midday", "friday"):
            window = getattr(f.schedule, name)
            if _minutes(window.end) <= _minutes(window.start):
                out.append(Problem.at(src.path, src.line(("schedule", name, "end")), "break_window_order",
                                      start=window.start, end=window.end))
    for i, material in enumerate(f.materials):
        if material.toolkit:
            out += unknown_ids([material.toolkit], template_ids, "template", src, ("materials", i, "toolkit"),
                               single=True)
    return out


PAGE_ANCHORS = ("debrief", "materials", "checklist", "participant-links")
"""The anchors the guide's page gives its own parts (site/pages/templates/facilitator.md.j2)."""


def _part_ids(f: Facilitator, src: Source) -> list[Problem]:
    """A part's id is its anchor on the page: no session, no part of the page itself and no other part has it."""
    taken = {anchor: "facilitator.html" for anchor in PAGE_ANCHORS}
    taken.update({x.id: f"{src.path}:{src.line(('sessions', i, 'id'))}" for i, x in enumerate(f.sessions)})
    out = []
    for i, part in enumerate(f.parts):
        line = src.line(("parts", i, "id"))
        if part.id in taken:
            out.append(Problem.at(src.path, line, "duplicate_id", kind="guide part", value=part.id,
                                  other=taken[part.id]))
        else:
            taken[part.id] = f"{src.path}:{line}"
    return out


def _ref(by_id: dict[str, tuple[Lesson, Source]] | None, lesson_ids: list[str] | None, lesson_id: str,
         key: str | None, kind: str, src: Source, loc: tuple) -> list[Problem]:
    if lesson_ids is None or by_id is None:
        return []
    if lesson_id not in by_id:
        return unknown_ids([lesson_id], lesson_ids, "lesson", src, loc + ("lesson",), single=True)
    if key is None:
        return []
    lesson, lesson_src = by_id[lesson_id]
    items = lesson.sections if kind == "section" else lesson.reflection
    known = list(dict.fromkeys(item.key for item in items if item.key))
    field = "section" if kind == "section" else "question"
    if key in known:
        return []
    if not known:
        return [Problem.at(src.path, src.line(loc + (field,)), "ref_needs_key", kind=kind, value=key,
                           lesson=lesson_id, file=lesson_src.path)]
    return unknown_ids([key], known, kind, src, loc + (field,), single=True)


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _talk_and_case(block: Block, src: Source, where: tuple) -> list[Problem]:
    """A talk-track takes the block's minutes, no more, no less; a case block has its case.

    Run on each edition's view of the file, so a step marked for one edition counts in that edition only."""
    out = []
    if block.talk:
        total = sum(step.minutes for step in block.talk)
        if total != block.minutes:
            out.append(Problem.at(src.path, src.line((*where, "talk")), "talk_minutes", total=total,
                                  minutes=block.minutes))
    if block.kind == "case" and block.case is None:
        out.append(Problem.at(src.path, src.line((*where, "kind")), "case_needed"))
    return out


def _labels_needed(f: Facilitator, src: Source) -> list[Problem]:
    """The optional labels a talk-track, an example or a case needs once the guide has one."""
    blocks = [b for session in f.sessions for b in session.blocks]
    needed = []
    if any(b.talk for b in blocks):
        needed.append("talk")
    if any(step.examples for b in blocks for step in b.talk):
        needed.append("example")
    if any(b.case for b in blocks):
        needed += ["case", "case_questions", "model_answer", "compare"]
    return [Problem.at(src.path, src.key_line(("labels",)), "label_needed", field=name)
            for name in needed if getattr(f.labels, name) is None]
