"""JSON Schema of the source formats, generated from the same classes that validate them.

Editors such as VS Code (with the YAML extension) use these files to complete
keys and underline mistakes while an instructor types.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from ..schema import (
    Academy,
    CourseInfo,
    Diagnostic,
    Facilitator,
    Glossary,
    Lesson,
    MkdocsSettings,
    Model,
    Quiz,
    Toolkit,
    Ui,
)

SCHEMAS: dict[str, type[BaseModel]] = {
    "lesson": Lesson, "quiz": Quiz, "diagnostic": Diagnostic, "model": Model,
    "course": CourseInfo, "academy": Academy, "glossary": Glossary, "ui": Ui, "toolkit": Toolkit,
    "facilitator": Facilitator, "mkdocs": MkdocsSettings,
}


def schema_of(model: type[BaseModel]) -> dict:
    schema = model.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


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
