"""`make bench`: how fast the course builds and previews, and how heavy its pages are.

Shared machines are noisy, so every timing is a ratio against a baseline measured in
the same run (plain mkdocs on the very Markdown the builder generated), repeated, and
quoted as median (min–max). Prints Markdown tables and writes benchmarks/RESULTS.md
(a --quick or --only run writes benchmarks/.work/RESULTS.md instead, so a smoke run never
replaces the committed figures). See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import functools
import json
import os
import platform
import pstats
import re
import secrets
import shutil
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections import defaultdict
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib.metadata import version
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import (
    NOT_OWN,
    PYTHON,
    ROOT,
    WORK,
    Child,
    fmt_kb,
    fmt_ratio,
    fmt_spread,
    free_port,
    generate_course,
    growth_exponent,
    gzip_size,
    http_text,
    own_cost,
    run_child,
    snapshot_course,
    spread,
    start_spawner,
    stop,
    wait_until,
)
from search_bench import bench_search

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
HERE = Path(__file__).resolve().parent
LANGS = ("id", "en")
BUILD_TIMEOUT = 900  # seconds; a 300-lesson build takes ~2 minutes on a busy 2-core machine
SERVER_LIFETIME = 1800  # seconds; the preview servers end by themselves after this, whatever happens
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def course_cmd() -> list[str]:
    """The `course` console script of this virtualenv (what instructors run)."""
    script = Path(PYTHON).parent / "course"
    return [str(script)] if script.exists() else [PYTHON, "-m", "builder"]


def met(ok: bool) -> str:
    return "met" if ok else "**NOT met**"


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def checked(child: Child, what: str) -> Child:
    if child.returncode != 0:
        raise RuntimeError(f"{what} failed (exit {child.returncode}):\n{child.stderr[-2000:]}")
    return child


# -- the course under test ----------------------------------------------------------------------

class Real:
    """A frozen copy of the real course, its generated sources (per-language mkdocs.yml) and its site."""

    def __init__(self, attempts: int, wait: float):
        from builder.sources.load import load_course

        self.root = WORK / "real" / "course"
        self.src = WORK / "real" / "src"
        self.site = WORK / "real" / "site"
        self.note = ""
        # Other people edit the course while this runs; a half-saved edit can fail to
        # validate. Take a fresh snapshot a few times before giving up on it.
        for attempt in range(attempts):
            snapshot_course(self.root)
            child = self._build()
            if child.returncode == 0:
                break
            problem = (child.stderr.strip().splitlines() or ["?"])[0]
            print(f"  the real course does not build yet ({problem}); attempt {attempt + 1}/{attempts}",
                  file=sys.stderr)
            if attempt + 1 < attempts:
                time.sleep(wait)
        else:
            # Still broken: measure a generated course of the same size class, and say so.
            self.note = (f"The real course did not build during this run ({problem}); a course of 7 lessons "
                         "generated from tests/fixtures/mini was measured instead.")
            generate_course(self.root, 7)
            checked(self._build(), "build of the generated stand-in course")
        self.pages = json.loads(child.stdout)["pages"] if child.returncode == 0 else 0
        self.course = load_course(self.root)
        # The default edition is built above; `course check` checks every edition (None: no editions).
        self.editions: list[str | None] = [e.id for e in self.course.editions] or [None]
        self.lesson = self.course.lessons[0]
        self.default = self.course.academy.default_language

    def _build(self) -> Child:
        """Build it in a child process, keeping the generated Markdown and mkdocs.yml files."""
        shutil.rmtree(self.src, ignore_errors=True)
        return run_child([PYTHON, str(HERE / "child_build.py"), str(self.root), str(self.site), str(self.src)],
                         timeout=BUILD_TIMEOUT)

    def edition_src(self, edition: str | None) -> Path:
        """The generated sources of `edition` (the default's are built at start; others are built here)."""
        if edition is None or edition == self.editions[0]:
            return self.src
        src = self.src.with_name(f"{self.src.name}-{edition}")
        shutil.rmtree(src, ignore_errors=True)
        checked(run_child([PYTHON, str(HERE / "child_build.py"), str(self.root), str(WORK / "real" / f"site-{edition}"),
                           str(src), edition], timeout=BUILD_TIMEOUT), f"build of edition {edition}")
        return src

    def configs(self, src: Path | None = None) -> list[Path]:
        """The baseline's sources: the generated pages with each text's own Markdown where the build has a
        token for its cleaned HTML (site/fragments.py), as a plain mkdocs site would be written."""
        src = src or self.src
        plain = src.with_name(src.name + "-plain")
        shutil.rmtree(plain, ignore_errors=True)
        shutil.copytree(src, plain)
        for lang in LANGS:
            texts = json.loads((plain / lang / "fragments.markdown.json").read_text(encoding="utf-8"))
            for page in (plain / lang / "docs").rglob("*.md"):
                page.write_text(with_markdown(page.read_text(encoding="utf-8"), texts), encoding="utf-8")
        return [plain / lang / "mkdocs.yml" for lang in LANGS]


def with_markdown(page: str, texts: dict[str, str]) -> str:
    """`page` with each token replaced by its text; a token alone on an indented line indents the whole text."""
    if not texts:
        return page
    token = re.compile("|".join(map(re.escape, texts)))

    def line(match: re.Match) -> str:
        indent, rest = match[1], match[2]
        text = token.sub(lambda m: texts[m.group(0)], rest)
        if indent and token.fullmatch(rest.strip()):
            text = text.replace("\n", "\n" + indent)
        return indent + text
    return re.sub(r"(?m)^([ \t]*)(.*)$", line, page)


def plain_cmd(configs: list[Path], site: Path) -> list[str]:
    """One process building every language with plain mkdocs, into site/<lang>."""
    args = [PYTHON, str(HERE / "plain_mkdocs.py")]
    for config in configs:
        args += [str(config), str(site / config.parent.name)]
    return args


# -- build ---------------------------------------------------------------------------------------

def bench_build(real: Real, runs: int) -> str:
    out, plain_out = WORK / "build" / "course-site", WORK / "build" / "plain-site"
    # Each edition is its own site: its build against plain mkdocs of that edition's Markdown.
    configs = {e: real.configs(real.edition_src(e)) for e in real.editions}
    course: dict[str | None, list[float]] = {e: [] for e in real.editions}
    plain: dict[str | None, list[float]] = {e: [] for e in real.editions}
    ratios: dict[str | None, list[float]] = {e: [] for e in real.editions}
    mem: dict[str | None, list[float]] = {e: [] for e in real.editions}
    check, check_ratios = [], []
    for i in range(runs):
        # Take turns, so a slow spell on the machine hits each alike.
        jobs = [(kind, e) for e in real.editions for kind in ("course", "plain")] + [("check", None)]
        shift = i % len(jobs)
        got: dict[tuple[str, str | None], Child] = {}
        for kind, e in jobs[shift:] + jobs[:shift]:
            edition = ["--edition", e] if e else []
            cmd = {"course": course_cmd() + ["--root", str(real.root), "build", "--out", str(out), *edition],
                   "check": course_cmd() + ["--root", str(real.root), "check"],
                   "plain": plain_cmd(configs[e], plain_out) if kind == "plain" else []}[kind]
            got[kind, e] = checked(run_child(cmd, timeout=BUILD_TIMEOUT), f"{kind} {e or ''}".strip())
        for e in real.editions:
            course[e].append(got["course", e].seconds)
            plain[e].append(got["plain", e].seconds)
            ratios[e].append(got["course", e].seconds / got["plain", e].seconds)
            mem[e].append(got["course", e].max_rss_kb / got["plain", e].max_rss_kb)
        builds = sum(got["course", e].seconds for e in real.editions)
        check.append(got["check", None].seconds)
        check_ratios.append(check[-1] / builds)
        print(f"  build run {i + 1}/{runs}: " + ", ".join(
            f"{e or 'course'} {course[e][-1]:.2f} s / plain {plain[e][-1]:.2f} s" for e in real.editions)
            + f", check {check[-1]:.2f} s", file=sys.stderr)
    # Where the difference goes: one extra build with the phase timings.
    phases = json.loads(checked(run_child([PYTHON, str(HERE / "child_build.py"), str(real.root),
                                           str(WORK / "build" / "phase-site")], timeout=BUILD_TIMEOUT),
                                "phase build").stdout)
    own = own_cost(phases)
    rows = []
    for e in real.editions:
        named = f", edition `{e}`" if e else ""
        rows += [
            [f"`course build`{named} (s)", runs, fmt_spread(course[e]), "", ""],
            [f"plain `mkdocs build`, same Markdown and config{named} (s)", runs, fmt_spread(plain[e]), "baseline", ""],
            [f"**course / plain mkdocs, time{named}**", runs, fmt_ratio(ratios[e]), "≤ 1.15×",
             met(spread(ratios[e])[0] <= 1.15)],
            [f"course / plain mkdocs, peak memory{named}", runs, fmt_ratio(mem[e]), "", ""],
        ]
    every = "every edition's build" if real.editions[0] else "the build"
    rows += [
        ["`course check` (s): every edition built in a scratch folder, no output", runs, fmt_spread(check), "", ""],
        [f"**check / {every}, time**", runs, fmt_ratio(check_ratios), "≤ 1.1×", met(spread(check_ratios)[0] <= 1.1)],
    ]
    editions = (f", {len(real.editions)} editions, each built and measured on its own" if real.editions[0] else "")
    text = [f"`course build` of the real course ({len(real.course.lessons)} lessons, {real.pages} pages, both "
            f"languages{editions}) against a plain `mkdocs build` of the Markdown and per-language `mkdocs.yml` it "
            "generated (same theme, `custom_dir`, extra CSS/JS). Each is one command for both languages: "
            "`course build`, and one Python process running mkdocs' build for each language in turn, as two "
            "`mkdocs build` calls would minus the second start-up. `course build` runs the two languages' "
            "mkdocs builds in two worker processes where there are two cores (`SELARAS_JOBS=1` turns that off); "
            "the baseline builds them one after the other, as an instructor running `mkdocs build` would. "
            "`course check` is compared with the sum of the editions' builds, since it checks each. "
            "Peak memory is `os.wait4`'s `ru_maxrss`: the "
            "largest single process, including worker processes the command waited for (not their sum).", "",
            table(["measure", "runs", "median (min–max)", "target", "result"], rows), "",
            "One build with phase timings (s): " + ", ".join(f"{k} {v:.2f}" for k, v in phases.items()
                                                             if k != "pages")
            + f". The course's own work (all but import and mkdocs) is {own:.2f} s, {own / phases['mkdocs']:.0%} "
              "of the mkdocs phase."]
    worst = max(real.editions, key=lambda e: spread(ratios[e])[0])
    if spread(ratios[worst])[0] > 1.15:  # say why, in numbers
        text += ["", f"Why not met: 15 % of the plain build is {0.15 * spread(plain[worst])[0]:.2f} s; the course's "
                     f"own phases alone took {own:.2f} s in the phase build, before the extra imports (pydantic, "
                     "the builder) are counted."]
    if real.note:
        text += ["", f"> {real.note}"]
    return "\n".join(text)


# -- packages ------------------------------------------------------------------------------------

PACKAGE_RATIO = 1.5
SCORM_SCRIPT_GZ = 3 * 1024


def bench_package(real: Real, runs: int) -> str:
    """`course package` against `course build` of the same course; the zips' sizes; the SCORM page's script."""
    from builder.publish.package import package_names
    from builder.publish.scorm import SHIPPED_SCRIPT, launch_page

    dist, out = WORK / "package" / "dist", WORK / "package" / "site"
    packaged, built, ratios = [], [], []
    for i in range(runs):
        order = ["package", "build"] if i % 2 == 0 else ["build", "package"]
        got: dict[str, float] = {}
        for which in order:
            # `course package` builds every edition: its baseline is a `course build` of each.
            targets = ([["package", "--out", str(dist)]] if which == "package" else
                       [["build", "--out", str(out), *(["--edition", e] if e else [])] for e in real.editions])
            got[which] = sum(checked(run_child(course_cmd() + ["--root", str(real.root), *target],
                                               timeout=BUILD_TIMEOUT), f"course {which}").seconds
                             for target in targets)
        packaged.append(got["package"])
        built.append(got["build"])
        ratios.append(packaged[-1] / built[-1])
        print(f"  package run {i + 1}/{runs}: package {packaged[-1]:.2f} s, build {built[-1]:.2f} s", file=sys.stderr)
    zips = [dist / name for e in real.editions
            for name in package_names(real.course.info.id, real.course.info.version, e)]
    script = gzip_size(SHIPPED_SCRIPT.read_bytes())
    page = gzip_size(launch_page(real.course))
    each = " of every edition" if real.editions[0] else ""
    rows = [
        ["`course package` (s)", runs, fmt_spread(packaged), "", ""],
        [f"`course build`{each}, same course (s)", runs, fmt_spread(built), "baseline", ""],
        ["**package / build, time**", runs, fmt_ratio(ratios), f"≤ {PACKAGE_RATIO}×",
         met(spread(ratios)[0] <= PACKAGE_RATIO)],
        *([f"`{z.name}`", 1, fmt_kb(z.stat().st_size), "reported", ""] for z in zips),
        ["**`scorm.js`, the launch page's script as shipped (minified, gzip)**", 1, fmt_kb(script), "≤ 3 KB",
         met(script <= SCORM_SCRIPT_GZ)],
        ["`scorm.html`, the launch page with its data (gzip)", 1, fmt_kb(page), "", ""],
    ]
    return "\n".join([
        "`course package` (one build, then the SCORM 1.2 zip and the offline zip) against `course build` of the "
        "same course, taking turns. The SCORM page loads one script of its own, `scorm.js`; the course pages in "
        "its frame are the site's own.", "",
        table(["measure", "runs", "median (min–max)", "target", "result"], rows)])


# -- slides and decks ----------------------------------------------------------------------------

DECKS_RATIO = 1.3
"""Issue 22: building the slides and decks adds at most 30% to `course package`."""


def slide_pages_seconds(real: Real) -> tuple[float, float]:
    """What the projection views cost a package (wall-clock and CPU seconds): every lesson's and facilitator
    session's slide page, each language and edition,
    rendered as the build renders them (in-process, the course loaded beforehand)."""
    from builder.site.pages import slides
    from builder.sources.load import load_course

    courses = [load_course(real.root, e) for e in real.editions]
    started, cpu = time.perf_counter(), time.process_time()
    for course in courses:
        for lang in LANGS:
            for lesson in course.lessons:
                slides.page(course, lesson, lang)
            for session in course.facilitator.sessions if course.facilitator else []:
                slides.session_page(course, session, lang)
    return time.perf_counter() - started, time.process_time() - cpu


def bench_decks(real: Real, runs: int) -> str:
    """`course package` with the PowerPoint decks against the same command without them (SELARAS_DECKS=0)."""
    dist = WORK / "decks" / "dist"
    timed: dict[str, list[float]] = {"with": [], "without": []}
    cpu: dict[str, list[float]] = {"with": [], "without": []}
    ratios, pages, whole, cpu_whole = [], [], [], []
    for i in range(runs):
        order = ["with", "without"] if i % 2 == 0 else ["without", "with"]
        got: dict[str, float] = {}
        for which in order:
            flag = "SELARAS_DECKS=" + ("1" if which == "with" else "0")
            child = checked(run_child(["env", flag, *course_cmd(), "--root", str(real.root), "package",
                                       "--out", str(dist)], timeout=BUILD_TIMEOUT), f"course package ({which} decks)")
            got[which] = child.seconds
            timed[which].append(child.seconds)
            cpu[which].append(child.cpu_seconds)
        page_wall, page_cpu = slide_pages_seconds(real)
        pages.append(page_wall)
        ratios.append(got["with"] / got["without"])
        # The slide pages are part of both packages: taken out of the baseline, they count as added cost.
        whole.append(got["with"] / (got["without"] - pages[-1]))
        cpu_whole.append(cpu["with"][-1] / (cpu["without"][-1] - page_cpu))
        print(f"  decks run {i + 1}/{runs}: with {got['with']:.2f} s, without {got['without']:.2f} s, "
              f"slide pages {pages[-1]:.2f} s", file=sys.stderr)
    rows = [
        ["`course package` with the decks (s)", runs, fmt_spread(timed["with"]), "", ""],
        ["`course package` without the decks, `SELARAS_DECKS=0` (s)", runs, fmt_spread(timed["without"]),
         "baseline", ""],
        ["package with / without decks, time", runs, fmt_ratio(ratios), "", ""],
        ["slide pages (projection views) rendered, every lesson, language and edition (s)", runs,
         fmt_spread(pages), "", ""],
        ["**package / package without decks and slide pages, time**", runs, fmt_ratio(whole),
         f"≤ {DECKS_RATIO}×", met(spread(whole)[0] <= DECKS_RATIO)],
        ["`course package` with / without the decks, CPU seconds (s)", runs,
         f"{fmt_spread(cpu['with'])} / {fmt_spread(cpu['without'])}", "", ""],
        ["package / package without decks and slide pages, CPU time", runs, fmt_ratio(cpu_whole), "", ""],
    ]
    return "\n".join([
        "`course package` of the real course with its PowerPoint decks (every lesson, language and edition) "
        "against the same command with `SELARAS_DECKS=0`, taking turns. The projection views (the slide pages "
        "of the site) are in both; their render time, measured in-process, is taken out of the baseline for "
        "the two last ratios, so they hold everything the slides add. The CPU time (user + system, the "
        "package's worker processes included) is less disturbed by other jobs on a shared machine than the "
        "wall-clock time, and is reported beside it.", "",
        table(["measure", "runs", "median (min–max)", "target", "result"], rows)])


SLIDE_READY_MS = 1000
"""Issue 22: the projection view's first slide shows within 1 s from disk on this machine."""

# Recorded before any of the page's own scripts run: reveal.js dispatches `ready` (bubbling) on its
# wrapper once the first slide is laid out; the time is from the navigation's start.
_READY_PROBE = ("document.addEventListener('ready', function () {"
                " if (window.__selarasReady === undefined) window.__selarasReady = performance.now(); }, true);")


def bench_slides_open(real: Real, runs: int) -> str:
    """The projection view opened from disk (file://, as from the unzipped offline package): the time until
    reveal.js has laid out the first slide, against the same lesson's ordinary page loaded from disk in the
    same run (its load event), taking turns, each in a fresh browser context (no cache)."""
    from playwright.sync_api import sync_playwright

    lang = real.default
    lesson = real.lesson.id
    session = real.course.facilitator.sessions[0].id if real.course.facilitator else None
    targets = [(f"lesson `{lesson}` slides", real.site / lang / "slides" / f"{lesson}.html", "ready")]
    if session:
        targets.append((f"session `{session}` slides", real.site / lang / "slides" / f"_{session}.html", "ready"))
    targets.append((f"*baseline: lesson `{lesson}` page*", real.site / lang / "lessons" / f"{lesson}.html", "load"))
    timed: dict[str, list[float]] = {name: [] for name, _, _ in targets}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        try:
            for i in range(max(3, runs)):
                for name, path, until in targets if i % 2 == 0 else list(reversed(targets)):
                    context = browser.new_context(viewport={"width": 1280, "height": 720}, reduced_motion="reduce")
                    try:
                        page = context.new_page()
                        page.add_init_script(_READY_PROBE)
                        page.goto(path.as_uri(), wait_until="load", timeout=30_000)
                        if until == "ready":
                            page.wait_for_function("window.__selarasReady !== undefined", timeout=30_000)
                            ms = page.evaluate("window.__selarasReady")
                        else:
                            ms = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
                        timed[name].append(float(ms))
                    finally:
                        context.close()
        finally:
            browser.close()
    base = timed[targets[-1][0]]
    rows = []
    for name, _, until in targets:
        values = timed[name]
        if until == "ready":
            ratios = [v / b for v, b in zip(values, base, strict=True)]
            rows.append([name, len(values), fmt_spread(values, "{:.0f}"), fmt_ratio(ratios),
                         f"≤ {SLIDE_READY_MS} ms", met(spread(values)[2] <= SLIDE_READY_MS)])
        else:
            rows.append([name, len(values), fmt_spread(values, "{:.0f}"), "baseline", "", ""])
    return "\n".join([
        "The projection view opened from disk (`file://`, as a trainer opens the unzipped offline package on the "
        "laptop at the projector), 1280 × 720, Debian's Chromium, each load in a fresh context (nothing cached): "
        "milliseconds from the navigation's start until reveal.js has laid out the first slide (its `ready` "
        "event), against the same lesson's ordinary page loaded from disk in the same run (its load event), "
        "taking turns. The target holds the slowest run.", "",
        table(["page", "runs", "median (min–max) ms", "/ lesson page", "target", "result"], rows)])


# -- scale ---------------------------------------------------------------------------------------

def valid_generated_course(root: Path, n: int, attempts: int = 4, wait: float = 30) -> None:
    """Generate and validate; the shared files come from the working tree, which others may be mid-edit."""
    from builder.problems import ContentError
    from builder.sources.load import load_course

    for attempt in range(attempts):
        generate_course(root, n)
        try:
            load_course(root)
            return
        except ContentError as exc:
            if attempt + 1 == attempts:
                raise
            print(f"  generated course does not validate yet ({exc.report('en').splitlines()[0]}); retrying",
                  file=sys.stderr)
            time.sleep(wait)


def bench_scale(sizes: list[int], runs: int, big_runs: int) -> str:
    data: dict[int, dict[str, list[float]]] = {}
    phase_names: list[str] = []  # in the order build() reports them
    page_kb: dict[int, float] = {}
    for n in sizes:
        root = WORK / "scale" / f"course-{n}"
        src, out, plain_out = WORK / "scale" / f"src-{n}", WORK / "scale" / f"site-{n}", WORK / "scale" / f"plain-{n}"
        valid_generated_course(root, n)
        shutil.rmtree(src, ignore_errors=True)
        d = data[n] = defaultdict(list)
        count = runs if n < 300 else big_runs
        for i in range(count):
            # The first run writes the sources the plain mkdocs baseline needs, so it goes first then.
            for which in (["course", "plain"] if i % 2 == 0 else ["plain", "course"]):
                if which == "course":
                    c = checked(run_child([PYTHON, str(HERE / "child_build.py"), str(root), str(out), str(src)],
                                          timeout=BUILD_TIMEOUT), f"build of {n} lessons")
                    phases = json.loads(c.stdout)
                    for k, v in phases.items():
                        if k != "pages":
                            d[k].append(v)
                            if k not in phase_names:
                                phase_names.append(k)
                    d["own"].append(own_cost(phases))
                    d["total"].append(c.seconds)
                    d["rss"].append(c.max_rss_kb / 1024)
                else:
                    p = checked(run_child(plain_cmd([src / lang / "mkdocs.yml" for lang in LANGS], plain_out),
                                          timeout=BUILD_TIMEOUT), f"plain mkdocs of {n} lessons")
                    d["plain"].append(p.seconds)
                    d["plain_rss"].append(p.max_rss_kb / 1024)
            d["ratio"].append(d["total"][-1] / d["plain"][-1])
            print(f"  scale {n} run {i + 1}/{count}: build {d['total'][-1]:.1f} s (own {d['own'][-1]:.1f} s, "
                  f"mkdocs {d['mkdocs'][-1]:.1f} s), plain mkdocs {d['plain'][-1]:.1f} s", file=sys.stderr)
        lesson_page = sorted((out / "en" / "lessons").glob("*.html"))[0]
        page_kb[n] = lesson_page.stat().st_size / 1024

    def med(n: int, key: str) -> float:
        return spread(data[n][key])[0]

    per_size = [[str(n), len(data[n]["total"]), fmt_spread(data[n]["total"], "{:.1f}"),
                 fmt_spread(data[n]["own"], "{:.2f}"), f"{1000 * med(n, 'own') / n:.0f}",
                 fmt_spread(data[n]["mkdocs"], "{:.1f}"), fmt_spread(data[n]["plain"], "{:.1f}"),
                 fmt_ratio(data[n]["ratio"]), f"{med(n, 'rss'):.0f} / {med(n, 'plain_rss'):.0f}",
                 f"{page_kb[n]:.0f}"] for n in sizes]

    # Growth between the two largest sizes, one exponent per run (runs are paired by their index;
    # a size of 300 lessons or more has fewer runs, so the pairs stop at the shorter list: strict=False).
    a, b = sizes[-2], sizes[-1]

    def k(key: str) -> str:
        ks = [growth_exponent(a, x, b, y) for x, y in zip(data[a][key], data[b][key], strict=False)
              if x > 0 and y > 0]
        return fmt_spread(ks) if ks else "–"

    def row(label: str, key: str, fmt: str = "{:.2f}", target: str = "", result: str = "") -> list[str]:
        return [label, *(fmt.format(med(n, key)) for n in sizes), k(key), target, result]

    own_k = [growth_exponent(a, x, b, y) for x, y in zip(data[a]["own"], data[b]["own"], strict=False)]
    own_phases = [name for name in phase_names if name not in NOT_OWN]
    growth = [row(f"`{name}` phase", name) for name in own_phases]
    # The phase that costs the most at the largest size, and how it grows: the reason when not linear.
    worst = max(own_phases, key=lambda name: med(b, name))
    worst_k = [growth_exponent(a, x, b, y) for x, y in zip(data[a][worst], data[b][worst], strict=False)]
    growth += [
        row("**course's own cost** (the phases above)", "own", target="k ≤ 1.1 (linear)",
            result=met(spread(own_k)[0] <= 1.1)),
        row("`mkdocs` phase, inside `course build`", "mkdocs", "{:.1f}"),
        row("plain mkdocs build (baseline process)", "plain", "{:.1f}"),
        row("whole `course build` process", "total", "{:.1f}"),
        row("peak memory of the build (MB)", "rss", "{:.0f}"),
        ["one lesson page's HTML (KB)", *(f"{page_kb[n]:.0f}" for n in sizes),
         f"{growth_exponent(a, page_kb[a], b, page_kb[b]):.2f}", "", ""],
    ]
    return "\n".join([
        "Generated courses: the mini test lesson and its quiz cloned N times (unique ids, orders and titles), "
        "built in both languages. Times in seconds, median (min–max); memory is each child's peak RSS "
        "(`os.wait4`).", "",
        table(["lessons / language", "runs", "`course build` (s)", "course's own (s)", "own per lesson (ms)",
               "mkdocs in build (s)", "plain mkdocs (s)", "build / plain", "peak MB build / plain",
               "lesson page KB"], per_size), "",
        f"Growth from {a} to {b} lessons, as the exponent k in time ∝ Nᵏ (1 = linear, 2 = quadratic), one k "
        f"per run; the middle columns are medians.", "",
        table(["cost", *(f"N={n}" for n in sizes), f"k ({a}→{b})", "target", "result"], growth), "",
        (f"Why not met: the `{worst}` phase is {med(b, worst) / med(b, 'own'):.0%} of the course's own cost at "
         f"{b} lessons and grows with k = {spread(worst_k)[0]:.2f}; the profile below shows which functions."
         if spread(own_k)[0] > 1.1 else f"The largest own phase at {b} lessons is `{worst}`."), "",
        profile_course(b), "",
        profile_mkdocs(sizes[0], b),
    ])


def profile_course(n: int) -> str:
    """Which of the builder's own functions take the time at this size (load + validate + render, cProfile)."""
    import cProfile

    from builder.site.pages.render import render_all
    from builder.sources.load import load_course

    root = WORK / "scale" / f"course-{n}"
    profiler = cProfile.Profile()
    profiler.enable()
    render_all(load_course(root))
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    builder_dir = str(ROOT / "builder")
    total = sum(v[2] for v in stats.values())  # all own time = the whole profiled run
    # Where the time goes, below the obvious entry points.
    entry = {"load_course", "render_all", "render_language", "<dictcomp>", "<listcomp>", "<genexpr>", "<lambda>"}
    ours = sorted(((v[3], f"{Path(f).name}:{fn}") for (f, _l, fn), v in stats.items()
                   if f.startswith(builder_dir) and fn not in entry), reverse=True)[:6]
    return (f"Profile of the course's own load + validate + render at {n} lessons (cProfile, one run, in "
            "process), the builder functions with the most cumulative time: "
            + ", ".join(f"`{name}` {ct / total:.0%}" for ct, name in ours) + ".")


def profile_mkdocs(small: int, large: int) -> str:
    """Where plain mkdocs spends its time: reading + Markdown vs the theme template of each page."""
    shares = {}
    for n in (small, large):
        src = WORK / "scale" / f"src-{n}"
        prof = WORK / "scale" / f"mkdocs-{n}.prof"
        checked(run_child([PYTHON, "-m", "cProfile", "-o", str(prof),
                           *plain_cmd([src / lang / "mkdocs.yml" for lang in LANGS],
                                      WORK / "scale" / "profiled")[1:]],
                          timeout=BUILD_TIMEOUT * 2), "profiled mkdocs")
        stats = pstats.Stats(str(prof)).stats  # {(file, line, name): (cc, nc, tt, ct, callers)}

        def cumulative(name: str, stats: dict = stats) -> float:  # this size's profile, bound now
            return sum(v[3] for (f, _l, fn), v in stats.items()
                       if f.endswith("mkdocs/commands/build.py") and fn == name)
        total = cumulative("build")
        shares[n] = (cumulative("_populate_page") / total, cumulative("_build_page") / total)
    return (f"Profile of the plain mkdocs build (cProfile, one run per size): reading and converting the "
            f"Markdown takes {shares[small][0]:.0%} of it at {small} lessons and {shares[large][0]:.0%} at {large}; "
            f"rendering the theme template of each page {shares[small][1]:.0%} and {shares[large][1]:.0%}. Each "
            "page's template renders the whole navigation (every lesson), so that part costs N pages × N links, "
            "and each lesson page's HTML grows with N (last column above).")


# -- live preview --------------------------------------------------------------------------------

def fresh_copy(root: Path, attempts: int = 4, wait: float = 30) -> None:
    """A new copy of the course that today's builder accepts (`course check` in a child, so with the
    builder's current code: others may have changed a check since the run started)."""
    for attempt in range(attempts):
        snapshot_course(root)
        check = run_child(course_cmd() + ["--lang", "en", "--root", str(root), "check"], timeout=BUILD_TIMEOUT)
        if check.returncode == 0:
            return
        print(f"  the course does not validate now ({check.stderr.strip().splitlines()[0]}); retrying",
              file=sys.stderr)
        if attempt + 1 < attempts:
            time.sleep(wait)
    raise RuntimeError(f"the course did not validate in {attempts} attempts: {check.stderr.strip()[:500]}")


def bench_preview(real: Real, runs: int) -> str:
    work = WORK / "preview"
    shutil.rmtree(work, ignore_errors=True)
    root = work / "course"
    fresh_copy(root)
    lesson_id = real.lesson.id
    lesson_file = next(p for p in (root / "course" / "lessons").glob("*.yaml")
                       if yaml.safe_load(p.read_text(encoding="utf-8")).get("id") == lesson_id)
    lesson = yaml.safe_load(lesson_file.read_text(encoding="utf-8"))
    # The plain baseline edits the generated English page of the same lesson.
    md_root = work / "src-en"
    shutil.copytree(real.src / "en", md_root)
    md_file = md_root / "docs" / "lessons" / f"{lesson_id}.md"
    summary = lesson["summary"]["en"].strip()
    if summary not in md_file.read_text(encoding="utf-8"):
        raise RuntimeError(f"the lesson summary is not in {md_file}")
    site_url = yaml.safe_load((md_root / "mkdocs.yml").read_text(encoding="utf-8")).get("site_url") or "/"
    mount = urlsplit(site_url).path or "/"

    course_port, plain_port = free_port(), free_port()
    course_url = f"http://127.0.0.1:{course_port}/en/lessons/{lesson_id}.html"
    plain_url = f"http://127.0.0.1:{plain_port}{mount}lessons/{lesson_id}.html"
    logs = work / "logs"
    logs.mkdir()
    latencies: dict[str, list[float]] = {"course": [], "plain": []}
    with contextlib.ExitStack() as stack:  # stops both servers, then closes their logs, whatever happens
        def start(cmd: list[str], name: str) -> subprocess.Popen:
            out = stack.enter_context(open(logs / f"{name}.out", "wb"))
            err = stack.enter_context(open(logs / f"{name}.err", "wb"))
            # `timeout` ends the server even if this process is killed before it can stop it.
            proc = subprocess.Popen(["timeout", "--kill-after=10", str(SERVER_LIFETIME), *cmd], stdout=out,
                                    stderr=err, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
            stack.callback(stop, proc)
            return proc

        servers = {
            "course serve": (start(course_cmd() + ["--root", str(root), "serve", "--port", str(course_port),
                                                   "--out", str(work / "site")], "course-serve"), course_url),
            "mkdocs serve": (start([PYTHON, "-m", "mkdocs", "serve", "-f", str(md_root / "mkdocs.yml"), "-a",
                                    f"127.0.0.1:{plain_port}"], "mkdocs-serve"), plain_url),
        }
        for name, (proc, url) in servers.items():
            # Up when the page answers; given up on at once if the server has stopped (a failed first build).
            if wait_until(lambda url=url, proc=proc: http_text(url) is not None or proc.poll() is not None, timeout=300,
                          interval=0.2) is None or proc.poll() is not None:
                log = (logs / f"{name.replace(' ', '-')}.err").read_text(errors="replace").strip()
                raise RuntimeError(f"{name} did not serve {url}: {log[-500:] or 'no output'}")

        current = {"course": summary, "plain": summary}

        def edit_course(marker: str) -> None:
            lesson["summary"]["en"] = marker
            lesson_file.write_text(yaml.safe_dump(lesson, allow_unicode=True, sort_keys=False, width=1000),
                                   encoding="utf-8")

        def edit_plain(marker: str) -> None:
            md_file.write_text(md_file.read_text(encoding="utf-8").replace(current["plain"], marker),
                               encoding="utf-8")

        edits = {"course": (edit_course, course_url), "plain": (edit_plain, plain_url)}
        for i in range(runs):
            for which in (["course", "plain"] if i % 2 == 0 else ["plain", "course"]):
                edit, url = edits[which]
                marker = f"Benchmark edit {i} {secrets.token_hex(4)}"
                edit(marker)
                started = time.perf_counter()
                # A request made during a rebuild is held until the rebuild ends, hence the long timeout.
                waited = wait_until(lambda marker=marker, url=url: marker in (http_text(url, timeout=60) or ""),
                                    timeout=120)
                if waited is None:
                    raise RuntimeError(f"{which}: the edit did not show at {url} within 120 s; see {logs}")
                latencies[which].append(time.perf_counter() - started)
                current[which] = marker
                time.sleep(1.0)  # let the watcher settle before the next save
            print(f"  preview run {i + 1}/{runs}: course serve {latencies['course'][-1]:.2f} s, mkdocs serve "
                  f"{latencies['plain'][-1]:.2f} s", file=sys.stderr)
    ratios = [c / p for c, p in zip(latencies["course"], latencies["plain"], strict=True)]
    rows = [["`course serve`: save lesson YAML → page served (s)", runs, fmt_spread(latencies["course"]), ""],
            ["`mkdocs serve`: save Markdown page → page served (s)", runs, fmt_spread(latencies["plain"]),
             "baseline"],
            ["**course / mkdocs serve**", runs, fmt_ratio(ratios), "no target"]]
    return "\n".join([
        f"The summary of lesson `{lesson_id}` edited and saved; the time runs until the rebuilt page, fetched "
        "over HTTP every 20 ms, shows the new text. Both servers run at once and take turns.", "",
        table(["measure", "runs", "median (min–max)", "note"], rows), "",
        "Like for like only up to a point: a lesson YAML holds both languages, so `course serve` validates the "
        "whole course and rebuilds both language sites on every save, where `mkdocs serve` rebuilds the one "
        "language whose Markdown changed. Both notice the save by polling the files (mkdocs' watcher).",
    ])


# -- page weight ---------------------------------------------------------------------------------

class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature of the base class
        pass


def _serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def stock_config(config: dict) -> dict:
    """The same pages and Markdown, with Material exactly as it comes: no custom_dir, no extra CSS/JS."""
    keep = ("site_name", "site_url", "docs_dir", "use_directory_urls", "nav", "markdown_extensions", "plugins")
    stock = {key: config[key] for key in keep if key in config}
    stock["theme"] = {"name": "material", "font": False, "language": config["theme"]["language"]}
    return stock


KINDS = {"document": "HTML", "stylesheet": "CSS", "script": "JS"}


def page_requests(browser, url: str) -> list[tuple[str, str, int]]:
    """(kind, url, status) of everything the page loads on a first visit, each URL once."""
    context = browser.new_context()
    seen: dict[str, tuple[str, str, int]] = {}

    def on_response(response) -> None:
        kind = KINDS.get(response.request.resource_type, "images, fonts")  # the favicon is "other"
        if response.url.endswith(".json"):
            kind = "search index"
        elif "/assets/javascripts/lunr/" in response.url:
            # The search worker's language pack (stemmer, stop words), fetched by the worker after
            # load like the index; it has its own budget in the Search section.
            kind = "search language"
        seen.setdefault(response.url, (kind, response.url, response.status))
    context.on("response", on_response)
    page = context.new_page()
    page.goto(url, wait_until="networkidle", timeout=60_000)
    page.wait_for_timeout(500)  # the search worker fetches its index just after load
    context.close()
    return list(seen.values())


def weigh(folder: Path, requests: list[tuple[str, str, int]]) -> tuple[dict, list[str]]:
    """Raw and gzip bytes per kind, from the files on disk; and what failed to load."""
    sizes: dict[str, list[int]] = {}
    missing = []
    for kind, url, status in requests:
        if status != 200:
            missing.append(f"{urlsplit(url).path} ({status})")
            continue
        path = folder / unquote(urlsplit(url).path).lstrip("/")
        data = path.read_bytes()
        raw, gz = sizes.setdefault(kind, [0, 0])
        sizes[kind] = [raw + len(data), gz + gzip_size(data)]
    return sizes, missing


OWN_BUDGETS = {"diagnostic": 18, "team": 22}
"""KB gzip of the course's own scripts and styles (`own_assets`) a page may load."""
LESSON_EXTRA_BUDGET = 9
"""KB gzip a lesson page with its check may weigh over the stock page."""
MATERIAL_ASSETS = ("javascripts", "stylesheets")
"""Material's own folders under the site's assets/ (its bundle, its styles, the search worker and packs)."""


INLINE_STYLES = "(styles inline in the page)"


def inline_styles(html: bytes) -> bytes:
    """The styles a page carries in its own <style> elements (the course's, for its kind of page)."""
    return b"".join(re.findall(rb"<style>(.*?)</style>", html, re.S))


def own_assets(folder: Path, lang: str, requests: list[tuple[str, str, int]]) -> dict[str, int]:
    """The course's own scripts and styles a page loaded: every JS or CSS file under the site's assets/ that
    is not Material's own, and the styles inline in the page, as {path under assets/: gzip bytes}."""
    prefix = f"/{lang}/assets/"
    out = {}
    for kind, url, status in requests:
        path = unquote(urlsplit(url).path)
        if kind == "HTML" and status == 200:
            styles = inline_styles((folder / path.lstrip("/")).read_bytes())
            if styles:
                out[INLINE_STYLES] = gzip_size(styles)
        if kind not in ("JS", "CSS") or status != 200 or not path.startswith(prefix):
            continue
        rel = path[len(prefix):]
        if rel.split("/")[0] not in MATERIAL_ASSETS:
            out[rel] = gzip_size((folder / path.lstrip("/")).read_bytes())
    return out


@functools.cache
def build_stock(real: Real) -> Path:
    """The default language's generated Markdown built with Material as it comes (`stock_config`): the
    baseline of the page weights and of the first paint."""
    lang = real.default
    stock_site = WORK / "weight" / "stock"
    shutil.rmtree(stock_site, ignore_errors=True)
    config_file = real.configs()[LANGS.index(lang)]  # the pages with their texts' Markdown, as stock mkdocs reads
    stock_file = config_file.with_name("mkdocs-stock.yml")  # beside the original, so docs_dir resolves the same
    stock_file.write_text(yaml.safe_dump(stock_config(yaml.safe_load(config_file.read_text(encoding="utf-8"))),
                                         allow_unicode=True, sort_keys=False), encoding="utf-8")
    checked(run_child(plain_cmd([stock_file], stock_site), timeout=BUILD_TIMEOUT), "stock mkdocs build")
    return stock_site


def bench_weight(real: Real) -> str:
    from playwright.sync_api import sync_playwright

    lang = real.default
    stock_site = build_stock(real)

    pages = [("home", "index.html"), (f"lesson `{real.lesson.id}` with its check", f"lessons/{real.lesson.id}.html"),
             ("diagnostic", "diagnostic.html"), ("team", "team.html")]
    course_server, course_base = _serve(real.site)
    stock_server, stock_base = _serve(stock_site)
    rows, notes, lesson_extra, own = [], [], None, {}
    index_loaded = False
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
            try:
                for name, rel in pages:
                    requests = page_requests(browser, f"{course_base}/{lang}/{rel}")
                    ours, missing = weigh(real.site, requests)
                    if name in OWN_BUDGETS:
                        own[name] = own_assets(real.site, lang, requests)
                    stock, _ = weigh(stock_site, page_requests(browser, f"{stock_base}/{lang}/{rel}"))
                    index_loaded |= "search index" in ours
                    if missing:
                        notes.append(f"{name}: failed to load {', '.join(missing)}")
                    def total(s: dict, i: int) -> float:  # every request but the search's
                        return sum(v[i] for k, v in s.items() if not k.startswith("search"))

                    extra = total(ours, 1) - total(stock, 1)
                    if rel.startswith("lessons/"):
                        lesson_extra = extra
                    def kb(s: dict, k: str) -> str:
                        return fmt_kb(s.get(k, [0, 0])[1])

                    rows.append([name, kb(ours, "HTML"), kb(ours, "CSS"), kb(ours, "JS"), kb(ours, "images, fonts"),
                                 kb(ours, "search language"),
                                 f"{fmt_kb(total(ours, 0))} / **{fmt_kb(total(ours, 1))}**",
                                 f"{fmt_kb(total(stock, 0))} / {fmt_kb(total(stock, 1))}",
                                 f"{total(ours, 1) / total(stock, 1):.2f}×", f"{extra / 1024:+.1f} KB"])
            finally:
                browser.close()
    finally:
        course_server.shutdown()
        stock_server.shutdown()

    assets = real.site / lang / "assets"
    quiz_file, lesson_page = assets / "course" / "quiz.js", real.site / lang / "lessons" / f"{real.lesson.id}.html"
    quiz_parts = [quiz_file.read_bytes() if quiz_file.is_file() else b"",
                  inline_styles(lesson_page.read_bytes()) if lesson_page.is_file() else b""]
    absent = [name for name, data in zip(("quiz.js", "its inline styles"), quiz_parts, strict=True)
              if not data]
    quiz_gz = sum(gzip_size(data) for data in quiz_parts if data)
    quiz_raw = sum(len(data) for data in quiz_parts)
    targets = [
        ["a lesson's own script and styles (`assets/course/quiz.js` + its inline `<style>`), gzip",
         f"{fmt_kb(quiz_gz)} (raw {fmt_kb(quiz_raw)})" + (f"; missing: {', '.join(absent)}" if absent else ""),
         "≤ 10 KB", met(quiz_gz <= 10 * 1024 and not absent)],
        ["lesson page with its check, minus the stock page, gzip",
         f"{lesson_extra / 1024:+.1f} KB", f"≤ {LESSON_EXTRA_BUDGET} KB",
         met(lesson_extra <= LESSON_EXTRA_BUDGET * 1024)],
    ]
    for name, budget in OWN_BUDGETS.items():
        total = sum(own.get(name, {}).values())
        over = f"; {fmt_kb(total - budget * 1024)} over" if total > budget * 1024 else ""
        targets.append([f"{name} page: the course's own JS + CSS (all of `assets/` but Material's), gzip",
                        fmt_kb(total) + over, f"≤ {budget} KB", met(bool(own.get(name)) and total <= budget * 1024)])
    files = sorted({f for sizes in own.values() for f in sizes})
    own_rows = [[f if f == INLINE_STYLES else f"`assets/{f}`",
                 *(fmt_kb(own[n][f]) if f in own.get(n, {}) else "–" for n in OWN_BUDGETS)]
                for f in files]
    own_rows.append(["**total**", *(f"**{fmt_kb(sum(own.get(n, {}).values()))}**" for n in OWN_BUDGETS)])
    index_rows, one_each = search_indexes(real)
    targets.append(["one search index per language", "yes" if one_each else "no", "one each", met(one_each)])
    out = [
        f"First visit of each page in Chromium ({lang}), every request recorded; sizes are of the files served, "
        f"gzip at level 6. The stock page is the same generated Markdown built with Material as it comes "
        "(`font: false`, no `custom_dir`, no extra CSS/JS).", "",
        table(["page", "HTML gz", "CSS gz", "JS gz", "images, fonts gz", "search language gz †",
               "total raw / **gzip**", "stock raw / gzip",
               "gzip vs stock", "extra gzip"], rows), "",
        table(["target", "measured", "target", "result"], targets), "",
        "The course's own scripts and styles each page loads (gzip, each file as served): the styles of its "
        "kind of page inline in its head, one script per kind of page (`builder/site/pages/assets.py`), the "
        "academy's colours and the course's progress included:", "",
        table(["file", *(f"{n} page" for n in OWN_BUDGETS)], own_rows), "",
        check_html_note(real.site / lang / "lessons" / f"{real.lesson.id}.html"), "",
        "Search index (`search/search_index.json`), per language:", "",
        table(["language", "raw", "gzip", "documents", "pages", "only this language's pages"], index_rows), "",
        ("Each page's first visit also downloads its language's search index (the search worker fetches it "
         "on load, as in stock Material); the totals above leave it out. † The worker's language pack "
         "(`assets/javascripts/lunr/min/`: Material's stemmer support and the course's stemmer, stop words "
         "and exception table) is fetched the same way, after the page has loaded; it is left out of the "
         "totals too and has its own budget in the Search section (≤ 4 KB gzip for the extension)."
         if index_loaded else
         "The search index was not fetched on page load."),
    ]
    if notes:
        out += ["", "Not loaded: " + "; ".join(notes)]
    return "\n".join(out)


def check_html_note(page: Path) -> str:
    """The knowledge check's own markup travels in the Markdown, so the stock page carries it too: say how much."""
    html = page.read_text(encoding="utf-8")
    form = re.search(r'<form class="selaras-quiz".*?</form>', html, re.S)
    if not form:
        return "No knowledge check form found in the lesson page."
    data = form.group(0).encode("utf-8")
    return (f"The check's own HTML (its `<form>`, with the data its script reads) is {fmt_kb(len(data))} raw, "
            f"{fmt_kb(gzip_size(data))} gzip on its own; it is part of the generated Markdown, so the stock page "
            "has it too and the difference above is the theme overrides, styles and scripts.")


def search_indexes(real: Real) -> tuple[list[list[str]], bool]:
    rows, ok = [], True
    for lang in LANGS:
        found = list((real.site / lang).rglob("search_index.json"))
        index = json.loads(found[0].read_text(encoding="utf-8")) if len(found) == 1 else {"docs": []}
        data = found[0].read_bytes() if found else b""
        pages = {d["location"].split("#")[0] for d in index["docs"]}
        docs = real.src / lang / "docs"
        own = {p.relative_to(docs).with_suffix(".html").as_posix() for p in docs.rglob("*.md")}
        other_title = real.course.info.title[[x for x in LANGS if x != lang][0]]
        alone = len(found) == 1 and pages <= own and other_title not in data.decode("utf-8")
        ok &= alone
        rows.append([lang, fmt_kb(len(data)), fmt_kb(gzip_size(data)), str(len(index["docs"])),
                     f"{len(pages)} of {len(own)}", "yes" if alone else "no"])
    ok &= len(list(real.site.glob("search_index.json"))) == 0  # nothing shared at the site root
    return rows, ok


# -- report --------------------------------------------------------------------------------------

def builder_digest() -> str:
    """A fingerprint of the builder's code, templates and assets, to notice edits made during a run."""
    import hashlib
    digest = hashlib.sha256()
    for path in sorted((ROOT / "builder").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def git_head() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              timeout=30).stdout.strip() or "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


def machine() -> str:
    rows = [["CPU cores", str(os.cpu_count())], ["load average at start", " / ".join(f"{x:.1f}" for x in
                                                                                     os.getloadavg())],
            ["Python", platform.python_version()], ["mkdocs", version("mkdocs")],
            ["mkdocs-material", version("mkdocs-material")], ["OS", platform.platform()],
            ["commit", f"{git_head()} (builder files digest {builder_digest()})"]]
    return table(["", ""], rows)


def bench_firstpaint(real: Real, runs: int) -> str:
    """LCP and TBT of home, a lesson and the diagnostic in both languages: Lighthouse, median of the runs."""
    import lighthouse_bench as lb

    why = lb.available()
    if why:
        return f"**Not measured**: {why}."
    pages = [(lang, name, f"{lang}/{rel}") for lang in LANGS
             for name, rel in (("home", "index.html"), (f"lesson `{real.lesson.id}`", f"lessons/{real.lesson.id}.html"),
                               ("diagnostic", "diagnostic.html"))]
    count = max(3, runs)
    results = lb.run_pages(real.site, [path for _, _, path in pages], count, WORK / "lighthouse")
    # The baseline: the same lesson's Markdown built with Material as it comes (its stylesheets and script
    # at the end of the body, as stock), measured the same way in this run.
    lesson = f"lessons/{real.lesson.id}.html"
    stock = lb.run_pages(build_stock(real), [f"{real.default}/{lesson}"], count, WORK / "lighthouse")[0]
    rows = []
    for (lang, name, _), r in zip(pages, results, strict=True):
        rows.append([f"{name} ({lang})", fmt_spread(r.fcp_ms, "{:.0f}"), fmt_spread(r.lcp_ms, "{:.0f}"),
                     fmt_spread(r.tbt_ms, "{:.0f}"), ", ".join(f"`{Path(b).name}`" for b in r.blocking) or "none",
                     met(r.met)])
    ours = next(r for (lang, _, path), r in zip(pages, results, strict=True) if path == f"{real.default}/{lesson}")
    rows.append([f"*baseline: stock Material, lesson `{real.lesson.id}` ({real.default})*",
                 fmt_spread(stock.fcp_ms, "{:.0f}"), fmt_spread(stock.lcp_ms, "{:.0f}"),
                 fmt_spread(stock.tbt_ms, "{:.0f}"), ", ".join(f"`{Path(b).name}`" for b in stock.blocking) or "none",
                 f"course's lesson LCP {ours.lcp / stock.lcp:.2f}× the stock page's"])
    slowest = max(results, key=lambda r: r.lcp)
    return "\n".join([
        f"Lighthouse 12 (npm `lighthouse`, benchmarks/package-lock.json), its mobile defaults: a mid-range phone "
        f"on simulated slow 4G (150 ms round trip, 1.6 Mbit/s, CPU slowed 4×), Debian's Chromium, the site served "
        f"with gzip from this machine (`benchmarks/lighthouse_bench.py`). {count} runs per page, taking turns; "
        f"median (min–max) in ms. The figures are Lighthouse's simulation, so they depend little on this "
        f"machine's speed.", "",
        table(["page", "FCP (ms)", "LCP (ms)", "TBT (ms)", "render-blocking requests (last run)",
               f"LCP ≤ {lb.LCP_TARGET_MS} ms, TBT ≤ {lb.TBT_TARGET_MS} ms"], rows), "",
        "What the course does for it: the styles of each kind of page are inline in its head "
        "(2–5 KB gzip; no stylesheet of the course's own blocks the paint), a small logo is a data: URL, "
        "and the scripts (Material's bundle, then the course's) are fetched once the page has been painted "
        "(`builder/site/mkdocs/theme/main.html`). What still blocks the paint is Material's own two "
        f"stylesheets. Slowest median LCP: {slowest.lcp:.0f} ms (`{slowest.url}`).",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: 2 runs, scale 10 and 100 only")
    parser.add_argument("--runs", type=int, help="runs per timing (default 5; 2 with --quick)")
    parser.add_argument("--only", help="comma-separated sections: build,package,decks,scale,preview,weight,"
                                       "search,firstpaint,slidesopen")
    args = parser.parse_args(argv)
    runs = args.runs or (2 if args.quick else 5)
    sizes = [10, 100] if args.quick else [10, 100, 300]
    only = set(args.only.split(",")) if args.only else {"build", "package", "decks", "scale", "preview", "weight",
                                                          "search", "firstpaint", "slidesopen"}
    WORK.mkdir(parents=True, exist_ok=True)
    start_spawner()  # before this process grows: see spawner.py
    # The builder as installed: its modules compiled once, as pip compiles a package it installs
    # (an editable checkout run with PYTHONDONTWRITEBYTECODE would compile them on every command,
    # a cost no instructor pays). mkdocs and Material in the virtualenv are compiled already.
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(ROOT / "builder")], check=True, timeout=300,
                   env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
    # A plain `kill` (or a CI timeout) still runs the clean-up: servers stopped, files closed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    started = time.time()
    digest = builder_digest()
    sections: list[tuple[str, str]] = [("Machine", machine())]
    print("preparing the real course ...", file=sys.stderr)
    real = (Real(attempts=2 if args.quick else 4, wait=30)
            if only & {"build", "package", "decks", "preview", "weight", "search", "firstpaint", "slidesopen"}
            else None)
    plan = [("build", "Build", lambda: bench_build(real, runs)),
            ("package", "Packages", lambda: bench_package(real, runs)),
            ("decks", "Slides and decks", lambda: bench_decks(real, runs)),
            ("slidesopen", "Slides from disk", lambda: bench_slides_open(real, runs)),
            ("scale", "Scale", lambda: bench_scale(sizes, runs, min(runs, 3))),
            ("preview", "Live preview", lambda: bench_preview(real, runs)),
            ("weight", "Page weight", lambda: bench_weight(real)),
            ("search", "Search", lambda: bench_search(real, plain_cmd, table, met, checked, CHROMIUM, CHROMIUM_FLAGS)),
            ("firstpaint", "First paint on a phone", lambda: bench_firstpaint(real, runs))]
    failed = False
    for key, title, run in plan:
        if key not in only:
            continue
        print(f"{title} ...", file=sys.stderr)
        try:
            body = run()
        except Exception as exc:  # noqa: BLE001 - one broken section must not hide the others' figures
            failed = True
            traceback.print_exc()
            body = f"**Section failed**: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        sections.append((title, body))
        print(f"\n## {title}\n\n{body}\n", flush=True)

    minutes = (time.time() - started) / 60
    report = ["# Benchmark results", "",
              f"Written by `make bench` (`benchmarks/run.py{' --quick' if args.quick else ''}"
              f"{f' --runs {args.runs}' if args.runs else ''}`) on "
              f"{datetime.date.today().isoformat()}, {minutes:.0f} minutes. Timings are ratios against a baseline "
              "measured in the same run, median (min–max) over the runs; see benchmarks/README.md.", ""]
    if builder_digest() != digest:  # the figures mix two versions of the builder
        failed = True
        report += ["> **The builder changed during this run** (someone saved builder/ files): the figures mix two "
                   "versions. Run it again.", ""]
    for title, body in sections:
        report += [f"## {title}", "", body, ""]
    full = not args.quick and not args.only
    target = HERE / "RESULTS.md" if full else WORK / "RESULTS.md"
    target.write_text("\n".join(report), encoding="utf-8")
    print(f"written to {target.relative_to(ROOT)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
