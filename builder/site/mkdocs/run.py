"""Running mkdocs: one build per language, in worker processes where there are cores, with the
theme's compiled templates kept between builds, the fragments put in place, and mkdocs' link
warnings traced back to the sources' lines."""

from __future__ import annotations

import io
import logging
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import jinja2.bccache

from ...course import Course
from ...problems import Problem
from . import fragments, tables, theme_text

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.plugins import BasePlugin
    from mkdocs.structure.files import Files

# Material for MkDocs prints an end-of-life banner on every build; instructors
# cannot act on it, so it is silenced before mkdocs is imported.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

FAILED = "selaras: mkdocs failed: "
"""Prefix of the message a failed mkdocs run adds to its captured log (see `run_mkdocs`)."""


class MkdocsError(Exception):
    """mkdocs refused the configuration the builder wrote, or stopped: a bug (exit status 70)."""


_LINK_WARNING = re.compile(r"Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)', but the target "
                           r"'(?P<target>[^']+)' is not found")


class _CompiledTemplates(jinja2.BytecodeCache):
    """Keeps the theme's compiled templates in memory between builds.

    mkdocs makes a fresh Jinja environment for every build, so without this the
    whole Material theme is compiled again for each language and on every
    live-preview rebuild; compiling took about half of the build time.
    """

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._store.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()


_TEMPLATE_CACHE = _CompiledTemplates()


def _template_cache_plugin() -> BasePlugin:
    """An mkdocs plugin that gives each build's fresh Jinja environment the kept compiled templates."""
    from mkdocs.plugins import BasePlugin

    class KeepCompiledTemplates(BasePlugin):
        def on_env(self, env: jinja2.Environment, /, *,
                   config: MkDocsConfig, files: Files) -> jinja2.Environment:  # noqa: ARG002 - mkdocs' signature
            env.bytecode_cache = _TEMPLATE_CACHE
            return env

    return KeepCompiledTemplates()


def run_mkdocs(config_file: Path, site_dir: Path, settings: dict[str, Any] | None = None) -> list[str]:
    """Build one language with mkdocs; return the link warnings it raised. `settings`: what `config_file`
    holds, as the builder wrote it; given, mkdocs takes them as they are instead of reading the file again
    (its YAML reader took a tenth of a second a language for the inlined styles), and still validates them
    and resolves the folders from the file's place."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    captured: list[str] = []

    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.WARNING:
                captured.append(record.getMessage())

    handler = _Collect()
    log = logging.getLogger("mkdocs")
    log.addHandler(handler)
    previous = log.propagate
    log.propagate = False  # mkdocs' INFO chatter is not for instructors
    try:
        if settings is None:
            cfg = load_config(config_file=str(config_file), site_dir=str(site_dir))
        else:
            cfg = load_config(config_file=io.BytesIO(b"{}"), config_file_path=str(config_file),
                              **{**settings, "site_dir": str(site_dir)})
        cfg.plugins["selaras-template-cache"] = _template_cache_plugin()
        cfg.plugins["selaras-theme-text"] = theme_text  # type: ignore[assignment]  # a module, as mkdocs' hooks are
        cfg.markdown_extensions.append(fragments.FragmentsExtension(fragments.read(config_file.parent)))
        cue = (cfg.extra.get("selaras") or {}).get("table_swipe", "")
        cfg.markdown_extensions.append(tables.TablesExtension(cue))
        mkdocs_build(cfg)
    except MkDocsException as exc:
        # The builder wrote every setting, so this is the builder's mistake; returned, not
        # raised, so that it crosses from a worker process intact.
        captured.append(FAILED + str(exc))
    finally:
        log.removeHandler(handler)
        log.propagate = previous
    return captured


_POOL: ProcessPoolExecutor | None = None


def _workers() -> ProcessPoolExecutor | None:
    """Worker processes, one per language, where the machine has the cores (SELARAS_JOBS=1: none)."""
    global _POOL
    jobs = int(os.environ.get("SELARAS_JOBS", min(2, os.cpu_count() or 1)))
    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    if _POOL is None:
        _POOL = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                                    initializer=_prepare_worker)
    return _POOL


def start_workers() -> None:
    """Start the workers now, so they load mkdocs and Material while the builder reads and renders
    the course (about a quarter of a second that would otherwise come after it)."""
    pool = _workers()
    if pool is not None:
        pool.submit(_ready)  # a first task makes the pool start its processes


def _ready() -> None:
    pass


def _prepare_worker() -> None:
    """In a worker: end when the builder does, even if it is killed outright (Linux; elsewhere nothing),
    and have mkdocs' build loaded before the first language arrives."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    import mkdocs.commands.build  # noqa: F401 - loaded for the builds to come
    import mkdocs.config  # noqa: F401


def close_workers() -> None:
    """Stop the workers. Forked workers hold copies of the parent's open files and pipes, so
    they must not outlive a one-shot build (a parent waiting for a pipe to close would hang)."""
    global _POOL
    if _POOL is not None:
        _POOL.shutdown(wait=True)
        _POOL = None


def _mkdocs_each(configs: dict[str, Path], site_root: Path, keep_workers: bool,
                 settings: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    pool = _workers()
    if pool is None:
        return {lang: run_mkdocs(cfg, site_root / lang, settings.get(lang)) for lang, cfg in configs.items()}
    try:
        futures = {lang: pool.submit(run_mkdocs, cfg, site_root / lang, settings.get(lang))
                   for lang, cfg in configs.items()}
        return {lang: future.result() for lang, future in futures.items()}
    finally:
        if not keep_workers:
            close_workers()


def build_languages(course: Course, configs: dict[str, Path], site_root: Path,
                    keep_workers: bool = False, settings: dict[str, dict[str, Any]] | None = None) -> list[Problem]:
    """mkdocs' build of each language into `site_root/<lang>`; the sources' broken links as problems.
    `settings`: each language's configuration as written in its file (see run_mkdocs), where the caller has it.

    Raises MkdocsError when mkdocs refuses what the builder wrote (a bug, not the instructor's)."""
    problems: list[Problem] = []
    for lang, warnings in _mkdocs_each(configs, site_root, keep_workers, settings or {}).items():
        failure = next((m[len(FAILED):] for m in warnings if m.startswith(FAILED)), None)
        if failure is not None:
            raise MkdocsError(f"{lang}: {failure} ({'; '.join(warnings[:5])})")
        problems += link_problems(course, lang, warnings)
    return problems


def link_problems(course: Course, lang: str, warnings: list[str]) -> list[Problem]:
    """Broken links in an instructor's Markdown, traced back to the YAML line that holds them."""
    problems = []
    for message in warnings:
        match = _LINK_WARNING.search(message)
        if not match:
            continue
        page, link = match["page"], match["link"]
        path, line = _find_in_sources(course.root, page, link)
        problems.append(Problem.at(path, line, "internal_link", value=link, suggest="internal_link_help",
                                   lang_code=lang))
    return problems


def _find_in_sources(root: Path, page: str, link: str) -> tuple[str, int]:
    candidates = sorted((root / "course" / "lessons").glob("*.yaml")) if page.startswith("lessons/") else []
    candidates += [root / "course" / "course.yaml", root / "quizzes" / "diagnostic.yaml"]
    for path in candidates:
        if not path.is_file():
            continue
        for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if f"({link}" in text or f"]({link})" in text:
                return path.relative_to(root).as_posix(), n
    return page, 1
