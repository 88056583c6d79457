"""The diagnostic page in Chromium: the same vectors as the Python reference, keyboard use,
saved answers, share links (good and malformed), storage switched off, accessibility."""

from __future__ import annotations

import json

import pytest

from builder.diagnostic import paste, scoring
from builder.sources.load import load_course
from tests.diagnostic_vectors import JS_VIEWS, ROOT, VECTORS, code, js_view_mismatches, real_instrument

from ..conftest import CONTEXT_ARGS
from .support import record_requests, run_axe

INST = real_instrument()
COURSE_UI = load_course(ROOT).ui.diagnostic

CODE = code(INST, "555044403330222011105550")  # the vector "one don't know in every practice": Aligned, 66.6


def open_page(page, site_url, lang="en", fragment="", path="diagnostic.html"):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{site_url}/{lang}/{path}{fragment}")
    page.wait_for_selector("#dx-root.dx-ready")
    return errors


def result(page):
    box = page.locator("#dx-result")
    return box.get_attribute("data-stage"), box.get_attribute("data-score")


@pytest.mark.browser
@pytest.mark.parametrize("path", ["diagnostic.html", "team.html"])
def test_browser_scoring_matches_the_vectors(page, site_url, path):
    errors = open_page(page, site_url, path=path)
    views = page.evaluate(f"""(vectors) => ({JS_VIEWS})(window.SelarasDiagnostic, window.SelarasDiagnostic.inst,
        window.SelarasDiagnostic.data, vectors)""", VECTORS)
    # The diagnostic page takes no paste, so it ships no paste parser.
    assert js_view_mismatches(views, paste=path == "team.html") == []
    assert errors == []


@pytest.mark.browser
def test_page_embeds_the_course_order_and_rules(page, site_url):
    open_page(page, site_url, "id")
    data = page.evaluate("window.SelarasDiagnostic.data")
    assert [s["id"] for s in data["statements"]] == list(INST.statement_ids)
    assert [s["from_score"] for s in data["stages"]] == [int(c) for _, c in INST.stages]
    assert page.locator("fieldset.dx-statement").count() == len(INST.statement_ids)
    for sid in INST.statement_ids:
        radios = page.locator(f'input[type="radio"][name="{sid}"]')
        assert [radios.nth(i).get_attribute("value") for i in range(radios.count())] == ["1", "2", "3", "4", "5", "dk"]


def answer_by_keyboard(page, code: str) -> None:
    """Tab into each statement's radio group and choose with the arrow keys, as a keyboard user would."""
    digits = code.rsplit(".", 1)[1]
    for _ in range(300):
        if page.evaluate("document.activeElement && document.activeElement.name") == INST.statement_ids[0]:
            break
        page.keyboard.press("Tab")
    else:
        raise AssertionError("the first statement cannot be reached with Tab")
    for sid, digit in zip(INST.statement_ids, digits, strict=True):
        assert page.evaluate("document.activeElement.name") == sid
        steps = 5 if digit == "0" else int(digit) - 1  # the sixth radio is "don't know"
        if steps == 0:
            page.keyboard.press("Space")
        for _ in range(steps):
            page.keyboard.press("ArrowRight")
        page.keyboard.press("Tab")


@pytest.mark.browser
def test_keyboard_answers_give_the_result_and_survive_a_reload(page, site_url):
    errors = open_page(page, site_url)
    assert result(page) == ("insufficient", "")
    answer_by_keyboard(page, CODE)
    assert page.locator("#dx-progress").text_content() == "24 / 24 answered"
    assert result(page) == ("aligned", "66.6")
    assert page.locator("#dx-code").text_content() == CODE
    assert "Stage: Aligned" in page.locator("#dx-status").text_content()
    # weakest first: training (1.00) leads the recommendations
    assert page.locator(".dx-rec").first.get_attribute("data-practice") == "training"
    page.reload()
    page.wait_for_selector("#dx-root.dx-ready")
    assert result(page) == ("aligned", "66.6")
    assert page.locator('input[name="rules-4"][value="dk"]').is_checked()
    assert errors == []


