"""Turn the schema's complaints into problems an instructor can act on.

pydantic reports a path through the data (`questions → 2 → options → 0 →
text`); the source remembers the line of every such path, so each error
becomes `file:line: what is wrong — what to write instead`.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ..problems import Problem
from ..schema.base import accepted_keys
from .yamlread import Loc, Source

M = TypeVar("M", bound=BaseModel)

# How a value that does not match a pattern should look instead, written as it must be typed.
_EXAMPLES = {
    "primary": '"#1f4e79"', "accent": '"#f4a300"', "site_url": "https://elearning.example.id/selaras/",
    "near_boundary": "2", "gap_flag": "1.0",
}

# Keys an instructor may write in Indonesian, and the English key the format uses. Keys are
# always English (course/PANDUAN.md); the message names the one to write instead, and keeps the
# instructor's text.
INDONESIAN_KEYS = {
    "judul": "title", "ringkasan": "summary", "tujuan": "objectives", "urutan": "order", "tahap": "stages",
    "praktik": "practices", "bagian": "sections", "isi": "body", "teks": "text", "poin_penting": "key_points",
    "poin_kunci": "key_points", "refleksi": "reflection", "kuis": "quiz", "uji": "quiz", "soal": "questions",
    "pertanyaan": "prompt", "pilihan": "options", "opsi": "options", "umpan_balik": "feedback",
    "petunjuk": "hint", "kasus": "scenario", "skenario": "scenario", "butir": "items", "pasangan": "pairs",
    "kiri": "left", "kanan": "right", "benar": "correct", "nama": "name", "deskripsi": "description",
    "keterangan": "description", "jenis": "kind", "tipe": "type", "gambar": "figure", "kunci": "key",
    "istilah": "term", "definisi": "definition", "hindari": "avoid", "judul_bagian": "heading",
    "sumber": "sources", "warna": "colours", "kontak": "contact", "tagline": "tagline", "catatan": "note",
    "pernyataan": "statements", "aturan": "rules", "langkah": "steps", "menit": "minutes", "sesi": "sessions",
    "kegiatan": "blocks", "lakukan": "do", "bahan": "materials", "daftar_periksa": "checklist",
    "templat": "templates", "pengantar": "intro", "penggunaan": "use", "saran": "advice",
    "langkah_berikut": "next_steps", "skor_awal": "from_score", "tugas": "tasks",
}
_ANSWER_KEYS = {"answer", "answers", "jawaban", "kunci_jawaban", "right", "correct_answer"}


def parse(model: type[M], source: Source) -> tuple[M | None, list[Problem]]:
    """Validate a source against a model; return the model or the problems."""
    if not isinstance(source.data, dict):
        return None, [Problem.at(source.path, 1, "not_mapping", found=_found(source.data))]
    try:
        return model.model_validate(source.data), []
    except ValidationError as exc:
        errors = _without_echoes(exc.errors(include_url=False))
        return None, [_problem(model, source, err) for err in errors]


def _without_echoes(errors: list[ErrorDetails]) -> list[ErrorDetails]:
    """Drop "missing `summary`" when the same block has the misspelt `sumary`, or the Indonesian
    `ringkasan`: one mistake, one message."""
    unknown = {(tuple(e["loc"][:-1]), str(e["loc"][-1])) for e in errors if e["type"] == "extra_forbidden"}
    def echoed(err: ErrorDetails) -> bool:
        if err["type"] != "missing":
            return False
        parent, field = tuple(err["loc"][:-1]), str(err["loc"][-1])
        typos = [key for p, key in unknown if p == parent]
        return (bool(difflib.get_close_matches(field, typos, n=1, cutoff=0.75))
                or any(INDONESIAN_KEYS.get(key.lower()) == field for key in typos))
    return [e for e in errors if not echoed(e)]


def _found(value: Any) -> str:
    if value is None or value == "":
        return "nothing"
    if isinstance(value, dict):
        return "a block of keys"
    if isinstance(value, list):
        return "a list"
    return "a text"


def _data_loc(data: Any, loc: tuple) -> Loc:
    """The part of pydantic's loc that addresses data (drops union tags and the like)."""
    out: list[str | int] = []
    for part in loc:
        if (isinstance(data, dict) and part in data) or (
                isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)):
            data = data[part]
            out.append(part)
    return tuple(out)


