"""The SCORM 1.2 package in real Chromium, inside a mock LMS page whose API is scorm-again (MIT, npm).

The mini course is packaged and unzipped; a page at the same origin plays the LMS: it puts a
scorm-again `Scorm12API` at window.API (which validates every value against the SCORM 1.2 data
model), records every call with its result, and launches the package's `scorm.html` in a frame.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from urllib.parse import urlsplit

import pytest

from ..conftest import ROOT, browser_required, make_course
from .support import AXE, record_requests
from .test_quiz import Q, serve

SCORM_AGAIN = ROOT / "node_modules" / "scorm-again" / "dist" / "scorm12.js"
TIMESPAN = re.compile(r"^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$")

MOCK_LMS = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mock LMS</title><script src="scorm12.js"></script>
<script>
  // Every call the package makes, with what the LMS answered and its error code.
  window.calls = [];
  window.launches = 0;
  window.launch = function (state, late) {
    var api = new Scorm12API({autocommit: false, logLevel: 5});
    if (state) api.loadFromJSON(state);
    window.launches += 1;
    ["LMSInitialize", "LMSFinish", "LMSCommit", "LMSSetValue", "LMSGetValue"].forEach(function (name) {
      var real = api[name].bind(api);
      api[name] = function () {
        var args = Array.prototype.slice.call(arguments), result = real.apply(null, args);
        calls.push({launch: launches, name: name, args: args, result: String(result),
                    error: String(api.LMSGetLastError())});
        return result;
      };
    });
    if (late) {
      // An LMS that sends each value of suspend_data to its server as a request of its own: the later
      // the call, the sooner its request lands (within two seconds), so calls less than 150 ms apart
      // arrive in reverse order and the server keeps the older value.
      var set = api.LMSSetValue, count = 0;
      window.pending = 0;
      api.LMSSetValue = function (k, v) {
        if (k !== "cmi.suspend_data") return set(k, v);
        count += 1;
        pending += 1;
        setTimeout(function () { set(k, v); pending -= 1; }, Math.max(0, 2000 - 150 * count));
        return "true";
      };
    }
    window.API = api;
    var frame = document.createElement("iframe");
    frame.id = "sco";
    frame.style.cssText = "width:1000px;height:700px";
    frame.src = "pkg/scorm.html";
    document.body.appendChild(frame);
  };
  // What this LMS would give the next launch of the same learner.
  window.saved = function () {
    var c = API.cmi.core;
    return {core: {lesson_location: c.lesson_location, lesson_status: c.lesson_status, entry: "resume"},
            suspend_data: API.cmi.suspend_data};
  };
</script></head><body></body></html>
"""


@pytest.fixture(scope="module")
def lms_url(tmp_path_factory):
    from builder.publish.package import package

    if not SCORM_AGAIN.exists():
        message = "node_modules/scorm-again is missing: run `npm ci` (make test does)"
        if browser_required():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    root = tmp_path_factory.mktemp("scorm")
    course = make_course(root / "src")
    result = package(course, root / "dist")[0]
    served = root / "served"
    with zipfile.ZipFile(result.scorm) as zf:
        zf.extractall(served / "pkg")
    shutil.copyfile(SCORM_AGAIN, served / "scorm12.js")
    (served / "lms.html").write_text(MOCK_LMS, encoding="utf-8")
    with serve(served) as url:
        yield url


def calls(page, name: str | None = None, launch: int | None = None) -> list[dict]:
    return [c for c in page.evaluate("() => calls")
            if (name is None or c["name"] == name) and (launch is None or c["launch"] == launch)]


def course(page, suffix: str):
    """The course frame inside the launch page, once it shows the page whose address ends in `suffix`."""
    page.wait_for_function("""s => {
        const sco = document.getElementById('sco'), inner = sco && sco.contentDocument &&
            sco.contentDocument.getElementById('selaras-course');
        const doc = inner && inner.contentDocument;
        return !!doc && doc.location.href.endsWith(s) && doc.readyState === 'complete' &&
            doc.documentElement.getAttribute('data-selaras-scripts') !== 'loading';
    }""", arg=suffix)
    return next(f for f in page.frames if f.url.endswith(suffix))


