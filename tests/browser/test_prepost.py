"""The pre/post test in Chromium, on the test course with its own three questions: answered on a 360 px
phone (test and role preset by the facilitator's link, answers kept over a reload), the result link, then
pre and post links pasted into the team page: the same means, gain and missed items as `course score`,
nothing shown for a group under the minimum, and axe clean in both colour schemes."""

from __future__ import annotations

import pytest

from builder.diagnostic import prepost
from builder.site.pages.slides import text_of
from builder.sources.load import load_course

from ..conftest import FIXTURES, make_course, serve_folder
from .support import record_requests, run_axe

SCHEMES = {"light": "default", "dark": "slate"}


@pytest.fixture(scope="module")
def course_site(tmp_path_factory):
    from builder.site.build import build

    root = make_course(tmp_path_factory.mktemp("prepost") / "course", FIXTURES / "prepost")
    site = tmp_path_factory.mktemp("site") / "site"
    build(root, site)
    with serve_folder(site) as url:
        yield url, load_course(root)


def answer(page, choices: list[list[int]]) -> None:
    for i, options in enumerate(choices, start=1):
        for o in options:
            page.locator(f'input[name="pp-q{i}"][value="{o}"]').check()


@pytest.mark.browser
def test_a_participant_answers_on_a_phone_and_gets_a_private_result_link(page, course_site):
    url, course = course_site
    pset = prepost.ItemSet.from_course(course)
    assert pset is not None
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{url}/en/prepost.html?tes=post")
    page.wait_for_selector("#pp-root.pp-ready")
    assert page.locator('input[name="pp-test"][value="post"]').is_checked()  # preset by the link
    page.locator('input[name="pp-role"][value="marketing"]').check()
    answer(page, [[0], [1]])  # owner right, deadline "false" (wrong), checks unanswered
    page.reload()
    page.wait_for_selector("#pp-root.pp-ready")
    assert page.locator('input[name="pp-q1"][value="0"]').is_checked()  # kept over the reload
    assert page.locator('input[name="pp-role"][value="marketing"]').is_checked()
    page.locator("#pp-finish").click()
    page.wait_for_function("document.getElementById('pp-errors').textContent.length > 0")
    t = course.ui.prepost
    assert page.locator("#pp-errors").text_content() == t.unanswered["en"].format(count=1)
    page.locator("#pp-finish").click()  # again: finished as it is
    page.wait_for_selector("#pp-result:not([hidden])")
    assert page.locator("#pp-score").text_content() == t.score["en"].format(right=1, total=3, percent=33)
    link = page.locator("#pp-link").input_value()
    assert "#t=1." + pset.fingerprint + ".m.post." in link and "?" not in link
    reading = prepost.read_code(pset, link)
    assert reading.status == prepost.OK and reading.answers == (1, 2, 0)
    # The post-test shows the right answers, and the lesson of a missed one.
    review = page.locator("#pp-q2 .pp-review")
    assert review.is_visible() and f'{t.right_answer["en"]} True' in review.text_content()
    assert review.locator('a[href="lessons/handoff.html"]').count() == 1
    assert t.send_private["en"] in page.locator("#pp-result").text_content()
    assert page.locator("#pp-wa").get_attribute("href").startswith("https://wa.me/?text=")
    # Nothing overflows the phone's width.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert errors == []


@pytest.mark.browser
def test_the_post_test_link_opens_the_post_test_on_a_phone_that_took_the_pre_test(page, course_site):
    url, course = course_site
    pset = prepost.ItemSet.from_course(course)
    assert pset is not None
    page.goto(f"{url}/en/prepost.html?tes=pre")
    page.wait_for_selector("#pp-root.pp-ready")
    page.locator('input[name="pp-role"][value="marketing"]').check()
    answer(page, [[0], [0], [0]])
    page.locator("#pp-finish").click()
    page.wait_for_selector("#pp-result:not([hidden])")
    pre_link = page.locator("#pp-link").input_value()
    page.goto(f"{url}/en/prepost.html?tes=post")  # the link posted at the end of the session
    page.wait_for_selector("#pp-root.pp-ready")
    assert page.locator('input[name="pp-test"][value="post"]').is_checked()
    assert page.locator("#pp-result").is_hidden()  # not the pre-test's score and link
    assert page.locator('#pp-form input[name^="pp-q"]:checked').count() == 0
    assert page.locator('input[name="pp-role"][value="marketing"]').is_checked()  # the team stays
    page.goto(f"{url}/en/prepost.html?tes=pre")  # the pre-test's own link still shows what was sent
    page.wait_for_selector("#pp-result:not([hidden])")
    assert page.locator("#pp-link").input_value() == pre_link


