"""The team comparison page in Chromium: the same team result as `course score`, warnings, bad input, axe."""

from __future__ import annotations

from fractions import Fraction

import pytest

from builder.diagnostic import answers, codes, cohort, scoring
from tests.diagnostic_vectors import ROOT, code, real_instrument

from .support import record_requests, run_axe

INST = real_instrument()
WORKSHOP = ROOT / "tests" / "data" / "answers_workshop.csv"


def open_team(page, site_url, lang="en"):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{site_url}/{lang}/team.html")
    page.wait_for_selector("#dx-root.dx-ready")
    return errors


def paste(page, entries: list[tuple[str, str]]) -> None:
    """One row per (role, link or code), added with the page's own button."""
    for i, (role, text) in enumerate(entries):
        rows = page.locator(".dx-entry")
        if i >= rows.count():
            page.locator("#dx-add").click()
        row = page.locator(".dx-entry").nth(i)
        row.locator(".dx-entry-code").fill(text)
        row.locator(".dx-role").select_option(role)
    page.locator("#dx-compare").click()


def team_attrs(page):
    box = page.locator("#dx-team-result")
    return {k: box.get_attribute(f"data-{k}") for k in ("stage", "score", "basis", "one-sided", "flagged")}


@pytest.mark.browser
def test_team_page_agrees_with_course_score(page, site_url):
    rows = answers.read_answers(WORKSHOP, INST)
    expected = cohort.to_json(INST, cohort.score_cohort(INST, rows))["team"]
    errors = open_team(page, site_url)
    # Half as share links, half as bare result codes: both are accepted.
    entries = [(r.role, (f"{site_url}/en/diagnostic.html#r=" if i % 2 else "") + codes.encode(INST, r.answers))
               for i, r in enumerate(rows)]
    paste(page, entries)
    got = team_attrs(page)
    assert got["stage"] == expected["stage"]
    assert got["score"] == scoring.floor_text(Fraction(expected["score_exact"]), scoring.SCORE_PLACES)
    assert got["basis"] == expected["basis"] and got["one-sided"] == "false"
    assert got["flagged"].split() == expected["flagged"]
    text = page.locator("#dx-team-result").text_content()
    assert "left out because they had too few answers: 1" in text  # gita answered "don't know" twice in one practice
    assert errors == []


@pytest.mark.browser
def test_one_sided_team_is_flagged(page, site_url):
    open_team(page, site_url)
    paste(page, [("sales", code(INST, "444444444444444444444444")), ("sales", code(INST, "333333333333333333333333")),
                 ("sales", code(INST, "343434343434343434343434"))])
    got = team_attrs(page)
    assert (got["stage"], got["score"], got["basis"], got["one-sided"]) == ("aligned", "70.0", "sales", "true")
    assert "comes from one side only (Sales team)" in page.locator("#dx-team-result").text_content()


@pytest.mark.browser
def test_groups_weigh_equally_in_indonesian(page, site_url):
    open_team(page, site_url, "id")
    paste(page, [("sales", code(INST, "333333333333333333333333"))] * 3
          + [("marketing", code(INST, "222222222222222222222222"))] * 3)
    got = team_attrs(page)
    assert (got["stage"], got["score"]) == ("defined", "50.0")
    assert "Perlu dibahas" in page.locator("#dx-team-result").text_content()


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_team_of_two_shows_only_too_few_to_show(page, site_url, lang):
    from builder.sources.load import load_course
    words = load_course(ROOT).ui.privacy
    errors = open_team(page, site_url, lang)
    paste(page, [("sales", code(INST, "444444444444444444444444")),
                 ("marketing", code(INST, "232323232323232323232323"))])
    box = page.locator("#dx-team-result")
    got = team_attrs(page)
    assert (got["stage"], got["score"], got["flagged"]) == ("", "", "")
    assert box.get_attribute("data-shown") == ""
    text = box.text_content()
    assert words.too_few_team[lang].format(min=3) in text
    assert box.locator(".dx-too-few").count() >= 3  # the team, the stages, the practices, the gap
    assert box.locator(".dx-chart, .dx-barlist").count() == 0
    assert "80" not in text and "50" not in text  # neither person's score in any form
    assert run_axe(page) == []
    assert errors == []