def go(page, frame, path: str):
    """Follow a link inside the course, as the learner would."""
    frame.evaluate("""p => {
        const a = document.createElement('a'); a.href = p; document.body.appendChild(a); a.click();
    }""", path)
    return course(page, path.lstrip("./").split("../")[-1])


def cmi(page, element: str) -> str:
    return page.evaluate("e => String(e.split('.').slice(1).reduce((o, k) => o[k], API.cmi))", element)


def last_set(page, element: str) -> str | None:
    """The last value the package set for a write-only element (cmi.core.exit, cmi.core.session_time)."""
    values = [c["args"][1] for c in calls(page, "LMSSetValue") if c["args"][0] == element]
    return values[-1] if values else None


def answer_right(frame) -> None:
    """The mini check's right answers, clicked (the keyboard path is covered by test_quiz)."""
    frame.check(f"#{Q}-owner-0")
    frame.check(f"#{Q}-deadline-0")
    for place, item in enumerate([0, 1, 2]):
        while frame.eval_on_selector_all(f"#{Q}-steps .selaras-order > li",
                                         "els => els.map(e => +e.dataset.index)").index(item) > place:
            frame.click(f'#{Q}-steps li[data-index="{item}"] .selaras-up')
    for row, value in enumerate([0, 1]):
        frame.select_option(f"#{Q}-pairs-{row}", str(value))
    for i in (0, 1):
        frame.check(f"#{Q}-checks-{i}")


def answer_wrong(frame) -> None:
    frame.check(f"#{Q}-owner-1")
    frame.check(f"#{Q}-deadline-1")
    for row, value in enumerate([1, 0]):
        frame.select_option(f"#{Q}-pairs-{row}", str(value))
    frame.check(f"#{Q}-checks-2")


def check_and_wait_for_commit(page, frame) -> None:
    before = len(page.evaluate("() => calls"))
    frame.click(".selaras-check")
    page.wait_for_function("n => calls.slice(n).some(c => c.name === 'LMSCommit')", arg=before)


