"""course/facilitator.yaml is optional, checked like every other source when present (glossary, markup, names)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from builder.problems import ContentError
from builder.site.pages.render import render_language
from builder.sources.load import FACILITATOR_FILE, load_course, stray_files

from ..conftest import FIXTURES, make_course

GOOD = FIXTURES / "bad" / "facilitator-minutes" / "course" / "facilitator.yaml"


def with_guide(tmp_path: Path, text: str, name: str = FACILITATOR_FILE) -> Path:
    root = make_course(tmp_path / "c")
    (root / name).write_text(text, encoding="utf-8")
    return root


def good_text() -> str:
    # The fixture's guide with its two planted mistakes taken out.
    return GOOD.read_text(encoding="utf-8").replace("minutes: 30\n", "minutes: 35\n", 1).replace(
        "            section: why\n", "")


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_course(root)
    return [p.format("en") for p in caught.value.problems]


def test_a_valid_guide_loads_and_is_not_a_stray_file(tmp_path):
    root = with_guide(tmp_path, good_text())
    course = load_course(root)
    assert [s.id for s in course.facilitator.sessions] == ["short", "managers"]
    assert stray_files(root) == []
    page = render_language(course, "en").readable("facilitator.md")
    assert "- [1. Handing over a lead](lessons/handoff.md)" in page
    assert "In your company, who follows up the leads from a trade show?" in page


def test_a_guide_saved_as_yml_gets_the_rename_message(tmp_path):
    root = with_guide(tmp_path, good_text(), name="course/facilitator.yml")
    assert problems(root) == ["course/facilitator.yml:1: this file ends in `.yml`, so the course does not read it"
                              " — rename it to `facilitator.yaml`"]


def test_the_glossary_and_the_markup_policy_apply(tmp_path):
    text = good_text().replace("en: Discuss the hand-off rule.", "en: Discuss the rule. <script>x()</script>")
    text = text.replace("id: Bahas aturan serah terima.", "id: Hubungi calon klien hari ini.")
    found = problems(with_guide(tmp_path, text))
    assert len(found) == 2, found
    assert any('"calon klien" is written here' in p for p in found)
    assert any("HTML the site does not allow" in p and "<script>" in p for p in found)


def test_a_broken_lesson_file_does_not_echo_as_unknown_references(tmp_path):
    root = with_guide(tmp_path, good_text())
    lesson = root / "course" / "lessons" / "01-handoff.yaml"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("order: 1", "order: first"), encoding="utf-8")
    found = problems(root)
    assert all(p.startswith("course/lessons/01-handoff.yaml") for p in found), found


def test_without_keys_nothing_changes_in_a_lesson(tmp_path):
    root = make_course(tmp_path / "c")
    shutil.copyfile(FIXTURES / "mini" / "course" / "lessons" / "01-handoff.yaml",
                    root / "course" / "lessons" / "01-handoff.yaml")
    assert load_course(root).facilitator is None
