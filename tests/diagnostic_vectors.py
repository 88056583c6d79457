"""The shared diagnostic test vectors, and how a result is compared with them.

The same comparison runs on results from builder/diagnostic/scoring.py and, via
`page.evaluate`, from assets/diagnostic.js; both are turned into the plain
"view" below first.
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
    }


def team_view(t: scoring.Team) -> dict:
    return {
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
