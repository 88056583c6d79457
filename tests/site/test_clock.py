"""The run sheets' clock: the build-time rules (pages/clock.py) and the browser's (assets/facilitator/clock.js)
held to the same vectors (tests/data/clock_vectors.json), the Python here and the JavaScript under node; the
browser's copy runs in Chromium in tests/browser/test_facilitator_clock.py."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from builder.site.pages import clock
from builder.site.pages.assets import ASSETS

ROOT = Path(__file__).resolve().parents[2]
VECTORS = json.loads((ROOT / "tests" / "data" / "clock_vectors.json").read_text(encoding="utf-8"))


def python_views() -> dict:
    return {
        "times": [clock.parse_time(v["text"]) for v in VECTORS["times"]],
        "days": [clock.parse_day(v["text"]) for v in VECTORS["days"]],
        "clock": [clock.clock(v["minutes"], v["lang"]) for v in VECTORS["clock"]],
        "plans": [clock.plan(p["start"], p["day"], p["blocks"], tuple(p["midday"]), tuple(p["friday"]))
                  for p in VECTORS["plans"]],
    }


def expected_views() -> dict:
    return {"times": [v["minutes"] for v in VECTORS["times"]], "days": [v["day"] for v in VECTORS["days"]],
            "clock": [v["text"] for v in VECTORS["clock"]], "plans": [p["expected"] for p in VECTORS["plans"]]}


JS_VIEWS = """
function (V) {
  return {
    times: V.times.map(function (v) { return parseTime(v.text); }),
    days: V.days.map(function (v) { return parseDay(v.text); }),
    clock: V.clock.map(function (v) { return clockText(v.minutes, v.lang); }),
    plans: V.plans.map(function (p) { return plan(p.start, p.day, p.blocks, p.midday, p.friday); })
  };
}
"""


def test_python_matches_the_vectors():
    assert python_views() == expected_views()


def test_the_vectors_hold_the_rules_a_trainer_reads():
    plans = {p["name"]: p["expected"] for p in VECTORS["plans"]}
    monday = plans["half day, Monday 08:30: ISHOMA before the plan"]
    breaks = [r for r in monday["rows"] if r["block"] is None]
    # One midday break, begun at the last change of activity before 11:45, an hour long; the end honest.
    assert [(clock.clock(r["start"], "en"), clock.clock(r["end"], "en"), r["window"]) for r in breaks] == [
        ("11:20", "12:20", "midday")]
    assert monday["end"] - 510 == 210 + 60
    friday = plans["half day, Friday 08:30: Jumatan, 90 minutes"]
    assert [r["window"] for r in friday["rows"] if r["block"] is None] == ["friday"]
    assert friday["end"] - 510 == 210 + 90
    assert not [r for r in plans["90 minutes, Monday 08:30: ends before the window"]["rows"] if r["block"] is None]


def test_every_block_keeps_its_length_and_order():
    for p in VECTORS["plans"]:
        rows = p["expected"]["rows"]
        assert [r["block"] for r in rows if r["block"] is not None] == list(range(len(p["blocks"])))
        assert all(r["end"] - r["start"] == p["blocks"][r["block"]] for r in rows if r["block"] is not None)
        assert all(a["end"] == b["start"] for a, b in zip(rows, rows[1:], strict=False))


def test_javascript_matches_the_vectors_under_node(node, tmp_path: Path):
    core = (ASSETS / "facilitator" / "clock.js").read_text(encoding="utf-8")
    program = tmp_path / "clock.js"
    program.write_text('(function () {\n"use strict";\n' + core +
                       '\nvar V = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));\n'
                       f"process.stdout.write(JSON.stringify(({JS_VIEWS})(V)));\n}})();\n", encoding="utf-8")
    done = subprocess.run([node, str(program), str(ROOT / "tests" / "data" / "clock_vectors.json")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout) == expected_views()
