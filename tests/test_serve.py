"""`course serve`: saving a YAML file rebuilds the page; a broken edit keeps the last good pages online."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from .conftest import make_course


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(predicate, limit: float) -> bool:
    # A bound on waiting, not a performance assertion: it only keeps a broken server from hanging the suite.
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def served(tmp_path: Path):
    root = make_course(tmp_path / "course")
    port = _free_port()
    log = (tmp_path / "serve.log").open("w+")
    proc = subprocess.Popen([sys.executable, "-m", "builder", "--root", str(root), "--lang", "en", "serve",
                             "--port", str(port), "--out", str(tmp_path / "site")],
                            stdout=log, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/en/lessons/handoff.html"
    try:
        assert _wait_for(lambda: _get(url) is not None, 90), "the server did not come up"
        yield root, url, tmp_path / "serve.log"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_saving_a_lesson_rebuilds_the_page(served):
    root, url, _log = served
    lesson = root / "course" / "lessons" / "01-handoff.yaml"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace("One simple rule of engagement", "A freshly edited rule"), encoding="utf-8")
    assert _wait_for(lambda: "A freshly edited rule" in (_get(url) or ""), 60)


def test_a_broken_edit_prints_the_problem_and_keeps_serving(served):
    root, url, log = served
    lesson = root / "course" / "lessons" / "01-handoff.yaml"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("summary:", "sumary:"), encoding="utf-8")
    assert _wait_for(lambda: "unknown key `sumary`" in log.read_text(encoding="utf-8"), 60)
    page = _get(url)
    assert page is not None and "One simple rule of engagement" in page
