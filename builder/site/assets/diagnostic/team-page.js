/* The team page: results pasted or typed in, each with a role, compared as a team (team-report.js);
 * the entries are kept in this browser between visits. */

var TEAM_KEY = "selaras.team.v1";
var MAX_ENTRIES = 1000;
/* Readers of the other kinds of result link in a paste (the pre/post test's #t=, prepost-team.js):
   each takes the pasted text and returns {line, ok} for the paste's status, or null. */
var pasteReaders = [];
var clearHooks = [];
/* Writers of the other parts' results for the saved file (prepost-team.js): each takes the folder's
   address and returns its results as links. The evaluation's part, loaded before this file, answers
   through evaluationLinks (evaluation/team.js). */
var resultWriters = [];
var SAVED_FILE = "hasil.txt";

/* Offers `text` as a file to save: the facilitator's own copy, made in this browser, sent nowhere. */
function offerFile(name, text) {
  var url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  var link = el("a", { href: url, download: name, hidden: true });
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  URL.revokeObjectURL(url);
}

function teamPage(ctx) {
  var form = document.getElementById("dx-team-form");
  var list = document.getElementById("dx-entries");
  var errors = document.getElementById("dx-team-errors");
  var box = document.getElementById("dx-team-result");
  var body = document.getElementById("dx-team-body");
  var pasteBox = document.getElementById("dx-paste");
  var pasteStatus = document.getElementById("dx-paste-status");
  var counter = 0;

  function renumber() {
    Array.prototype.forEach.call(list.children, function (row, i) {
      row.querySelector(".dx-entry-label").textContent = fill(ctx.t.entry, { n: i + 1 });
      row.querySelector(".dx-remove").setAttribute("aria-label", fill(ctx.t.remove_entry, { n: i + 1 }));
    });
  }

  /* role "" = not known yet (an older link): the menu asks for it. */
  function addRow(role, code) {
    counter += 1;
    var id = "dx-entry-" + counter;
    var select = el("select", { id: id + "-role", "class": "dx-role" },
      el("option", { value: "", text: ctx.t.role_choose, selected: !role }),
      ROLES.map(function (r) { return el("option", { value: r, text: ctx.roleName(r), selected: r === role }); }));
    var remove = el("button", { type: "button", "class": "dx-remove md-button", text: "×" });
    var input = el("input", { type: "text", id: id, "class": "dx-entry-code", autocomplete: "off", spellcheck: "false" });
    input.value = code || "";
    var row = el("li", { "class": "dx-entry" },
      el("label", { "for": id, "class": "dx-entry-label" }), input,
      el("label", { "for": id + "-role", "class": "dx-role-label", text: ctx.t.role }), select, remove);
    // A link that states its role sets the menu; the facilitator can still change it.
    input.addEventListener("change", function () {
      var reading = readCode(ctx.inst, input.value);
      if (reading.role) select.value = reading.role;
      save();
    });
    select.addEventListener("change", save);
    remove.addEventListener("click", function () {
      var next = row.nextElementSibling || row.previousElementSibling;
      list.removeChild(row);
      if (!list.children.length) addRow("sales");
      renumber();
      save();
      (next || list.lastElementChild).querySelector("input").focus();
    });
    list.appendChild(row);
    return row;   // the caller renumbers once, after all its rows (a paste may add hundreds)
  }

  /* The page keeps at most MAX_ENTRIES rows, the number it saves and restores: a row past it
     would be lost at the next visit, so it is never added, and the facilitator is told. */
  function room() { return MAX_ENTRIES - list.children.length; }

  function entries() {
    return Array.prototype.map.call(list.children, function (row) {
      return { code: row.querySelector(".dx-entry-code").value, role: row.querySelector(".dx-role").value };
    });
  }

  /* Said under the list: the results stay in this browser, or, where nothing can be kept (storage
     blocked or full, or an LMS frame without it), that they are lost when the page closes. */
  function sayKept(ok) {
    var note = document.getElementById("dx-kept");
    if (note) note.textContent = ok ? ctx.t.kept : ctx.t.not_kept;
  }

  function save() {
    var kept = entries().filter(function (e) { return e.code.trim(); }).slice(0, MAX_ENTRIES);
    try {
      if (kept.length) store().setItem(TEAM_KEY, JSON.stringify({ entries: kept }));
      else store().removeItem(TEAM_KEY);
    } catch (e) { sayKept(false); }  // blocked or full: the page still works until it is closed
  }

  function blankRows() {
    clear(list);
    addRow("sales");
    addRow("marketing");
    renumber();
  }

  /* Picks every result out of the pasted text (rules in paste.py), skips what is already here. */
  function addPasted() {
    // A row may hold a whole link typed by hand: compare the codes in it, not its text.
    var seen = [];
    entries().forEach(function (e) { seen = seen.concat(extractCodes(e.code)); });
    var found = extractResults(ctx.inst, pasteBox.value, seen);
    var counts = { ok: 0, malformed: 0, other_set: 0, duplicate: 0 };
    found.forEach(function (f) { counts[f.status] += 1; });
    // Empty rows make way for the pasted results.
    Array.prototype.slice.call(list.children).forEach(function (row) {
      if (!row.querySelector(".dx-entry-code").value.trim()) list.removeChild(row);
    });
    var ok = found.filter(function (f) { return f.status === OK; });
    var left = ok.slice(Math.max(room(), 0));
    ok.slice(0, Math.max(room(), 0)).forEach(function (f) { addRow(f.role || "", f.code); });
    if (!list.children.length) blankRows();
    renumber();
    counts.ok -= left.length;
    var others = pasteReaders.map(function (reader) { return reader.call(null, pasteBox.value); }).filter(Boolean);
    // Evaluation links (#e=) go to the evaluation's own summary and status line (evaluation/team.js).
    var ev = typeof pasteEvaluations === "function" ? pasteEvaluations(pasteBox.value) : null;
    var lines = found.length ? [fill(ctx.t.paste_found, { count: counts.ok })]
      : others.length || (ev && ev.found) ? [] : [ctx.t.paste_none];
    others.forEach(function (o) { lines.push(o.line); });
    if (counts.malformed || counts.other_set || counts.duplicate) {
      lines.push(fill(ctx.t.paste_skipped, counts));
    }
    if (left.length) lines.push(fill(ctx.t.team_full, { max: MAX_ENTRIES, count: left.length }));
    pasteStatus.textContent = lines.join(" ");
    pasteStatus.setAttribute("data-counts", [counts.ok, counts.malformed, counts.other_set, counts.duplicate].join(" "));
    if (counts.ok || others.some(function (o) { return o.ok; }) || (ev && ev.ok)) pasteBox.value = "";
    save();
    if (counts.ok) compute();
  }

  /* Stored entries are untrusted: only strings of a sane size and known roles; the rest is dropped quietly. */
  function restore() {
    var kept = [];
    try {
      var raw = JSON.parse(store().getItem(TEAM_KEY) || "null");
      var stored = raw && typeof raw === "object" && Array.isArray(raw.entries) ? raw.entries.slice(0, MAX_ENTRIES) : [];
      stored.forEach(function (e) {
        if (!e || typeof e !== "object" || typeof e.code !== "string" || typeof e.role !== "string") return;
        if (!e.code.trim() || e.code.length > MAX_CODE_INPUT || (e.role && ROLES.indexOf(e.role) < 0)) return;
        kept.push(e);
      });
    } catch (e) { kept = []; }
    if (!kept.length) { blankRows(); return false; }
    kept.forEach(function (e) { addRow(e.role, e.code); });
    renumber();
    return true;
  }

  function compute() {
    var bad = [], people = [];
    Array.prototype.forEach.call(list.children, function (row, i) {
      var input = row.querySelector(".dx-entry-code");
      var text = input.value;
      input.removeAttribute("aria-invalid");
      if (!text.trim()) return;
      var reading = readCode(ctx.inst, text), answers = reading.answers;
      if (!answers) { bad.push([i + 1, reading.status]); input.setAttribute("aria-invalid", "true"); return; }
      var select = row.querySelector(".dx-role"), role = select.value;
      select.removeAttribute("aria-invalid");
      if (ROLES.indexOf(role) < 0) { bad.push([i + 1, "no_role"]); select.setAttribute("aria-invalid", "true"); return; }
      people.push({ label: fill(ctx.t.entry_short, { n: i + 1 }), role: role, result: score(ctx.inst, answers) });
    });
    clear(errors);
    var said = { other_set: ["dx-entry-old", ctx.t.entry_old], no_role: ["dx-entry-role", ctx.t.entry_no_role] };
    bad.forEach(function (b) {
      var how = said[b[1]] || ["dx-entry-bad", ctx.t.entry_bad];
      append(errors, el("p", { "class": how[0], text: fill(how[1], { n: b[0] }) }));
    });
    if (!people.length) {
      if (!bad.length) append(errors, el("p", { text: ctx.t.no_entries }));
      box.hidden = true;
      return null;
    }
    var t = teamOf(ctx, people);
    showReport(ctx, box, body, t, stageCounts(ctx, people));
    return t;
  }

  document.getElementById("dx-add").addEventListener("click", function () {
    if (room() <= 0) { pasteStatus.textContent = fill(ctx.t.team_full, { max: MAX_ENTRIES, count: 1 }); return; }
    var last = list.lastElementChild;
    var row = addRow(last ? last.querySelector(".dx-role").value : "sales");
    renumber();
    row.querySelector("input").focus();
  });
  document.getElementById("dx-paste-add").addEventListener("click", addPasted);
  document.getElementById("dx-clear").addEventListener("click", function () {
    if (!window.confirm(ctx.t.clear_confirm)) return;
    try { store().removeItem(TEAM_KEY); } catch (e) { /* nothing was kept */ }
    clearHooks.forEach(function (hook) { hook.call(null); });
    blankRows();
    clear(errors);
    box.hidden = true;
    pasteBox.value = "";
    pasteStatus.removeAttribute("data-counts");
    pasteStatus.textContent = ctx.t.cleared;
    pasteBox.focus();
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); save(); compute(); });
  /* Every result on the page as one link a line, the input of `course score --report`: the team's
     entries with the role chosen here, the pre/post test's and the evaluation's (paper forms typed in
     included), so the training report is made from exactly what this page shows. */
  var saveButton = document.getElementById("dx-save");
  if (saveButton) saveButton.addEventListener("click", function () {
    var base = location.href.replace(/[?#].*$/, "").replace(/[^\/]*$/, "");
    var lines = [];
    Array.prototype.forEach.call(list.children, function (row) {
      var reading = readCode(ctx.inst, row.querySelector(".dx-entry-code").value);
      var role = row.querySelector(".dx-role").value;
      if (reading.answers && ROLES.indexOf(role) >= 0) lines.push(base + "diagnostic.html#r=" + encode(ctx.inst, reading.answers, role));
    });
    resultWriters.forEach(function (writer) { lines = lines.concat(writer.call(null, base)); });
    if (typeof evaluationLinks === "function") lines = lines.concat(evaluationLinks(base));
    var status = document.getElementById("dx-save-status");
    if (!lines.length) { status.textContent = ctx.t.save_results_none; return; }
    offerFile(SAVED_FILE, lines.join("\n") + "\n");
    status.textContent = fill(ctx.t.save_results_done, { count: lines.length, file: SAVED_FILE });
  });
  sayKept(keeps(TEAM_KEY));
  if (restore()) compute();
}

// The paste parser is on window.SelarasDiagnostic here only: the other pages do not ship it.
var PAGE = { kind: "team", run: teamPage, api: { extractResults: extractResults } };
