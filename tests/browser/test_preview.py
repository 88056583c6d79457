"""`course serve` in Chromium: a broken save shows its problems over the page, as the terminal lists them,
and the next good save takes them away. A built site never carries the box."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.problems import notice

from ..site.test_serve import serving
from .support import run_axe

SLOW_BUILD = 90_000  # ms: a bound that keeps a broken preview from hanging the suite, not a timing


@pytest.fixture
def preview(tmp_path: Path):
    with serving(tmp_path) as (root, url, _proc):
        yield root, url, tmp_path / "serve.log"


@pytest.mark.parametrize("width", [360, 1280])
def test_a_broken_save_is_shown_over_the_page_until_the_next_good_save(page, preview, width: int):
    root, url, log = preview
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(url)
    assert page.locator("#selaras-preview-problems").count() == 0  # nothing wrong yet
    lesson = root / "course" / "lessons" / "01-handoff.yaml"
    good = lesson.read_text(encoding="utf-8")
    lesson.write_text(good.replace("summary:", "sumary:"), encoding="utf-8")
    box = page.locator("#selaras-preview-problems")
    box.wait_for(timeout=SLOW_BUILD)  # the page reloads after the failed build, then asks for its problems
    text = box.inner_text()
    assert notice("en", "notices", "preview_problems_title") in text
    line = next(x for x in log.read_text(encoding="utf-8").splitlines() if "sumary" in x)
    assert line.strip() in text  # the very line the terminal printed, file:line first
    assert page.get_attribute("#selaras-preview-problems", "role") == "alert"
    assert "One simple rule of engagement" in page.inner_text("article")  # the last good page, under the box
    assert not [v for v in run_axe(page) if v["impact"] in ("serious", "critical")]
    box_size = box.bounding_box()
    assert box_size and box_size["width"] <= width
    # Hidden by the learner's click, for now; the next good save reloads the page without it.
    page.click("#selaras-preview-problems button")
    assert box.count() == 0
    lesson.write_text(good.replace("One simple rule of engagement", "A mended rule of engagement"), encoding="utf-8")
    page.wait_for_function(  # the body is null for a moment while the page reloads
        "() => document.body !== null && document.body.innerText.includes('A mended rule of engagement')",
        timeout=SLOW_BUILD)
    page.wait_for_load_state()
    assert page.locator("#selaras-preview-problems").count() == 0


def test_the_built_site_never_carries_the_box(built_site: Path):
    for html in built_site.rglob("*.html"):
        assert "selaras-preview" not in html.read_text(encoding="utf-8"), html
