"""The pre/post test's codes, scores and room figures (builder/diagnostic/prepost.py) against the shared
vectors, and the item set read from a course."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

from builder.diagnostic import prepost
from builder.sources.load import load_course, load_editions
from tests import prepost_vectors as pv

from ..conftest import FIXTURES, ROOT, make_course

VECTORS = json.loads(pv.PATH.read_text(encoding="utf-8"))


def test_the_vectors_file_is_what_the_rules_give():
    assert json.loads(json.dumps(pv.build(), ensure_ascii=False)) == VECTORS


def test_the_vector_set_fingerprints_are_the_sets_own():
    assert VECTORS["set"]["fingerprint"] == prepost.fingerprint(pv.ITEMS) != VECTORS["other_set"]["fingerprint"]


def test_codes_round_trip_and_another_set_is_never_scored():
    for role in ("sales", "marketing", "other"):
        for test in prepost.TESTS:
            code = prepost.encode(pv.SET, role, test, pv.ALL_RIGHT, "q1w2")
            assert prepost.read_code(pv.SET, "#t=" + code) == prepost.Reading(prepost.OK, role, test,
                                                                               tuple(pv.ALL_RIGHT))
            assert prepost.read_code(pv.OTHER, code).status == prepost.OTHER_SET


def test_a_diagnostic_link_is_not_a_test_result_and_the_reverse():
    fp = pv.SET.fingerprint
    assert prepost.extract_codes(f"#r=3.{fp}.s.123 1.{fp}.s.pre.0201050280.ab12") == []
    from builder.diagnostic import paste
    assert paste.extract_codes(f"x.html#t=1.{fp}.s.pre.0201050280.ab12") == []


def test_gain_rounds_toward_zero():
    assert prepost.gain_text(Fraction(-180, 7)) == "-25.7"
    assert prepost.gain_text(Fraction(180, 7), ",") == "+25,7"
    assert prepost.gain_text(Fraction(0)) == "0.0"


def test_the_shipped_set_has_ten_items_in_each_edition_and_other_fingerprints():
    courses = load_editions(ROOT)
    sets = [prepost.ItemSet.from_course(c) for c in courses]
    assert all(s is not None and len(s.items) == 10 for s in sets)
    assert len({s.fingerprint for s in sets if s}) == len(courses)


def test_a_course_without_the_test_has_no_set(mini_course: Path):
    assert prepost.ItemSet.from_course(load_course(mini_course)) is None


def test_the_set_of_a_course_reads_types_options_and_right_answers(tmp_path: Path):
    course = load_course(make_course(tmp_path, FIXTURES / "prepost"))
    pset = prepost.ItemSet.from_course(course)
    assert pset is not None
    by_id = {i.question: i for i in pset.items}
    owner = by_id["owner"]
    assert (owner.type, owner.options, owner.correct, owner.lesson) == ("single", 4, 1, "handoff")
    assert (by_id["deadline"].options, by_id["deadline"].correct) == (2, 1)  # true: the first option
