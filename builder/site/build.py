"""One build, the spine of the site stage: sources → pages → files → mkdocs → the site, swapped in.

    course = load_course(root)                 sources/: every file read and checked, or ContentError
    sites  = render_all(course)                pages/: each language's Markdown and files (pure)
    write_language(site, mkdocs_config(...))   write.py: the only place that writes, in a staging folder
    build_languages(...)                       mkdocs/: mkdocs per language, the texts' HTML put in place
    swap_in(staging, out)                      write.py: the last good site stays until the new one is whole
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..course import Course
from ..problems import ContentError, UsageError
from ..sources.load import SOURCE_DIRS, load_course, load_editions
from . import write
from .mkdocs.config import mkdocs_config
from .mkdocs.run import build_languages, close_workers, start_workers
from .pages.render import render_all


@dataclass
class BuildResult:
    """What a build made: the course it built, where, and how many pages."""

    course: Course
    out: Path
    pages: int


def check_output(root: Path, out: Path) -> None:
    """Refuse an output folder that would overwrite or sit inside the sources."""
    root, out = root.resolve(), out.resolve()
    protected = [root / d for d in SOURCE_DIRS] + [root / "builder", root / "tests", root / ".git"]
    if out == root or root.is_relative_to(out):
        raise UsageError("out_holds_sources", path=out)
    for folder in protected:
        if out.is_relative_to(folder):
            raise UsageError("out_inside_sources", path=out, folder=folder.name)
    if not write.may_replace(out):
        raise UsageError("out_not_ours", path=out)


def _stopwatch(timings: dict[str, float] | None):  # noqa: ANN202 - returns the lap function
    """lap(phase) adds the seconds since the previous lap to timings[phase]; a no-op without a dict."""
    last = time.perf_counter()

    def lap(phase: str) -> None:
        nonlocal last
        now = time.perf_counter()
        if timings is not None:
            timings[phase] = timings.get(phase, 0.0) + now - last
        last = now
    return lap


def build(root: Path, out: Path | None, *, edition: str | None = None, sources_dir: Path | None = None,
          timings: dict[str, float] | None = None, keep_workers: bool = False,
          loaded: Callable[[Course], None] | None = None) -> BuildResult:
    """Validate, render and build the course into `out`: one edition (the default when None) of a course
    that has several. Raises ContentError or UsageError.

    `out=None` is `course check`: every step and every check of a build, mkdocs included, for every
    edition, in a scratch folder that is then removed; no output folder is touched.
    `timings`, if given, receives the seconds spent per phase (load, render, write, mkdocs, finish):
    benchmarks/ uses it to tell the course's own cost from mkdocs'.
    `keep_workers` keeps the per-language worker processes (and their warm template
    caches) for the next build: `course serve` rebuilds on every save.
    `loaded`, if given, is called with the course as soon as it is loaded and valid, before the pages are
    rendered: `course package` starts writing the PowerPoint decks then, beside the build.
    """
    lap = _stopwatch(timings)
    root = root.resolve()
    out = out.resolve() if out is not None else None
    start_workers()
    try:
        if out is None and edition is None:
            results = [_build(course, root, None, sources_dir, lap, keep_workers, loaded)
                       for course in load_editions(root)]
            return results[0]
        return _build(load_course(root, edition), root, out, sources_dir, lap, keep_workers, loaded)
    finally:
        if not keep_workers:
            close_workers()  # also when the sources had mistakes: workers must not outlive a build


def _build(course: Course, root: Path, out: Path | None, sources_dir: Path | None, lap: Callable[[str], None],
           keep_workers: bool, loaded: Callable[[Course], None] | None = None) -> BuildResult:
    lap("load")
    if loaded is not None:
        loaded(course)
    sites = render_all(course)
    pages = sum(1 for site in sites.values() for path in site.pages if path.endswith(".md"))
    lap("render")
    if out is not None:
        check_output(root, out)
    with write.staging(out) if out is not None else write.scratch() as tmp:
        site_root = tmp / "site"
        site_root.mkdir()
        src_root = sources_dir or tmp / "src"
        settings = {lang: mkdocs_config(course, lang) for lang in sites}
        configs = {lang: write.write_language(site, settings[lang], src_root / lang) for lang, site in sites.items()}
        lap("write")
        problems = build_languages(course, configs, site_root, keep_workers, settings)
        lap("mkdocs")
        if problems:
            raise ContentError(problems)
        if out is None:
            return BuildResult(course, site_root, pages)
        write.write_root(site_root, course.academy.default_language,
                         {lang: course.info.title[lang] for lang in sites})
        write.swap_in(site_root, out)
    lap("finish")  # the root page, the swap, and removing the staging folder
    return BuildResult(course, out, pages)