def test_one_session_across_pages_reported_in_scorm_types_and_restored_on_relaunch(page, lms_url):
    log = record_requests(page, lms_url)
    page.goto(f"{lms_url}/lms.html")
    page.evaluate("() => launch(null)")
    frame = course(page, "/pkg/id/index.html")  # the academy's default language
    assert [c["result"] for c in calls(page, "LMSInitialize")] == ["true"]
    assert cmi(page, "cmi.core.lesson_status") == "incomplete"
    assert last_set(page, "cmi.core.exit") == "suspend"

    # several page changes, both languages: still the one session
    frame = go(page, frame, "lessons/handoff.html")
    frame = go(page, frame, "../../en/index.html")
    frame = go(page, frame, "lessons/handoff.html")
    assert cmi(page, "cmi.core.lesson_location") == "en/lessons/handoff.html"

    answer_wrong(frame)
    check_and_wait_for_commit(page, frame)
    wrong_score = int(cmi(page, "cmi.core.score.raw"))
    assert 0 <= wrong_score < 100 and cmi(page, "cmi.core.lesson_status") == "incomplete"
    frame.click(".selaras-retry")
    answer_right(frame)
    check_and_wait_for_commit(page, frame)
    assert (cmi(page, "cmi.core.score.raw"), cmi(page, "cmi.core.score.min"), cmi(page, "cmi.core.score.max")) == \
        ("100", "0", "100")
    assert cmi(page, "cmi.core.lesson_status") == "passed"
    assert last_set(page, "cmi.core.exit") == ""

    # the diagnostic's answers go into suspend_data, never into the score
    frame = go(page, frame, "../diagnostic.html")
    statements = frame.eval_on_selector_all("#dx-form fieldset input[type=radio][value='4']",
                                            "els => els.map(e => e.name)")
    for sid in statements[:3]:
        frame.check(f"#dx-form input[name='{sid}'][value='4']")
    frame.check(f"#dx-form input[name='{statements[3]}'][value='dk']")
    page.wait_for_function("() => /~[-1-5d]*4[-1-5d]*/.test(API.cmi.suspend_data)")
    assert cmi(page, "cmi.core.score.raw") == "100"
    frame = go(page, frame, "lessons/handoff.html")

    assert len(calls(page, "LMSInitialize")) == 1
    assert not calls(page, "LMSFinish")
    page.evaluate("() => document.getElementById('sco').remove()")
    page.wait_for_function("() => calls.some(c => c.name === 'LMSFinish')")
    assert [c["result"] for c in calls(page, "LMSFinish")] == ["true"]
    session = [c["args"][1] for c in calls(page, "LMSSetValue") if c["args"][0] == "cmi.core.session_time"]
    # written at every commit and once more at the end, each the time so far
    assert len(session) >= 2 and all(TIMESPAN.match(t) for t in session) and session == sorted(session), session

    # every value the package set was accepted by the LMS's data model
    refused = [c for c in calls(page, "LMSSetValue") if c["result"] != "true"]
    assert not refused, refused
    suspend = cmi(page, "cmi.suspend_data")
    assert 0 < len(suspend) <= 4096

    # relaunch: same learner, a new session that resumes where they were
    state = page.evaluate("() => saved()")
    assert state["core"]["lesson_location"] == "en/lessons/handoff.html"
    page.evaluate("s => launch(s)", state)
    frame = course(page, "/pkg/en/lessons/handoff.html")
    assert len(calls(page, "LMSInitialize", launch=2)) == 1
    frame.wait_for_selector(".selaras-badge--done", state="attached")
    frame = go(page, frame, "../diagnostic.html")
    for sid in statements[:3]:
        assert frame.is_checked(f"#dx-form input[name='{sid}'][value='4']"), sid
    assert frame.is_checked(f"#dx-form input[name='{statements[3]}'][value='dk']")
    assert not frame.is_checked(f"#dx-form input[name='{statements[4]}'][value='4']")
    assert cmi(page, "cmi.core.lesson_status") == "passed"

    assert not [u for u in log.requests if urlsplit(u).netloc != urlsplit(lms_url).netloc
                and urlsplit(u).scheme not in ("data", "blob", "about")], log.requests
    # Moving on while the search worker still loads its files cancels them (ERR_ABORTED): not a failure.
    failures = [f for f in log.failures if "net::ERR_ABORTED" not in f]
    assert not failures, failures


