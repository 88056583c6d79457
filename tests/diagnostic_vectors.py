"""The shared diagnostic test vectors, and how a result is compared with them.

The same comparison runs on results from builder/diagnostic/ (scoring.py,
codes.py, paste.py) and from their browser copies in builder/site/assets/diagnostic/
(scoring.js, codes.js, paste-core.js, paste.js), in Chromium through `page.evaluate` and under
node; both are turned into the plain "view" below first (`JS_VIEWS` on the
JavaScript side).
"""

from __future__ import annotations

import json
from pathlib import Path

from builder.diagnostic import codes, paste, scoring
from builder.schema import Diagnostic, Model
from builder.sources.validate import parse
from builder.sources.yamlread import read

ROOT = Path(__file__).resolve().parents[1]
RAW_VECTORS = (ROOT / "tests" / "data" / "diagnostic_vectors.json").read_text(encoding="utf-8")
SET = "{set}"
"""Stands for the statement set's fingerprint in the vectors, which outlive any one wording."""


def vectors_for(fingerprint: str) -> dict:
    """The vectors with the fingerprint of the set under test in place of `{set}`."""
    return json.loads(RAW_VECTORS.replace(SET, fingerprint))


def code(inst: scoring.Instrument, digits: str, role: str | None = None) -> str:
    """A result code of `inst` for one digit (0–5) per statement; version 3 with a role, else 2."""
    if role is None:
        return f"2.{inst.fingerprint}.{digits}"
    return f"3.{inst.fingerprint}.{codes.ROLE_LETTERS[role]}.{digits}"


def load(model_type, rel):
    source, problems = read(ROOT / rel, rel)
    assert not problems, [p.format() for p in problems]
    obj, problems = parse(model_type, source)
    assert not problems, [p.format() for p in problems]
    return obj


def real_model() -> Model:
    return load(Model, "course/model.yaml")


def real_diagnostic() -> Diagnostic:
    return load(Diagnostic, "quizzes/diagnostic.yaml")


def real_instrument() -> scoring.Instrument:
    return scoring.Instrument.build(real_model(), real_diagnostic())


VECTORS = vectors_for(real_instrument().fingerprint)


def result_view(inst: scoring.Instrument, r: scoring.Result) -> dict:
    return {
        "score": scoring.exact_text(r.score),
        "score_text": scoring.floor_text(r.score, scoring.SCORE_PLACES) if r.score is not None else None,
        "stage": r.stage,
        "near_boundary": list(r.near_boundary) if r.near_boundary else None,
        "missing": list(r.missing),
        "dont_know": r.dont_know,
        "practices": {p.practice: [scoring.exact_text(p.mean),
                                   scoring.floor_text(p.mean, scoring.MEAN_PLACES) if p.mean is not None else None,
                                   p.stage] for p in r.practices},
        "weakest": [p.practice for p in scoring.weakest_first(r)],
        "same_rating": list(r.same_rating) if r.same_rating else None,
    }


def team_view(t: scoring.Team, inst: scoring.Instrument | None = None) -> dict:
    shown = scoring.shown(inst or real_instrument(), t)
    return {
        "shown": {"team": shown.team, "groups": shown.groups, "gap": shown.gap, "distribution": shown.distribution},
        "score": scoring.exact_text(t.score),
        "score_text": scoring.floor_text(t.score, scoring.SCORE_PLACES) if t.score is not None else None,
        "stage": t.stage,
        "near_boundary": list(t.near_boundary) if t.near_boundary else None,
        "basis": t.basis,
        "one_sided": t.one_sided,
        "excluded": t.excluded,
        "groups": {role: [g.size, scoring.exact_text(g.score)] for role, g in t.groups.items()},
        "gaps": {pid: scoring.exact_text(g) for pid, g in t.gaps.items()},
        "flagged": list(t.flagged),
        "practice_means": {pid: scoring.exact_text(m) for pid, m in t.practice_means.items()},
        "same_rating": t.same_rating,
    }


def paste_view(found: list[paste.Found]) -> list[list[str]]:
    """[status, code] per result picked out of a paste, as the vectors state them."""
    return [[f.status, f.code] for f in found]


def mismatches(view: dict, expect: dict) -> list[str]:
    """Every expected key that differs; nested dicts are compared only on the keys they list."""
    out = []
    for key, want in expect.items():
        got = view.get(key)
        if isinstance(want, dict):
            for sub, w in want.items():
                if (got or {}).get(sub) != w:
                    out.append(f"{key}.{sub}: expected {w!r}, got {(got or {}).get(sub)!r}")
        elif got != want:
            out.append(f"{key}: expected {want!r}, got {got!r}")
    return out


