"""`course package`: one build, then both packages into dist/, each file replaced whole.

Nothing is written unless the sources are valid (the build raises first), and the zips are
written beside their final names and renamed into place only when both are complete, so a
failed run leaves the last good packages in dist/ exactly as they were.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..problems import UsageError
from ..site import staging
from ..site.build import build, check_output
from .offline import offline_files
from .scorm import scorm_files
from .zipwrite import write_zip


@dataclass
class PackageResult:
    scorm: Path
    offline: Path
    scorm_bytes: int
    offline_bytes: int


def package_names(course_id: str, version: str) -> tuple[str, str]:
    return f"{course_id}-{version}-scorm12.zip", f"{course_id}-{version}-offline.zip"


def package(root: Path, dist: Path, *, timings: dict[str, float] | None = None) -> PackageResult:
    """Build the course once and write the SCORM 1.2 and the offline zip into `dist`."""
    root, dist = root.resolve(), dist.resolve()
    if dist.exists() and not dist.is_dir():
        raise UsageError("dist_is_file", path=dist)
    check_output(root, dist / "site")  # the packages, like the site, never go among the sources
    # Work beside dist/ (same disk, so the final moves are renames); dist/ appears only on success.
    # The work folder's name carries this process's id: the next run removes it if this one is killed.
    with staging(dist) as work:
        result = build(root, work / "site", timings=timings)
        course = result.course
        names = package_names(course.info.id, course.info.version)
        contents = [scorm_files(course, result.out), offline_files(course, result.out)]
        # zlib compresses outside the GIL: two threads write the two zips at once.
        with ThreadPoolExecutor(max_workers=2) as pool:
            sizes = list(pool.map(write_zip, [work / name for name in names], contents))
        dist.mkdir(exist_ok=True)
        for name in names:
            os.replace(work / name, dist / name)
    return PackageResult(dist / names[0], dist / names[1], *sizes)