def test_the_launch_page_has_no_serious_accessibility_problem(page, lms_url):
    """The frame that holds the course is named; axe-core (from node_modules) runs in the launch page itself."""
    if not AXE.exists():
        pytest.skip("node_modules/axe-core is missing: run `npm ci`")
    page.goto(f"{lms_url}/lms.html")
    page.evaluate("() => launch(null)")
    course(page, "/pkg/id/index.html")
    launcher = next(f for f in page.frames if f.url.endswith("/pkg/scorm.html"))
    launcher.add_script_tag(path=str(AXE))
    found = launcher.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)""")
    assert not found, found
    assert launcher.get_attribute("#selaras-course", "title")


def test_suspend_data_stays_within_4096_characters_in_the_worst_case(page, lms_url):
    """Every check tried the most times and passed, every statement answered, and a huge extra field."""
    from builder.publish import scorm

    page.goto(f"{lms_url}/lms.html")
    page.evaluate("() => launch(null)")
    course(page, "/pkg/id/index.html")
    launcher = next(f for f in page.frames if f.url.endswith("/pkg/scorm.html"))
    launcher.evaluate("""() => {
        const data = JSON.parse(document.getElementById('selaras-lms').textContent), s = SelarasLMS.storage;
        data.quizzes.forEach(([key, total]) =>
            s.setItem(key, JSON.stringify({a: [], o: [], c: 1, s: total, p: true, n: 9999})));
        const answers = {};
        data.statements.forEach(id => { answers[id] = 'dk'; });
        s.setItem(data.diagnostic, JSON.stringify({set: data.set, answers, role: 'marketing', note: 'x'.repeat(5000)}));
    }""")
    page.wait_for_function("() => API.cmi.suspend_data.split('~')[5] === 'm'")  # written within a second
    length = len(cmi(page, "cmi.suspend_data"))
    assert length <= 4096
    data = launcher.evaluate("() => JSON.parse(document.getElementById('selaras-lms').textContent)")
    # the compact part, all of it: quiz records, the statement set, every answer and the role
    suspend = cmi(page, "cmi.suspend_data")
    compact = len("2~xxxx~") + 7 * len(data["quizzes"]) + len("~") + len(data["set"]) + len("~") + \
        len(data["statements"]) + len("~m")
    assert suspend[compact - 2:compact] == "~m" and suspend.split("~")[4] == "d" * len(data["statements"])
    assert scorm.SUSPEND_LIMIT == 4096
    refused = [c for c in calls(page, "LMSSetValue") if c["result"] != "true"]
    assert not refused, refused


@pytest.mark.parametrize("stored", [
    "2~{qsig}~0000000~{set}~4444d{rest}~m",           # this version, no other fields
    "2~{qsig}~0000000~{set}~4444d{rest}~m~~{{\"x\":",  # the other fields cut off by the LMS
    "1~{qsig}~0000~{dsig1}~4444d{rest}",               # an earlier package's data without its tail
])
def test_the_diagnostic_answers_come_back_when_the_set_matches_whatever_follows(page, lms_url, stored):
    """Security review F-22: answers were wiped on relaunch when suspend_data had no JSON tail."""
    page.goto(f"{lms_url}/lms.html")
    page.evaluate("() => launch(null)")
    course(page, "/pkg/id/index.html")
    launcher = next(f for f in page.frames if f.url.endswith("/pkg/scorm.html"))
    data = launcher.evaluate("() => JSON.parse(document.getElementById('selaras-lms').textContent)")
    value = stored.format(qsig=data["qsig"], set=data["set"], dsig1=data["dsig1"],
                          rest="-" * (len(data["statements"]) - 5))
    page.evaluate("() => document.getElementById('sco').remove()")
    page.wait_for_function("() => calls.some(c => c.name === 'LMSFinish')")
    page.evaluate("v => launch({core: {entry: 'resume', lesson_location: 'en/diagnostic.html'}, suspend_data: v})",
                  value)
    frame = course(page, "/pkg/en/diagnostic.html")
    first = data["statements"]
    for sid in first[:4]:
        assert frame.is_checked(f"#dx-form input[name='{sid}'][value='4']"), sid
    assert frame.is_checked(f"#dx-form input[name='{first[4]}'][value='dk']")
    assert frame.locator("#dx-old-answers").is_hidden()
    if stored.startswith("2"):
        assert frame.is_checked("#dx-form input[name='dx-role'][value='marketing']")
    # nothing was wiped: the next save keeps the answers
    frame.check(f"#dx-form input[name='{first[5]}'][value='3']")
    page.wait_for_function("() => API.cmi.suspend_data.includes('4444d3')")


def _answer_ten_statements(frame) -> list[str]:
    statements = frame.eval_on_selector_all("#dx-form fieldset input[type=radio][value='4']",
                                            "els => els.map(e => e.name)")
    for sid in statements[:10]:
        frame.check(f"#dx-form input[name='{sid}'][value='4']")
    return statements


def test_a_burst_of_answers_is_written_once_not_once_per_click(page, lms_url):
    """Issue P1: suspend_data was rewritten on every answer (53 writes in one short session)."""
    page.goto(f"{lms_url}/lms.html")
    page.evaluate("() => launch(null)")
    frame = go(page, course(page, "/pkg/id/index.html"), "diagnostic.html")
    before = len([c for c in calls(page, "LMSSetValue") if c["args"][0] == "cmi.suspend_data"])
    _answer_ten_statements(frame)
    page.wait_for_function("() => (API.cmi.suspend_data.split('~')[4] || '').startsWith('4444444444')")
    writes = [c for c in calls(page, "LMSSetValue") if c["args"][0] == "cmi.suspend_data"][before:]
    assert 1 <= len(writes) <= 3, [w["args"][1][:60] for w in writes]


def test_an_lms_that_stores_values_late_and_out_of_order_keeps_the_last_answers(page, lms_url):
    """Issue P1: with every change written at once, an LMS posting each value apart kept an older one."""
    page.goto(f"{lms_url}/lms.html")
    page.evaluate("() => launch(null, true)")
    frame = go(page, course(page, "/pkg/id/index.html"), "diagnostic.html")
    _answer_ten_statements(frame)
    # the last answer's write has been made, and every request has landed
    page.wait_for_function("""() => pending === 0 && calls.some(c => c.name === 'LMSSetValue' &&
        c.args[0] === 'cmi.suspend_data' && c.args[1].split('~')[4].startsWith('4444444444'))""")
    assert cmi(page, "cmi.suspend_data").split("~")[4].startswith("4" * 10)


def test_a_passed_check_comes_back_with_its_answers(page, lms_url):
    """Issue P3: on relaunch a passed check was a blank form."""
    page.goto(f"{lms_url}/lms.html")
    page.evaluate("() => launch(null)")
    frame = go(page, course(page, "/pkg/id/index.html"), "../en/lessons/handoff.html")
    answer_right(frame)
    check_and_wait_for_commit(page, frame)
    page.evaluate("() => document.getElementById('sco').remove()")
    page.wait_for_function("() => calls.some(c => c.name === 'LMSFinish')")
    page.evaluate("s => launch(s)", page.evaluate("() => saved()"))
    frame = course(page, "/pkg/en/lessons/handoff.html")
    frame.wait_for_selector(".selaras-retry:not([hidden])")
    assert frame.is_checked(f"#{Q}-owner-0") and frame.is_disabled(f"#{Q}-owner-0")
    assert "passed" in frame.inner_text(".selaras-quiz__result").lower()
    assert frame.locator(".selaras-kept").is_hidden()


def test_a_passed_check_without_room_for_its_answers_says_it_is_kept_and_since_when(page, lms_url):
    """Issue P3: when the answers do not fit, the form says the result is safe."""
    page.goto(f"{lms_url}/lms.html")
    page.evaluate("() => launch(null)")
    course(page, "/pkg/id/index.html")
    launcher = next(f for f in page.frames if f.url.endswith("/pkg/scorm.html"))
    data = launcher.evaluate("() => JSON.parse(document.getElementById('selaras-lms').textContent)")
    page.evaluate("() => document.getElementById('sco').remove()")
    page.wait_for_function("() => calls.some(c => c.name === 'LMSFinish')")
    # passed, 2 attempts, best 100 % ("2s" in base 36), first passed on day 2531 after 1 January 2020
    # ("1yb"): 6 December 2026; and no room was left for its answers.
    record = "1" + "2" + "2s" + "1yb"
    value = f"2~{data['qsig']}~{record}~~~-"
    page.evaluate("v => launch({core: {entry: 'resume', lesson_location: 'en/lessons/handoff.html'}, suspend_data: v})",
                  value)
    frame = course(page, "/pkg/en/lessons/handoff.html")
    note = frame.locator(".selaras-kept")
    note.wait_for(state="visible")
    assert "you passed this check on 6 December 2026" in note.inner_text()
    assert not frame.is_checked(f"#{Q}-owner-0")  # a new attempt
    frame.wait_for_selector(".selaras-badge--done", state="attached")


def _team_entries(frame) -> list[str]:
    return frame.eval_on_selector_all("#dx-entries .dx-entry-code", "els => els.map(e => e.value)")


def test_the_team_page_s_entries_come_back_at_the_next_launch(page, lms_url):
    """Issue P4: the team page's entries lived only in memory inside the LMS frame."""
    page.goto(f"{lms_url}/lms.html")
    page.evaluate("() => launch(null)")
    frame = go(page, course(page, "/pkg/id/index.html"), "team.html")
    frame.wait_for_selector("#dx-entries .dx-entry-code")
    assert "tidak bisa" not in frame.inner_text("#dx-kept")  # this browser keeps them
    frame.fill("#dx-entries .dx-entry-code >> nth=0", "not a code, but kept as typed")
    frame.dispatch_event("#dx-entries .dx-entry-code >> nth=0", "change")
    page.evaluate("() => document.getElementById('sco').remove()")
    page.wait_for_function("() => calls.some(c => c.name === 'LMSFinish')")
    # kept under the course's own name, apart from any other package of the same LMS, and not in the LMS
    stored = page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('selaras-lms:'))")
    assert len(stored) >= 1 and all(k.split(":")[1] for k in stored), stored
    assert "kept as typed" not in page.evaluate("() => API.cmi.suspend_data")
    page.evaluate("s => launch(s)", {**page.evaluate("() => saved()"),
                                     "core": {"entry": "resume", "lesson_location": "id/team.html"}})
    frame = course(page, "/pkg/id/team.html")
    frame.wait_for_function("() => document.querySelector('#dx-entries .dx-entry-code').value !== ''")
    assert _team_entries(frame)[0] == "not a code, but kept as typed"
    page.evaluate("() => localStorage.clear()")


