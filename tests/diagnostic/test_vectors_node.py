"""The shared diagnostic vectors against the browser's pure core (scoring.js, codes.js, paste-core.js,
paste.js) under node, in the fast suite: the same views and the same comparison as
tests/browser/test_diagnostic.py, without a browser. Also: every page's packed script parses."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from builder.site.pages.assets import ASSETS, SCRIPTS, script
from builder.site.pages.diagnostic import page_data
from builder.sources.load import load_course
from tests.diagnostic_vectors import JS_VIEWS, ROOT, VECTORS, js_view_mismatches

CORE = ("diagnostic/scoring.js", "diagnostic/codes.js", "diagnostic/paste-core.js", "diagnostic/paste.js")
TIMEOUT = 60  # seconds; the vectors take well under one

# Runs inside the same strict function as the core files, so it sees their functions as the pages' code does.
FOOTER = """
var input = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
var D = { score: score, team: team, weakestFirst: weakestFirst, encode: encode, decode: decode,
          readCode: readCode, extractResults: extractResults, floorText: floorText, shownOf: shownOf };
process.stdout.write(JSON.stringify((%s)(D, instrument(input.data), input.data, input.vectors)));
""" % JS_VIEWS


def core_program(names: tuple[str, ...], footer: str) -> str:
    """The files `names` of assets/, then `footer`, in one strict function, as a page packs them (a kind's
    core after diagnostic/paste-core.js, which its paste reader uses)."""
    core = "\n".join((ASSETS / name).read_text(encoding="utf-8") for name in names)
    return '(function () {\n"use strict";\n' + core + footer + "})();\n"


def run_node(node: str, *args: str) -> str:
    done = subprocess.run([node, *args], capture_output=True, text=True, timeout=TIMEOUT, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_the_javascript_core_matches_the_vectors_under_node(node, tmp_path: Path):
    program = tmp_path / "vectors.js"
    program.write_text(core_program(CORE, FOOTER), encoding="utf-8")
    given = tmp_path / "input.json"
    # The data the diagnostic page embeds, so the core reads the instrument exactly as there.
    given.write_text(json.dumps({"data": page_data(load_course(ROOT), "en"), "vectors": VECTORS}), encoding="utf-8")
    views = json.loads(run_node(node, str(program), str(given)))
    assert js_view_mismatches(views) == []


@pytest.mark.parametrize("page", sorted(SCRIPTS))
def test_every_script_parses(node, tmp_path: Path, page):
    packed = tmp_path / f"{page}.js"
    packed.write_text(script(page), encoding="utf-8")
    run_node(node, "--check", str(packed))
