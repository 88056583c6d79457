"""The diagnostic answered in part, and the phone chart's stage lines, at 360 px and 1280 px.

The words are read from ui.yaml and the model (never written here), the statements from the
instrument, so a course that renames its stages or rewrites its interface keeps these green."""

from __future__ import annotations

import itertools

import pytest

from builder.sources.load import load_course
from tests.diagnostic_vectors import ROOT, code, real_instrument

INST = real_instrument()
COURSE = load_course(ROOT)
UI = COURSE.ui.diagnostic
WIDTHS = (360, 1280)
LANGS = ("id", "en")
FULL = "555044403330222011105550"  # every practice answered: a stage and a chart


def open_page(page, site_url, lang, width, fragment=""):
    page.set_viewport_size({"width": width, "height": 800 if width < 600 else 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{site_url}/{lang}/diagnostic.html{fragment}")
    page.wait_for_selector("#dx-root.dx-ready")
    return errors


def stage_name(stage_id: str, lang: str) -> str:
    return next(s.name[lang] for s in COURSE.model.stages if s.id == stage_id)


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_a_half_filled_diagnostic_says_what_is_left_and_that_there_is_no_result_yet(page, site_url, lang, width):
    errors = open_page(page, site_url, lang, width)
    page.evaluate("localStorage.clear()")
    total = len(INST.statement_ids)
    answered = INST.statement_ids[:5]
    for sid in answered:
        page.check(f'input[name="{sid}"][value="4"]')
    box = page.locator("#dx-result")
    assert box.get_attribute("data-stage") == "insufficient"
    assert box.locator(".dx-pending").inner_text().strip() == UI.pending_title[lang]
    left = UI.pending_left[lang].format(done=len(answered), total=total, left=total - len(answered))
    assert box.locator(".dx-pending-left").inner_text().strip() == left
    assert box.locator(".dx-insufficient").inner_text().startswith(UI.insufficient[lang].split("{")[0])
    text = box.inner_text()
    # Not a stage called "not enough answers": the result is simply not worked out yet.
    assert UI.not_enough[lang] not in text
    assert UI.stage_line[lang].format(stage=UI.not_enough[lang]) not in text
    assert page.locator("#dx-status").text_content() == UI.pending_title[lang]
    # Every statement answered but too many say Don't know: nothing is left to answer, the text says so.
    for sid in INST.statement_ids:
        page.check(f'input[name="{sid}"][value="dk"]')
    assert box.locator(".dx-pending-left").count() == 0
    practices = ", ".join(p.name[lang] for p in COURSE.model.practices)
    assert box.locator(".dx-insufficient").inner_text().strip() == UI.pending_done[lang].format(practices=practices)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.evaluate("localStorage.clear()")
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_a_shared_link_with_too_few_answers_does_not_count_what_is_left(page, site_url, lang):
    open_page(page, site_url, lang, 360, "#r=" + code(INST, "333333333333333300333333"))
    box = page.locator("#dx-result")
    assert box.locator(".dx-pending").inner_text().strip() == UI.pending_title[lang]
    assert box.locator(".dx-pending-left").count() == 0  # a code cannot tell unanswered from Don't know
    assert box.locator(".dx-insufficient").is_visible()


SCALE = """() => {
    const list = document.querySelector('.dx-barlist');
    const cuts = [...list.querySelector('.dx-bartrack').querySelectorAll('.dx-barcut')]
        .map(c => c.getBoundingClientRect().left);
    return {
        shown: list.getBoundingClientRect().height > 0,
        names: [...list.querySelectorAll('.dx-barscale-name')].map(n => {
            const r = n.getBoundingClientRect();
            return {text: n.textContent, stage: n.getAttribute('data-stage'), left: r.left, right: r.right,
                    top: r.top, bottom: r.bottom, px: parseFloat(getComputedStyle(n).fontSize),
                    end: n.classList.contains('dx-barscale-end')};
        }),
        cuts: cuts,
        note: list.querySelector('.dx-barscale-note').textContent,
        width: list.getBoundingClientRect().right,
    };
}"""


@pytest.mark.browser
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_phone_charts_stage_lines_are_named_in_the_pages_language(page, site_url, lang, width):
    open_page(page, site_url, lang, width, "#r=" + code(INST, FULL))
    scale = page.evaluate(SCALE)
    if width >= 600:
        # The wide chart names its bands itself; the bar list is for phones.
        assert not scale["shown"]
        assert page.locator(".dx-figure .dx-chart").is_visible()
        return
    assert scale["shown"]
    starts = [stage for stage, _ in INST.stages[1:]]
    assert [n["stage"] for n in scale["names"]] == starts
    for n, cut in zip(scale["names"], scale["cuts"], strict=True):
        assert n["text"] == stage_name(n["stage"], lang).split(" (")[0]
        assert n["px"] >= 12
        # The name stands at its line: starting there, or ending there past the middle.
        assert abs((n["right"] if n["end"] else n["left"]) - cut) <= 2, n
        assert n["right"] <= scale["width"] + 1
    for above, below in itertools.pairwise(scale["names"]):
        assert above["bottom"] <= below["top"] + 1  # one name per line: none covers another
    assert scale["note"] == UI.stage_lines[lang].format(stages=", ".join(stage_name(s, lang) for s in starts))
