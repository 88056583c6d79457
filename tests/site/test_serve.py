"""`course serve`: saving a YAML file rebuilds the page; a broken edit keeps the last good pages online."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from ..conftest import make_course

# Each test starts `course serve` in a process of its own and waits for it.
pytestmark = pytest.mark.slow


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


# `course serve` with a failure that is not the instructor's, switched on by a file in the
# course folder: every build fails inside the builder while BREAK exists.
FAULTY_SERVE = """
import sys
from pathlib import Path
import builder.site.build as build

root = Path(sys.argv[sys.argv.index("--root") + 1])
render_all = build.render_all

def failing_render_all(course):
    if (root / "BREAK").exists():
        raise RuntimeError("injected failure")
    if (root / "SLOW").exists():
        import time
        (root / "SLOW.started").write_text("x")
        time.sleep(6)
        (root / "SLOW.done").write_text("x")
    return render_all(course)

build.render_all = failing_render_all
from builder.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _log(tmp_path: Path) -> str:
    return "the server did not come up:\n" + (tmp_path / "serve.log").read_text(encoding="utf-8")


def _start(tmp_path: Path, *, faulty: bool = False):
    root = make_course(tmp_path / "course")
    port = _free_port()
    log = (tmp_path / "serve.log").open("w+")
    start = ["-c", FAULTY_SERVE] if faulty else ["-m", "builder"]
    proc = subprocess.Popen([sys.executable, *start, "--root", str(root), "--lang", "en", "serve",
                             "--port", str(port), "--out", str(tmp_path / "site")],
                            stdout=log, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "SELARAS_JOBS": "2"})
    url = f"http://127.0.0.1:{port}/en/lessons/handoff.html"
    return root, url, proc, log


def _stop(proc: subprocess.Popen, log) -> None:
    if proc.poll() is None:  # a test may have stopped it already, with the signal it tests
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    log.close()


@contextlib.contextmanager
def serving(tmp_path: Path, *, faulty: bool = False):
    """`course serve` on a fresh course, up and answering; stopped however the test ends."""
    root, url, proc, log = _start(tmp_path, faulty=faulty)
    try:
        assert _wait_for(lambda: _get(url) is not None, 90), _log(tmp_path)
        yield root, url, proc
    finally:
        _stop(proc, log)


@pytest.fixture
def served(tmp_path: Path):
    with serving(tmp_path) as (root, url, _proc):
        yield root, url, tmp_path / "serve.log"


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


def _edit(lesson: Path, old: str, new: str) -> None:
    lesson.write_text(lesson.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_a_failure_inside_the_builder_keeps_serving_and_the_next_save_rebuilds(tmp_path: Path):
    def log_text() -> str:
        return (tmp_path / "serve.log").read_text(encoding="utf-8")

    with serving(tmp_path, faulty=True) as (root, url, proc):
        lesson = root / "course" / "lessons" / "01-handoff.yaml"
        (root / "BREAK").write_text("", encoding="utf-8")
        _edit(lesson, "One simple rule of engagement", "An edit made while the builder fails")
        assert _wait_for(lambda: "RuntimeError: injected failure" in log_text(), 60), log_text()
        assert "the last good pages" in log_text() and "--debug" in log_text()
        assert "Traceback" not in log_text()
        page = _get(url)  # still answers, with the last good page
        assert page is not None and "One simple rule of engagement" in page
        (root / "BREAK").unlink()
        _edit(lesson, "An edit made while the builder fails", "An edit after the fix")
        assert _wait_for(lambda: "An edit after the fix" in (_get(url) or ""), 60), log_text()


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = task / "children"
        if children.is_file():
            found += [int(c) for c in children.read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads child processes from /proc (Linux)")
def test_sigterm_stops_the_server_and_its_worker_processes(tmp_path: Path):
    with serving(tmp_path) as (root, url, proc):
        workers = _children(proc.pid)
        assert workers, "serve keeps worker processes for its rebuilds (SELARAS_JOBS=2)"
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        assert _wait_for(lambda: not any(_alive(w) for w in workers), 30), [w for w in workers if _alive(w)]
        assert _get(url) is None


def _request(url: str, host: str | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Host": host} if host is not None else {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_the_preview_answers_only_its_own_host_and_never_500_on_odd_paths(tmp_path: Path):
    """Security review F-24: any Host was answered (DNS rebinding), a NUL gave 500, a far epoch held the line."""
    with serving(tmp_path) as (root, url, proc):
        base = url.rsplit("/en/", 1)[0]
        port = base.rsplit(":", 1)[1]
        assert _request(url, host=f"evil.example:{port}")[0] == 421
        assert _request(url, host="")[0] == 421
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", "127.0.0.1"):
            assert _request(url, host=host)[0] == 200, host
        assert _request(base + "/en/index.html%00.txt")[0] == 404
        assert _request(base + "/../../../etc/passwd")[0] == 404
        started = time.monotonic()
        assert _request(base + "/livereload/99999999999999999999/1")[0] == 200
        assert time.monotonic() - started < 4  # answered, not held for mkdocs' 60-second poll


def test_pages_are_served_while_a_slow_rebuild_runs(tmp_path: Path):
    """Security review F-12: the preview answered nothing while a rebuild ran."""
    with serving(tmp_path, faulty=True) as (root, url, proc):
        (root / "SLOW").write_text("x", encoding="utf-8")  # the next build takes 6 s (see FAULTY_SERVE)
        lesson = root / "course" / "lessons" / "01-handoff.yaml"
        lesson.write_text(lesson.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        assert _wait_for(lambda: (root / "SLOW.started").exists(), 30), _log(tmp_path)
        started = time.monotonic()
        page = _get(url)
        assert page is not None and "hand-off" in page.lower()
        assert time.monotonic() - started < 3, "the page waited for the rebuild"
        assert not (root / "SLOW.done").exists()  # it was answered while the rebuild ran
