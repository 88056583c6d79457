"""The shared pre/post vectors against the browser's core (assets/prepost/prepost-core.js, after the paste
readers' shared diagnostic/paste-core.js) under node: the same codes, readings, pastes, scores and room
figures as builder/diagnostic/prepost.py."""

from __future__ import annotations

import json
from pathlib import Path

from tests import prepost_vectors as pv

from .test_vectors_node import core_program, run_node

CORE = ("diagnostic/paste-core.js", "prepost/prepost-core.js")

FOOTER = """
var V = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
function reading(r, withCode) {
  var out = { status: r.status, role: r.role, test: r.test, answers: r.answers };
  if (withCode) out.code = r.code;
  return out;
}
function roomOf(c) {
  var results = c.codes.map(function (code) { return ppReadCode(V.set, code); });
  return ppRoomJson(V.set, ppRoom(V.set, results, c.min_group));
}
process.stdout.write(JSON.stringify({
  set: V.set, other_set: V.other_set,
  codes: V.codes.map(function (c) { return { input: c.input, expected: reading(ppReadCode(V.set, c.input)) }; }),
  encode: V.encode.map(function (e) {
    return { role: e.role, test: e.test, answers: e.answers, tag: e.tag,
             expected: ppEncode(V.set, e.role, e.test, e.answers, e.tag) };
  }),
  scores: V.scores.map(function (s) {
    var right = ppRightCount(V.set, s.answers), pct = ppFrac(100 * right, V.set.items.length);
    return { answers: s.answers, right: right, percent_exact: ppExact(pct), percent_text: ppMeanText(pct) };
  }),
  pastes: V.pastes.map(function (p) {
    return { text: p.text, seen: p.seen,
             expected: ppExtractResults(V.set, p.text, p.seen).map(function (f) { return reading(f, true); }) };
  }),
  rooms: V.rooms.map(function (r) {
    return { name: r.name, min_group: r.min_group, codes: r.codes, expected: roomOf(r) };
  })
}));
"""


def test_the_javascript_core_matches_the_vectors_under_node(node, tmp_path: Path):
    program = tmp_path / "vectors.js"
    program.write_text(core_program(CORE, FOOTER), encoding="utf-8")
    out = json.loads(run_node(node, str(program), str(pv.PATH)))
    expected = json.loads(pv.PATH.read_text(encoding="utf-8"))
    for key in expected:
        assert out[key] == expected[key], key


def test_a_changed_rule_would_be_caught(node, tmp_path: Path):
    """The comparison can fail: a core that rounds a negative gain away from zero disagrees."""
    text = core_program(CORE, FOOTER)
    changed = text.replace("ppFloorText([Math.abs(f[0]), f[1]], PP_PLACES, mark)",
                           "ppFloorText([f[0], f[1]], PP_PLACES, mark)")
    assert changed != text
    program = tmp_path / "vectors.js"
    program.write_text(changed, encoding="utf-8")
    out = json.loads(run_node(node, str(program), str(pv.PATH)))
    assert out["rooms"] != json.loads(pv.PATH.read_text(encoding="utf-8"))["rooms"]
