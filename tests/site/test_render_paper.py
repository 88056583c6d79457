"""The diagnostic on paper, rendered (no browser): the printable form holds every statement of the model in
the instrument's order with the online form's five rating boxes and its "don't know" box, the roles and the
statement set's fingerprint; the diagnostic page (also without JavaScript), the team page's no-JavaScript
note and the Facilitator guide link to it."""

from __future__ import annotations

import html
import re

import pytest

from builder.diagnostic import scoring
from builder.schema import LANGS
from builder.site.pages import facilitator as render_facilitator
from builder.site.pages import paper as render_paper
from builder.site.pages.fragments import readable
from builder.site.pages.render import render_language
from builder.sources.load import load_course
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    from tests.conftest import make_course

    return load_course(make_course(tmp_path_factory.mktemp("paper") / "course"))


@pytest.fixture(scope="module")
def sites(course):
    return {lang: render_language(course, lang) for lang in LANGS}


def rows(page: str) -> list[tuple[str, str, int]]:
    """(statement id, its text, boxes in its row) for every statement row of the form, in order."""
    found = re.findall(r'<tr data-statement="([^"]+)"><td class="dx-paper-number">\d+</td>'
                       r'<td class="dx-paper-text">(.*?)</td>(.*?)</tr>', page)
    return [(sid, html.unescape(text), cells.count('class="dx-box"')) for sid, text, cells in found]


@pytest.mark.parametrize("lang", LANGS)
def test_the_form_holds_every_statement_in_order_with_six_boxes(course, sites, lang):
    inst = scoring.Instrument.from_course(course)
    page = sites[lang].readable(render_paper.FORM_PAGE)
    texts = {s.id: s.text[lang] for s in course.diagnostic.statements}
    got = rows(page)
    assert [sid for sid, _, _ in got] == list(inst.statement_ids)
    assert all(text == texts[sid] for sid, text, _ in got)
    scale = course.diagnostic.scale
    assert all(boxes == len(scale.labels) + 1 for _, _, boxes in got)  # five ratings and "don't know"
    head = html.unescape(page[page.index("<thead>"):page.index("</thead>")])
    for label in [*scale.labels, scale.dont_know]:
        assert f">{label[lang]}</span></th>" in head
    # Grouped by practice in course order, as the online form.
    names = re.findall(r'<tr class="dx-paper-practice"><th scope="colgroup" colspan="\d+">\d+\. (.*?)</th>', page)
    assert [html.unescape(n) for n in names] == [p.name[lang] for p in course.model.practices]


@pytest.mark.parametrize("lang", LANGS)
def test_the_form_asks_the_role_and_carries_the_fingerprint(course, sites, lang):
    page = sites[lang].readable(render_paper.FORM_PAGE)
    inst = scoring.Instrument.from_course(course)
    words = course.ui.diagnostic
    role_line = html.unescape(page[page.index('class="dx-paper-role"'):].split("</p>", 1)[0])
    for role in scoring.ROLES:
        assert getattr(words, f"role_{role}")[lang] in role_line
    assert role_line.count('class="dx-box"') == len(scoring.ROLES)
    assert course.ui.paper.fingerprint[lang].format(fingerprint=inst.fingerprint) in html.unescape(page)
    assert page.startswith("---\nselaras_kind: paper\n")


@pytest.mark.parametrize("target", ["form", "key"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_diagnostic_page_the_noscript_note_and_the_guide_link_to_the_form(course, sites, lang, target):
    title, href = ((course.ui.paper.form_title, "diagnostic-paper.html") if target == "form"
                   else (course.ui.paper.key_title, "diagnostic-key.html"))
    link = f'<a href="{href}">{title[lang]}</a>'
    diagnostic = html.unescape(sites[lang].readable("diagnostic.md"))
    visible = re.search(r'<p class="dx-paper-links dx-no-print" id="dx-paper-links">(.*?)</p>', diagnostic).group(1)
    assert link in visible
    noscript = re.search(r"<noscript>(.*?)</noscript>", diagnostic, re.S).group(1)
    assert course.ui.diagnostic.noscript[lang] in noscript and link in noscript
    team = html.unescape(sites[lang].readable("team.md"))
    assert link in re.search(r"<noscript>(.*?)</noscript>", team, re.S).group(1)
    # The small course has no guide: the shipped course's, which every course with a guide gets alike.
    real = load_course(ROOT)
    guide = html.unescape(readable(render_facilitator.facilitator_page(real, lang)))
    debrief = guide[guide.index('id="debrief"'):guide.index('id="materials"')]
    assert link in debrief


def test_a_changed_statement_is_on_the_form_and_changes_the_fingerprint(course, tmp_path):
    from tests.conftest import make_course

    root = make_course(tmp_path / "changed")
    path = root / "quizzes" / "diagnostic.yaml"
    first = course.diagnostic.statements[0]
    text = path.read_text(encoding="utf-8")
    assert text.count("- id: " + first.id + "\n") == 1
    text = text.replace("- id: " + first.id + "\n", "- id: " + first.id + "\n    # changed\n", 1)
    marker = "Pernyataan yang diubah untuk uji"
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == "- id: " + first.id)
    at = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("id: >-"))
    lines[at] = lines[at].replace(">-", f'"{marker}"')
    end = at + 1
    while lines[end].startswith(" " * (len(lines[at]) - len(lines[at].lstrip()) + 2)):
        end += 1
    del lines[at + 1:end]
    path.write_text("".join(lines), encoding="utf-8")
    changed = load_course(root)
    page = render_paper.paper_form_page(changed, "id")
    assert marker in page
    old = scoring.Instrument.from_course(course).fingerprint
    new = scoring.Instrument.from_course(changed).fingerprint
    assert new != old and new in page and old not in page


@pytest.mark.parametrize("lang", LANGS)
def test_the_form_and_the_key_point_to_each_other(course, sites, lang):
    form = html.unescape(sites[lang].readable(render_paper.FORM_PAGE))
    key = html.unescape(sites[lang].readable(render_paper.KEY_PAGE))
    assert f'<a href="diagnostic-key.html">{course.ui.paper.key_title[lang]}</a>' in form
    assert f'<a href="diagnostic-paper.html">{course.ui.paper.form_title[lang]}</a>' in key
    fingerprint = scoring.Instrument.from_course(course).fingerprint
    assert course.ui.paper.fingerprint[lang].format(fingerprint=fingerprint) in key
    assert key.startswith("---\nselaras_kind: paper\n")
