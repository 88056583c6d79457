"""The diagnostic's scripts: one file per job in builder/site/assets/diagnostic/, packed per page at build
time; each page ships only what it uses."""

from __future__ import annotations

import re

import pytest

from builder.site.pages import diagnostic as render_diagnostic
from builder.site.pages.diagnostic import SCRIPT_DIR, SCRIPTS, _code_lines, script

FILES = sorted(p.name for p in SCRIPT_DIR.iterdir() if p.name.endswith(".js"))


def test_every_file_is_shipped_and_every_shipped_file_exists():
    shipped = {name for names in SCRIPTS.values() for name in names}
    assert shipped == set(FILES)
    for names in SCRIPTS.values():
        assert len(set(names)) == len(names)
        assert names[-1] == "start.js"  # it runs the controller the file before it named


def test_the_folder_readme_lists_each_page_s_files_in_order():
    readme = (SCRIPT_DIR / "README.md").read_text(encoding="utf-8")
    for page, names in SCRIPTS.items():
        row = re.search(rf"^\| {page} \|.*\| (.*) \|$", readme, re.M)
        assert row, page
        assert row.group(1).split(", ") == list(names), page


def defined(text: str) -> set[str]:
    return set(re.findall(r"^function (\w+)", text, re.M))


@pytest.mark.parametrize("page", sorted(SCRIPTS))
def test_a_page_gets_only_what_it_uses(page):
    text = script(page)
    functions = defined(text)
    team_only = {"teamPage", "extractResults", "extractCodes"}
    report_only = {"reportPage"}
    team_report = {"teamReport", "teamChart", "showReport"}
    diagnostic_only = {"diagnosticPage", "loadAnswers", "profileChart"}
    expected = {"diagnostic": diagnostic_only, "team": team_only | team_report,
                "report": report_only | team_report}[page]
    assert expected <= functions
    assert not (team_only | report_only | team_report | diagnostic_only) - expected & functions
    # Every function the page calls by name is in its script: declared, or a variable holding one.
    called = set(re.findall(r"(?<![\w.])([a-z]\w*)\(", text))
    assert {name for name in called - functions if not re.search(rf"\b{name} = function\b", text)} == set()


@pytest.mark.parametrize("page", sorted(SCRIPTS))
def test_each_page_script_is_one_strict_function(page):
    text = script(page)
    assert text.count("(function () {\n\"use strict\";\n") == 1
    assert text.endswith("\n})();\n")
    # packed: no comment blocks, no indentation, no blank lines (the sources keep them)
    body = text.split("\n", 1)[1]
    assert "\n/*" not in body and "\n\n" not in body and "\n " not in body


def test_the_diagnostic_page_keeps_its_script_name():
    assert render_diagnostic.SCRIPT_PATHS == {"diagnostic": "assets/diagnostic.js", "team": "assets/team.js"}


@pytest.mark.parametrize("text", [
    "var a = 1; /* no end",
    "/* a comment */ var a = 1;",
    "/* a comment\n   that ends */ var a = 1;",
    "/* never closed\nvar a = 1;",
])
def test_packing_never_cuts_code_out_of_a_line(text):
    if text.startswith("var"):  # code before a comment is kept whole, comment and all
        assert _code_lines("x.js", text) == [text]
        return
    with pytest.raises(ValueError):
        _code_lines("x.js", text)


def test_packing_keeps_code_lines_whole():
    text = "/* why\n * more why\n */\nfunction f() {\n  // a note\n  return 1;   // kept\n}\n\n"
    assert _code_lines("x.js", text) == ["function f() {", "return 1;   // kept", "}"]
