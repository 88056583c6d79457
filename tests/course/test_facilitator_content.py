"""The shipped facilitator guide, in every edition: what issue 22 asked of the run sheets (a case, a talk-track
for every content block, breaks and an energiser, a pause for the result links before the debrief)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.sources.load import load_editions

ROOT = Path(__file__).resolve().parents[2]
EDITIONS = load_editions(ROOT)


@pytest.mark.parametrize("course", EDITIONS, ids=lambda c: c.edition.id if c.edition else "course")
def test_every_run_sheet_has_a_case_talk_tracks_and_its_breaks(course):
    guide = course.facilitator
    assert guide.schedule is not None and guide.participant_links is not None
    for session in guide.sessions:
        kinds = [b.kind for b in session.blocks]
        assert kinds.count("case") == 1, session.id
        for block in session.blocks:
            if block.kind in ("content", "case"):
                assert block.talk, (session.id, block.title.en)
                assert sum(step.minutes for step in block.talk) == block.minutes
        # The result links arrive in a pause or a break, between the diagnostic and its debrief.
        tools = [b.tools for b in session.blocks]
        diagnostic = next(i for i, t in enumerate(tools) if "diagnostic" in t)
        debrief = next(i for i, b in enumerate(session.blocks) if "team" in b.tools and b.kind == "content")
        assert "break" in kinds[diagnostic + 1:debrief], session.id
        case = next(b for b in session.blocks if b.kind == "case")
        assert case.case is not None and len(case.case.questions) >= 2
    half = max(guide.sessions, key=lambda s: s.minutes)
    assert "energiser" in [b.kind for b in half.blocks]


def test_each_edition_works_on_its_own_case():
    names = {"fmcg": "Arunika", "b2b": "KPT"}
    for course in EDITIONS:
        for session in course.facilitator.sessions:
            case = next(b for b in session.blocks if b.kind == "case")
            for lang in ("id", "en"):
                assert names[course.edition.id] in case.case.case[lang]
                other = next(n for e, n in names.items() if e != course.edition.id)
                assert other not in case.case.case[lang] + case.case.model_answer[lang]
