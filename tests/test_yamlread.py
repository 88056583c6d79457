"""YAML is read with line numbers and without guessing types."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings, strategies as st

from builder.sources.yamlread import read


def _read(tmp_path: Path, text: str):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    return read(path, "x.yaml")


def test_words_and_numbers_that_yaml_would_guess_stay_text(tmp_path: Path):
    source, problems = _read(tmp_path, "a: no\nb: yes\nc: on\nd: 08\ne: 1.10\nf: ~\ng: 2024-01-01\n")
    assert problems == []
    assert source.data == {"a": "no", "b": "yes", "c": "on", "d": "08", "e": "1.10", "f": "~",
                           "g": "2024-01-01"}


def test_every_value_knows_its_line(tmp_path: Path):
    source, _ = _read(tmp_path, "title:\n  id: Judul\n  en: Title\nitems:\n  - one\n  - two\n")
    assert source.line(("title", "en")) == 3
    assert source.line(("items", 1)) == 6
    assert source.key_line(("items",)) == 4
    assert source.line(("title", "missing", "deeper")) == source.line(("title",))


def test_duplicate_keys_are_reported_with_both_lines(tmp_path: Path):
    source, problems = _read(tmp_path, "a: 1\nb: 2\na: 3\n")
    assert source is None
    assert [p.format() for p in problems] == [
        "x.yaml:3: the key `a` appears twice in the same block (first on line 1) — keep one `a:` and delete or "
        "rename the other"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
               min_size=1, max_size=40))
def test_any_text_reads_back_as_written(tmp_path_factory, text: str):
    # Whatever an instructor types, once quoted as YAML, comes back unchanged and as text.
    folder = tmp_path_factory.mktemp("prop")
    dumped = yaml.safe_dump({"t": text}, allow_unicode=True)
    path = folder / "p.yaml"
    path.write_text(dumped, encoding="utf-8")
    source, problems = read(path)
    assert problems == []
    assert source.data == {"t": text}
