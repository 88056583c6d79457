"""Placeholders in course/ui.yaml may name only what each text declares; `course check` says where not."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.problems import ContentError, catalogue
from builder.schema import SiteStrings
from builder.schema.base import described, placeholders
from builder.sources.load import load_course

from ..conftest import make_course

_SYNTAX = catalogue("en")["problems"]["placeholder_syntax"]


def _ui_with(root: Path, old: str, new: str) -> int:
    """Replace `old` by `new` in the course's ui.yaml; return the line changed."""
    ui = root / "course" / "ui.yaml"
    text = ui.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    ui.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_the_names_are_declared_on_the_fields_and_their_descriptions_list_them():
    assert placeholders(SiteStrings, "minutes") == {"minutes"}
    assert placeholders(SiteStrings, "total_time") == {"minutes", "lessons"}
    assert placeholders(SiteStrings, "home") == set()
    assert described(SiteStrings, "total_time").endswith("Placeholders: `{minutes}`, `{lessons}`.")
    assert "Placeholders" not in described(SiteStrings, "home")


@pytest.mark.parametrize("old, new, message", [
    ('id: "{minutes} menit"', 'id: "{menit} menit"',
     "this text uses `{menit}`, which the site does not fill in here — "
     "use only `{minutes}`, written exactly like that"),
    ('en: "{minutes} min"', 'en: "{minutes.__class__} min"',
     "this text uses `{minutes.__class__}`, which the site does not fill in here"),
    ('en: "Based on {sources}."', 'en: "Based on {sources[0]}."', "this text uses `{sources[0]}`"),
    ('en: "{minutes} min"', 'en: "{minutes!r} min"', "this text uses `{minutes!r}`"),
    ('en: "{lessons} lessons, about {minutes} minutes"', 'en: "{lessons} lessons, about {minutes minutes"',
     _SYNTAX["what"].format() + " — " + _SYNTAX["instead"].format(allowed="`{lessons}`, `{minutes}`")),
    ('en: "{minutes} min"', 'en: "{minutes}} min"', "a `{` or `}` in this text does not make a placeholder"),
    ("en: Home\n", "en: \"{title}\"\n",
     "this text uses `{title}`, but nothing is filled in here — remove the braces; this text is shown as written"),
])
def test_a_wrong_placeholder_is_reported_at_its_line(tmp_path: Path, old: str, new: str, message: str):
    root = make_course(tmp_path)
    line = _ui_with(root, old, new)
    with pytest.raises(ContentError) as caught:
        load_course(root)
    reported = [p.format("en") for p in caught.value.problems]
    assert len(reported) == 1 and reported[0].startswith(f"course/ui.yaml:{line}: {message}"), reported
