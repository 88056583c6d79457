/* The pre/post test page: the choice of test (`?tes=pre` / `?tes=post` in the facilitator's link
 * presets it) and role, the answers saved in this browser (storage.js: a reload loses nothing),
 * the participant's own score (after the post-test with the right answers and the lesson to read
 * again), and the result link #t=<code> to send to the facilitator privately. A page opened with
 * #t=<code> shows only that result's score. Text only, never markup from strings. */

var PP_KEY = "selaras.prepost.v1";

function ppEl(tag, attrs, text) {
  var node = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
  if (text) node.textContent = text;
  return node;
}

function ppFill(template, values) {
  return String(template).replace(/\{(\w+)\}/g, function (all, key) {
    return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : all;
  });
}

function ppTag() {
  var chars = "0123456789abcdefghijklmnopqrstuvwxyz", out = "", bytes = null;
  try { bytes = window.crypto.getRandomValues(new Uint8Array(4)); } catch (e) { bytes = null; }
  for (var i = 0; i < 4; i++) out += chars.charAt((bytes ? bytes[i] : Math.floor(Math.random() * 256)) % 36);
  return out;
}

/* What this browser keeps, checked: untrusted like any stored value. */
function ppLoad(set) {
  var empty = { set: set.fingerprint, tag: ppTag(), role: null, test: null, answers: { pre: null, post: null }, done: {} };
  try {
    var raw = JSON.parse(store().getItem(PP_KEY) || "null");
    if (!raw || typeof raw !== "object" || raw.set !== set.fingerprint) return empty;
    var out = { set: set.fingerprint, tag: typeof raw.tag === "string" && PP_TAG.test(raw.tag) ? raw.tag : empty.tag,
                role: PP_ROLES.indexOf(raw.role) >= 0 ? raw.role : null,
                test: PP_TESTS.indexOf(raw.test) >= 0 ? raw.test : null, answers: { pre: null, post: null }, done: {} };
    PP_TESTS.forEach(function (test) {
      var a = raw.answers && raw.answers[test];
      if (Array.isArray(a) && a.length === set.items.length && a.every(function (v, i) {
        return typeof v === "number" && v >= 0 && v < 256 && v === Math.floor(v) && ppFits(set.items[i], v);
      })) out.answers[test] = a;
      out.done[test] = !!(raw.done && raw.done[test] === true);
    });
    return out;
  } catch (e) { return empty; }
}

