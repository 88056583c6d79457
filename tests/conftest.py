"""Shared fixtures: a small course for unit tests, the real course built once, a local web server, Chromium."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Files the small test course borrows from the real one. Not the branding: the small course has its own
# academy.yaml and logo (tests/fixtures/mini/course/), so an academy that renames itself, changes its
# colours or its logo's file name keeps every builder test green (tests/course/test_rebrand.py).
SHARED_FILES = ["course/course.yaml", "course/model.yaml", "course/ui.yaml", "course/toolkit.yaml",
                "quizzes/diagnostic.yaml", "mkdocs.yml",
                "course/evaluation.yaml"]


def logo_of(root: Path) -> Path:
    """The logo file a course's academy.yaml names (`logo:`), never a name assumed."""
    import yaml

    academy = yaml.safe_load((root / "course" / "academy.yaml").read_text(encoding="utf-8"))
    return root / "course" / academy["logo"]

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite the golden files in tests/golden/ from the current output")


@pytest.fixture
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


def browser_required() -> bool:
    """In CI a missing browser is a failure; on a developer's machine it is a skip with a reason."""
    return bool(os.environ.get("CI") or os.environ.get("SELARAS_REQUIRE_BROWSER"))


def needs(path: Path, what: str, how: str) -> Path:
    """`path`, which a test needs; when it is missing the test says so and skips (in CI it fails)."""
    if not path.exists():
        message = f"{path} is missing ({what}): {how}"
        if browser_required():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


def make_course(dest: Path, *overlays: Path, source: Path = ROOT) -> Path:
    """A complete course in `dest`: the shared files of the course at `source` (the shipped one unless
    told), the mini course (lesson, check, glossary, academy and logo), then each overlay folder on top."""
    for rel in SHARED_FILES:
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / rel, target)
    for overlay in (FIXTURES / "mini", *overlays):
        shutil.copytree(overlay, dest, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("expected*.txt", "README*"))
    # One time for every file: which of two files was saved later decides which one a duplicate id is
    # reported at, and a checkout's times are not the same on every machine.
    for path in dest.rglob("*"):
        if path.is_file() and not path.is_symlink():
            os.utime(path, (1_700_000_000, 1_700_000_000))
    return dest


@pytest.fixture
def mini_course(tmp_path: Path) -> Path:
    return make_course(tmp_path / "mini")


HOSTILE = """X<img src=x onerror=alert(1)>"'</script>[l](javascript:alert(2)){ onclick=alert(3) }&amp;"""
"""Markup in a plain text: every page must show it as written, and nothing in it may run."""


def hostile_course(dest: Path) -> Path:
    """The small course with HOSTILE in a plain text of every kind each template and the theme write."""
    import yaml

    root = make_course(dest)

    def edit(rel: str, change) -> None:
        path = root / rel
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(data)
        dumper = type("NoAliases", (yaml.SafeDumper,), {"ignore_aliases": lambda self, data: True})
        path.write_text(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False), encoding="utf-8")

    both = {"id": "ID " + HOSTILE, "en": "EN " + HOSTILE}

    def course(d):
        d["title"] = both
        d["tagline"] = both
        d["sources"][0]["short"] = HOSTILE

    def academy(d):
        d["name"] = HOSTILE
        d["tagline"] = both
        d["contact"][0] = {"label": both, "value": HOSTILE}

    def lesson(d):
        d["title"] = both
        d["summary"] = both
        d["sections"][0]["heading"] = both

    def quiz(d):
        d["title"] = both
        pairs = next(q for q in d["questions"] if q["type"] == "matching")["pairs"]
        pairs[0]["right"] = both

    def model(d):
        d["stages"][0]["name"] = both
        d["practices"][0]["name"] = both

    def glossary(d):
        d["terms"][0]["term"] = both

    def diagnostic(d):
        d["title"] = both
        d["statements"][0]["text"] = both

    def toolkit(d):
        d["title"] = both
        d["templates"][0]["title"] = both

    def ui(d):  # interface words may hold only their own {placeholders}
        words = {lang: text.split("{", 1)[0] for lang, text in both.items()}
        for key in ("home", "lessons", "credits", "language_name", "start", "key_points", "kind_template"):
            d["site"][key] = dict(words)
        for key in ("check", "scenario", "choose"):
            d["quiz"][key] = dict(words)
        d["diagnostic"]["result"] = dict(words)

    edit("course/course.yaml", course)
    edit("course/academy.yaml", academy)
    edit("course/lessons/01-handoff.yaml", lesson)
    edit("quizzes/handoff-check.yaml", quiz)
    edit("course/model.yaml", model)
    edit("course/glossary.yaml", glossary)
    edit("quizzes/diagnostic.yaml", diagnostic)
    edit("course/toolkit.yaml", toolkit)
    edit("course/ui.yaml", ui)
    return root


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "browser" in item.path.parts:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.slow)  # `pytest -m "not slow"` is the quick loop without a browser


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real course, built once for the whole test session."""
    from builder.site.build import build

    out = tmp_path_factory.mktemp("site") / "site"
    build(ROOT, out)
    return out


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature of the base class
        pass


@contextlib.contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """http://127.0.0.1:PORT (no trailing slash) serving `folder` while the block runs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    """http://127.0.0.1:PORT serving the built site (no trailing slash)."""
    with serve_folder(built_site) as url:
        yield url


# Every browser context a test opens: no motion, so a test never sees an element mid-transition
# (axe once measured the back-to-top button's contrast halfway through its fade-in).
CONTEXT_ARGS = {"reduced_motion": "reduce"}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, **CONTEXT_ARGS}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, never a downloaded browser."""
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: install Debian's package `chromium` (.ci/run does)"
        if browser_required():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "headless": True,
            "args": CHROMIUM_FLAGS}


@pytest.fixture(scope="session")
def node() -> str:
    """Node.js, which runs the pages' JavaScript cores against the vectors Python also passes; missing, the
    test skips with the reason (in CI it fails)."""
    found = shutil.which("node")
    if not found:
        message = "node is missing: the pages' JavaScript cannot be checked against its vectors (install Node.js)"
        if browser_required():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def course_root(tmp_path_factory) -> Path:
    """A course with editions and slide-worthy lessons (the editions and slides fixtures over the mini
    course), one per test module, for the slide and deck tests."""
    return make_course(tmp_path_factory.mktemp("slides") / "c", FIXTURES / "editions", FIXTURES / "slides")

