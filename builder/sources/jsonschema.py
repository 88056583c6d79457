"""JSON Schema of the source formats, generated from the same classes that validate them.

Editors such as VS Code (with the YAML extension) use these files to complete
keys and underline mistakes while an instructor types.
"""

from __future__ import annotations

import json
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ..schema import (
    Academy,
    CourseInfo,
    Diagnostic,
    Evaluation,
    Facilitator,
    Glossary,
    Lesson,
    MkdocsSettings,
    Model,
    PrePost,
    Quiz,
    Toolkit,
    Ui,
)
from ..schema.base import described

SCHEMAS: dict[str, type[BaseModel]] = {
    "lesson": Lesson, "quiz": Quiz, "diagnostic": Diagnostic, "model": Model,
    "course": CourseInfo, "academy": Academy, "glossary": Glossary, "ui": Ui, "toolkit": Toolkit,
    "facilitator": Facilitator, "mkdocs": MkdocsSettings, "prepost": PrePost,
    "evaluation": Evaluation,
}


def schema_of(model: type[BaseModel]) -> dict:
    schema = model.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    # The descriptions say what the fields' facts declare (Markdown, placeholders), from the facts.
    for name, record in _records(model).items():
        where = schema if record is model else schema.get("$defs", {}).get(name)
        for field, entry in ((where or {}).get("properties") or {}).items():
            if field in record.model_fields and "description" in entry:
                entry["description"] = described(record, field)
    return schema


def _records(model: type[BaseModel]) -> dict[str, type[BaseModel]]:
    """Every record class reachable from `model`, by the name the JSON Schema's $defs give it."""
    found: dict[str, type[BaseModel]] = {}

    def visit(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation.__name__ in found:
                return
            found[annotation.__name__] = annotation
            for info in annotation.model_fields.values():
                visit(info.annotation)
        for arg in typing.get_args(annotation):
            visit(arg)

    visit(model)
    return found


def render_schemas() -> dict[str, str]:
    """File name → JSON text (pure)."""
    return {f"{name}.schema.json": json.dumps(schema_of(model), ensure_ascii=False, indent=2) + "\n"
            for name, model in SCHEMAS.items()}


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_schemas().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