function prepostPage() {
  var node = document.querySelector('script[type="application/json"]#pp-data');
  var root = document.getElementById("pp-root");
  if (!node || !root || root.getAttribute("data-page") !== "prepost") return;
  var data = JSON.parse(node.textContent), t = data.strings;
  var set = { fingerprint: data.fingerprint, items: data.items };
  var form = document.getElementById("pp-form"), errors = document.getElementById("pp-errors");
  var result = document.getElementById("pp-result"), again = document.getElementById("pp-again");
  var state = ppLoad(set), warned = false;
  root.classList.add("pp-ready");

  var preset = /[?&]tes=(pre|post)(?:&|$)/.exec(location.search);
  /* The facilitator's link chooses the test, whatever this phone did last: the post-test's link opens the
     post-test on a phone that took the pre-test (its answers stay kept under the pre-test). */
  if (preset) state.test = preset[1];

  function inputs(i) { return form.querySelectorAll('input[name="pp-q' + (i + 1) + '"]'); }
  function radios(name) { return form.querySelectorAll('input[name="' + name + '"]'); }
  function setRadio(name, value) { Array.prototype.forEach.call(radios(name), function (r) { r.checked = r.value === value; }); }
  function radioValue(name) {
    var found = null;
    Array.prototype.forEach.call(radios(name), function (r) { if (r.checked) found = r.value; });
    return found;
  }
  function answersFromForm() {
    return set.items.map(function (item, i) {
      var mask = 0;
      Array.prototype.forEach.call(inputs(i), function (input) { if (input.checked) mask |= 1 << Number(input.value); });
      return mask;
    });
  }
  function showAnswers(answers) {
    set.items.forEach(function (item, i) {
      Array.prototype.forEach.call(inputs(i), function (input) { input.checked = !!(answers && answers[i] & (1 << Number(input.value))); });
    });
  }
  function save() {
    try { store().setItem(PP_KEY, JSON.stringify(state)); document.getElementById("pp-saved").hidden = false; } catch (e) { /* not kept: the page still works */ }
  }
  function clearReview() {
    Array.prototype.forEach.call(form.querySelectorAll(".pp-review"), function (box) { box.hidden = true; while (box.firstChild) box.removeChild(box.firstChild); });
  }
  function optionText(i, mask) {
    var parts = [];
    Array.prototype.forEach.call(inputs(i), function (input) {
      if (mask & (1 << Number(input.value))) parts.push(input.parentNode.textContent.trim());
    });
    return parts.length ? parts.join("; ") : t.no_answer;
  }
  function review(answers) {
    set.items.forEach(function (item, i) {
      var box = form.querySelectorAll(".pp-review")[i];
      var right = answers[i] === item.correct;
      box.appendChild(ppEl("p", {}, t.your_answer + " " + optionText(i, answers[i]) + " (" + (right ? "✓" : "✗") + ")"));
      box.appendChild(ppEl("p", { "class": "pp-right" }, t.right_answer + " " + optionText(i, item.correct)));
      if (!right && item.lesson_href && /^lessons\/[a-z0-9-]+\.html$/.test(item.lesson_href)) {
        var p = ppEl("p");
        p.appendChild(ppEl("a", { href: item.lesson_href }, t.revisit + ": " + item.lesson_title));
        box.appendChild(p);
      }
      box.hidden = false;
    });
  }
  function showResult(role, test, answers) {
    var right = ppRightCount(set, answers);
    var pct = ppFloorText(ppFrac(100 * right, set.items.length), 0);
    document.getElementById("pp-score").textContent = ppFill(t.score, { right: right, total: set.items.length, percent: pct });
    var link = location.href.split("#")[0].split("?")[0] + "#t=" + ppEncode(set, role, test, answers, state.tag);
    document.getElementById("pp-link").value = link;
    var actions = document.getElementById("pp-share-actions");
    if (!document.getElementById("pp-wa")) {
      var wa = ppEl("a", { id: "pp-wa", "class": "md-button", rel: "noopener" }, t.whatsapp);
      actions.appendChild(document.createTextNode(" "));
      actions.appendChild(wa);
      if (typeof navigator.share === "function") {
        var share = ppEl("button", { type: "button", "class": "md-button md-button--primary", id: "pp-share" }, t.share_button);
        share.addEventListener("click", function () {
          try {
            Promise.resolve(navigator.share({ title: document.title, text: t.share_text, url: document.getElementById("pp-link").value })).then(null, function () { /* closed */ });
          } catch (e) { /* no sheet: the link can still be copied */ }
        });
        actions.insertBefore(share, actions.firstChild);
      }
    }
    document.getElementById("pp-wa").setAttribute("href", "https://wa.me/?text=" + encodeURIComponent(t.share_text + " " + link));
    clearReview();
    if (test === "post") review(answers);
    result.hidden = false;
    again.hidden = false;
  }

  function restoreTest() {
    setRadio("pp-test", state.test);
    setRadio("pp-role", state.role);
    showAnswers(state.test ? state.answers[state.test] : null);
    clearReview();
    result.hidden = true;
    again.hidden = true;
    if (state.test && state.role && state.done[state.test] && state.answers[state.test]) showResult(state.role, state.test, state.answers[state.test]);
  }

  form.addEventListener("change", function (e) {
    var name = e.target.getAttribute("name");
    if (name === "pp-test") { state.test = radioValue("pp-test"); save(); restoreTest(); return; }
    if (name === "pp-role") state.role = radioValue("pp-role");
    else if (state.test) { state.answers[state.test] = answersFromForm(); state.done[state.test] = false; result.hidden = true; }
    warned = false;
    errors.textContent = "";
    save();
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    state.test = radioValue("pp-test");
    state.role = radioValue("pp-role");
    if (!state.test || !state.role) { errors.textContent = t.needs_choice; (state.test ? radios("pp-role") : radios("pp-test"))[0].focus(); return; }
    var answers = answersFromForm();
    var empty = answers.filter(function (a) { return a === 0; }).length;
    if (empty && !warned) { warned = true; errors.textContent = ppFill(t.unanswered, { count: empty }); return; }
    errors.textContent = "";
    state.answers[state.test] = answers;
    state.done[state.test] = true;
    save();
    showResult(state.role, state.test, answers);
    result.focus();
  });
  /* The next person on this phone (someone without one, a paper form typed in): nothing of the last
     person stays, their team and both tests' answers included, and a new tag, so that two people of
     one team who answer alike still make two links (one link pasted twice counts once). The test
     chosen stays: the facilitator runs the same one for everyone. */
  again.addEventListener("click", function () {
    if (!window.confirm(t.again_confirm)) return;
    state = { set: set.fingerprint, tag: ppTag(), role: null, test: state.test, answers: { pre: null, post: null }, done: {} };
    warned = false;
    errors.textContent = "";
    save();
    restoreTest();
    radios("pp-role")[0].focus();
  });
  document.getElementById("pp-copy").addEventListener("click", function () {
    var input = document.getElementById("pp-link"), note = document.getElementById("pp-copy-note");
    var failed = function () { input.focus(); input.select(); note.textContent = t.copy_failed; };
    try {
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(input.value).then(function () { note.textContent = t.copied; }, failed);
      else failed();
    } catch (err) { failed(); }
  });

  /* A result link opened here: its score only, the browser's own answers untouched. */
  if (location.hash.slice(0, 3) === "#t=") {
    var reading = ppReadCode(set, location.hash);
    var note = document.getElementById("pp-link-note");
    if (reading.status === PP_OK) {
      var right = ppRightCount(set, reading.answers);
      note.textContent = ppFill(t.score, { right: right, total: set.items.length,
                                           percent: ppFloorText(ppFrac(100 * right, set.items.length), 0) });
    } else note.textContent = reading.status === PP_OTHER_SET ? t.other_set : t.bad_link;
    note.hidden = false;
  }
  save();
  restoreTest();
}
