"""`course score --links`: the pre/post test's results in a pasted chat, alone or beside diagnostic links,
in words and in JSON, with the privacy minimum applied and the other kinds of link left to their readers."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from builder.cli import score as score_cli
from builder.diagnostic import codes, prepost, scoring
from builder.problems import ContentError
from builder.sources.load import load_course

from ..conftest import FIXTURES, ROOT, make_course
from .test_score_cli import args


@pytest.fixture
def root(tmp_path):
    return make_course(tmp_path / "c", FIXTURES / "prepost")


@pytest.fixture
def course(root):
    return load_course(root)


def chat(course, lines: list[tuple[str, str, list[int]]]) -> str:
    pset = prepost.ItemSet.from_course(course)
    assert pset is not None
    return "\n".join(f"[09.{i:02d}] Peserta {i}: https://academy.example/prepost.html#t="
                     f"{prepost.encode(pset, role, test, answers, str(1000 + i))}"
                     for i, (role, test, answers) in enumerate(lines))


# owner: option 1 right (bit 1); deadline: true (bit 1); checks: the right options of the mini check.
def right(course) -> list[int]:
    pset = prepost.ItemSet.from_course(course)
    assert pset is not None
    return [i.correct for i in pset.items]


def test_pre_and_post_alone_give_means_gain_and_missed_items(course, tmp_path, capsys):
    ok = right(course)
    lines = [("sales", "pre", [0, 0, 0]), ("sales", "pre", [ok[0], 0, 0]), ("sales", "pre", [0, ok[1], 0]),
             ("sales", "post", ok), ("sales", "post", ok), ("sales", "post", [ok[0], ok[1], 0]),
             ("marketing", "pre", [0, ok[1], 0])]
    path = tmp_path / "chat.txt"
    path.write_text(chat(course, lines) + "\n" + chat(course, lines[:1]), encoding="utf-8")  # one forwarded twice
    assert score_cli.run(args("--links", str(path)), course, "en") == 0
    out, err = capsys.readouterr()
    # The sales team's figures; the room's pre-test mean hidden, as it would give the one marketing
    # person's score away; the room's post-test mean is the sales team's.
    t, dx = course.ui.prepost, course.ui.diagnostic
    pre, post = t.pre_mean["en"].format(mean="22.2", count=3), t.post_mean["en"].format(mean="88.8", count=3)
    assert f'{dx.role_sales["en"]}: {pre} · {post}' in out
    assert t.gain["en"].format(gain="+66.6") in out
    assert post + "\n" in out
    assert t.pre_mean["en"].format(mean="25", count=4) not in out and t.pre_mean["en"].split("{")[0] + "25" not in out
    assert f'{dx.role_marketing["en"]}: {t.pre_mean_hidden["en"]}: {t.too_few["en"].format(min=3)}' in out
    # The mean of all participants says why it is not shown, so that the client does not take it for a fault.
    assert t.room_hidden["en"].format(label=t.pre_mean_hidden["en"], min=3) in out
    assert t.missed_none["en"].format(percent=70) not in out and "lessons/handoff.html" in out  # item 3: 2 of 3
    assert "counted once" in err
    assert "Peserta" not in out  # no names


def test_json_and_the_indonesian_summary(course, tmp_path, capsys):
    ok = right(course)
    lines = [("sales", "post", [ok[0], 0, 0]), ("sales", "post", [ok[0], ok[1], 0]),
             ("sales", "post", [0, ok[1], 0])]
    path = tmp_path / "chat.txt"
    path.write_text(chat(course, lines), encoding="utf-8")
    assert score_cli.run(args("--links", str(path), "--json"), course, "en") == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["prepost"]
    pp = data["prepost"]
    assert pp["post"] == {"count": 3, "mean_exact": "400/9", "mean_text": "44.4"} and pp["pre"]["mean_text"] is None
    missed = [(m["item"], m["right_text"], m["lesson"]) for m in pp["missed"]]
    assert missed == [(3, "0", "handoff"), (1, "66", "handoff"), (2, "66", "handoff")]
    assert score_cli.run(args("--links", str(path)), course, "id") == 0
    out = capsys.readouterr().out
    t = course.ui.prepost
    assert t.post_mean["id"].format(mean="44,4", count=3) in out
    lesson = next(les for les in course.lessons if les.id == "handoff")
    assert f'{t.missed_lesson["id"].format(lesson=lesson.title["id"])} (lessons/handoff.html)' in out


def test_beside_diagnostic_links_both_are_read(course, tmp_path, capsys):
    inst = scoring.Instrument.from_course(course)
    diag = [codes.encode(inst, {sid: 3 for sid in inst.statement_ids}, "sales") for _ in range(1)]
    path = tmp_path / "chat.txt"
    path.write_text(f"Budi: diagnostic.html#r={diag[0]}\n" + chat(course, [("sales", "pre", [0, 0, 0])]),
                    encoding="utf-8")
    assert score_cli.run(args("--links", str(path), "--json"), course, "en") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["respondents"]["count"] == 1 and data["prepost"]["pre"]["count"] == 1


def test_a_link_of_another_item_set_is_named_and_never_scored(course, tmp_path, capsys):
    other = prepost.ItemSet.of([prepost.Item("x", "y", "single", 2, 1)])
    path = tmp_path / "chat.txt"
    path.write_text("t=" + prepost.encode(other, "sales", "pre", [1], "abcd") + "\nt=1.abc", encoding="utf-8")
    assert score_cli.run(args("--links", str(path), "--json"), course, "en") == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["prepost"]["pre"]["count"] == 0
    assert "chat.txt:1: a pre/post test result link on this line was made for another set of questions" in err
    assert "chat.txt:2: a pre/post test result link on this line cannot be read" in err


def test_a_course_without_the_test_still_says_no_result(mini_course, tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("t=1.abcdef.s.pre.00", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        score_cli.run(args("--links", str(path)), load_course(mini_course), "en")
    assert [p.code for p in caught.value.problems] == ["links_none"]


def test_the_command_line(root, course, tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(chat(course, [("sales", "post", right(course))] * 1), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "builder", "score", "--links", str(path), "--lang", "en"],
                          cwd=root, capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert "Pre-test and post-test results" in done.stdout and "Too few to show" in done.stdout
