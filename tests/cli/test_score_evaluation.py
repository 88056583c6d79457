"""`course score --links` with evaluation links (#e=): the room's summary in the terminal and in --json, the
min_group rule, comments as text in an order of their own, notices for links left out, exit codes."""

from __future__ import annotations

import json

import pytest

from builder.cli import main
from builder.diagnostic import codes, evaluation, scoring
from builder.problems import ContentError
from builder.sources.load import load_course

from .test_score_cli import args, score_cli

HOSTILE = "<script>alert(1)</script>\x1b[2J\x1b]0;pwned\x07 & done"


@pytest.fixture
def course(mini_course):
    return load_course(mini_course)


def links(course, people: list[tuple[int, str, str]]) -> list[str]:
    qs = evaluation.QuestionSet.from_course(course)
    out = []
    for i, (rating, choice, comment) in enumerate(people):
        response = evaluation.Response((rating,) * len(qs.ratings), choice, comment)
        out.append("https://x.example/id/evaluation.html#e=" + evaluation.encode(qs, f"n{i:03d}", response))
    return out


def chat(tmp_path, lines: list[str]):
    path = tmp_path / "chat.txt"
    path.write_text("\n".join(f"[10.{40 + i}] Person {i}: {line}" for i, line in enumerate(lines)), encoding="utf-8")
    return path


def test_the_summary_of_evaluation_links_in_both_languages(course, tmp_path, capsys):
    qs = evaluation.QuestionSet.from_course(course)
    first = qs.practices[0]
    people = links(course, [(5, first, "zebra comes last"), (4, first, HOSTILE), (3, "x", "")])
    path = chat(tmp_path, [*people, people[0], "#e=1.ffffff.ab12.4444.1", "e=garbage"])
    assert score_cli.run(args("--links", str(path)), course, "en") == 0
    out, err = capsys.readouterr()
    assert "Evaluations counted: 3" in out and "Person" not in out
    assert ": 4.0 · 0 / 0 / 1 / 1 / 1 · 3" in out
    assert f"- {course.practice(first).name['en']}: 2" in out
    # Sorted, not in the order sent; printed as text, its escapes made harmless.
    assert out.index("<script>alert(1)</script>") < out.index("zebra comes last")
    assert "\x1b" not in out and "\x07" not in out
    assert "appears earlier" in err and "another version of the evaluation form" in err and "cannot be read" in err
    assert score_cli.run(args("--links", str(path)), course, "id") == 0
    assert "Jumlah evaluasi: 3" in capsys.readouterr().out


def test_json_holds_the_same_summary(course, tmp_path, capsys):
    qs = evaluation.QuestionSet.from_course(course)
    people = links(course, [(5, None, "b"), (4, None, "a"), (2, None, "")])
    assert score_cli.run(args("--links", str(chat(tmp_path, people)), "--json"), course, "en") == 0
    data = json.loads(capsys.readouterr().out)
    responses = [evaluation.read_code(qs, link).response for link in people]
    assert data == {"evaluation": {"fingerprint": qs.fingerprint, "min_group": qs.min_group,
                                   **evaluation.summarise(qs, responses)}}
    assert data["evaluation"]["comments"] == ["a", "b"]


def test_fewer_than_min_group_shows_nothing_but_the_count(course, tmp_path, capsys):
    people = links(course, [(5, None, "secret one"), (1, None, "secret two")])
    assert score_cli.run(args("--links", str(chat(tmp_path, people))), course, "en") == 0
    out = capsys.readouterr().out
    assert "Too few to show" in out and "secret" not in out
    assert score_cli.run(args("--links", str(chat(tmp_path, people)), "--json"), course, "en") == 0
    assert json.loads(capsys.readouterr().out)["evaluation"]["too_few"] is True


def test_a_file_without_any_result_is_still_a_content_error(course, tmp_path, mini_course, capsys):
    path = chat(tmp_path, ["no links at all"])
    with pytest.raises(ContentError):
        score_cli.run(args("--links", str(path)), course, "en")
    assert main(["--root", str(mini_course), "--lang", "en", "score", "--links", str(path)]) == 1
    people = links(course, [(5, None, ""), (4, None, ""), (3, None, "")])
    assert main(["--root", str(mini_course), "--lang", "en", "score", "--links", str(chat(tmp_path, people))]) == 0


def test_a_course_without_an_evaluation_finds_none(course, mini_course, tmp_path, capsys):
    """An academy that has no course/evaluation.yaml: `#e=` links in a chat are nobody's to count (no summary,
    no notice); the diagnostic's links beside them are scored as ever."""
    people = links(course, [(5, None, "a"), (4, None, "b"), (3, None, "c")])
    (mini_course / "course" / "evaluation.yaml").unlink()
    without = load_course(mini_course)
    assert without.evaluation is None and evaluation.QuestionSet.from_course(without) is None
    inst = scoring.Instrument.from_course(without)
    diagnostic = [f"diagnostic.html#r={codes.encode(inst, {sid: 3 for sid in inst.statement_ids}, 'sales')}"]
    path = chat(tmp_path, [*diagnostic, *people])
    assert score_cli.run(args("--links", str(path), "--json"), without, "en") == 0
    out, err = capsys.readouterr()
    assert "evaluation" not in json.loads(out) and json.loads(out)["respondents"]["count"] == 1
    assert err == ""
    assert score_cli.run(args("--links", str(path)), without, "en") == 0
    out, err = capsys.readouterr()
    assert course.ui.evaluation.team_heading["en"] not in out and err == ""
    # Evaluation links alone are no result at all, as in a course that never had the form.
    alone = chat(tmp_path, people)
    with pytest.raises(ContentError) as caught:
        score_cli.run(args("--links", str(alone)), without, "en")
    assert [p.code for p in caught.value.problems] == ["links_none"]
