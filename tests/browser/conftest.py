"""What every browser test shares: a page counts as loaded once the course's scripts have run.

The pages fetch their scripts only after the first paint (mkdocs/theme/main.html), which may come
after the `load` event Playwright waits for; the loader marks <html data-selaras-scripts> "loading"
and then "ready". Every navigation of a page waits for that state, so no test reads a page whose
scripts have not started. A page without the loader, or without JavaScript, has no such mark.
"""

from __future__ import annotations

import functools

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