@pytest.mark.browser
def test_share_link_reproduces_the_result_elsewhere(page, site_url):
    open_page(page, site_url, "id")
    answer_by_keyboard(page, CODE)
    link = page.locator("#dx-share-link").input_value()
    assert link.endswith("#r=" + CODE)
    other = page.context.browser.new_context(**CONTEXT_ARGS)  # another person: no saved answers
    try:
        viewer = other.new_page()
        viewer.goto(link)
        viewer.wait_for_selector("#dx-root.dx-ready")
        assert result(viewer) == ("aligned", "66.6")
        assert viewer.locator("#dx-shared").is_visible()
        assert viewer.locator("#dx-form").is_hidden()
        assert "66,6" in viewer.locator("#dx-result").text_content()  # Indonesian decimal comma
        # Viewing a shared result leaves the viewer's own (empty) answers alone.
        assert viewer.evaluate("localStorage.getItem('selaras.diagnostic.v1')") is None
    finally:
        other.close()


@pytest.mark.browser
@pytest.mark.parametrize("fragment", [f"#r=2.{INST.fingerprint}.12345", "#r=9.555044403330222011105550",
                                      "#r=1.55504440333022201110555%3Cimg%20src=x%20onerror=alert(1)%3E",
                                      "#r=<script>window.hacked=1</script>"])
def test_malformed_link_gets_a_friendly_message(page, site_url, fragment):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    errors = open_page(page, site_url, "en", fragment)
    assert page.locator("#dx-bad-link").is_visible()
    assert "cannot be read" in page.locator("#dx-bad-link").text_content()
    assert result(page) == ("insufficient", "")
    assert page.locator("#dx-form").is_visible()
    assert page.locator("#dx-root img, #dx-root script").count() == 0
    assert page.evaluate("window.hacked") is None
    assert page.locator("#dx-old-link").is_hidden()
    assert errors == [] and dialogs == []


OLD_LINKS = ["#r=1.555044403330222011105550",  # version 1: before codes carried a fingerprint
             "#r=2.000000.555044403330222011105550",  # another statement set
             "#r=2.000000.5550444033302220"]  # another set, with fewer statements


@pytest.mark.browser
@pytest.mark.parametrize("lang,words", [("en", "earlier version of the diagnostic"),
                                        ("id", "versi diagnostik yang lebih lama")])
@pytest.mark.parametrize("fragment", OLD_LINKS)
def test_link_from_another_statement_set_is_refused_with_a_plain_message(page, site_url, fragment, lang, words):
    errors = open_page(page, site_url, lang, fragment)
    assert page.locator("#dx-old-link").is_visible()
    assert words in page.locator("#dx-old-link").text_content()
    assert page.locator("#dx-bad-link").is_hidden()
    # Never a result computed from answers to other statements.
    assert result(page) == ("insufficient", "")
    assert page.locator("#dx-shared").is_hidden() and page.locator("#dx-form").is_visible()
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("stored", [
    {"set": "000000", "answers": {"rules-1": "5", "rules-2": "5"}},  # saved under another statement set
    {"answers": {"rules-1": "5", "rules-2": "5"}},  # saved before answers carried a fingerprint
])
def test_saved_answers_from_another_statement_set_are_cleared_with_a_message(page, site_url, stored):
    page.add_init_script(f"""if (!sessionStorage.getItem('seeded')) {{
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('selaras.diagnostic.v1', {json.dumps(json.dumps(stored))});
    }}""")
    errors = open_page(page, site_url)
    assert page.locator("#dx-old-answers").is_visible()
    assert "earlier version of the diagnostic" in page.locator("#dx-old-answers").text_content()
    assert not page.locator('input[name="rules-1"][value="5"]').is_checked()
    assert page.locator("#dx-progress").text_content() == "0 / 24 answered"
    saved = json.loads(page.evaluate("localStorage.getItem('selaras.diagnostic.v1')"))
    assert saved == {"set": INST.fingerprint, "answers": {}, "role": None}
    page.reload()  # cleared once: the message does not come back
    page.wait_for_selector("#dx-root.dx-ready")
    assert page.locator("#dx-old-answers").is_hidden()
    assert errors == []


@pytest.mark.browser
def test_saved_answers_of_this_statement_set_are_kept_without_a_message(page, site_url):
    stored = {"set": INST.fingerprint, "answers": {"rules-1": "5"}}
    page.add_init_script(f"""localStorage.setItem('selaras.diagnostic.v1', {json.dumps(json.dumps(stored))});""")
    open_page(page, site_url)
    assert page.locator('input[name="rules-1"][value="5"]').is_checked()
    assert page.locator("#dx-old-answers").is_hidden()


@pytest.mark.browser
def test_insufficient_result_names_the_practices(page, site_url):
    open_page(page, site_url, "en", "#r=" + code(INST, "333333333333333300333333"))
    assert result(page) == ("insufficient", "")
    text = page.locator("#dx-result").text_content()
    assert "Joint training and benchmarking" in text and COURSE_UI.pending_title["en"] in text


