"""Study time in Chromium at a phone's width: the home page states the total with its parts (and, past two
hours, that it is more than one sitting), each lesson its own time with its parts, and a task is a box
with its minutes and a link to its template. Nothing overflows 360 px; axe finds nothing serious."""

from __future__ import annotations

import pytest
import yaml

from ..conftest import make_course, serve_folder
from .support import run_axe


@pytest.fixture(scope="module")
def long_site(tmp_path_factory):
    """The small course with three long drafting tasks: more than two hours in all."""
    from builder.site.build import build
    from builder.sources.load import load_course

    root = make_course(tmp_path_factory.mktemp("time") / "course")
    path = root / "course/lessons/01-handoff.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["tasks"] = [{"text": {"id": f"Susun bagian {n} dari rencana 90 hari Anda dengan templat di bawah ini.",
                               "en": f"Draft part {n} of your 90-day plan on the template below."},
                      "minutes": 60, "toolkit": "plan-90-days"} for n in (1, 2, 3)]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    course = load_course(root)
    site = tmp_path_factory.mktemp("site")
    build(root, site)
    with serve_folder(site) as url:
        yield url, course


def _overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_home_and_lesson_show_the_time_split_at_360px(page, long_site, lang):
    url, course = long_site
    ui = course.ui.site
    t = course.time(course.lessons[0])
    page.set_viewport_size({"width": 360, "height": 740})

    page.goto(f"{url}/{lang}/index.html")
    total = page.locator(".selaras-total-time")
    total.wait_for()
    head = ui.total_time[lang].format(lessons=1, minutes=course.total_minutes)
    assert total.inner_text().startswith(f"{head}: ")
    assert ui.time_tasks[lang].format(minutes=t.tasks) in total.inner_text()
    note = page.locator(".selaras-long-course")
    assert note.is_visible() and note.inner_text() == ui.long_course[lang].format(hours=2)
    minutes = page.locator(".selaras-path .selaras-minutes").first
    assert minutes.inner_text().startswith(f"({ui.minutes[lang].format(minutes=t.total)}: ")
    assert _overflow(page) <= 360
    assert run_axe(page) == []

    page.goto(f"{url}/{lang}/lessons/handoff.html")
    meta = page.locator(".selaras-meta")
    meta.wait_for()
    position = ui.lesson_position[lang].format(number=1, total=1)
    assert meta.inner_text().startswith(f"{position} · {ui.minutes[lang].format(minutes=t.total)}: ")
    assert ui.time_reading[lang].format(minutes=t.reading) in meta.inner_text()
    heading = page.get_by_role("heading", name=ui.tasks[lang], exact=True)
    assert heading.is_visible()
    boxes = page.locator(".admonition.note")
    assert boxes.count() == 3
    first = boxes.first
    assert first.locator(".admonition-title").inner_text().strip() == ui.task[lang].format(minutes=60)
    link = first.locator('a[href*="toolkit"]')
    assert link.count() == 1 and link.get_attribute("href").endswith("#plan-90-days")
    box = first.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert _overflow(page) <= 360
    assert run_axe(page) == []
