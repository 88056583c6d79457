"""The evaluation's codes, pasted chats and summaries against the shared vectors (tests/data/evaluation_vectors.json),
which the browser's copy (assets/evaluation/core.js) passes too (test_evaluation_node.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder.diagnostic import evaluation as E  # noqa: N812 - read as the vectors name it
from builder.sources.load import load_course

from ..conftest import make_course

VECTORS = json.loads((Path(__file__).parents[1] / "data" / "evaluation_vectors.json").read_text(encoding="utf-8"))
QS = E.QuestionSet(tuple(VECTORS["set"]["ratings"]), tuple(VECTORS["set"]["practices"]), VECTORS["set"]["max_comment"],
                   VECTORS["set"]["fingerprint"], VECTORS["set"]["min_group"])


def response(data: dict | None) -> E.Response | None:
    return None if data is None else E.Response(tuple(data["ratings"]), data["choice"], data["comment"])


def as_json(r: E.Response | None) -> dict | None:
    return None if r is None else {"ratings": list(r.ratings), "choice": r.choice, "comment": r.comment}


@pytest.mark.parametrize("case", VECTORS["encode"], ids=lambda c: c["name"])
def test_encode(case):
    assert E.encode(QS, case["nonce"], response(case["response"])) == case["code"]


@pytest.mark.parametrize("case", VECTORS["read"], ids=lambda c: c["name"])
def test_read(case):
    reading = E.read_code(QS, case["text"])
    assert (reading.status, as_json(reading.response)) == (case["status"], case["response"])


@pytest.mark.parametrize("case", VECTORS["paste"], ids=lambda c: c["name"])
def test_paste(case):
    found = E.extract_results(QS, case["text"], case["seen"])
    assert [{"code": f.code, "status": f.status, "response": as_json(f.response)} for f in found] == case["found"]


@pytest.mark.parametrize("case", VECTORS["summary"], ids=lambda c: c["name"])
def test_summary(case):
    assert E.summarise(QS, [response(r) for r in case["responses"]]) == case["summary"]


def test_the_vectors_cover_every_outcome():
    assert {c["status"] for c in VECTORS["read"]} == {"ok", "other_set", "malformed"}
    assert any(f["status"] == "duplicate" for c in VECTORS["paste"] for f in c["found"])
    assert any(s["summary"]["too_few"] for s in VECTORS["summary"])
    assert any(r.get("too_few") for s in VECTORS["summary"] for r in s["summary"].get("ratings", []))


def test_a_hostile_comment_travels_as_letters_digits_and_percent_only():
    hostile = next(c for c in VECTORS["encode"] if c["name"].startswith("hostile"))
    assert set(hostile["code"]) <= set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.%")
    assert "<" in E.read_code(QS, hostile["code"]).response.comment  # given back as the text it was


def test_the_fingerprint_follows_the_questions_not_the_comment_wording(tmp_path):
    root = make_course(tmp_path / "a")
    base = E.QuestionSet.from_course(load_course(root))
    path = root / "course" / "evaluation.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Ada masukan atau saran?", "Ada masukan?"), encoding="utf-8")
    assert E.QuestionSet.from_course(load_course(root)).fingerprint == base.fingerprint
    path.write_text(text.replace("Isi materi pelatihan", "Materi pelatihan"), encoding="utf-8")
    changed = E.QuestionSet.from_course(load_course(root))
    assert changed.fingerprint != base.fingerprint
    code = E.encode(base, "ab12", E.Response((5,) * len(base.ratings), None, "ok"))
    assert E.read_code(changed, code).status == "other_set"


def test_min_group_comes_from_the_diagnostic_rules(tmp_path):
    root = make_course(tmp_path / "a")
    path = root / "quizzes" / "diagnostic.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nrules:\n", "\nrules:\n  min_group: 5\n", 1), encoding="utf-8")
    qs = E.QuestionSet.from_course(load_course(root))
    assert qs.min_group == 5
    four = [E.Response((4,) * len(qs.ratings), None, "")] * 4
    assert E.summarise(qs, four) == {"responses": 4, "too_few": True}
    assert not E.summarise(qs, four * 2)["too_few"]