@pytest.mark.browser
def test_works_without_storage_and_says_so(page, site_url):
    page.add_init_script("""Object.defineProperty(window, 'localStorage', {get() { throw new Error('denied'); }});""")
    errors = open_page(page, site_url)
    assert page.locator("#dx-storage").is_visible()
    page.check('input[name="rules-1"][value="4"]')
    assert page.locator("#dx-progress").text_content() == "1 / 24 answered"
    assert errors == []


@pytest.mark.browser
def test_reset_clears_the_answers(page, site_url):
    open_page(page, site_url)
    page.check('input[name="rules-1"][value="4"]')
    page.once("dialog", lambda d: d.accept())
    page.locator("#dx-reset").click()
    assert page.locator("#dx-progress").text_content() == "0 / 24 answered"
    page.reload()
    page.wait_for_selector("#dx-root.dx-ready")
    assert not page.locator('input[name="rules-1"][value="4"]').is_checked()


@pytest.mark.browser
def test_touch_targets_and_labels(page, site_url):
    open_page(page, site_url)
    sizes = page.evaluate("""() => [...document.querySelectorAll('.dx-option')].map(l => {
        const r = l.getBoundingClientRect(); return [r.width, r.height]; })""")
    assert sizes and all(w >= 44 and h >= 44 for w, h in sizes)
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('#dx-root input')]
        .filter(i => !i.labels || !i.labels.length).map(i => i.name)""")
    assert unlabelled == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_serious_accessibility_violations(page, site_url, lang):
    log = record_requests(page, site_url)
    open_page(page, site_url, lang)
    assert run_axe(page) == []
    page.goto(f"{site_url}/{lang}/diagnostic.html#r={CODE}")
    page.wait_for_selector("#dx-root.dx-ready")
    assert run_axe(page) == []
    assert log.foreign == [] and log.failures == []


@pytest.mark.browser
def test_print_shows_the_result_not_the_form(page, site_url):
    open_page(page, site_url, "en", f"#r={CODE}")
    page.emulate_media(media="print")
    assert page.locator("#dx-result").is_visible()
    assert page.locator(".md-sidebar--primary").first.is_hidden()
    assert page.locator(".dx-share").is_hidden()


def test_vectors_cover_every_boundary():
    """The shared vectors must keep the cases the issue asks for."""
    scores = {v["expect"]["score"] for v in VECTORS["individual"]}
    assert {"39", "40", "59", "60", "79", "80"} <= scores
    assert any(v["expect"]["stage"] == scoring.INSUFFICIENT for v in VECTORS["individual"])
    assert any(v["expect"].get("one_sided") for v in VECTORS["team"])


# --- the role and sharing from a phone ------------------------------------------------------------

@pytest.mark.browser
def test_the_chosen_role_travels_in_the_share_link_and_survives_a_reload(page, site_url):
    errors = open_page(page, site_url)
    group = page.locator("fieldset#dx-role")
    assert group.locator("legend").text_content() == "Which team do you work in?"
    assert group.locator('input[type="radio"][name="dx-role"]').count() == 3
    page.locator('input[name="dx-role"][value="marketing"]').check()
    for sid, digit in zip(INST.statement_ids, CODE.rsplit(".", 1)[1], strict=True):
        page.locator(f'input[name="{sid}"][value="{digit if digit != "0" else "dk"}"]').check()
    with_role = code(INST, CODE.rsplit(".", 1)[1], "marketing")
    assert page.locator("#dx-code").text_content() == with_role
    page.reload()
    page.wait_for_selector("#dx-root.dx-ready")
    assert page.locator('input[name="dx-role"][value="marketing"]').is_checked()
    assert page.locator("#dx-code").text_content() == with_role
    # No role chosen: a version 2 code, as before.
    page.evaluate("localStorage.clear()")
    page.goto(f"{site_url}/en/diagnostic.html#r={with_role}")
    page.wait_for_selector("#dx-root.dx-ready")
    assert result(page) == ("aligned", "66.6")
    assert page.locator("#dx-code").text_content() == with_role  # a shared result keeps its role
    assert errors == []


SHARE_STUB = """
window.__shared = [];
navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
"""


@pytest.mark.browser
def test_share_uses_the_share_sheet_where_there_is_one(page, site_url):
    page.add_init_script(SHARE_STUB)
    errors = open_page(page, site_url, fragment=f"#r={CODE}")
    page.locator("#dx-share-button").click()
    page.wait_for_function("window.__shared.length === 1")
    shared = page.evaluate("window.__shared[0]")
    assert shared["url"].endswith(f"/en/diagnostic.html#r={CODE}")
    assert shared["text"].startswith("My sales–marketing diagnostic result, for the facilitator only")
    assert page.locator(".dx-copy-note").text_content() == "Result shared."
    assert page.locator("#dx-copy").is_visible()  # copying stays available
    assert errors == []


@pytest.mark.browser
def test_a_cancelled_share_says_nothing_and_a_failed_one_falls_back_to_copying(page, site_url):
    page.add_init_script("""
      window.__calls = 0;
      navigator.share = () => { window.__calls += 1;
        return Promise.reject(new DOMException('no', window.__fail ? 'NotAllowedError' : 'AbortError')); };
    """)
    open_page(page, site_url, fragment=f"#r={CODE}")
    page.locator("#dx-share-button").click()
    # The rejection is handled in a microtask, before this macrotask runs.
    page.evaluate("() => new Promise(r => setTimeout(r, 0))")
    assert page.evaluate("window.__calls") == 1
    assert page.locator(".dx-copy-note").text_content() == ""  # closing the share sheet is not a failure
    page.evaluate("window.__fail = true")
    page.locator("#dx-share-button").click()
    page.wait_for_function("document.querySelector('.dx-copy-note').textContent !== ''")
    strings = page.evaluate("window.SelarasDiagnostic.data.strings")
    # Whether plain http on 127.0.0.1 may use the clipboard or not, the link is copied or selected.
    assert page.locator(".dx-copy-note").text_content() in (strings["copied"], strings["copy_failed"])


@pytest.mark.browser
def test_without_a_share_sheet_only_copy_is_offered(page, site_url):
    page.add_init_script("delete Navigator.prototype.share; delete navigator.share;")
    open_page(page, site_url, fragment=f"#r={CODE}")
    assert page.locator("#dx-share-button").count() == 0
    assert page.locator("#dx-copy").is_visible()


# --- readable at 360 px -------------------------------------------------------------------------

SMALLEST_TEXT = """(selector) => {
  let smallest = Infinity, where = null, seen = 0;
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim()) continue;
      const node = n.parentElement, range = document.createRange();
      range.selectNodeContents(n);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;   // not rendered (display: none)
      seen += 1;
      let size = parseFloat(getComputedStyle(node).fontSize);
      // Text in an SVG is scaled with it: its rendered size is the font size times the scale.
      const svg = node.closest('svg');
      if (svg) size = size * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      if (size < smallest) { smallest = size; where = n.textContent.trim(); }
    }
  }
  return {smallest, where, seen};
}"""


def phone(page):
    page.set_viewport_size({"width": 360, "height": 740})


def no_horizontal_overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_result_is_readable_on_a_360px_phone(page, site_url, lang):
    phone(page)
    errors = open_page(page, site_url, lang, fragment=f"#r={CODE}")
    text = page.evaluate(SMALLEST_TEXT, "#dx-result .dx-figure")
    assert text["seen"] >= 6, text   # the chart's practice names and bars are shown
    assert text["smallest"] >= 12, text
    assert page.locator("#dx-result .dx-barlist").is_visible()
    assert no_horizontal_overflow(page) <= 360
    assert run_axe(page) == []
    # On a wide screen the SVG chart is back, and its text is still at least 12 px.
    page.set_viewport_size({"width": 1280, "height": 900})
    assert page.locator("#dx-result svg.dx-chart").is_visible()
    assert page.locator("#dx-result .dx-barlist").is_hidden()
    assert page.evaluate(SMALLEST_TEXT, "#dx-result .dx-figure")["smallest"] >= 12
    assert errors == []


CHART_SHOWN = """(figure) => {
  const f = document.querySelector(figure), svg = f.querySelector('svg.dx-chart');
  return {figure: f.getBoundingClientRect().width, svg: svg.getBoundingClientRect().width > 0,
          list: f.querySelector('.dx-barlist').getBoundingClientRect().width > 0};
}"""


@pytest.mark.browser
def test_the_chart_text_is_never_under_12px_at_any_width(page, site_url, tmp_path):
    """Where the SVG chart switches to the bar list is measured, not chosen: at every width from a
    small phone to a wide monitor (Material's sidebars come and go on the way), on the
    diagnostic, the team page and the written report, no chart text renders under 12 px, and
    the SVG is drawn wherever its figure is wide enough for that."""
    from .test_report import write_report
    from .test_team import add_paste, chat_export, open_team, thirty

    def sweep(figure: str) -> set[bool]:
        drawn = set()
        for width in range(320, 1921, 40):
            page.set_viewport_size({"width": width, "height": 900})
            text = page.evaluate(SMALLEST_TEXT, figure)
            shown = page.evaluate(CHART_SHOWN, figure)
            assert text["seen"] >= 6 and text["smallest"] >= 12, (width, text, shown)
            assert shown["svg"] != shown["list"], (width, shown)  # exactly one of the two
            assert shown["svg"] == (shown["figure"] >= 640), (width, shown)
            drawn.add(shown["svg"])
        return drawn

    errors = open_page(page, site_url, "id", fragment=f"#r={CODE}")
    assert sweep("#dx-result .dx-figure") == {True, False}
    errors += open_team(page, site_url, "en")
    add_paste(page, chat_export(site_url, [c for _, c in thirty()[:6]]))
    assert sweep("#dx-team-result .dx-figure") == {True, False}
    page.goto(write_report(tmp_path, "en").as_uri())
    page.wait_for_selector("#dx-team-result:not([hidden])")
    assert sweep("#dx-team-result .dx-figure") == {True, False}
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_form_and_own_result_fit_a_360px_phone(page, site_url, lang):
    phone(page)
    errors = open_page(page, site_url, lang)
    assert no_horizontal_overflow(page) <= 360
    page.locator('input[name="dx-role"][value="sales"]').check()
    for sid, digit in zip(INST.statement_ids, CODE.rsplit(".", 1)[1], strict=True):
        page.locator(f'input[name="{sid}"][value="{digit if digit != "0" else "dk"}"]').check()
    assert result(page)[0] == "aligned"
    assert page.evaluate(SMALLEST_TEXT, "#dx-result .dx-figure")["smallest"] >= 12
    assert no_horizontal_overflow(page) <= 360
    assert run_axe(page) == []
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_language_menu_fits_a_360px_screen(page, site_url, lang):
    phone(page)
    open_page(page, site_url, lang)
    page.locator(".md-header__option .md-select").hover()
    menu = page.locator(".md-select__inner")
    page.wait_for_function("getComputedStyle(document.querySelector('.md-select__inner')).opacity === '1'")
    box = menu.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    assert no_horizontal_overflow(page) <= 360


@pytest.mark.browser
def test_the_paste_parser_agrees_with_python_on_random_chats(page, site_url):
    """Beyond the vectors: texts made of the characters that matter (seeded, so always the same)."""
    import random
    rng = random.Random(14)
    fp = INST.fingerprint
    pieces = ["r=", "#r=", "#", ".", "=", "/", " ", "\n", "x", "r", "3", "2", "1", "0", "s.", "m.", "o.", f"3.{fp}.",
              f"2.{fp}.", "5" * 24, "3" * 24, "https://e.example/id/diagnostic.html", "👍", "é", "(", ")", "<", ">"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(400)]
    open_page(page, site_url, path="team.html")  # the page that takes a paste
    got = page.evaluate("""(texts) => texts.map(t => window.SelarasDiagnostic.extractResults(
        window.SelarasDiagnostic.inst, t, []).map(f => [f.status, f.code, f.role]))""", texts)
    want = [[[f.status, f.code, f.role] for f in paste.extract_results(INST, t)] for t in texts]
    assert sum(len(w) for w in want) > 300  # the texts do hold candidates
    assert got == want


@pytest.mark.parametrize("before", ["\U0001F600" * 150_000, "x" * 199_990, "\U0001F44D" * 99_999 + "é" * 99_990])
def test_a_long_paste_is_cut_at_the_same_character_on_both_sides(page, site_url, before):
    """Security review F-21: JS counted UTF-16 units, Python code points; an emoji-heavy chat lost its result."""
    text = before + " r=" + code(INST, "3" * 24, "sales") + " " + "r=" + code(INST, "4" * 24, "marketing")
    open_page(page, site_url, path="team.html")
    got = page.evaluate("""(t) => window.SelarasDiagnostic.extractResults(window.SelarasDiagnostic.inst, t, [])
        .map(f => [f.status, f.code])""", text)
    want = [[f.status, f.code] for f in paste.extract_results(INST, text)]
    assert got == want
    if before[0] == "\U0001F600":  # 150,000 characters (300,000 UTF-16 units): both results are inside the limit
        assert [status for status, _ in want] == ["ok", "ok"]
