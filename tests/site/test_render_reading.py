"""Build-time output for reading on a phone and in either colour scheme: the glossary's order, the
tables' column labels, the figures' phone layout, the footer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder.site.pages.render import render_language, sort_key
from builder.sources.load import load_course

from ..conftest import FIXTURES, make_course


@pytest.fixture(scope="module")
def ordered_course(tmp_path_factory) -> Path:
    return make_course(tmp_path_factory.mktemp("order"), FIXTURES / "glossary-order")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_glossary_is_alphabetical_in_each_language(ordered_course: Path, lang: str):
    course = load_course(ordered_course)
    page = render_language(course, lang).readable("glossary.md")
    shown = re.findall(r"^\*\*(.+?)\*\*", page, flags=re.M)
    expected = sorted((t.term[lang] for t in course.glossary.terms), key=sort_key)
    assert shown == expected
    assert shown != [t.term[lang] for t in course.glossary.terms]  # the fixture's own order is not it


def test_the_two_languages_order_differently(ordered_course: Path):
    course = load_course(ordered_course)
    ids = {lang: [t.id for t in sorted(course.glossary.terms, key=lambda t: sort_key(t.term[lang]))]
           for lang in ("id", "en")}
    assert ids["id"] != ids["en"]


def test_sort_key_ignores_case_and_accents():
    assert sorted(["éclat", "Serah", "prospek", "Kesepakatan", "ekor"], key=sort_key) == \
        ["éclat", "ekor", "Kesepakatan", "prospek", "Serah"]
