"""Helpers for benchmarks/run.py: statistics, generated courses, child processes, HTTP polling.

Everything here is small and, apart from the process and HTTP helpers, pure, so that
tests/test_benchmarks.py can exercise it without timing anything.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "benchmarks" / ".work"
MINI = ROOT / "tests" / "fixtures" / "mini"
PYTHON = sys.executable

# The files a course needs besides its lessons, quizzes, glossary and branding: taken from the
# real course, as tests/conftest.py's make_course does (the branding is the mini course's own).
SHARED_FILES = ["course/course.yaml", "course/model.yaml", "course/ui.yaml", "course/toolkit.yaml",
                "quizzes/diagnostic.yaml", "mkdocs.yml", "course/evaluation.yaml"]

GZIP_LEVEL = 6
"""What a typical web server or CDN uses (Apache's and most CDNs' default), not the maximum."""


# -- statistics ---------------------------------------------------------------------------------

def spread(values: Sequence[float]) -> tuple[float, float, float]:
    """(median, min, max) of a non-empty sequence."""
    if not values:
        raise ValueError("no values")
    return statistics.median(values), min(values), max(values)


def fmt_spread(values: Sequence[float], fmt: str = "{:.2f}", unit: str = "") -> str:
    """'median (min–max)', or just the value when there is one run."""
    med, lo, hi = spread(values)
    if len(values) == 1:
        return fmt.format(med) + unit
    return f"{fmt.format(med)}{unit} ({fmt.format(lo)}–{fmt.format(hi)})"


def fmt_ratio(values: Sequence[float]) -> str:
    return fmt_spread(values, "{:.2f}", "×")


def fmt_kb(n_bytes: float) -> str:
    return f"{n_bytes / 1024:.1f} KB"


def gzip_size(data: bytes) -> int:
    """Bytes on the wire when served gzip-compressed (mtime fixed so the size is reproducible)."""
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def growth_exponent(n1: float, t1: float, n2: float, t2: float) -> float:
    """k in t ∝ nᵏ between two sizes: 1 is linear, 2 quadratic."""
    import math
    return math.log(t2 / t1) / math.log(n2 / n1)


NOT_OWN = ("import", "mkdocs", "pages")
"""Keys of child_build.py's JSON that are not the course's own work (Python start-up, mkdocs, a count)."""


def own_cost(phases: dict[str, float]) -> float:
    """The course's own seconds: every phase build() timed except mkdocs (load, render, write, finish...)."""
    return sum(v for k, v in phases.items() if k not in NOT_OWN)


# -- courses ------------------------------------------------------------------------------------

def copy_shared(dest: Path, root: Path = ROOT) -> None:
    for rel in SHARED_FILES:
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / rel, target)


def generate_course(dest: Path, lessons: int) -> Path:
    """A valid course of `lessons` lessons (each with its own quiz) cloned from the mini test course."""
    if dest.exists():
        shutil.rmtree(dest)
    copy_shared(dest)
    logo = yaml.safe_load((MINI / "course" / "academy.yaml").read_text(encoding="utf-8"))["logo"]
    for rel in ("glossary.yaml", "academy.yaml", logo):
        shutil.copyfile(MINI / "course" / rel, dest / "course" / rel)
    lesson = yaml.safe_load((MINI / "course" / "lessons" / "01-handoff.yaml").read_text(encoding="utf-8"))
    quiz = yaml.safe_load((MINI / "quizzes" / "handoff-check.yaml").read_text(encoding="utf-8"))
    lesson_dir = dest / "course" / "lessons"
    lesson_dir.mkdir(parents=True, exist_ok=True)
    width = max(3, len(str(lessons)))
    for n in range(1, lessons + 1):
        lid = f"{lesson['id']}-{n:0{width}d}"
        # Titles get the number too, so the navigation is as long as a real course's would be.
        this = {**lesson, "id": lid, "order": n, "quiz": f"{lid}-check",
                "title": {lang: f"{text} {n}" for lang, text in lesson["title"].items()}}
        this_quiz = {**quiz, "id": f"{lid}-check"}
        _dump(lesson_dir / f"{n:0{width}d}-{lid}.yaml", this)
        _dump(dest / "quizzes" / f"{lid}-check.yaml", this_quiz)
    return dest


def snapshot_course(dest: Path, root: Path = ROOT) -> Path:
    """A frozen copy of the real course, so edits made during the run do not change what is measured."""
    if dest.exists():
        shutil.rmtree(dest)
    for folder in ("course", "quizzes"):
        shutil.copytree(root / folder, dest / folder)
    shutil.copyfile(root / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


def _dump(path: Path, data: object) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")


# -- child processes ----------------------------------------------------------------------------

@dataclass
class Child:
    seconds: float
    max_rss_kb: int
    """Peak resident memory of the child (Linux reports ru_maxrss in KiB)."""
    returncode: int
    stdout: str
    stderr: str
    cpu_seconds: float = 0.0
    """User + system CPU time of the child and the children it waited for (its worker processes): what it
    costs, less sensitive than `seconds` to other jobs on a shared machine."""


_spawner: subprocess.Popen | None = None


def start_spawner() -> None:
    """Start the launcher of measured children now, while this process is still small (see spawner.py)."""
    global _spawner
    if _spawner is None or _spawner.poll() is not None:
        _spawner = subprocess.Popen([PYTHON, str(Path(__file__).with_name("spawner.py"))], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, text=True,
                                    env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def run_child(cmd: Sequence[str], *, timeout: float, cwd: Path | None = None, logs: Path = WORK) -> Child:
    """Run `cmd` to the end; its wall-clock time and its own peak memory (os.wait4 in the launcher)."""
    start_spawner()
    assert _spawner is not None and _spawner.stdin is not None and _spawner.stdout is not None
    logs.mkdir(parents=True, exist_ok=True)
    out_path, err_path = logs / "child.out", logs / "child.err"  # files, not pipes: no deadlock
    request = {"cmd": list(cmd), "timeout": timeout, "stdout": str(out_path), "stderr": str(err_path),
               "cwd": str(cwd) if cwd else None}
    _spawner.stdin.write(json.dumps(request) + "\n")
    _spawner.stdin.flush()
    line = _spawner.stdout.readline()
    if not line:
        raise RuntimeError("the launcher of child processes (benchmarks/spawner.py) stopped")
    reply = json.loads(line)
    return Child(reply["seconds"], reply["max_rss_kb"], reply["returncode"],
                 out_path.read_text(errors="replace"), err_path.read_text(errors="replace"), reply.get("cpu", 0.0))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_text(url: str, timeout: float = 2.0) -> str | None:
    """The body of a 200 response, or None (not up yet, 404, reset...)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError, TimeoutError):
        return None


def wait_until(check: Callable[[], bool], *, timeout: float, interval: float = 0.02) -> float | None:
    """Seconds until check() was true, or None after `timeout`."""
    started = time.perf_counter()
    while True:
        if check():
            return time.perf_counter() - started
        if time.perf_counter() - started > timeout:
            return None
        time.sleep(interval)


def stop(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """Ask a server to stop, then insist."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(grace)
