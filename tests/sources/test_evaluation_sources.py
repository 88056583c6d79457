"""course/evaluation.yaml is optional, as quizzes/prepost.yaml is: a course made before it (an academy upgrading)
checks clean without it, and a copy saved under another name is still named."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.problems import ContentError
from builder.sources.load import check_sources, load_course, stray_files
from builder.sources.read import EVALUATION_FILE, read_sources

from ..conftest import make_course


def without_evaluation(tmp_path: Path) -> Path:
    root = make_course(tmp_path / "c")
    (root / EVALUATION_FILE).unlink()
    return root


def test_a_course_without_the_file_checks_clean_and_has_no_evaluation(tmp_path):
    root = without_evaluation(tmp_path)
    sources = read_sources(root)
    assert not sources.has_evaluation and sources.evaluation is None and sources.problems == []
    assert check_sources(root) == []
    assert load_course(root).evaluation is None
    assert stray_files(root) == []


def test_with_the_file_it_is_read_and_not_a_stray_file(tmp_path):
    root = make_course(tmp_path / "c")
    assert read_sources(root).has_evaluation
    assert load_course(root).evaluation is not None
    assert stray_files(root) == []


def test_a_file_that_is_there_is_checked_as_before(tmp_path):
    root = make_course(tmp_path / "c")
    path = root / EVALUATION_FILE
    path.write_text(path.read_text(encoding="utf-8").replace("ratings:", "ratingz:", 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_course(root)
    assert {p.path for p in caught.value.problems} == {EVALUATION_FILE}


def test_the_file_saved_as_yml_gets_the_rename_message(tmp_path):
    root = without_evaluation(tmp_path)
    (root / "course" / "evaluation.yml").write_bytes((make_course(tmp_path / "d") / EVALUATION_FILE).read_bytes())
    with pytest.raises(ContentError) as caught:
        load_course(root)
    assert [p.format("en") for p in caught.value.problems] == [
        "course/evaluation.yml:1: this file ends in `.yml`, so the course does not read it — rename it to"
        " `evaluation.yaml`"]
