"""The message catalogues (builder/messages/*.yaml): complete, parallel, and in step with the code."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from builder.problems import CATALOGUE_DIR, LANGS, catalogue

BUILDER = Path(__file__).resolve().parents[1] / "builder"

# Placeholders that Problem.message() fills itself, from other parameters (see problems._localise).
DERIVED = {"suggestion": {"suggest"}, "range": {"lo", "hi"}, "detail": set()}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def entries(lang: str) -> dict[tuple[str, str], str]:
    """Every text of a catalogue, keyed by (section, name[.part])."""
    out = {}
    for section, table in catalogue(lang).items():
        for name, value in table.items():
            if isinstance(value, dict):
                for part, text in value.items():
                    out[(section, f"{name}.{part}")] = text
            else:
                out[(section, name)] = value
    return out


def literal_strings() -> set[str]:
    found = set()
    for path in BUILDER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def problem_calls() -> list[tuple[str, int, str, set[str] | None]]:
    """(file, line, code, keyword names) of each `Problem.at(..., "code", ...)`; None where `**params` is passed."""
    calls = []
    for path in BUILDER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "at"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "Problem"
                    and len(node.args) >= 3 and isinstance(node.args[2], ast.Constant)):
                names = {k.arg for k in node.keywords}
                calls.append((path.name, node.lineno, node.args[2].value, None if None in names else names))
    return calls


def test_every_catalogue_is_valid_yaml_with_the_same_sections_and_names():
    assert {p.stem for p in CATALOGUE_DIR.glob("*.yaml")} == set(LANGS)
    keys = {lang: set(entries(lang)) for lang in LANGS}
    assert keys["en"] == keys["id"], keys["en"] ^ keys["id"]
    for lang in LANGS:
        for key, text in entries(lang).items():
            assert isinstance(text, str) and text.strip(), (lang, key)


@pytest.mark.parametrize("key", sorted(entries("en")), ids=lambda k: ".".join(k))
def test_both_languages_use_the_same_placeholders(key):
    assert fields(entries("en")[key]) == fields(entries("id")[key])


def test_every_problem_has_what_and_instead():
    for lang in LANGS:
        for code, entry in catalogue(lang)["problems"].items():
            assert set(entry) == {"what", "instead"}, (lang, code)


def test_every_problem_code_is_used_by_the_builder_and_every_used_code_is_worded():
    literals = literal_strings()
    codes = set(catalogue("en")["problems"])
    assert codes - {"other"} <= literals, sorted(codes - literals)
    assert {code for _, _, code, _ in problem_calls()} <= codes


def test_every_placeholder_of_a_problem_is_given_a_value_where_the_problem_is_raised():
    for file, line, code, names in problem_calls():
        if names is None:
            continue
        entry = catalogue("en")["problems"][code]
        needed = fields(entry["what"] + entry["instead"])
        given = set(names) | {derived for derived, sources in DERIVED.items() if not sources or sources & names}
        assert needed <= given, f"{file}:{line}: `{code}` needs {sorted(needed - given)}"


def test_every_usage_message_and_notice_is_used():
    literals = literal_strings()
    for name in catalogue("en")["notices"]:
        assert name in literals, name
    for name in catalogue("en")["usage"]:
        assert name in literals or name.removeprefix("score_") in literals, name
