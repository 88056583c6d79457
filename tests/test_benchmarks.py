"""Smoke test of benchmarks/: the pure helpers work and a generated course is valid. Nothing is timed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from builder.site.pages.render import render_all
from builder.sources.load import load_course

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))
import benchlib  # noqa: E402 - importable once benchmarks/ is on the path


def _load_run():
    spec = importlib.util.spec_from_file_location("bench_run", BENCH / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_median_and_range_formatting():
    assert benchlib.spread([3.0, 1.0, 2.0]) == (2.0, 1.0, 3.0)
    assert benchlib.fmt_spread([1.0, 4.0, 2.0]) == "2.00 (1.00–4.00)"
    assert benchlib.fmt_ratio([1.1, 1.2]) == "1.15× (1.10–1.20)"
    assert benchlib.fmt_spread([0.5], "{:.1f}", " s") == "0.5 s"
    with pytest.raises(ValueError):
        benchlib.spread([])


def test_growth_exponent():
    assert benchlib.growth_exponent(100, 2.0, 300, 6.0) == pytest.approx(1.0)
    assert benchlib.growth_exponent(100, 1.0, 300, 9.0) == pytest.approx(2.0)


def test_own_cost_leaves_out_mkdocs_and_start_up():
    phases = {"import": 0.5, "load": 0.25, "render": 0.5, "write": 0.125, "mkdocs": 3.0, "finish": 0.125,
              "pages": 12}
    assert benchlib.own_cost(phases) == 1.0


def test_gzip_size_is_reproducible_and_smaller_for_repetitive_text():
    data = b"selaras " * 1000
    assert benchlib.gzip_size(data) == benchlib.gzip_size(data)
    assert benchlib.gzip_size(data) < len(data) / 10


def test_generated_course_of_three_lessons_validates(tmp_path: Path):
    root = benchlib.generate_course(tmp_path / "course", 3)
    course = load_course(root)
    assert [lesson.order for lesson in course.lessons] == [1, 2, 3]
    assert len({lesson.id for lesson in course.lessons}) == 3
    assert len(course.quizzes) == 3
    assert len({lesson.title["en"] for lesson in course.lessons}) == 3
    sites = render_all(course)
    assert all(f"lessons/{lesson.id}.md" in sites["en"].pages for lesson in course.lessons)


def test_run_module_imports_and_its_pure_helpers_work():
    run = _load_run()
    assert run.table(["a", "b"], [["1", "2"]]) == "| a | b |\n|---|---|\n| 1 | 2 |"
    assert run.met(True) == "met" and "NOT" in run.met(False)
    stock = run.stock_config({"site_name": "S", "docs_dir": "docs", "nav": [{"Home": "index.md"}],
                              "extra_css": ["assets/quiz.css"], "extra_javascript": ["assets/quiz.js"],
                              "theme": {"name": "material", "custom_dir": "/x", "language": "id"}})
    assert stock["theme"] == {"name": "material", "font": False, "language": "id"}
    assert "extra_css" not in stock and "extra_javascript" not in stock
    assert stock["nav"] == [{"Home": "index.md"}]


def test_a_page_s_own_assets_are_its_scripts_and_styles_outside_material_s_folders(tmp_path: Path):
    run = _load_run()
    for rel, data in {"assets/quiz.js": b"var a;" * 50, "assets/site.css": b"a{}", "assets/logo.svg": b"<svg/>",
                      "assets/javascripts/bundle.js": b"x", "assets/stylesheets/main.css": b"y"}.items():
        (tmp_path / "en" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "en" / rel).write_bytes(data)
    base = "http://127.0.0.1:1/en/"
    requests = [("JS", base + "assets/quiz.js", 200), ("CSS", base + "assets/site.css", 200),
                ("images, fonts", base + "assets/logo.svg", 200), ("JS", base + "assets/javascripts/bundle.js", 200),
                ("CSS", base + "assets/stylesheets/main.css", 200), ("JS", base + "assets/missing.js", 404)]
    own = run.own_assets(tmp_path, "en", requests)
    assert own == {"quiz.js": benchlib.gzip_size(b"var a;" * 50), "site.css": benchlib.gzip_size(b"a{}")}


def test_a_child_reports_its_exit_status_and_memory(tmp_path: Path):
    child = benchlib.run_child([sys.executable, "-c", "print('hi')"], timeout=60, logs=tmp_path)
    assert child.returncode == 0 and child.stdout.strip() == "hi"
    assert child.max_rss_kb > 0
