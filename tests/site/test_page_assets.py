"""The course's own scripts and styles: one file per job in builder/site/assets/, put together per kind of
page at build time (pages/assets.py); each page ships only what it uses."""

from __future__ import annotations

import re

import pytest

from builder.site.pages import assets, minify
from builder.site.pages.assets import (
    ASSETS,
    KINDS,
    SCRIPTS,
    SHIPPED,
    SLIDE_SCRIPTS,
    InlineStyleError,
    code_lines,
    page_scripts,
    script,
    script_of,
    shipped,
    slide_script,
    style_text,
    styles_of,
)

from ..conftest import ROOT, needs

FOLDERS = ("diagnostic", "quiz", "facilitator", "prepost", "evaluation")


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_file_of_a_folder_is_shipped_and_every_shipped_file_exists(folder):
    files = {f"{folder}/{p.name}" for p in (ASSETS / folder).iterdir() if p.name.endswith(".js")}
    shipped = {name for names in SCRIPTS.values() for name in names if name.startswith(f"{folder}/")}
    assert shipped == files
    for names in SCRIPTS.values():
        assert len(set(names)) == len(names)
        assert names[-1].endswith("/start.js")  # it runs what the files before it set up


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_folder_readme_lists_each_script_s_files_in_order(folder):
    """The README of a script's first file's folder has its row; any other README's row of it (a kind that
    takes files from several folders) names its files too, by name or by path."""
    readme = (ASSETS / folder / "README.md").read_text(encoding="utf-8")
    for name, names in SCRIPTS.items():
        row = re.search(rf"^\| {name} \|.*\| (.*) \|$", readme, re.M)
        assert row or not names[0].startswith(f"{folder}/"), name
        if row:
            assert row.group(1).split(", ") in ([n.split("/", 1)[1] for n in names], list(names)), name


PASTE_READERS = ("diagnostic/paste.js", "prepost/prepost-core.js", "evaluation/core.js")
"""The three kinds' paste readers: each uses what diagnostic/paste-core.js holds for all three."""


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_the_paste_readers_shared_file_comes_before_each_reader(name):
    names = SCRIPTS[name]
    readers = [names.index(n) for n in PASTE_READERS if n in names]
    if not readers:
        assert "diagnostic/paste-core.js" not in names, name
        return
    assert names.index("diagnostic/paste-core.js") < min(readers), name


def test_the_paste_readers_keep_only_their_own_part():
    """A reader's cut, dots and duplicates are paste-core.js's: none of the three writes them again."""
    shared = defined((ASSETS / "diagnostic" / "paste-core.js").read_text(encoding="utf-8"))
    assert {"firstCharacters", "withoutTrailingDots", "pastedCodes", "firstSightings"} <= shared
    for reader in PASTE_READERS:
        text = (ASSETS / reader).read_text(encoding="utf-8")
        assert "pastedCodes(" in text and "firstSightings(" in text, reader
        assert not re.search(r"\.exec\(|lastIndex|charCodeAt\([^)]*\) === 46|known\[code\]", text), reader


def top_level_names(text: str) -> list[str]:
    """The names a script file declares at its top level (not indented): functions and variables."""
    names = re.findall(r"^function (\w+)", text, re.M)
    for line in re.findall(r"^var (.*)$", text, re.M):
        names += re.findall(r"(?:^|,\s*)([A-Za-z_$][\w$]*)\s*=(?!=)", line)
    return names


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_no_two_files_of_a_script_declare_one_name(name):
    seen: dict[str, str] = {}
    twice = []
    for file in SCRIPTS[name]:
        for declared in top_level_names((ASSETS / file).read_text(encoding="utf-8")):
            if declared in seen:
                twice.append(f"{declared}: {seen[declared]} and {file}")
            seen[declared] = file
    assert twice == []


def test_the_names_check_sees_functions_and_each_variable_of_a_line():
    text = "var A = 1, B = { c: 2, d: 3 };\nvar E = /x/g;\nfunction f(a) {\n  var g = a == 1;\n}\n"
    assert top_level_names(text) == ["f", "A", "B", "E"]


BUILT_IN = {"encodeURIComponent", "decodeURIComponent"}
"""JavaScript's own functions a script may call by name (the evaluation's comment travels %-encoded)."""


def defined(text: str) -> set[str]:
    return set(re.findall(r"^function (\w+)", text, re.M))


@pytest.mark.parametrize("page", ["diagnostic", "team", "report"])
def test_a_diagnostic_page_gets_only_what_it_uses(page):
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
    called = set(re.findall(r"(?<![\w.])([a-z]\w*)\(", text)) - BUILT_IN
    assert {name for name in called - functions if not re.search(rf"\b{name} = function\b", text)} == set()