def _problem(model: type[BaseModel], source: Source, err: ErrorDetails) -> Problem:
    kind = err["type"]
    loc = tuple(err["loc"])
    ctx = err.get("ctx") or {}
    value = err.get("input")
    where = _data_loc(source.data, loc)
    path = source.path
    line = source.line(where)

    if kind == "missing":
        parent = _data_loc(source.data, loc[:-1])
        return Problem.at(path, source.key_line(parent) if parent else 1, "missing_field", field=loc[-1])
    if kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = _allowed_keys(model, loc[:-1])
        key_line = source.key_line(where)
        written = source.text[key_line - 1] if 0 < key_line <= len(source.text) else ""
        english = INDONESIAN_KEYS.get(key.lower())
        if english in allowed:
            return Problem.at(path, key_line, "key_in_indonesian", key=key, english=english)
        if key.lower() in _ANSWER_KEYS and "options" in allowed:
            return Problem.at(path, key_line, "answer_key", key=key)
        if value in ("", None) and "{" in written and "," in written:
            # `{id: Satu, dua, en: …}`: the comma ended the text, and `dua` became a key.
            return Problem.at(path, key_line, "comma_in_braces", key=key)
        best = difflib.get_close_matches(key, allowed, n=1, cutoff=0.5)
        listed = ", ".join(f"`{a}`" for a in allowed)
        if best:
            return Problem.at(path, source.key_line(where), "unknown_key", key=key,
                              suggest="did_you_mean", best=best[0], allowed=listed)
        return Problem.at(path, source.key_line(where), "unknown_key", key=key,
                          suggest="allowed_here", allowed=listed)
    if kind == "refused_key":  # a key the format does not take, with its own message (schema.base.Refused)
        return Problem.at(path, source.key_line(where), ctx["code"], key=loc[-1])
    if kind in ("missing_language", "expected_language_pair", "bad_id", "expected_flag", "control_character",
                "bad_clock_time"):
        params = {k: v for k, v in ctx.items()}
        if kind == "expected_language_pair":
            params["found"] = _found(value)
        return Problem.at(path, line, kind, **params)
    if kind == "string_too_short":
        return Problem.at(path, line, "empty_text")
    if kind == "string_too_long":
        return Problem.at(path, line, "text_too_long", count=len(value) if isinstance(value, str) else "?",
                          maximum=ctx.get("max_length", ""))
    if kind == "string_type":
        return Problem.at(path, line, "expected_text", found=_found(value))
    if kind in ("list_type", "tuple_type"):
        return Problem.at(path, line, "expected_list", found=_found(value))
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        if value == "" or value is None:
            return Problem.at(path, line, "expected_mapping", found="nothing")
        return Problem.at(path, line, "expected_mapping", found=_found(value))
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return Problem.at(path, line, "expected_number", value=value)
    if kind in ("greater_than_equal", "greater_than"):
        return Problem.at(path, line, "number_range", value=value, lo=ctx.get("ge", ctx.get("gt")))
    if kind in ("less_than_equal", "less_than"):
        return Problem.at(path, line, "number_range", value=value, hi=ctx.get("le", ctx.get("lt")))
    if kind == "literal_error":
        return Problem.at(path, line, "bad_choice", value=value, allowed=ctx.get("expected", ""))
    if kind == "union_tag_invalid":
        tag_line = source.line(where + ("type",))
        return Problem.at(path, tag_line, "bad_choice", value=ctx.get("tag"), allowed=ctx.get("expected_tags", ""))
    if kind == "union_tag_not_found":
        return Problem.at(path, source.key_line(where) if where else 1, "missing_field",
                          field=ctx.get("discriminator", "type").strip("'"))
    if kind == "too_short":
        count, minimum = int(ctx.get("actual_length", 0)), int(ctx.get("min_length", 1))
        return Problem.at(path, line, "too_few", count=count, minimum=minimum, missing=minimum - count)
    if kind == "too_long":
        count, maximum = int(ctx.get("actual_length", 0)), int(ctx.get("max_length", 0))
        return Problem.at(path, line, "too_many", count=count, maximum=maximum, extra=count - maximum)
    if kind == "string_pattern_mismatch":
        field = next((p for p in reversed(loc) if isinstance(p, str)), "")
        example = _EXAMPLES.get(field, "")
        written = source.text[line - 1] if 0 < line <= len(source.text) else ""
        comment = re.search(r":\s+(#[^\s\"']*)", written)
        if value in ("", None) and comment:
            # `primary: #0f766e`: YAML reads everything after ` #` as a comment, so the value is empty;
            # the fix quotes what the instructor wrote.
            return Problem.at(path, line, "hash_unquoted", field=field, example=f'"{comment[1]}"')
        return Problem.at(path, line, "bad_format", value=value, example=example)
    return Problem.at(path, line, "other", detail=err.get("msg", kind))


def _allowed_keys(model: Any, loc: tuple) -> list[str]:
    """The keys the record found at `loc` takes (not its refused ones)."""
    record = _record_at(model, loc)
    return list(accepted_keys(record)) if record is not None else []


def _record_at(model: Any, loc: tuple) -> type[BaseModel] | None:
    """The schema class of the record found at `loc`, walking the schema's types."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(part) if isinstance(part, str) else None
            if field is None:
                return None
            current = field.annotation
            continue
        origin = typing.get_origin(current)
        args = typing.get_args(current)
        if origin in (list, tuple) and isinstance(part, int):
            current = args[0]
        elif origin is dict:
            current = args[1]
        elif origin in (typing.Union, types.UnionType):
            # A tagged union: pydantic puts the tag value in the loc.
            current = next((a for a in args if _tag(a) == part), None)
            if current is None:
                return None
        else:
            return None
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return current
    return None


def _unwrap(tp: Any) -> Any:
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            if len(args) == 1:
                tp = args[0]
            else:
                return tp
        else:
            return tp


def _tag(tp: Any) -> Any:
    tp = _unwrap(tp)
    if isinstance(tp, type) and issubclass(tp, BaseModel) and "type" in tp.model_fields:
        args = typing.get_args(tp.model_fields["type"].annotation)
        return args[0] if args else None
    return None
