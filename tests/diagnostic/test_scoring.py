"""builder/diagnostic/ (scoring.py, codes.py, paste.py) against the shared vectors, plus properties over
open-ended inputs."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.diagnostic import codes, paste, scoring
from tests.diagnostic_vectors import (
    RAW_VECTORS,
    SET,
    VECTORS,
    mismatches,
    paste_view,
    real_diagnostic,
    real_instrument,
    real_model,
    result_view,
    team_view,
)

INST = real_instrument()
IDS = INST.statement_ids


@pytest.mark.parametrize("vector", VECTORS["individual"], ids=lambda v: v["name"])
def test_individual_vectors(vector):
    answers = codes.decode(INST, vector["code"])
    assert answers is not None
    assert mismatches(result_view(INST, scoring.score(INST, answers)), vector["expect"]) == []


@pytest.mark.parametrize("vector", VECTORS["team"], ids=lambda v: v["name"])
def test_team_vectors(vector):
    pairs = [(role, scoring.score(INST, codes.decode(INST, code))) for role, code in vector["respondents"]]
    assert mismatches(team_view(scoring.team(INST, pairs), INST), vector["expect"]) == []


@pytest.mark.parametrize("text,code", VECTORS["codes"]["valid"])
def test_valid_codes_are_read(text, code):
    reading = codes.read_code(INST, text)
    assert reading.status == codes.OK
    # The role survives the round trip: a version 3 code is written again with its letter.
    assert codes.encode(INST, reading.answers, reading.role) == code


@pytest.mark.parametrize("vector", VECTORS["paste"], ids=lambda v: v["name"])
def test_paste_vectors(vector):
    found = paste.extract_results(INST, vector["text"], vector.get("seen", ()))
    assert paste_view(found) == vector["found"]
    for f in found:
        assert (f.answers is not None) == (f.status == codes.OK)


def test_a_paste_of_thirty_results_keeps_them_all_in_order():
    shared = [codes.encode(INST, {sid: 1 + (i // 5 ** k) % 5 if k < 3 else 3 for k, sid in enumerate(IDS)},
                           scoring.ROLES[i % 3]) for i in range(30)]
    assert len(set(shared)) == 30
    chat = "\n".join(f"29/11/26 09.{i:02d} - Peserta {i}: hasil saya https://x.example/id/diagnostic.html#r={c} 👍"
                     for i, c in enumerate(shared))
    found = paste.extract_results(INST, chat + "\n" + chat)
    assert [f.code for f in found[:30]] == shared and all(f.status == codes.OK for f in found[:30])
    assert [f.status for f in found[30:]] == [paste.DUPLICATE] * 30
    assert [f.role for f in found[:3]] == list(scoring.ROLES)


@given(st.text(max_size=200))
def test_extraction_never_raises(text):
    for f in paste.extract_results(INST, text):
        assert f.status in (codes.OK, codes.OTHER_SET, codes.MALFORMED, paste.DUPLICATE)


@pytest.mark.parametrize("text", VECTORS["codes"]["malformed"])
def test_malformed_codes_are_refused(text):
    assert codes.read_code(INST, text) == codes.CodeReading(codes.MALFORMED)
    assert codes.decode(INST, text) is None


@pytest.mark.parametrize("text", VECTORS["codes"]["other_set"])
def test_codes_of_another_statement_set_are_never_scored(text):
    assert codes.read_code(INST, text) == codes.CodeReading(codes.OTHER_SET)
    assert codes.decode(INST, text) is None


def test_codes_carry_the_fingerprint_of_their_statement_set():
    code = codes.encode(INST, {sid: 3 for sid in IDS})
    assert code == f"2.{INST.fingerprint}.{'3' * len(IDS)}"
    assert codes.encode(INST, {sid: 3 for sid in IDS}, "marketing") == f"3.{INST.fingerprint}.m.{'3' * len(IDS)}"
    assert len(INST.fingerprint) == scoring.FINGERPRINT_LENGTH
    # The vectors' made-up "other" fingerprints must really differ from this set's.
    assert INST.fingerprint not in ("000000", "ffffff", "0a1b2c")
    assert SET in RAW_VECTORS


def _with_statement(diagnostic, index, **changes):
    statements = list(diagnostic.statements)
    statements[index] = statements[index].model_copy(update=changes)
    return diagnostic.model_copy(update={"statements": statements})


def test_fingerprint_changes_with_what_respondents_read_only():
    model, diag = real_model(), real_diagnostic()
    same = scoring.Instrument.build(model, diag).fingerprint
    assert same == INST.fingerprint  # computed, not random
    s0 = diag.statements[0]
    reworded_en = _with_statement(diag, 0, text=s0.text.model_copy(update={"en": s0.text.en + " (reworded)"}))
    reworded_id = _with_statement(diag, 0, text=s0.text.model_copy(update={"id": s0.text.id + " (diubah)"}))
    rewrapped = _with_statement(diag, 0, text=s0.text.model_copy(update={"en": "  " + s0.text.en.replace(" ", "\n  ")}))
    relabelled = diag.model_copy(update={"scale": diag.scale.model_copy(update={
        "labels": [diag.scale.labels[1], diag.scale.labels[0], *diag.scale.labels[2:]]})})
    statements = list(diag.statements)
    swapped = diag.model_copy(update={"statements": [statements[1], statements[0], *statements[2:]]})
    retitled = diag.model_copy(update={"title": diag.title.model_copy(update={"en": "Another title"})})

    def fp(d):
        return scoring.Instrument.build(model, d).fingerprint

    assert fp(reworded_en) != same and fp(reworded_id) != same and fp(relabelled) != same
    assert fp(swapped) != same
    assert fp(rewrapped) == same and fp(retitled) == same


def test_a_code_from_a_reworded_set_is_refused_not_misread():
    model, diag = real_model(), real_diagnostic()
    s0 = diag.statements[0]
    newer = scoring.Instrument.build(model, _with_statement(
        diag, 0, text=s0.text.model_copy(update={"en": "A different statement"})))
    old_code = codes.encode(INST, {sid: 5 for sid in IDS})
    assert codes.read_code(newer, old_code).status == codes.OTHER_SET
    assert codes.read_code(INST, old_code).status == codes.OK


def test_instrument_follows_course_order_and_sources():
    assert INST.practices == ("rules", "meetings", "programs", "targets", "training", "celebration")
    assert IDS[:5] == ("rules-1", "rules-2", "rules-3", "rules-4", "meetings-1")
    assert [cut for _, cut in INST.stages] == [20, 40, 60, 80]
    assert INST.near_boundary == 2 and INST.gap_flag == 1


def test_cut_offs_come_from_the_model_not_the_code():
    moved = scoring.Instrument(INST.statements, INST.practices,
                               (("undefined", Fraction(20)), ("defined", Fraction(50)),
                                ("aligned", Fraction(70)), ("integrated", Fraction(90))),
                               INST.min_answered, INST.near_boundary, INST.gap_flag)
    all_threes = {sid: 3 for sid in IDS}
    assert scoring.score(INST, all_threes).stage == "aligned"
    assert scoring.score(moved, all_threes).stage == "defined"
    assert scoring.score(moved, all_threes).practice("rules").stage == "defined"


def test_bad_answers_are_programming_errors():
    with pytest.raises(ValueError):
        scoring.score(INST, {"rules-1": 6})
    with pytest.raises(ValueError):
        scoring.score(INST, {"no-such-statement": 3})
    with pytest.raises(ValueError):
        scoring.team(INST, [("boss", scoring.score(INST, {}))])


def test_floor_text():
    assert scoring.floor_text(Fraction(2399, 60), 1) == "39.9"
    assert scoring.floor_text(Fraction(8, 3), 2, ",") == "2,66"
    assert scoring.floor_text(Fraction(100), 1) == "100.0"


# --- properties -------------------------------------------------------------------

answer = st.one_of(st.none(), st.integers(1, 5))
answer_sets = st.fixed_dictionaries({sid: answer for sid in IDS})
full_sets = st.fixed_dictionaries({sid: st.integers(1, 5) for sid in IDS})


@given(answer_sets)
def test_score_is_within_20_and_100_and_stage_matches(answers):
    r = scoring.score(INST, answers)
    if r.valid:
        assert 20 <= r.score <= 100
        assert r.stage == INST.stage_of_score(r.score)
        assert r.missing == ()
    else:
        assert r.stage == scoring.INSUFFICIENT and r.missing
    assert r.answered + r.dont_know == len(IDS)


@given(full_sets, st.sampled_from(IDS))
def test_raising_an_answer_never_lowers_score_or_stage(answers, sid):
    if answers[sid] == 5:
        return
    order = [s for s, _ in INST.stages]
    before = scoring.score(INST, answers)
    after = scoring.score(INST, {**answers, sid: answers[sid] + 1})
    assert after.score > before.score
    assert order.index(after.stage) >= order.index(before.stage)
    pid = dict(INST.statements)[sid]
    assert order.index(after.practice(pid).stage) >= order.index(before.practice(pid).stage)


@given(st.integers(1, 5))
def test_uniform_answers_give_twenty_times_the_answer(value):
    assert scoring.score(INST, {sid: value for sid in IDS}).score == 20 * value


@given(answer_sets, st.sampled_from((None,) + scoring.ROLES))
def test_code_round_trip(answers, role):
    reading = codes.read_code(INST, codes.encode(INST, answers, role))
    assert reading.answers == answers and reading.role == role


@given(st.text(max_size=60))
def test_decode_never_raises(text):
    result = codes.decode(INST, text)
    assert result is None or set(result) == set(IDS)


roles = st.sampled_from(scoring.ROLES)


@settings(max_examples=60)
@given(st.lists(st.tuples(roles, answer_sets), max_size=6))
def test_team_is_unchanged_by_duplicating_a_group(members):
    pairs = [(role, scoring.score(INST, a)) for role, a in members]
    doubled = pairs + [(role, r) for role, r in pairs if role == "sales"]
    one, two = scoring.team(INST, pairs), scoring.team(INST, doubled)
    assert one.score == two.score and one.flagged == two.flagged


@settings(max_examples=60)
@given(st.lists(st.tuples(roles, answer_sets), max_size=6))
def test_team_is_symmetric_in_sales_and_marketing(members):
    swap = {"sales": "marketing", "marketing": "sales", "other": "other"}
    pairs = [(role, scoring.score(INST, a)) for role, a in members]
    one = scoring.team(INST, pairs)
    two = scoring.team(INST, [(swap[role], r) for role, r in pairs])
    assert one.score == two.score and one.gaps == two.gaps and one.one_sided == two.one_sided
    if one.score is not None:
        assert 20 <= one.score <= 100
    assert one.excluded == sum(1 for _, r in pairs if not r.valid)