@pytest.mark.browser
def test_three_sales_and_two_marketing_show_the_sales_figures_only(page, site_url):
    errors = open_team(page, site_url)
    paste(page, [("sales", code(INST, "444444444444444444444444"))] * 2
          + [("sales", code(INST, "333333333333333333333333"))]
          + [("marketing", code(INST, "222222222222222222222222")),
             ("marketing", code(INST, "232323232323232323232323"))])
    box = page.locator("#dx-team-result")
    assert box.get_attribute("data-shown") == "sales distribution"
    assert team_attrs(page)["score"] == ""
    headers = box.locator(".dx-table thead th").all_text_contents()
    assert "Sales team" in headers and "Marketing team" not in headers and "Gap" not in headers
    groups = box.locator("table").first.locator("tbody tr").all_inner_texts()
    from builder.sources.load import load_course
    assert "73.3" in groups[0] and load_course(ROOT).ui.privacy.too_few["en"].format(min=3) in groups[1]
    assert "Result 1" not in box.text_content()  # no one listed
    assert errors == []


@pytest.mark.browser
def test_unreadable_entries_are_named_not_counted(page, site_url):
    errors = open_team(page, site_url)
    paste(page, [("sales", code(INST, "333333333333333333333333")), ("marketing", "<b>not a code</b>")])
    assert "Result 2 cannot be read" in page.locator("#dx-team-errors").text_content()
    assert page.locator("#dx-team-errors b").count() == 0
    assert page.locator("#dx-entry-2").get_attribute("aria-invalid") == "true"
    assert team_attrs(page)["basis"] == "sales"
    # nothing readable at all
    page.locator(".dx-entry-code").first.fill("")
    page.locator("#dx-compare").click()
    assert page.locator("#dx-team-result").is_hidden()
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang,words", [("en", "Result 2 was made with an earlier version"),
                                        ("id", "Hasil 2 dibuat dengan versi diagnostik yang lebih lama")])
def test_results_from_another_statement_set_are_left_out_with_a_message(page, site_url, lang, words):
    errors = open_team(page, site_url, lang)
    paste(page, [("sales", code(INST, "333333333333333333333333")),
                 ("marketing", f"{site_url}/{lang}/diagnostic.html#r=1.222222222222222222222222"),
                 ("marketing", "2.000000.222222222222222222222222")])
    messages = page.locator("#dx-team-errors .dx-entry-old")
    assert messages.count() == 2 and words in messages.first.text_content()
    assert page.locator("#dx-team-errors .dx-entry-bad").count() == 0
    assert page.locator("#dx-entry-2").get_attribute("aria-invalid") == "true"
    # Only the one current result counts: sales alone, never a marketing side read from other statements.
    assert team_attrs(page)["basis"] == "sales"
    assert errors == []


@pytest.mark.browser
def test_rows_can_be_added_and_removed_by_keyboard(page, site_url):
    open_team(page, site_url)
    page.locator("#dx-add").focus()
    page.keyboard.press("Enter")
    assert page.locator(".dx-entry").count() == 3
    assert page.evaluate("document.activeElement.id") == "dx-entry-3"
    page.locator(".dx-remove").nth(0).focus()
    page.keyboard.press("Enter")
    assert page.locator(".dx-entry").count() == 2
    assert page.locator(".dx-entry-label").first.text_content() == "Result 1: link or result code"


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_team_page_has_no_serious_accessibility_violations(page, site_url, lang):
    log = record_requests(page, site_url)
    open_team(page, site_url, lang)
    assert run_axe(page) == []
    paste(page, [("sales", code(INST, "555044403330222011105550")),
                 ("marketing", code(INST, "222222222222222222222222"))])
    assert run_axe(page) == []
    assert log.foreign == [] and log.failures == []


