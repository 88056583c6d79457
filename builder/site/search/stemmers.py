"""The search stemmers, one per site language: `for_language(lang)(word) -> root`.

The same generated Snowball algorithm runs in the browser (snowball/*.min.js, shipped in the
site's search extension): `snowballstemmer` is pinned to the Snowball release those files were
generated from, and tests/test_search_stem.py checks both sides word by word. Indonesian uses
Tala's rules (Snowball `indonesian`) corrected by exceptions-id.yaml; English uses Porter2
(Snowball `english`), because lunr's built-in Porter stemmer has no Python twin.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Callable

import snowballstemmer
import yaml

HERE = Path(__file__).parent
SNOWBALL_NAME = {"id": "indonesian", "en": "english"}
"""Site language → Snowball algorithm."""


@cache
def exceptions(lang: str) -> dict[str, str]:
    """word → root, from exceptions-<lang>.yaml (root → the course's forms of it); {} if there is none."""
    path = HERE / f"exceptions-{lang}.yaml"
    if not path.is_file():
        return {}
    table = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {word: root for root, words in table.items() for word in words}


@cache
def stop_words(lang: str) -> tuple[str, ...]:
    """The words the index leaves out, from stopwords-<lang>.txt; () where lunr's own list serves (English)."""
    path = HERE / f"stopwords-{lang}.txt"
    if not path.is_file():
        return ()
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(word for word in lines if word)


@cache
def for_language(lang: str) -> Callable[[str], str]:
    """The stem function of one site language; words are expected in lower case, as lunr gives them."""
    table = exceptions(lang)
    snowball = snowballstemmer.stemmer(SNOWBALL_NAME[lang])

    def stem(word: str) -> str:
        return table.get(word) or snowball.stemWord(word)

    return stem


def stem(word: str, lang: str = "id") -> str:
    """One word's root in one language (Indonesian unless said)."""
    return for_language(lang)(word)
