"""The manual scoring key gives exactly what `course score` gives: the key's worked example (the answers
shown on the page) is fed to `course score` as a CSV, and what the key shows is what `course score` prints,
in both languages. The key's numbers come from the rules and the model, never from the template."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from builder.cli import main
from builder.schema import LANGS
from builder.site.pages import paper as render_paper
from builder.sources.load import load_course
from tests.conftest import make_course


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    return make_course(tmp_path_factory.mktemp("key") / "course")


def text_of(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def key_example(page: str) -> dict:
    """What the key shows: the example's answers and role, each practice's row, and the result lines."""
    table = page[page.index('id="dx-key-example"'):page.index("</table>", page.index('id="dx-key-example"'))]
    role = re.search(r'data-role="(\w+)"', table).group(1)
    answers = dict(re.findall(r'<span data-statement="([^"]+)" data-answer="([1-5]?)">', table))
    rows = {}
    for name, mean, stage in re.findall(r'<tr><th scope="row">(.*?)</th><td class="dx-key-answers">.*?'
                                        r'<td class="dx-key-mean">(.*?)</td><td class="dx-key-stage">(.*?)</td></tr>',
                                        table):
        rows[html.unescape(name)] = (html.unescape(mean), html.unescape(stage))
    result = page[page.index('id="dx-key-result"'):]
    result = result[:result.index("</div>")]
    lines = [text_of(p) for p in re.findall(r"<p[^>]*>(.*?)</p>", result, re.S)]
    return {"role": role, "answers": answers, "rows": rows, "lines": lines,
            "score": text_of(m.group(1)) if (m := re.search(r'class="dx-key-score">(.*?)</strong>', result)) else None,
            "stage": text_of(re.search(r'class="dx-key-stage-line">(.*?)</strong>', result).group(1)),
            "near": text_of(m.group(1)) if (m := re.search(r'class="dx-key-near">(.*?)</p>', result)) else None,
            "same": text_of(re.search(r'class="dx-key-same">(.*?)</p>', result).group(1))}


def course_score(root: Path, lang: str, shown: dict, tmp_path: Path, capsys, *options: str) -> list[str]:
    """`course score` on a CSV holding the key's example, as an instructor would type it in, three times:
    `course score` shows no one's own result and no group under three people (rules.min_group), and a
    group of three equal answers has the example's own figures."""
    ids = list(shown["answers"])
    csv = tmp_path / f"key-{lang}.csv"
    row = ",".join(shown["answers"][sid] or "dk" for sid in ids)
    csv.write_text("respondent,role," + ",".join(ids) + "\n"
                   + "".join(f"example{n},{shown['role']},{row}\n" for n in (1, 2, 3)), encoding="utf-8")
    capsys.readouterr()
    assert main(["--root", str(root), "--lang", lang, "score", "--answers", str(csv), *options]) == 0
    return capsys.readouterr().out.splitlines()


PATTERNS = {
    "the key's own example": None,
    "answers nearly all alike, on a boundary": (4, 4, 4, 4, 4, 4, 4, 3, 4, 4, 4, 5),
    "near a boundary, rounded down": (3, 2, 3, 3, 2, 3, 3, 3, 2, 3, 3, 3, 2, 4, 3, 3),
}


@pytest.mark.parametrize("pattern", list(PATTERNS), ids=list(PATTERNS))
@pytest.mark.parametrize("lang", LANGS)
def test_the_worked_example_is_what_course_score_prints(root, tmp_path, capsys, monkeypatch, lang, pattern):
    if PATTERNS[pattern]:
        monkeypatch.setattr(render_paper, "EXAMPLE_PATTERN", PATTERNS[pattern])
    course = load_course(root)
    shown = key_example(render_paper.scoring_key_page(course, lang))
    inst_ids = [s.id for p in course.model.practices for s in course.diagnostic.statements if s.practice == p.id]
    assert list(shown["answers"]) == inst_ids  # every statement, in the CSV's order
    printed = course_score(root, lang, shown, tmp_path, capsys)
    words = course.ui.diagnostic
    role = getattr(words, f"role_{shown['role']}")[lang]

    # The stage and the score: the key's lines are course score's lines.
    assert shown["stage"] in printed
    assert shown["score"] in printed
    if shown["near"]:
        assert shown["near"] in printed
    else:
        assert not any(words.near_boundary[lang].split("{")[0] in line for line in printed)
    # Each practice's mean, as course score prints it for the respondent's group.
    for practice in course.model.practices:
        line = next(x for x in printed if x.startswith(f"  {practice.name[lang]}: "))
        mean, stage = shown["rows"][practice.name[lang]]
        assert line == f"  {practice.name[lang]}: {role} {mean}"
    # Each practice's stage, as course score gives it (--json).
    data = json.loads("\n".join(course_score(root, lang, shown, tmp_path, capsys, "--json")))
    for pid, practice in data["team"]["practices"].items():
        assert shown["rows"][course.practice(pid).name[lang]][1] == course.stage(practice["stage"]).name[lang]
    # The same-rating rule: said on the key exactly when course score says it (for all three).
    alike = data["team"]["same_rating"] == 3 or None
    given = [int(v) for v in shown["answers"].values() if v]
    count, rating = max((given.count(v), -v) for v in set(given))
    said = course.ui.paper.example_same_said if alike else course.ui.paper.example_same
    assert shown["same"] == said[lang].format(rating=-rating, count=count, answered=len(given),
                                              percent=course.diagnostic.rules.same_rating)
    assert data["team"]["same_rating"] in (0, 3)
    assert (alike is not None) == (pattern == "answers nearly all alike, on a boundary")


def test_the_key_reads_its_numbers_from_the_rules_and_the_model(tmp_path):
    root = make_course(tmp_path / "course")
    diagnostic = root / "quizzes" / "diagnostic.yaml"
    text = diagnostic.read_text(encoding="utf-8")
    text = text.replace("  min_answered: 3\n", "  min_answered: 2\n")
    text = text.replace("  same_rating: 75\n", "  same_rating: 90\n")
    text = text.replace('  near_boundary: "2"\n', '  near_boundary: "2.5"\n')
    diagnostic.write_text(text, encoding="utf-8")
    model = root / "course" / "model.yaml"
    model_text = model.read_text(encoding="utf-8")
    assert "from_score: 60" in model_text
    model.write_text(model_text.replace("from_score: 60", "from_score: 55"), encoding="utf-8")
    course = load_course(root)
    page = text_of(render_paper.scoring_key_page(course, "en"))
    p = course.ui.paper
    assert p.key_practice["en"].format(min=2, not_enough=course.ui.diagnostic.not_enough["en"]) in page
    assert p.key_same["en"].format(percent=90) in page and "75%" not in page
    assert p.key_near["en"].format(near="2.5") in page
    assert p.key_near["id"].format(near="2,5") in text_of(render_paper.scoring_key_page(course, "id"))
    assert p.band_between["en"].format(**{"from": 40, "to": 55}) in page
    assert p.band_between["en"].format(**{"from": 55, "to": 80}) in page
    assert "60" not in re.sub(r"\d+\.\d+|\d{3,}", "", page.split("Worked example")[0])
