"""`course package`: one build per edition, then both packages of each into dist/, and the lessons' editable
PowerPoint decks (pptx.py) in a zip of their own, each file replaced whole.

Nothing is written unless the sources are valid (the build raises first), and the zips are
written beside their final names and renamed into place only when all are complete, so a
failed run leaves the last good packages in dist/ exactly as they were.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from multiprocessing.process import BaseProcess
from pathlib import Path

from ..problems import Problem, UsageError
from ..site import staging
from ..site.build import build, check_output
from .offline import offline_files
from .pptx import deck_files
from .scorm import scorm_files
from .zipwrite import write_zip


@dataclass
class PackageResult:
    """The two packages of one edition (`edition` None for a course without editions)."""

    scorm: Path
    offline: Path
    scorm_bytes: int
    offline_bytes: int
    slides: Path | None = None
    """The zip of every lesson's PowerPoint deck in both languages."""
    slides_bytes: int = 0
    edition: str | None = None
    advice: tuple[Problem, ...] = ()
    """The advice on the sources (every edition's), for the command to print."""


def package_names(course_id: str, version: str, edition: str | None = None) -> tuple[str, str]:
    stem = f"{course_id}-{edition}-{version}" if edition else f"{course_id}-{version}"
    return f"{stem}-scorm12.zip", f"{stem}-offline.zip"


def slides_name(course_id: str, version: str, edition: str | None = None) -> str:
    """The zip of the decks: `<stem>-slides.zip`, holding `<stem>-slides/<lang>/NN-<lesson>.pptx`."""
    return package_names(course_id, version, edition)[0].replace("-scorm12.zip", "-slides.zip")


def _write_decks(course, dest: Path, timings: dict[str, float] | None) -> int:  # noqa: ANN001 - a Course
    started = time.perf_counter()
    size = write_zip(dest, deck_files(course, dest.name.removesuffix(".zip")))
    if timings is not None:  # what the decks took, beside the packages (benchmarks/ reports the whole cost)
        timings["decks"] = timings.get("decks", 0.0) + time.perf_counter() - started
    return size


class _Decks:
    """Each edition's PowerPoint decks, written while the edition builds (issue 22: the slides add at most
    30% to `course package`; benchmarks/ measures it).

    The decks need only the loaded course, and a build leaves a core idle while it renders and writes the
    pages in one process: where processes can be forked, a child process (a copy of the loaded course,
    nothing pickled) writes the edition's slides zip then, and the package waits for it at the end. Without
    fork, or with SELARAS_JOBS=1, the decks are written in a thread beside the other two zips instead.
    SELARAS_DECKS=0 leaves them out (benchmarks/ compares the package with and without them)."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.wanted = os.environ.get("SELARAS_DECKS", "1") != "0"
        forks = "fork" in multiprocessing.get_all_start_methods()
        self.fork = forks and int(os.environ.get("SELARAS_JOBS", min(2, os.cpu_count() or 1))) >= 2
        self.children: dict[str | None, BaseProcess] = {}

    def name(self, course) -> str:  # noqa: ANN001 - a Course
        return slides_name(course.info.id, course.info.version, course.edition.id if course.edition else None)

    def start(self, course) -> None:  # noqa: ANN001 - a Course
        """Called by the build as soon as the course is loaded."""
        if not (self.wanted and self.fork):
            return
        child = multiprocessing.get_context("fork").Process(target=_decks_child,
                                                            args=(course, self.work / self.name(course)))
        child.start()
        self.children[course.edition.id if course.edition else None] = child

    def job(self, course, timings: dict[str, float] | None) -> Callable[[], int] | None:  # noqa: ANN001
        """What the package's threads do for the decks: wait for the child, or write them."""
        if not self.wanted:
            return None
        dest = self.work / self.name(course)
        child = self.children.get(course.edition.id if course.edition else None)
        if child is None:
            return partial(_write_decks, course, dest, timings)

        def wait() -> int:
            child.join()
            if child.exitcode != 0:
                failed = dest.with_suffix(".failed")
                reason = failed.read_text(encoding="utf-8") if failed.is_file() else f"exit {child.exitcode}"
                raise RuntimeError(f"writing the PowerPoint decks failed: {reason}")
            return dest.stat().st_size
        return wait

    def stop(self) -> None:
        """On the way out: no child outlives the package (one still running after a failure is ended)."""
        for child in self.children.values():
            if child.is_alive():
                child.terminate()
            child.join()


def _decks_child(course, dest: Path) -> None:  # noqa: ANN001 - a Course
    """In the forked child: write the slides zip; a failure is told to the parent in a file, not printed."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG: end with the parent
    except (OSError, AttributeError):
        pass
    try:
        write_zip(dest, deck_files(course, dest.name.removesuffix(".zip")))
    except BaseException as exc:  # noqa: BLE001 - told to the parent, which raises it as a bug
        dest.with_suffix(".failed").write_text(f"{type(exc).__name__}: {exc}", encoding="utf-8")
        os._exit(1)


def _write_packages(result, work: Path, dist: Path, decks: _Decks,  # noqa: ANN001 - a BuildResult
                    timings: dict[str, float] | None) -> PackageResult:
    course = result.course
    edition = course.edition.id if course.edition else None
    names = package_names(course.info.id, course.info.version, edition)  # = course.package_id
    jobs: list[Callable[[], int]] = [partial(write_zip, work / names[0], scorm_files(course, result.out)),
                                     partial(write_zip, work / names[1], offline_files(course, result.out))]
    deck_job = decks.job(course, timings)
    if deck_job is not None:
        jobs.append(deck_job)
    # zlib compresses outside the GIL: the two packages are written at once (and the decks, without fork).
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        sizes = list(pool.map(lambda job: job(), jobs))
    slides = dist / decks.name(course) if deck_job is not None else None
    return PackageResult(dist / names[0], dist / names[1], sizes[0], sizes[1], slides,
                         sizes[2] if deck_job is not None else 0, edition, course.advice)


def package(root: Path, dist: Path, *, timings: dict[str, float] | None = None) -> list[PackageResult]:
    """Build each edition of the course (or the course, without editions) and write its SCORM 1.2 and
    offline zip into `dist`; the default edition's first."""
    root, dist = root.resolve(), dist.resolve()
    if dist.exists() and not dist.is_dir():
        raise UsageError("dist_is_file", path=dist)
    check_output(root, dist / "site")  # the packages, like the site, never go among the sources
    # Work beside dist/ (same disk, so the final moves are renames); dist/ appears only on success.
    # The work folder's name carries this process's id: the next run removes it if this one is killed.
    with staging(dist) as work:
        decks = _Decks(work)
        try:
            first = build(root, work / "site-0", timings=timings, loaded=decks.start)
            others = [e.id for e in first.course.editions][1:]
            results = [first] + [build(root, work / f"site-{i}", edition=e, timings=timings, loaded=decks.start)
                                 for i, e in enumerate(others, start=1)]
            written = [_write_packages(result, work, dist, decks, timings) for result in results]
        finally:
            decks.stop()
        dist.mkdir(exist_ok=True)
        for packaged in written:
            for path in (packaged.scorm, packaged.offline, packaged.slides):
                if path is not None:
                    os.replace(work / path.name, path)
    return written
