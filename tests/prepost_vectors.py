"""The shared pre/post test vectors (tests/data/prepost_vectors.json): one item set of their own, the
inputs, and what builder/diagnostic/prepost.py and assets/prepost/prepost-core.js must both answer.

`python -m tests.prepost_vectors` writes the file from the Python side (read the diff: the expected
values are the rules', not merely Python's); tests/diagnostic/test_prepost.py holds Python to it, and
test_prepost_node.py the JavaScript.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from builder.diagnostic import prepost

PATH = Path(__file__).resolve().parent / "data" / "prepost_vectors.json"

ITEMS = [
    prepost.Item("q-a", "one", "single", 4, 0b0010, "lesson-a"),
    prepost.Item("q-a", "two", "true_false", 2, 0b01, "lesson-a"),
    prepost.Item("q-b", "three", "multiple", 3, 0b101, "lesson-b"),
    prepost.Item("q-b", "four", "true_false", 2, 0b10, "lesson-b"),
    prepost.Item("q-c", "five", "single", 8, 0b10000000, None),
]
SET = prepost.ItemSet.of(ITEMS)
OTHER = prepost.ItemSet.of(ITEMS[:4])


def set_json(pset: prepost.ItemSet) -> dict[str, Any]:
    return {"fingerprint": pset.fingerprint,
            "items": [{"quiz": i.quiz, "question": i.question, "type": i.type, "options": i.options,
                       "correct": i.correct, "lesson": i.lesson} for i in pset.items]}


def reading(r: prepost.Reading | prepost.Found) -> dict[str, Any]:
    out = {"status": r.status, "role": r.role, "test": r.test,
           "answers": list(r.answers) if r.answers is not None else None}
    if isinstance(r, prepost.Found):
        out["code"] = r.code
    return out


fp = SET.fingerprint
ALL_RIGHT = [2, 1, 5, 2, 128]
CODES = [
    f"1.{fp}.s.pre.0201050280.ab12", f"t=1.{fp}.m.post.0000000000.ab12",
    f"https://x.example/prepost.html#t=1.{fp}.o.pre.0402010140.ab12",
    f"  1.{fp}.s.post.0201050280.ab12\u00a0", f"1.{fp}.s.pre.0201050280.ab12.",
    f"1.{fp}.x.pre.0201050280.ab12",
    f"1.{fp}.s.mid.0201050280.ab12", f"1.{fp}.s.pre.02010502.ab12", f"1.{fp}.s.pre.020105028.ab12",
    f"1.{fp}.s.pre.0301050280.ab12",
    f"1.{fp}.s.pre.0203050280.ab12", f"1.{fp}.s.pre.0201080280.ab12", f"1.{fp}.s.pre.0201050281.ab12",
    f"1.{fp}.s.pre.0201050204.ab12",
    f"1.{fp}.S.pre.0201050280.ab12", f"1.{fp}.s.pre.0201050280.ab12".upper(), f"2.{fp}.s.pre.0201050280.ab12",
    f"1.{OTHER.fingerprint}.s.pre.02010502.ab12", f"1.{OTHER.fingerprint}.s.pre.0201050280.ab12",
    "1.000000.m.post.0201050280.ab12" if fp != "000000" else "1.ffffff.m.post.0201050280.ab12",
    f"3.{fp}.s.0000", f"r=3.{fp}.s.0000", "", "t=", "1", "<script>alert(1)</script>", "t=1.abcdef.s.pre.<img>",
    "1." + "a" * 3000, None, 12, f"1.{fp}.s.pre.0201050280#t=1.{fp}.m.pre.0201050280.ab12",
    f"1.{fp}.s.pre.-201050280.ab12", f"1.{fp}.s.pre.02 01050280.ab12", f"1.{fp}.s.pre.0201050280",
    f"1.{fp}.s.pre.0201050280.AB12", f"1.{fp}.s.pre.0201050280.ab123", f"1.{fp}.s.pre.0201050280.a-12",
    f"\ufeff1.{fp}.m.post.0201050280.ab12",
]
ENCODE = [
    {"role": "sales", "test": "pre", "answers": ALL_RIGHT, "tag": "k3x9"},
    {"role": "marketing", "test": "post", "answers": [0, 0, 0, 0, 0], "tag": "0000"},
    {"role": "other", "test": "pre", "answers": [8, 2, 7, 1, 1], "tag": "zzzz"},
]
SCORES = [ALL_RIGHT, [0, 0, 0, 0, 0], [2, 2, 5, 1, 1], [2, 1, 1, 2, 128], [1, 1, 4, 2, 0]]
PASTES = [
    {"text": f"[10.45] Budi: hasil saya https://s.id/prepost.html#t=1.{fp}.s.pre.0201050280.ab12 makasih.\n"
             f"[10.46] Sari: #t=1.{fp}.m.pre.0000000000.ab12, dan ini lagi t=1.{fp}.s.pre.0201050280.ab12\n"
             f"diagnostic #r=3.abcdef.s.123 harga 1.500.000 tes=pre at=1.{fp}.s.pre.0201050280.ab12 "
             f"t=1.{OTHER.fingerprint}.s.pre.02010502.ab12 (t=1.{fp}.o.post.0201050280.ab12) t=9.zz",
     "seen": []},
    {"text": f"t=1.{fp}.s.pre.0201050280.ab12 t=1.{fp}.s.post.0201050280.ab12",
     "seen": [f"1.{fp}.s.pre.0201050280.ab12"]},
    {"text": "t=" + "9" * 50 + " 🙂 t=1." + fp + ".m.post.0201050280.ab12...", "seen": []},
]


_TAGS = iter(f"{n:04d}" for n in range(10000))


def c(role: str, test: str, answers: list[int]) -> str:
    """A code of SET with a tag of its own (two people alike are still two)."""
    return prepost.encode(SET, role, test, answers, next(_TAGS))


ROOMS = [
    {"name": "eleven results, teams under three: no room mean; one item missed", "min_group": 3, "codes": [
        c("sales", "pre", [2, 1, 0, 0, 0]), c("sales", "pre", [1, 1, 5, 0, 0]), c("marketing", "pre", [0, 2, 0, 2, 0]),
        c("marketing", "pre", [2, 0, 0, 0, 128]), c("other", "pre", [0, 0, 0, 0, 0]),
        c("sales", "post", ALL_RIGHT), c("sales", "post", [2, 1, 5, 2, 1]), c("sales", "post", [2, 1, 4, 2, 128]),
        c("marketing", "post", [2, 1, 5, 1, 2]), c("marketing", "post", ALL_RIGHT),
        c("other", "post", [2, 2, 5, 2, 4])]},
    {"name": "two people: too few to show anything", "min_group": 3, "codes": [
        c("sales", "pre", ALL_RIGHT), c("marketing", "post", ALL_RIGHT)]},
    {"name": "post only, a stricter minimum", "min_group": 4, "codes": [
        c("sales", "post", [0, 0, 0, 0, 0]), c("sales", "post", ALL_RIGHT), c("sales", "post", [2, 1, 5, 2, 0]),
        c("marketing", "post", [2, 0, 5, 0, 0])]},
    {"name": "gain negative, rounded toward zero on both sides", "min_group": 3, "codes": [
        c("sales", "pre", ALL_RIGHT), c("sales", "pre", ALL_RIGHT), c("sales", "pre", [2, 1, 0, 0, 0]),
        c("sales", "post", [2, 0, 0, 0, 0]), c("sales", "post", ALL_RIGHT), c("sales", "post", [2, 1, 5, 0, 0]),
        c("sales", "post", [2, 1, 0, 0, 0]), c("sales", "post", [2, 1, 5, 2, 0]), c("sales", "post", [0, 1, 5, 2, 0]),
        c("sales", "post", [0, 0, 0, 0, 128])]},
    {"name": "nobody", "min_group": 3, "codes": []},
    {"name": "three sales and two marketing: sales shown, the room's mean and gain not (they would give "
             "marketing's away)", "min_group": 3, "codes": [
        c("sales", "pre", [2, 1, 0, 0, 0]), c("sales", "pre", [0, 1, 5, 0, 0]), c("sales", "pre", ALL_RIGHT),
        c("marketing", "pre", [2, 0, 0, 0, 0]), c("marketing", "pre", [0, 0, 0, 2, 0]),
        c("sales", "post", ALL_RIGHT), c("sales", "post", [2, 1, 5, 2, 0]), c("sales", "post", [2, 1, 5, 0, 128]),
        c("marketing", "post", ALL_RIGHT), c("marketing", "post", [2, 1, 0, 2, 128]),
        c("marketing", "post", [2, 1, 5, 2, 0])]},
    {"name": "every team of three or more: the room's means and gain shown", "min_group": 3, "codes": [
        c("sales", "pre", [2, 1, 0, 0, 0]), c("sales", "pre", [0, 1, 5, 0, 0]), c("sales", "pre", [0, 0, 0, 0, 0]),
        c("marketing", "pre", [2, 0, 0, 0, 0]), c("marketing", "pre", [0, 0, 0, 2, 0]),
        c("marketing", "pre", [0, 0, 5, 2, 128]),
        c("sales", "post", ALL_RIGHT), c("sales", "post", [2, 1, 5, 2, 0]), c("sales", "post", [2, 1, 5, 0, 128]),
        c("marketing", "post", ALL_RIGHT), c("marketing", "post", [2, 1, 0, 2, 128]),
        c("marketing", "post", [2, 1, 5, 2, 0])]},
]


def room_of(case: dict[str, Any]) -> dict[str, Any]:
    results = []
    for code in case["codes"]:
        r = prepost.read_code(SET, code)
        assert r.status == prepost.OK and r.role and r.test and r.answers is not None
        results.append((r.role, r.test, r.answers))
    return prepost.to_json(SET, prepost.room(SET, results, case["min_group"]))


def build() -> dict[str, Any]:
    return {
        "set": set_json(SET), "other_set": set_json(OTHER),
        "codes": [{"input": t, "expected": reading(prepost.read_code(SET, t))} for t in CODES],
        "encode": [{**e, "expected": prepost.encode(SET, e["role"], e["test"], e["answers"], e["tag"])}
                   for e in ENCODE],
        "scores": [{"answers": a, "right": sum(prepost.rights(SET, a)),
                    "percent_exact": str(prepost.percent(SET, a)),
                    "percent_text": prepost.mean_text(prepost.percent(SET, a))} for a in SCORES],
        "pastes": [{**p, "expected": [reading(f) for f in prepost.extract_results(SET, p["text"], p["seen"])]}
                   for p in PASTES],
        "rooms": [{**r, "expected": room_of(r)} for r in ROOMS],
    }


if __name__ == "__main__":
    PATH.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