# --- from phones to the team picture ---------------------------------------------------------------

def chat_export(site_url: str, shared: list[str]) -> str:
    """A WhatsApp-style export: dates, names and words around each link, emoji, times that are not codes."""
    lines = [f"29/11/26 09.{i:02d} - Peserta {i + 1}: ini hasil saya ya 👍 {site_url}/id/diagnostic.html#r={c}"
             for i, c in enumerate(shared)]
    return "\n".join(["29/11/26 08.59 - Fasilitator: tolong kirim hasil diagnostiknya sebelum jam 10.30"] + lines)


def thirty(with_roles: bool = True) -> list[tuple[str, str]]:
    """30 different respondents, alternating sales and marketing, with a code each."""
    out = []
    for i in range(30):
        answers = {sid: 1 + (i // 5 ** k) % 5 if k < 3 else 2 + i % 3 for k, sid in enumerate(INST.statement_ids)}
        role = ("sales", "marketing")[i % 2]
        out.append((role, codes.encode(INST, answers, role if with_roles else None)))
    assert len({c for _, c in out}) == 30
    return out


def add_paste(page, text: str) -> None:
    page.locator("#dx-paste").fill(text)
    page.locator("#dx-paste-add").click()


@pytest.mark.browser
def test_one_paste_of_a_chat_with_thirty_results_gives_the_team_result_of_course_score(page, site_url):
    people = thirty()
    errors = open_team(page, site_url)
    # a forwarded duplicate, a link cut short and a link of an older statement set among the good ones
    chat = chat_export(site_url, [c for _, c in people] + [people[3][1]]) + (
        f"\n29/11/26 09.40 - Rudi: {site_url}/id/diagnostic.html#r=3.{INST.fingerprint}.s.4444"
        f"\n29/11/26 09.41 - Wati: {site_url}/id/diagnostic.html#r=2.000000.333333333333333333333333")
    add_paste(page, chat)
    assert page.locator(".dx-entry").count() == 30
    assert page.locator("#dx-paste-status").get_attribute("data-counts") == "30 1 1 1"
    status = page.locator("#dx-paste-status").text_content()
    assert "Results added: 30." in status and "1 unreadable" in status and "1 already in the list" in status
    assert page.locator("#dx-paste").input_value() == ""
    # roles came with the links: nobody had to choose them
    assert [page.locator(".dx-role").nth(i).input_value() for i in range(4)] == ["sales", "marketing"] * 2
    pairs = [(role, scoring.score(INST, codes.decode(INST, c))) for role, c in people]
    expected = scoring.team(INST, pairs)
    got = team_attrs(page)
    assert got["stage"] == expected.stage and got["basis"] == "both"
    assert got["score"] == scoring.floor_text(expected.score, scoring.SCORE_PLACES)
    assert got["flagged"].split() == list(expected.flagged)
    # the same paste again adds nothing: every result is already there
    add_paste(page, chat)
    assert page.locator(".dx-entry").count() == 30
    assert page.locator("#dx-paste-status").get_attribute("data-counts").split()[3] == "31"
    assert errors == []


@pytest.mark.browser
def test_a_link_typed_into_a_row_is_not_added_again_by_a_paste(page, site_url):
    open_team(page, site_url)
    people = thirty()[:2]
    page.locator(".dx-entry-code").first.fill(f"{site_url}/en/diagnostic.html#r={people[0][1]}")
    add_paste(page, chat_export(site_url, [c for _, c in people]))
    assert page.locator("#dx-paste-status").get_attribute("data-counts") == "1 0 0 1"
    assert page.locator(".dx-entry").count() == 2


@pytest.mark.browser
def test_older_links_without_a_role_ask_for_it(page, site_url):
    errors = open_team(page, site_url)
    people = thirty(with_roles=False)[:2]
    add_paste(page, chat_export(site_url, [c for _, c in people]))
    assert page.locator(".dx-entry").count() == 2
    assert page.locator(".dx-role").first.input_value() == ""
    page.locator("#dx-compare").click()
    from builder.sources.load import load_course

    # The message the course itself words (ui.yaml), not a copy of today's wording.
    said = load_course(ROOT).ui.diagnostic.entry_no_role.en.format(n=1)
    assert said in page.locator("#dx-team-errors").text_content()
    assert page.locator("#dx-entry-1-role, .dx-role").first.get_attribute("aria-invalid") == "true"
    page.locator(".dx-role").nth(0).select_option("sales")
    page.locator(".dx-role").nth(1).select_option("marketing")
    page.locator("#dx-compare").click()
    assert team_attrs(page)["basis"] == "both"
    assert errors == []


@pytest.mark.browser
def test_entries_survive_a_reload_and_clear_asks_first(page, site_url):
    errors = open_team(page, site_url)
    people = thirty()[:4]
    add_paste(page, chat_export(site_url, [c for _, c in people]))
    page.locator(".dx-role").nth(0).select_option("other")  # a correction by hand is kept too
    before = team_attrs(page)
    page.reload()
    page.wait_for_selector("#dx-root.dx-ready")
    assert page.locator(".dx-entry").count() == 4
    assert page.locator(".dx-role").first.input_value() == "other"
    assert page.locator("#dx-team-result").is_visible()
    page.locator(".dx-role").nth(0).select_option("sales")
    page.locator("#dx-compare").click()
    assert team_attrs(page) == before
    # "clear" asks first; saying no keeps everything
    assert page.locator("#dx-clear").text_content() == "Clear all results"
    answers = iter([False, True])
    page.on("dialog", lambda d: d.accept() if next(answers) else d.dismiss())
    page.locator("#dx-clear").focus()
    page.keyboard.press("Enter")
    assert page.locator(".dx-entry").count() == 4
    page.keyboard.press("Enter")
    assert page.locator(".dx-entry-code").evaluate_all("els => els.map(e => e.value)") == ["", ""]
    assert page.locator("#dx-team-result").is_hidden()
    assert page.evaluate("document.activeElement.id") == "dx-paste"
    assert page.evaluate("localStorage.getItem('selaras.team.v1')") is None
    page.reload()
    page.wait_for_selector("#dx-root.dx-ready")
    assert page.locator(".dx-entry").count() == 2 and page.locator("#dx-team-result").is_hidden()
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("stored", [
    "not json", "null", "[]", '{"entries": "x"}', '{"entries": [null, 5, {"code": 5, "role": "sales"}]}',
    '{"entries": [{"code": "x", "role": "boss"}, {"code": "", "role": "sales"}]}',
    '{"entries": [{"code": "' + "9" * 3000 + '", "role": "sales"}]}',
])
def test_bad_stored_entries_are_dropped_quietly(page, site_url, stored):
    page.add_init_script(f"localStorage.setItem('selaras.team.v1', {stored!r})")
    errors = open_team(page, site_url)
    assert page.locator(".dx-entry").count() == 2
    assert page.locator(".dx-entry-code").evaluate_all("els => els.map(e => e.value)") == ["", ""]
    assert page.locator("#dx-team-result").is_hidden()
    assert errors == []


@pytest.mark.browser
def test_a_good_stored_entry_survives_among_bad_ones(page, site_url):
    good = thirty()[0][1]
    stored = '{"entries": [{"code": "' + good + '", "role": "marketing"}, {"code": 1, "role": "x"}]}'
    page.add_init_script(f"localStorage.setItem('selaras.team.v1', {stored!r})")
    errors = open_team(page, site_url)
    assert page.locator(".dx-entry").count() == 1
    assert team_attrs(page)["basis"] == "marketing"
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["id", "en"])
def test_team_page_on_a_360px_phone(page, site_url, lang):
    from .test_diagnostic import SMALLEST_TEXT
    page.set_viewport_size({"width": 360, "height": 740})
    errors = open_team(page, site_url, lang)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    add_paste(page, chat_export(site_url, [c for _, c in thirty()]))
    assert page.locator(".dx-entry").count() == 30
    text = page.evaluate(SMALLEST_TEXT, "#dx-team-result .dx-figure")
    assert text["seen"] >= 12 and text["smallest"] >= 12, text
    assert page.locator("#dx-team-result .dx-barlist").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert run_axe(page) == []
    page.reload()
    page.wait_for_selector("#dx-root.dx-ready")
    assert page.locator(".dx-entry").count() == 30
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.on("dialog", lambda d: d.accept())
    page.locator("#dx-clear").click()
    assert page.locator(".dx-entry").count() == 2 and page.locator("#dx-team-result").is_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert errors == []


@pytest.mark.browser
def test_the_team_result_prints_without_the_paste_box_and_entries(page, site_url):
    page.add_init_script("window.__printed = 0; window.print = () => { window.__printed += 1; };")
    errors = open_team(page, site_url)
    add_paste(page, chat_export(site_url, [c for _, c in thirty()[:6]]))
    page.locator("#dx-team-print").click()
    assert page.evaluate("window.__printed") == 1
    page.emulate_media(media="print")
    assert page.locator("#dx-team-result").is_visible()
    for hidden in ("#dx-paste", ".dx-entries", "#dx-team-print", "#dx-clear"):
        assert page.locator(hidden).first.is_hidden(), hidden
    assert errors == []


@pytest.mark.browser
def test_the_workshop_pasted_as_a_chat_gives_what_course_score_gives(page, site_url):
    """The answers of `course score`'s workshop CSV, shared by phone (roles in the links) and pasted at once."""
    rows = answers.read_answers(WORKSHOP, INST)
    expected = cohort.to_json(INST, cohort.score_cohort(INST, rows))["team"]
    errors = open_team(page, site_url, "id")
    add_paste(page, chat_export(site_url, [codes.encode(INST, r.answers, r.role) for r in rows]))
    assert page.locator(".dx-entry").count() == len(rows)
    got = team_attrs(page)
    assert got["stage"] == expected["stage"] and got["basis"] == expected["basis"]
    assert got["score"] == scoring.floor_text(Fraction(expected["score_exact"]), scoring.SCORE_PLACES)
    assert got["flagged"].split() == expected["flagged"]
    assert "1 hasil" in page.locator("#dx-team-result").text_content()  # the one left out, as in course score
    assert errors == []


def test_a_paste_past_the_limit_keeps_what_the_page_saves_and_says_so(page, site_url):
    """Security review F-20: 2,800 pasted results were all shown and saved, but only 1,000 came back."""
    import random

    rng = random.Random(20)
    shared = list(dict.fromkeys(code(INST, "".join(rng.choice("12345") for _ in range(24)), rng.choice(scoring.ROLES))
                               for _ in range(1300)))[:1200]
    errors = open_team(page, site_url)
    page.locator("#dx-paste").fill("\n".join(f"Peserta {i}: {site_url}/id/diagnostic.html#r={c}"
                                             for i, c in enumerate(shared)))
    page.locator("#dx-paste-add").click()
    page.wait_for_function("() => document.getElementById('dx-paste-status').dataset.counts")
    assert page.locator(".dx-entry").count() == 1000
    status = page.locator("#dx-paste-status").inner_text()
    assert "Results added: 1000." in status and "holds 1000 results" in status and "200 more were not added" in status
    assert page.locator(".dx-entry-label").nth(999).inner_text().startswith("Result 1000:")  # numbered, in order
    page.reload()
    page.wait_for_selector("#dx-root.dx-ready")
    assert page.locator(".dx-entry").count() == 1000
    assert page.locator(".dx-entry-code").nth(999).input_value() == shared[999]
    page.locator("#dx-add").click()
    assert page.locator(".dx-entry").count() == 1000
    assert "holds 1000 results" in page.locator("#dx-paste-status").inner_text()
    assert errors == []
