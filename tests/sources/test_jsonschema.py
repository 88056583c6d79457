"""The JSON Schema for editors comes from the same classes as validation, and is kept up to date."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from builder.sources.jsonschema import SCHEMAS, render_schemas

from ..conftest import ROOT

SCHEMA_DIR = ROOT / "course" / "schema"


@pytest.mark.parametrize("name", sorted(render_schemas()))
def test_committed_schema_is_current(name: str):
    committed = SCHEMA_DIR / name
    assert committed.is_file(), f"{committed} is missing: run `make schema`"
    assert committed.read_text(encoding="utf-8") == render_schemas()[name], "run `make schema` and commit"


def _files(kind: str) -> list[Path]:
    if kind == "lesson":
        return sorted((ROOT / "course" / "lessons").glob("*.yaml"))
    if kind == "quiz":
        return sorted(p for p in (ROOT / "quizzes").glob("*.yaml") if p.name not in ("diagnostic.yaml", "prepost.yaml"))
    if kind in ("diagnostic", "prepost"):
        return [ROOT / "quizzes" / f"{kind}.yaml"]
    if kind == "mkdocs":
        return [ROOT / "mkdocs.yml"]
    return [ROOT / "course" / f"{kind}.yaml"]


@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_real_sources_satisfy_the_schema_an_editor_sees(kind: str):
    schema = json.loads(render_schemas()[f"{kind}.schema.json"])
    for path in _files(kind):
        # An editor reads YAML with the usual type rules; the sources must satisfy the schema that way too.
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, schema)


def test_schema_rejects_an_unknown_key():
    schema = json.loads(render_schemas()["lesson.schema.json"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"sumary": "x"}, schema)


def test_schema_carries_the_field_documentation():
    schema = json.loads(render_schemas()["lesson.schema.json"])
    assert "learning path" in schema["properties"]["order"]["description"]


def test_schema_carries_the_facts_declared_on_the_fields():
    lesson = json.loads(render_schemas()["lesson.schema.json"])
    assert lesson["properties"]["objectives"]["items"]["x-markdown"] is True
    assert lesson["properties"]["objectives"]["description"].endswith("Markdown.")
    assert "minutes" not in lesson["properties"]  # a refused key is not offered
    ui = json.loads(render_schemas()["ui.schema.json"])
    total = ui["$defs"]["SiteStrings"]["properties"]["total_time"]
    assert total["x-placeholders"] == ["minutes", "lessons"] and "`{lessons}`" in total["description"]
    mkdocs = json.loads(render_schemas()["mkdocs.schema.json"])
    assert set(mkdocs["properties"]) == {"site_name", "theme"}
