"""`course package`: one build per edition, then both packages of each into dist/, and the lessons' editable
PowerPoint decks (pptx.py) in a zip of their own, each file replaced whole.

Nothing is written unless the sources are valid (the build raises first), and the zips are
written beside their final names and renamed into place only when all are complete, so a
failed run leaves the last good packages in dist/ exactly as they were.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
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
        first = build(root, work / "site-0", timings=timings)
        others = [e.id for e in first.course.editions][1:]
        results = [first] + [build(root, work / f"site-{i}", edition=e, timings=timings)
                             for i, e in enumerate(others, start=1)]
        written: list[PackageResult] = []
        with_decks = os.environ.get("SELARAS_DECKS", "1") != "0"  # 0: none (benchmarks/ measures their cost)
        for result in results:
            course = result.course
            edition = course.edition.id if course.edition else None
            names = package_names(course.info.id, course.info.version, edition)  # = course.package_id
            decks = slides_name(course.info.id, course.info.version, edition)
            jobs = [partial(write_zip, work / names[0], scorm_files(course, result.out)),
                    partial(write_zip, work / names[1], offline_files(course, result.out))]
            if with_decks:
                jobs.append(partial(_write_decks, course, work / decks, timings))
            # zlib compresses outside the GIL: the two packages are written while the decks are made.
            with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
                sizes = list(pool.map(lambda job: job(), jobs))
            written.append(PackageResult(dist / names[0], dist / names[1], sizes[0], sizes[1],
                                         dist / decks if with_decks else None, sizes[2] if with_decks else 0,
                                         edition, course.advice))
        dist.mkdir(exist_ok=True)
        for packaged in written:
            for path in (packaged.scorm, packaged.offline, packaged.slides):
                if path is not None:
                    os.replace(work / path.name, path)
    return written
