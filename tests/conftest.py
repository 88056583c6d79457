"""Shared fixtures: a small course for unit tests, the real course built once, a local web server, Chromium."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Files the small test course borrows from the real one (everything but lessons, quizzes and glossary).
SHARED_FILES = ["course/course.yaml", "course/academy.yaml", "course/model.yaml", "course/ui.yaml",
                "course/logo.svg", "quizzes/diagnostic.yaml", "mkdocs.yml"]

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


def make_course(dest: Path, *overlays: Path) -> Path:
    """A complete course in `dest`: the shared files, the mini lesson, then each overlay folder on top."""
    for rel in SHARED_FILES:
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / rel, target)
    for overlay in (FIXTURES / "mini", *overlays):
        shutil.copytree(overlay, dest, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("expected*.txt", "README*"))
    return dest


@pytest.fixture
def mini_course(tmp_path: Path) -> Path:
    return make_course(tmp_path / "mini")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "browser" in item.path.parts:
            item.add_marker(pytest.mark.browser)


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


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    """http://127.0.0.1:PORT serving the built site (no trailing slash)."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


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
