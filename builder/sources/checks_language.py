"""The two languages of a text: as advice, what a translator missed.

Every text a learner reads is written twice (`id:` and `en:`). The schema checks that both are
there; these rules look at whether they say the same thing: an Indonesian text with a sentence left
in English, two versions whose lengths are far apart (a paragraph missing from one), or whose
lists, tables and bold words differ. Each is a heuristic, so each is advice (`problems.ADVICE`).
"""

from __future__ import annotations

import re
from typing import Iterator

from ..problems import Problem
from ..schema import Text
from .checks_craft import texts_of
from .read import SourceFile, Sources

ENGLISH_FUNCTION_WORDS = frozenset([
    "the", "and", "of", "is", "are", "to", "with", "that", "for", "this", "from", "by", "be", "it", "on", "was",
    "were", "will", "can", "their", "they", "not", "or", "an", "as", "at", "which", "have", "has", "you", "your",
    "who", "what", "when", "would", "should",
])
"""Common English words that are never words of Indonesian."""

LENGTH_RATIO = (0.6, 1.9)
"""Indonesian characters per English character: outside this, one version probably lacks a part."""
LENGTH_FROM = 60
"""Characters: shorter texts vary too much in length to compare."""


def english_sentences(text: str) -> list[str]:
    """Sentences of an Indonesian text that read as English.

    A sentence counts as English when at least three of its words, and at least 15% of them, are
    English function words. A quoted English title or a sprinkled English term ("value proposition",
    "key account") adds one or two such words, not a sentence's worth.
    """
    flagged = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+|\|", text):
        words = re.findall(r"[a-z']+", sentence.lower())
        hits = sum(w in ENGLISH_FUNCTION_WORDS for w in words)
        if hits >= 3 and hits / len(words) >= 0.15:
            flagged.append(sentence.strip())
    return flagged


def plain_length(text: str) -> int:
    """Length of a text without Markdown table rules and repeated spaces."""
    text = re.sub(r"\|?-{3,}\|?", "", text)
    return len(" ".join(text.split()))


def shape(text: str) -> tuple[int, int, int]:
    """(list items, table rows, `**` marks) of a Markdown text."""
    return (len(re.findall(r"^\s*(?:[-*]|\d+\.)\s", text, re.M)),
            len(re.findall(r"^\s*\|", text, re.M)),
            text.count("**"))


def _learners_texts(s: Sources) -> Iterator[tuple[SourceFile, tuple, Text]]:
    """The texts of the lessons, knowledge checks, glossary, model, course page and Toolkit."""
    singles = (s.course, s.model, s.glossary, s.toolkit)
    for f in (*(f for f in singles if f is not None), *s.lessons, *s.quizzes):
        for loc, text in texts_of(f.record):
            yield f, loc, text


def check_translations(s: Sources) -> list[Problem]:
    """No English sentence left in an Indonesian text; both versions of similar length and shape."""
    out = []
    for f, loc, text in _learners_texts(s):
        english = english_sentences(text.id)
        if english:
            sentence = english[0] if len(english[0]) <= 80 else english[0][:77] + "..."
            out.append(f.at((*loc, "id"), "english_in_indonesian", sentence=sentence))
        id_len, en_len = plain_length(text.id), plain_length(text.en)
        low, high = LENGTH_RATIO
        if max(id_len, en_len) > LENGTH_FROM and not low * en_len <= id_len <= high * en_len:
            out.append(f.at((*loc, "id"), "translation_length", id_length=id_len, en_length=en_len))
        id_shape, en_shape = shape(text.id), shape(text.en)
        if id_shape != en_shape:
            out.append(f.at((*loc, "id"), "translation_shape", items_id=id_shape[0], rows_id=id_shape[1],
                            bold_id=id_shape[2], items_en=en_shape[0], rows_en=en_shape[1], bold_en=en_shape[2]))
    return out
