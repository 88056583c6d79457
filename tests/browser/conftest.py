"""What every browser test shares: a page counts as loaded once the course's scripts have run.

The pages fetch their scripts only after the first paint (mkdocs/theme/main.html), which may come
after the `load` event Playwright waits for; the loader marks <html data-selaras-scripts> "loading"
and then "ready". Every navigation of a page waits for that state, so no test reads a page whose
scripts have not started. A page without the loader, or without JavaScript, has no such mark.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

import pytest

SCRIPTS_READY = "() => document.documentElement.getAttribute('data-selaras-scripts') !== 'loading'"


def wait_for_scripts(target) -> None:
    """Wait until the course's scripts have run in `target` (a Page or a Frame)."""
    target.wait_for_function(SCRIPTS_READY)


@pytest.fixture(scope="session", autouse=True)
def _navigations_wait_for_the_scripts():
    from playwright.sync_api import Page

    wrapped = {}
    for name in ("goto", "reload", "go_back", "go_forward"):
        original = wrapped[name] = getattr(Page, name)

        @functools.wraps(original)
        def navigate(self, *args, _original=original, **kwargs):
            response = _original(self, *args, **kwargs)
            if kwargs.get("wait_until") not in ("commit", "domcontentloaded"):
                wait_for_scripts(self)
            return response

        setattr(Page, name, navigate)
    yield
    for name, original in wrapped.items():
        setattr(Page, name, original)


class SessionCourse(NamedTuple):
    source: Path
    """The course's sources (the mini course with the session-slides fixture over it, a real-looking site_url)."""
    unzipped: Path
    """Its default edition's offline zip, unzipped: the folder a trainer opens from disk."""


@pytest.fixture(scope="session")
def session_course(tmp_path_factory) -> SessionCourse:
    """A course with facilitator sessions on the clock (tests/fixtures/session-slides), packaged once for every
    test of the session slides: a real-looking `site_url`, so the slides carry QR codes."""
    import zipfile

    import yaml

    from builder.publish.offline import folder_name
    from builder.publish.package import package
    from builder.sources.load import load_course

    from ..conftest import FIXTURES, make_course

    root = tmp_path_factory.mktemp("sessions")
    course = make_course(root / "src", FIXTURES / "editions", FIXTURES / "slides", FIXTURES / "session-slides")
    academy = course / "course" / "academy.yaml"
    data = yaml.safe_load(academy.read_text(encoding="utf-8"))
    data["site_url"] = "https://belajar.akademi-contoh.co.id/selaras/"  # a real-looking address: QR codes
    academy.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = package(course, root / "dist")[0]
    with zipfile.ZipFile(result.offline) as zf:
        zf.extractall(root / "unzipped")
    return SessionCourse(course, root / "unzipped" / folder_name(load_course(course)))


@pytest.fixture(scope="session")
def session_unzipped(session_course: SessionCourse) -> Path:
    return session_course.unzipped