@pytest.mark.browser
def test_start_again_leaves_nothing_of_the_last_person_on_a_shared_phone(page, course_site):
    """Two people of one team who answer alike on the facilitator's phone make two links, not one counted
    once; the next person sees neither the last one's team nor any of their answers."""
    url, course = course_site
    pset = prepost.ItemSet.from_course(course)
    assert pset is not None
    t = course.ui.prepost
    ok = [[o for o in range(8) if item.correct >> o & 1] for item in pset.items]
    dialogs: list[str] = []

    def take(role: str) -> str:
        page.locator(f'input[name="pp-role"][value="{role}"]').check()
        answer(page, ok)
        page.locator("#pp-finish").click()
        page.wait_for_selector("#pp-result:not([hidden])")
        return page.locator("#pp-link").input_value()

    page.goto(f"{url}/en/prepost.html?tes=pre")
    page.wait_for_selector("#pp-root.pp-ready")
    first = take("sales")
    # Cancelled: nothing is cleared, the result stays on screen.
    page.once("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.locator("#pp-again").click()
    assert dialogs == [t.again_confirm["en"]]
    assert page.locator("#pp-result").is_visible() and page.locator("#pp-link").input_value() == first
    page.once("dialog", lambda d: d.accept())
    page.locator("#pp-again").click()
    page.wait_for_selector("#pp-result", state="hidden")
    assert page.locator('input[name="pp-test"][value="pre"]').is_checked()  # the facilitator's choice stays
    assert page.locator('input[name="pp-role"]:checked').count() == 0
    assert page.locator('#pp-form input[name^="pp-q"]:checked').count() == 0
    assert page.evaluate("document.activeElement.name") == "pp-role"
    page.reload()  # nothing of the first person comes back from the browser's storage either
    page.wait_for_selector("#pp-root.pp-ready")
    assert page.locator('input[name="pp-role"]:checked').count() == 0
    assert page.locator("#pp-result").is_hidden()
    second = take("sales")
    assert second != first  # a new tag: the two people count as two
    readings = [prepost.read_code(pset, link) for link in (first, second)]
    assert [(r.status, r.role, r.test) for r in readings] == [(prepost.OK, "sales", "pre")] * 2
    assert readings[0].answers == readings[1].answers == tuple(i.correct for i in pset.items)


@pytest.mark.browser
def test_the_team_page_shows_the_room_s_pre_post_figures_as_course_score_does(page, course_site):
    url, course = course_site
    pset = prepost.ItemSet.from_course(course)
    assert pset is not None
    ok = [i.correct for i in pset.items]
    # Every team that took a test has three people or more there, so the room's figures show.
    results = [("sales", "pre", [0, 0, 0]), ("sales", "pre", [ok[0], 0, 0]), ("sales", "pre", [0, ok[1], 0]),
               ("sales", "post", ok), ("sales", "post", [ok[0], ok[1], 0]), ("sales", "post", [ok[0], 0, 0]),
               ("marketing", "post", ok), ("marketing", "post", [0, ok[1], 0]), ("marketing", "post", [ok[0], 0, 0])]
    chat = "\n".join(f"[10.{n:02d}] Peserta {n}: {url}/en/prepost.html#t={prepost.encode(pset, r, t, a, f'a{n:03d}')}"
                     for n, (r, t, a) in enumerate(results))
    expected = prepost.to_json(pset, prepost.room(pset, [(r, t, tuple(a)) for r, t, a in results],
                                                  course.diagnostic.rules.min_group))
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    requests = record_requests(page, url)
    page.goto(f"{url}/en/team.html")
    page.wait_for_selector("#dx-root.dx-ready")
    page.locator("#dx-paste").fill(chat + "\nt=1.zzz")
    page.locator("#dx-paste-add").click()
    page.wait_for_selector("#pp-team:not([hidden])")
    t, dx = course.ui.prepost, course.ui.diagnostic
    assert t.found["en"].format(pre=3, post=6) in page.locator("#dx-paste-status").text_content()
    assert page.locator("#pp-pre").text_content() == t.pre_mean["en"].format(mean=expected["pre"]["mean_text"], count=3)
    post = t.post_mean["en"].format(mean=expected["post"]["mean_text"], count=6)
    assert page.locator("#pp-post").text_content() == post
    gain = t.gain["en"].format(gain=expected["gain_text"])
    assert page.locator("#pp-gain").text_content() == gain
    roles = page.locator("#pp-roles").text_content()
    # The marketing team took only the post-test: its row says nothing of a pre-test.
    marketing = f'{dx.role_marketing["en"]}: {t.post_mean["en"].split("{")[0]}'
    assert f'{dx.role_sales["en"]}: {t.pre_mean["en"].split("{")[0]}' in roles and marketing in roles
    assert t.pre_mean_hidden["en"] + ":" not in roles.split(dx.role_marketing["en"])[1]
    missed = [int(x) for x in page.locator("#pp-missed li").evaluate_all("els => els.map(e => e.dataset.item)")]
    assert missed == [m["item"] for m in expected["missed"]] and missed
    assert page.locator('#pp-missed a[href="lessons/handoff.html"]').count() == len(missed)
    # Each question in its own words, not its ids: the facilitator and the client's HR read this list.
    for number, text in zip(missed, page.locator("#pp-missed li").all_text_contents(), strict=True):
        item = pset.items[number - 1]
        prompt = next(q for q in course.quizzes[item.quiz].questions if q.id == item.question).prompt["en"]
        assert text_of(prompt) in text and f"{item.quiz} / {item.question}" not in text
        question = next(q for q in course.quizzes[item.quiz].questions if q.id == item.question)
        # with its right answer: a false statement is never left to read as what the course teaches
        assert f'{t.right_answer["en"]} {prepost.right_answer(course, question, "en", text_of)}' in text
    assert "Peserta" not in page.locator("#pp-team").text_content()  # no names
    assert run_axe(page, "#pp-team") == []
    # Kept in this browser: a reload shows the same figures.
    page.reload()
    page.wait_for_selector("#pp-team:not([hidden])")
    assert page.locator("#pp-gain").text_content() == gain
    assert requests.foreign == [] and requests.failures == []
    assert errors == []


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_serious_accessibility_violation(page, course_site, scheme: str, width: int):
    url, _ = course_site
    page.set_viewport_size({"width": width, "height": 800})
    page.emulate_media(color_scheme=scheme)
    page.goto(f"{url}/id/prepost.html?tes=post")
    page.wait_for_selector("#pp-root.pp-ready")
    assert page.locator("body").get_attribute("data-md-color-scheme") == SCHEMES[scheme]
    page.locator('input[name="pp-role"][value="sales"]').check()
    page.locator("#pp-finish").click()
    page.locator("#pp-finish").click()
    page.wait_for_selector("#pp-result:not([hidden])")
    assert run_axe(page) == []