JS_VIEWS = """(D, inst, data, vectors) => {
  const sp = data.score_places, mp = data.mean_places;
  const ex = f => f ? f.toString() : null;
  const txt = (f, p) => f ? D.floorText(f, p, ".") : null;
  const obj = (entries) => Object.fromEntries(entries);
  const rv = r => ({score: ex(r.score), score_text: txt(r.score, sp), stage: r.stage, near_boundary: r.near,
    missing: r.missing, dont_know: r.dontKnow,
    practices: obj(r.practices.map(p => [p.practice, [ex(p.mean), txt(p.mean, mp), p.stage]])),
    weakest: D.weakestFirst(r).map(p => p.practice),
    same_rating: r.sameRating ? [r.sameRating.rating, r.sameRating.count] : null});
  const tv = t => ({score: ex(t.score), score_text: txt(t.score, sp), stage: t.stage, near_boundary: t.near,
    basis: t.basis, one_sided: t.oneSided, excluded: t.excluded,
    groups: obj(Object.entries(t.groups).map(([k, g]) => [k, [g.size, ex(g.score)]])),
    gaps: obj(Object.entries(t.gaps).map(([k, g]) => [k, ex(g)])), flagged: t.flagged,
    practice_means: obj(Object.entries(t.practiceMeans).map(([k, m]) => [k, ex(m)])),
    same_rating: t.sameRating, shown: D.shownOf(inst, t)});
  const scored = code => D.score(inst, D.decode(inst, code));
  return {
    individual: vectors.individual.map(v => rv(scored(v.code))),
    team: vectors.team.map(v => tv(D.team(inst, v.respondents.map(([role, code]) => [role, scored(code)])))),
    valid: vectors.codes.valid.map(([text]) => {
      const r = D.readCode(inst, text); return r.answers && D.encode(inst, r.answers, r.role);
    }),
    // Only the team page ships the paste parser.
    paste: D.extractResults
      ? vectors.paste.map(v => D.extractResults(inst, v.text, v.seen || []).map(f => [f.status, f.code])) : null,
    malformed: vectors.codes.malformed.map(text => D.decode(inst, text)),
    malformed_status: vectors.codes.malformed.map(text => D.readCode(inst, text).status),
    other_set: vectors.codes.other_set.map(text => [D.decode(inst, text), D.readCode(inst, text).status]),
  };
}"""
"""A JavaScript function of (the scripts' functions, the instrument, the page data, the vectors) that turns the
script's results into the same plain "view" as `result_view` and `team_view`. Test code, run on the pages in
Chromium (tests/browser/test_diagnostic.py) and on the core files under node (tests/test_vectors_node.py)."""


def js_view_mismatches(views: dict, paste: bool = True) -> list[str]:
    """What the script's views (`JS_VIEWS`) get wrong against the vectors, compared as `mismatches` does;
    `paste`: whether the script has the paste parser (the team page's does; the diagnostic page's does not)."""
    out = []
    for part in ("individual", "team"):
        if len(views[part]) != len(VECTORS[part]):
            out.append(f"{part}: {len(views[part])} views for {len(VECTORS[part])} vectors")
        for vector, view in zip(VECTORS[part], views[part], strict=False):  # a count that differs is reported above
            out += [f"{part} {vector['name']!r}: {m}" for m in mismatches(view, vector["expect"])]
    given = VECTORS["codes"]
    for key, want in (("valid", [code for _, code in given["valid"]]),
                      ("malformed", [None] * len(given["malformed"])),
                      ("malformed_status", ["malformed"] * len(given["malformed"])),
                      ("other_set", [[None, "other_set"]] * len(given["other_set"]))):
        if views[key] != want:
            out.append(f"{key}: expected {want!r}, got {views[key]!r}")
    if not paste:
        if views["paste"] is not None:
            out.append("paste: this script should not have the paste parser")
        return out
    if len(views["paste"] or []) != len(VECTORS["paste"]):
        out.append(f"paste: {len(views['paste'] or [])} views for {len(VECTORS['paste'])} vectors")
    for vector, found in zip(VECTORS["paste"], views["paste"] or [], strict=False):  # as above
        if found != vector["found"]:
            out.append(f"paste {vector['name']!r}: expected {vector['found']!r}, got {found!r}")
    return out
