"""The `course` command: exit statuses, languages, and no traceback for instructors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


from builder import cli
from builder.problems import EXIT_INTERNAL

from .conftest import FIXTURES, ROOT, make_course


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "builder", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def test_check_passes_on_the_real_course():
    result = _run("--lang", "en", "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK:")


def test_content_problems_exit_1_with_every_line_and_no_traceback(tmp_path: Path):
    root = make_course(tmp_path, FIXTURES / "bad" / "unknown-ref")
    result = _run("--root", str(root), "--lang", "en", "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("course/lessons/01-handoff.yaml:") == 3
    assert result.stderr.strip().endswith("4 problems found; nothing was written.")


def test_messages_default_to_the_academy_language(tmp_path: Path):
    root = make_course(tmp_path, FIXTURES / "bad" / "missing-field")
    result = _run("--root", str(root), "check")
    assert "kolom wajib `minutes` belum diisi" in result.stderr  # academy.yaml says default_language: id


def test_wrong_usage_exits_2():
    assert _run("frobnicate").returncode == 2
    assert _run("build", "--out").returncode == 2


def test_output_inside_sources_is_a_usage_error(tmp_path: Path):
    root = make_course(tmp_path)
    result = _run("--root", str(root), "--lang", "en", "build", "--out", str(root / "course" / "site"))
    assert result.returncode == 2
    assert "inside course/" in result.stderr


def test_internal_errors_are_apart_from_content_errors(monkeypatch, capsys, tmp_path: Path):
    root = make_course(tmp_path)

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("builder.sources.load.load_course", broken)
    assert cli.main(["--root", str(root), "--lang", "en", "check"]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "internal error" in err and "Traceback" not in err
    assert cli.main(["--root", str(root), "--lang", "en", "--debug", "check"]) == EXIT_INTERNAL
    assert "Traceback" in capsys.readouterr().err


def test_build_writes_the_site_and_says_so(tmp_path: Path):
    root = make_course(tmp_path)
    result = _run("--root", str(root), "--lang", "en", "build")
    assert result.returncode == 0, result.stderr
    assert (root / "site" / "en" / "lessons" / "handoff.html").is_file()
    assert "Material for MkDocs" not in result.stdout + result.stderr  # the end-of-life banner stays out
