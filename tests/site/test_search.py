"""What the built search finds, run in the site's own search worker under node: roots and affixed
forms find the same pages, stop words are not in the index, and the knowledge checks' hints,
feedback and right answers are not searchable (their questions are)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.site.pages.quiz import choices
from builder.site.search import stem, stop_words
from builder.sources.load import load_course

from ..conftest import ROOT
from ..search import ask, index_docs, index_words, plain

SAME_PAGES = {
    "id": [("jual", "menjual", "penjualan"), ("rayakan", "merayakan", "perayaan"), ("latih", "pelatihan"),
           ("capai", "mencapai"), ("temu", "bertemu", "pertemuan"), ("target", "menargetkan")],
    "en": [("meeting", "meetings"), ("celebrate", "celebration"), ("plan", "plans", "planning")],
}


def pages(locations: list[str]) -> set[str]:
    return {location.split("#")[0] for location in locations}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_form_of_a_word_finds_the_same_pages(built_site: Path, lang: str):
    groups = SAME_PAGES[lang]
    queries = [form for group in groups for form in group]
    found = dict(zip(queries, ask(built_site / lang, queries=queries)["queries"], strict=True))
    for group in groups:
        first = pages(found[group[0]])
        assert len(first) >= 2, (group[0], first)
        for form in group[1:]:
            assert pages(found[form]) == first, (group[0], form)


def test_a_partly_typed_word_finds_its_root(built_site: Path):
    # Material sends each keystroke as a prefix query ("menjua*"): stemmed, it still reaches "jual".
    found = ask(built_site / "id", queries=["menjual", "menjua"])["queries"]
    assert pages(found[1]) == pages(found[0])


def test_stop_words_are_not_in_the_index(built_site: Path):
    answer = ask(built_site / "id", vocabulary=True, queries=["yang penjualan", "penjualan"])
    vocabulary = set(answer["vocabulary"])
    assert {"jual", "raya", "latih"} <= vocabulary
    # A stop word may still be the root of a content word (berada → ada), never there for itself.
    stops = set(stop_words("id"))
    roots = {stem(word, "id") for word in index_words(built_site / "id") if word not in stops}
    assert "yang" not in vocabulary and "dan" not in vocabulary
    assert not [word for word in stops if word in vocabulary and word not in roots]
    # A stop word in a query neither narrows nor widens what the other words find.
    assert pages(answer["queries"][0]) == pages(answer["queries"][1])


def test_english_stop_words_are_not_in_the_index(built_site: Path):
    vocabulary = set(ask(built_site / "en", vocabulary=True)["vocabulary"])
    assert {"meet", "celebr"} <= vocabulary
    assert not vocabulary & {"the", "and", "of", "to", "with", "is"}


def _hidden_texts(course, lang: str) -> list[str]:
    """Every hint, feedback and right answer of every knowledge check, as plain words."""
    texts = []
    for quiz in course.quizzes.values():
        for q in quiz.questions:
            if q.hint:
                texts.append(q.hint[lang])
            if q.type in ("single", "multiple", "true_false"):
                texts += [feedback[lang] for _, feedback in choices(course, q)]
            else:
                texts += [q.feedback.correct[lang], q.feedback.incorrect[lang]]
    return [plain(t) for t in texts]


def _questions(course, lang: str) -> list[str]:
    return [plain(q.prompt[lang]) for quiz in course.quizzes.values() for q in quiz.questions]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_hints_feedback_and_right_answers_are_not_searchable(built_site: Path, lang: str):
    course = load_course(ROOT)
    index = " ".join(plain(doc["title"] + " " + doc["text"]) for doc in index_docs(built_site / lang))
    hidden = [t for t in _hidden_texts(course, lang) if len(t.split()) >= 4]
    assert len(hidden) > 100
    found = [t for t in hidden if t in index]
    assert not found, found[:5]
    label = course.ui.quiz.right_answer[lang]
    answers = [plain(f"{label}: {pair.right[lang]}") for quiz in course.quizzes.values() for q in quiz.questions
               if q.type == "matching" for pair in q.pairs]
    answers += [plain(f"{label}: " + " ".join(item[lang] for item in q.items))
                for quiz in course.quizzes.values() for q in quiz.questions if q.type == "ordering"]
    assert answers and not [a for a in answers if a in index]
    # The questions themselves stay searchable.
    assert sum(q in index for q in _questions(course, lang)) > 0.9 * len(_questions(course, lang))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_diagnostic_statements_are_searchable_without_their_rating_labels(built_site: Path, lang: str):
    course = load_course(ROOT)
    docs = [doc for doc in index_docs(built_site / lang) if doc["location"].startswith("diagnostic.html#dx-p-")]
    text = " ".join(plain(doc["text"]) for doc in docs)
    assert len(docs) == len(course.model.practices)
    assert all(plain(s.text[lang]) in text for s in course.diagnostic.statements)
    # The same five labels under each of the 24 statements would match "setuju"/"agree" everywhere.
    scale = course.diagnostic.scale
    labels = [plain(label[lang]) for label in scale.labels] + [plain(scale.dont_know[lang])]
    assert not [label for label in labels if label in text]
