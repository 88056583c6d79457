"""The course is written in its own words: no long run of words is copied from the reference texts.

Facts carry over from the sources; wording does not. A shared run of eight or
more words is treated as a copied sentence.
"""

from __future__ import annotations

import re

import pytest
import yaml

from ..conftest import ROOT

REFERENCE = ROOT.parent / "shared" / "reference"
RUN = 8


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9à-ÿ]+", text.lower())


def _shingles(text: str) -> set[tuple[str, ...]]:
    runs: set[tuple[str, ...]] = set()
    for line in text.splitlines():
        words = _words(line)
        runs |= {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}
    return runs


# Citations and contact details are quoted on purpose: they are references, not course text.
QUOTED_KEYS = {"citation", "short", "source", "contact"}


def _strings(data, key: str = ""):
    if key in QUOTED_KEYS:
        return
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _strings(v, k)
    elif isinstance(data, list):
        for item in data:
            yield from _strings(item, key)
    elif isinstance(data, str):
        yield data


def _course_text() -> str:
    files = sorted((ROOT / "course").rglob("*.yaml")) + sorted((ROOT / "quizzes").glob("*.yaml"))
    # Each text on its own line, so a run never spans two texts.
    return "\n".join(text for p in files
                     for text in _strings(yaml.load(p.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)))


def test_the_shingle_check_catches_a_copied_sentence():
    source = "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh."
    assert _shingles(source) & _shingles("Awal. satu dua tiga empat lima enam tujuh delapan. Akhir.")
    assert not _shingles(source) & _shingles("satu dua tiga empat lima enam tujuh sembilan")


@pytest.mark.parametrize("reference", ["seed-groedu-article-id.txt", "model-facts.md"])
def test_no_sentence_is_copied_from_the_references(reference: str):
    path = REFERENCE / reference
    if not path.is_file():
        pytest.skip(f"{path} is not there: the reference texts live in ../shared/reference/, beside the checkout")
    copied = _shingles(path.read_text(encoding="utf-8")) & _shingles(_course_text())
    assert not copied, [" ".join(run) for run in sorted(copied)][:10]
