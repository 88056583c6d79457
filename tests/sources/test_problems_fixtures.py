"""Every kind of mistake an instructor can make is reported with its file, line and a fix.

Each folder in tests/fixtures/bad/ overlays a few planted mistakes (or things to advise on) on the
small test course, which has neither; its expected.txt holds the exact lines `course check` must
print in English, and expected.id.txt the same lines in Indonesian. A fixture whose lines are all
advice builds; any other does not. After an intended change of wording, run
`pytest tests/sources/test_problems_fixtures.py --update-golden` and read the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.problems import ContentError
from builder.sources.load import check_sources, load_course

from ..conftest import FIXTURES, make_course

BAD = sorted(p for p in (FIXTURES / "bad").iterdir() if p.is_dir())


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("fixture", BAD, ids=[p.name for p in BAD])
def test_planted_mistake_is_reported_exactly(fixture: Path, lang: str, tmp_path: Path, update_golden: bool):
    root = make_course(tmp_path, fixture)
    problems = check_sources(root)
    if all(p.advice for p in problems):
        assert list(load_course(root).advice) == problems  # advice never stops a build
    else:
        with pytest.raises(ContentError) as caught:
            load_course(root)
        assert caught.value.problems == problems
    found = [p.format(lang) for p in problems]
    expected_file = fixture / ("expected.txt" if lang == "en" else f"expected.{lang}.txt")
    if update_golden:
        expected_file.write_text("\n".join(found) + "\n", encoding="utf-8")
    assert expected_file.is_file(), f"missing {expected_file}; run pytest --update-golden and read it"
    assert found == expected_file.read_text(encoding="utf-8").splitlines()


def test_the_mini_course_itself_is_valid(mini_course: Path):
    course = load_course(mini_course)
    assert [lesson.id for lesson in course.lessons] == ["handoff"]
    assert check_sources(mini_course) == []  # no advice either: each fixture's lines are its own


def test_all_problems_of_a_run_are_reported_together_sorted(tmp_path: Path):
    root = make_course(tmp_path, FIXTURES / "bad" / "unknown-key", FIXTURES / "bad" / "duplicate-quiz")
    with pytest.raises(ContentError) as caught:
        load_course(root)
    located = [(p.path, p.line) for p in caught.value.problems]
    assert located == sorted(located)
    codes = {p.code for p in caught.value.problems}
    assert {"unknown_key", "duplicate_id"} <= codes


def test_messages_follow_the_language(tmp_path: Path):
    root = make_course(tmp_path, FIXTURES / "bad" / "missing-language")
    with pytest.raises(ContentError) as caught:
        load_course(root)
    report = caught.value.report("id")
    assert "teks ini ada dalam bahasa Indonesia, tetapi belum ada dalam bahasa Inggris" in report
    assert report.splitlines()[-1] == (
        "Ditemukan 1 masalah; tidak ada yang dibuat, jadi situs dan paket tetap seperti sebelumnya.")



def test_of_two_files_with_one_id_the_one_saved_later_is_named(tmp_path: Path):
    import os

    root = make_course(tmp_path, FIXTURES / "bad" / "duplicate-lesson")
    original = root / "course" / "lessons" / "01-handoff.yaml"
    os.utime(original, (1_800_000_000, 1_800_000_000))  # edited after the copy was made
    with pytest.raises(ContentError) as caught:
        load_course(root)
    [duplicate] = [p for p in caught.value.problems if p.code == "duplicate_id"]
    assert duplicate.path == "course/lessons/01-handoff.yaml"


@pytest.mark.parametrize("lang, expected", [
    ("en", "course/02-more.yaml:1: this file looks like a lesson, but lessons are read only from course/lessons/"
           " — move it to course/lessons/02-more.yaml"),
    ("id", "course/02-more.yaml:1: berkas ini tampaknya sebuah pelajaran, tetapi pelajaran hanya dibaca dari folder "
           "course/lessons/ — pindahkan ke course/lessons/02-more.yaml"),
])
def test_a_lesson_saved_beside_academy_yaml_is_named_with_where_it_belongs(tmp_path: Path, lang: str, expected: str):
    from builder.sources.load import stray_files

    root = make_course(tmp_path)
    lesson = (root / "course" / "lessons" / "01-handoff.yaml").read_text(encoding="utf-8")
    (root / "course" / "02-more.yaml").write_text(lesson.replace("id: handoff", "id: more"), encoding="utf-8")
    assert [p.format(lang) for p in stray_files(root)] == [expected]