def test_without_browser_storage_the_team_page_says_its_entries_are_lost_on_closing(page, lms_url):
    """Issue P4, the other half: where nothing can be kept, the page says so instead."""
    page.add_init_script("""Object.defineProperty(window, 'localStorage', {get() {
        throw new DOMException('blocked', 'SecurityError'); }})""")
    page.goto(f"{lms_url}/lms.html")
    page.evaluate("() => launch(null)")
    frame = go(page, course(page, "/pkg/id/index.html"), "../en/team.html")
    frame.wait_for_function("() => document.getElementById('dx-kept').textContent.includes('cannot keep')")
    # the page itself still works: an entry typed in stays for this visit
    frame.fill("#dx-entries .dx-entry-code >> nth=0", "typed")
    frame.dispatch_event("#dx-entries .dx-entry-code >> nth=0", "change")
    assert _team_entries(frame)[0] == "typed"


def test_the_presenter_view_opens_from_the_slides_inside_the_lms_frame(page, lms_url):
    """Issue 22: a trainer who opens a lesson's slides from the LMS gets the presenter view (notes, next slide,
    clock) from inside the package's nested frames, with nothing fetched from outside the package."""
    log = record_requests(page, lms_url)
    page.goto(f"{lms_url}/lms.html")
    page.evaluate("() => launch(null)")
    frame = course(page, "/pkg/id/index.html")
    frame = go(page, frame, "slides/handoff.html")
    frame.wait_for_function("() => window.Reveal && Reveal.isReady()")
    frame.click(".reveal .slides")  # the keys go to the frame the trainer last clicked, as in Moodle
    page.keyboard.press("ArrowRight")
    frame.wait_for_function("() => Reveal.getIndices().h === 1")
    with page.context.expect_page() as opened:
        page.keyboard.press("s")
    speaker = opened.value
    note = frame.eval_on_selector("section.present aside.notes p", "p => p.textContent")
    speaker.wait_for_function("t => document.querySelector('.speaker-controls-notes').textContent.includes(t)",
                              arg=note)
    speaker.wait_for_function("() => /\\d/.test(document.querySelector('.clock-value').textContent)")
    speaker.frame_locator("#upcoming-slide iframe").locator(".reveal.ready").wait_for(state="attached")
    speaker.close()
    assert all(url.startswith(lms_url) for url in log.requests), log.requests
