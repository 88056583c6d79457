"""The evaluation in `course score --links chat.txt`: the `#e=` links of the file, read by the rules the team
page uses (evaluation.extract_results), and the room's summary as text for the terminal.

Each comment is printed as the text it is: cleaned when it was read (controls and line ends made
spaces, evaluation.clean_comment) and never read as markup or escape sequences.
"""

from __future__ import annotations

from typing import Any

from ..course import Course
from ..problems import Problem
from . import evaluation
from .codes import MALFORMED, OK, OTHER_SET
from .paste import DUPLICATE

_SKIPPED = {MALFORMED: "evaluation_link_unreadable", OTHER_SET: "evaluation_link_other_set",
            DUPLICATE: "evaluation_link_duplicate"}


def read_text(qs: evaluation.QuestionSet | None, text: str, name: str
              ) -> tuple[list[evaluation.Response], list[Problem], bool]:
    """The responses in `text`, a notice for each link left out, and whether it held any evaluation link.
    A course without an evaluation (`qs` None) finds none: its `e=` links are nobody's to count."""
    responses: list[evaluation.Response] = []
    notices: list[Problem] = []
    if qs is None:
        return responses, notices, False
    seen: set[str] = set()
    found_any = False
    for line_no, line in enumerate(text.splitlines(), start=1):
        for found in evaluation.extract_results(qs, line, seen):
            found_any = True
            seen.add(found.code)
            if found.status != OK or found.response is None:
                notices.append(Problem.at(name, line_no, _SKIPPED[found.status]))
                continue
            responses.append(found.response)
    return responses, notices, found_any


def to_json(qs: evaluation.QuestionSet, responses: list[evaluation.Response]) -> dict[str, Any]:
    return {"fingerprint": qs.fingerprint, "min_group": qs.min_group, **evaluation.summarise(qs, responses)}


def summary_text(course: Course, qs: evaluation.QuestionSet, responses: list[evaluation.Response], lang: str) -> str:
    """The summary for the terminal, in the words of the team page."""
    ev = course.evaluation
    assert ev is not None
    t = course.ui.evaluation
    mark = course.ui.diagnostic.decimal_mark[lang]
    s = evaluation.summarise(qs, responses)
    too_few = t.too_few[lang].format(min=qs.min_group)
    head = t.team_heading[lang]
    lines = [head, "=" * len(head), t.responses[lang].format(count=s["responses"])]
    if s["too_few"]:
        return "\n".join([*lines, too_few])
    texts = {r.id: r.text[lang] for r in ev.ratings}
    lines.append(f"{t.question[lang]} — {t.mean[lang]} · {t.distribution[lang]} · {t.answered[lang]}")
    for r in s["ratings"]:
        if r.get("too_few"):
            lines.append(f"- {texts[r['id']]}: {too_few}")
        else:
            counts = " / ".join(str(c) for c in r["counts"])
            lines.append(f"- {texts[r['id']]}: {evaluation.tenths_text(r['mean_tenths'], mark)} · {counts} · "
                         f"{r['answered']}")
    names = {**{p: course.practice(p).name[lang] for p in ev.first_step.practices},
             evaluation.OTHER: ev.first_step.other[lang]}
    lines += ["", t.first_heading[lang]]
    lines += [f"- {names[f['choice']]}: {f['count']}" for f in s["first"]]
    lines += ["", t.comments_heading[lang]]
    if s["comments"]:
        lines.append(t.comments_order[lang])
        lines += [f"- {c}" for c in s["comments"]]
    else:
        lines.append(t.no_comments[lang])
    return "\n".join(lines)
