"""The stemmer is the same on both sides: every word of both built search indexes, stemmed in Python
(snowballstemmer + the exception table) and by the JavaScript the site ships (under node)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.site.search import exceptions, stem, stop_words

from ..search import ask, index_words


@pytest.mark.parametrize("lang", ["id", "en"])
def test_python_and_the_shipped_javascript_stem_every_word_alike(built_site: Path, lang: str):
    words = index_words(built_site / lang)
    assert len(words) > 500
    shipped = ask(built_site / lang, stem=words)["stem"]
    differences = [(w, stem(w, lang), js) for w, js in zip(words, shipped, strict=True) if stem(w, lang) != js]
    assert not differences, differences[:20]


@pytest.mark.parametrize(("forms", "root"), [
    ("jual menjual dijual penjualan terjual penjualannya", "jual"),
    ("rayakan merayakan dirayakan perayaan", "raya"),
    ("latih melatih berlatih latihan pelatihan", "latih"),
    ("capai mencapai dicapai tercapai", "capa"),
    ("temu bertemu pertemuan menemukan", "temu"),
    ("target menargetkan targetnya", "target"),
    ("kerja bekerja dikerjakan mengerjakan", "kerja"),
])
def test_affixed_forms_share_their_root(forms: str, root: str):
    assert {stem(word, "id") for word in forms.split()} == {root}


@pytest.mark.parametrize(("forms", "root"), [("meeting meetings", "meet"), ("celebrate celebration", "celebr"),
                                             ("plan plans planning", "plan")])
def test_english_forms_share_their_root(forms: str, root: str):
    assert {stem(word, "en") for word in forms.split()} == {root}


def test_the_exception_table_is_needed_and_clean():
    import snowballstemmer

    snowball = snowballstemmer.stemmer("indonesian")
    table = exceptions("id")
    # An entry Snowball already gets right is noise; a stop word is never stemmed.
    assert not [w for w, root in table.items() if snowball.stemWord(w) == root]
    assert not set(table) & set(stop_words("id"))
    assert all(w == w.lower() and root == root.lower() for w, root in table.items())


def test_the_review_report_groups_the_forms_of_a_root(built_site: Path, capsys):
    from builder.site.search import report

    assert report.main([str(built_site / "id" / "search" / "search_index.json")]) == 0
    lines = dict(line.split(": ", 1) for line in capsys.readouterr().out.splitlines())
    assert {"menjual", "penjualan"} <= set(lines["jual"].split())
    assert "yang" not in " ".join(lines.values()).split()
