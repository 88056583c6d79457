"""The shared evaluation vectors against the browser's copy (assets/evaluation/core.js, after the paste readers'
shared diagnostic/paste-core.js) under node: the same cases as test_evaluation.py, so Python and JavaScript
read, write and summarise evaluation codes alike."""

from __future__ import annotations

import json
from pathlib import Path

from .test_evaluation import VECTORS
from .test_vectors_node import core_program, run_node

CORE = ("diagnostic/paste-core.js", "evaluation/core.js")

FOOTER = """
var v = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
var qs = v.set;
process.stdout.write(JSON.stringify({
  encode: v.encode.map(function (c) { return evEncode(qs, c.nonce, c.response); }),
  read: v.read.map(function (c) { var r = evReadCode(qs, c.text); return { status: r.status, response: r.response }; }),
  paste: v.paste.map(function (c) { return evExtractResults(qs, c.text, c.seen); }),
  summary: v.summary.map(function (c) { return evSummarise(qs, c.responses); })
}));
"""


def test_the_javascript_core_matches_the_evaluation_vectors(node, tmp_path: Path):
    program = tmp_path / "ev.js"
    program.write_text(core_program(CORE, FOOTER), encoding="utf-8")
    given = tmp_path / "vectors.json"
    given.write_text(json.dumps(VECTORS), encoding="utf-8")
    got = json.loads(run_node(node, str(program), str(given)))
    mismatches = []
    for kind, expect in (("encode", [c["code"] for c in VECTORS["encode"]]),
                         ("read", [{"status": c["status"], "response": c["response"]} for c in VECTORS["read"]]),
                         ("paste", [c["found"] for c in VECTORS["paste"]]),
                         ("summary", [c["summary"] for c in VECTORS["summary"]])):
        cases = VECTORS[kind]
        mismatches += [(kind, case["name"], g, e)
                       for case, g, e in zip(cases, got[kind], expect, strict=True) if g != e]
    assert mismatches == []
