"""The pre/post test's part of `course score --links chat.txt`: every `#t=` result in the file, read by
the rules the team page uses (prepost.extract_results), the room's figures, and their summary in words.

A result the page leaves out (unreadable, of another item set, a duplicate) is left out here too, each
named with its line as a notice. The diagnostic's `#r=` links in the same file are read by links.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..course import Course
from ..problems import ContentError, Problem
from . import codes, paste, prepost
from .csvfile import decode_text
from .links import _MAX_BYTES

_SKIPPED = {codes.MALFORMED: "prepost_links_unreadable", codes.OTHER_SET: "prepost_links_other_set",
            paste.DUPLICATE: "prepost_links_duplicate"}


@dataclass(frozen=True)
class PrePostResult:
    pset: prepost.ItemSet
    room: prepost.Room
    found: int
    """How many results were read OK."""


def read_prepost(path: Path, course: Course, display: str | None = None
                 ) -> tuple[PrePostResult | None, list[Problem]]:
    """The room's pre/post figures from a file of pasted links; None when the course has no pre/post
    test or the file holds no `t=` result at all."""
    pset = prepost.ItemSet.from_course(course)
    if pset is None:
        return None, []
    name = display or str(path)
    with open(path, "rb") as f:
        raw = f.read(_MAX_BYTES + 1)
    if len(raw) > _MAX_BYTES:
        raise ContentError([Problem.at(name, 1, "links_too_long", maximum=paste.MAX_PASTE)])
    text = decode_text(raw, name, "links_not_utf8")
    results: list[tuple[str, str, tuple[int, ...]]] = []
    notices: list[Problem] = []
    seen: set[str] = set()
    any_found = False
    for line_no, line in enumerate(text[: paste.MAX_PASTE].splitlines(), start=1):
        for found in prepost.extract_results(pset, line, seen):
            any_found = True
            seen.add(found.code)
            if found.status != codes.OK:
                notices.append(Problem.at(name, line_no, _SKIPPED[found.status]))
                continue
            assert found.role and found.test and found.answers is not None
            results.append((found.role, found.test, found.answers))
    if not any_found:
        return None, []
    room = prepost.room(pset, results, course.diagnostic.rules.min_group)
    return PrePostResult(pset, room, len(results)), notices


def prepost_summary(course: Course, r: PrePostResult, lang: str) -> str:
    """The room's pre/post figures in words, for the terminal."""
    t = {name: getattr(course.ui.prepost, name)[lang] for name in type(course.ui.prepost).model_fields}
    mark = course.ui.diagnostic.decimal_mark[lang]
    too_few = t["too_few"].format(min=r.room.min_group)

    def side(c: prepost.Compared, test: str, whole: bool = False) -> str | None:
        """As the page's (prepost-view.js): a group's mean or why it is not shown; None when it did not
        take that test. `whole`: the mean of all participants."""
        s = getattr(c, test)
        if s.mean is not None:
            return t[f"{test}_mean"].format(mean=prepost.mean_text(s.mean, mark), count=s.count)
        if whole:
            label = t[test + "_mean_hidden"]
            return t["room_hidden"].format(label=label, min=r.room.min_group) if s.count else f"{label}: –"
        return f"{t[test + '_mean_hidden']}: {too_few}" if s.count else None

    def gain(c: prepost.Compared) -> list[str]:
        return [t["gain"].format(gain=prepost.gain_text(c.gain, mark))] if c.gain is not None else []

    lines = [t["room_heading"], "=" * len(t["room_heading"]),
             side(r.room.all, "pre", True), side(r.room.all, "post", True), *gain(r.room.all), "", t["by_role"]]
    for role, c in r.room.roles.items():
        if not (c.pre.count or c.post.count):
            continue
        parts = [p for p in (side(c, "pre"), side(c, "post"), *gain(c)) if p is not None]
        name = getattr(course.ui.diagnostic, "role_" + role)[lang]
        lines.append(f"  {name}: " + " · ".join(parts))
    lines.append("")
    if r.room.missed is None:
        lines.append(f"{t['missed_heading'].format(percent=prepost.share_text(prepost.MISSED_BELOW))}: {too_few}")
    elif not r.room.missed:
        lines.append(t["missed_none"].format(percent=prepost.share_text(prepost.MISSED_BELOW)))
    else:
        lines.append(t["missed_heading"].format(percent=prepost.share_text(prepost.MISSED_BELOW)))
        for m in r.room.missed:
            item = r.pset.items[m.index]
            question = next(q for q in course.quizzes[item.quiz].questions if q.id == item.question)
            line = (f"  {m.index + 1}. {question.prompt[lang].strip()} — "
                    f"{t['missed_item'].format(percent=prepost.share_text(m.right))} — "
                    f"{t['right_answer']} {prepost.right_answer(course, question, lang)}")
            if item.lesson:
                lesson = next(les for les in course.lessons if les.id == item.lesson)
                line += f" — {t['missed_lesson'].format(lesson=lesson.title[lang])} (lessons/{lesson.id}.html)"
            lines.append(line)
    lines += ["", t["matched_note"]]
    return "\n".join(lines)