def test_only_a_lesson_gets_the_checks_and_every_page_its_progress():
    progress, quiz = defined(script("progress")), defined(script("quiz"))
    assert "initQuiz" in quiz and "initQuiz" not in progress
    assert {"progress", "status", "init"} <= progress <= quiz


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_each_script_is_one_strict_function(name):
    text = script(name)
    assert text.count("(function () {\n\"use strict\";\n") == 1
    assert text.endswith("\n})();\n")
    # packed: no comment blocks, no indentation, no blank lines (the sources keep them)
    body = text.split("\n", 1)[1]
    assert "\n/*" not in body and "\n\n" not in body and "\n " not in body


def test_each_kind_of_page_has_its_styles_and_one_script_and_kinds_that_ship_the_same_share_it():
    built = page_scripts()
    for kind, (styles, scripts) in KINDS.items():
        css = styles_of(kind, ":root{--x:#000}\n")
        assert css.startswith(":root{--x:#000}\n")  # the academy's colours first
        assert css.endswith(style_text(styles[-1]))
        assert built[script_of(kind)] == "".join(shipped(s) for s in scripts)
    assert script_of("page") == script_of("toolkit") != script_of("facilitator")  # the guide has its clock
    assert "function initQuiz" not in "".join(script(s) for s in KINDS["diagnostic"][1])  # no knowledge check there
    assert "quiz.css" not in str(KINDS["diagnostic"]) and "diagnostic.css" not in str(KINDS["lesson"])
    assert len(built) == len({script_of(k) for k in KINDS}) + len(SLIDE_SCRIPTS)
    assert built[slide_script("session-slides")] == shipped("session-slides")


def test_a_session_s_slides_get_the_guide_s_clock_but_not_its_run_sheet_code():
    slides, guide = defined(script("session-slides")), defined(script("facilitator"))
    shared = {"parseTime", "parseDay", "clockText", "plan", "givenSchedule", "initClock"}
    assert shared <= slides & guide  # the same code, not a second implementation
    assert "layOut" in guide and "layOut" not in slides and "layOutSheet" not in guide
    assert "layOutPage" in slides and "layOutPage" in guide


@pytest.mark.parametrize("closing", ["</style>", "</STYLE", "</"])
def test_styles_that_could_end_their_element_are_refused(closing):
    with pytest.raises(InlineStyleError):
        styles_of("page", f":root{{--x:'{closing}'}}")


@pytest.mark.parametrize("text", [
    "var a = 1; /* no end",
    "/* a comment */ var a = 1;",
    "/* a comment\n   that ends */ var a = 1;",
    "/* never closed\nvar a = 1;",
])
def test_packing_never_cuts_code_out_of_a_line(text):
    if text.startswith("var"):  # code before a comment is kept whole, comment and all
        assert code_lines("x.js", text) == [text]
        return
    with pytest.raises(ValueError):
        code_lines("x.js", text)


def test_packing_keeps_code_lines_whole():
    text = "/* why\n * more why\n */\nfunction f() {\n  // a note\n  return 1;   // kept\n}\n\n"
    assert code_lines("x.js", text) == ["function f() {", "return 1;   // kept", "}"]


def test_what_ships_is_the_sources_minified():
    """The site carries each script and stylesheet as esbuild minifies it: regenerate with `make site-assets`."""
    esbuild = needs(ROOT / "node_modules" / ".bin" / "esbuild", "esbuild minifies the site's scripts", "run `npm ci`")
    fresh = minify.expected(esbuild)
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in SHIPPED.iterdir()}
    assert on_disk.keys() == fresh.keys(), "builder/site/assets/shipped/ is stale: run `make site-assets`"
    for name, text in fresh.items():
        assert on_disk[name] == text, f"shipped/{name} is stale: run `make site-assets`"
    assert set(SCRIPTS) | set(assets.stylesheets()) == {n.removesuffix(".min.js").replace(".min.", ".")
                                                          for n in fresh}
    # Each script is its one strict function, with nothing esbuild would add to lower newer syntax (its
    # Math.pow helper for `**` breaks the diagnostic's BigInt sums).
    for name in SCRIPTS:
        assert fresh[f"{name}.min.js"].startswith("(function(){"), name
        assert "__pow" not in fresh[f"{name}.min.js"] and "Math.pow" not in fresh[f"{name}.min.js"], name
    # minified: shorter than the sources
    assert len(shipped("quiz")) < len(script("quiz")) and len(style_text("quiz.css")) < len(
        (ASSETS / "quiz.css").read_text(encoding="utf-8"))


def test_the_files_shipped_as_they_are_exist():
    for name in assets.SHIPPED_AS_IS:
        assert (ASSETS / name).is_file()
