/* The evaluation's part of the team page: #e= links picked out of the paste (team-page.js hands
 * them over through pasteEvaluations) and paper forms typed in, kept in this browser, and the
 * room's summary. Nothing of one person is shown: no names travel, a summary needs min_group
 * responses, and the comments are listed sorted (core.js says why). Text only, never markup. */

var EV_TEAM_KEY = "selaras.evaluation.team.v1";
var EV_TEAM_MAX = 1000;
var evTeam = null;

function evTeamSave() {
  try {
    if (evTeam.codes.length) store().setItem(EV_TEAM_KEY, JSON.stringify({ codes: evTeam.codes }));
    else store().removeItem(EV_TEAM_KEY);
  } catch (e) { /* blocked or full: the page still works until it is closed */ }
}

function evTeamRestore() {
  var codes = [];
  try {
    var raw = JSON.parse(store().getItem(EV_TEAM_KEY) || "null");
    var stored = raw && typeof raw === "object" && Array.isArray(raw.codes) ? raw.codes.slice(0, EV_TEAM_MAX) : [];
    stored.forEach(function (c) {
      if (typeof c === "string" && codes.indexOf(c) < 0 && evReadCode(evTeam.qs, c).status === EV_OK) codes.push(c);
    });
  } catch (e) { codes = []; }
  return codes;
}

function evTeamRender() {
  var box = document.getElementById("ev-summary");
  if (!evTeam.codes.length) { clear(box); return; }
  var responses = evTeam.codes.map(function (c) { return evReadCode(evTeam.qs, c).response; });
  evRenderSummary(box, evTeam.data, evSummarise(evTeam.qs, responses));
}

/* Called by team-page.js with the pasted text: the evaluation links in it are added here.
   Returns how many links were found and added (null when the page has no evaluation part). */
function pasteEvaluations(text) {
  if (!evTeam) return null;
  var found = evExtractResults(evTeam.qs, text, evTeam.codes);
  var counts = { ok: 0, malformed: 0, other_set: 0, duplicate: 0 };
  found.forEach(function (f) {
    counts[f.status] += 1;
    if (f.status === EV_OK && evTeam.codes.length < EV_TEAM_MAX) evTeam.codes.push(f.code);
  });
  var status = document.getElementById("ev-paste-status");
  if (found.length) {
    var t = evTeam.data.strings, lines = [fill(t.paste_found, { count: counts.ok })];
    if (counts.malformed || counts.other_set || counts.duplicate) lines.push(fill(t.paste_skipped, counts));
    status.textContent = lines.join(" ");
    status.setAttribute("data-counts", [counts.ok, counts.malformed, counts.other_set, counts.duplicate].join(" "));
  }
  evTeamSave();
  evTeamRender();
  return { found: found.length, ok: counts.ok };
}

/* Called by team-page.js when the facilitator saves every result: the evaluations as links (paper
   forms typed in included), under the folder's address `base`. */
function evaluationLinks(base) {
  return evTeam ? evTeam.codes.map(function (c) { return base + "evaluation.html#e=" + c; }) : [];
}

function evTeamStart() {
  var dataNode = document.querySelector('script[type="application/json"]#ev-data');
  var root = document.getElementById("ev-root");
  if (!dataNode || !root || root.getAttribute("data-page") !== "evaluation-team") return;
  var data = JSON.parse(dataNode.textContent);
  evTeam = { data: data, qs: data.set, codes: [] };
  evTeam.codes = evTeamRestore();
  var manual = document.getElementById("ev-manual-form"), note = document.getElementById("ev-manual-note");
  manual.addEventListener("submit", function (e) {
    e.preventDefault();
    var response = evReadForm(manual, evTeam.qs);
    if (!evAnswered(response)) return;
    evTeam.codes.push(evEncode(evTeam.qs, evNonce(), response));
    evTeamSave();
    evTeamRender();
    evFillForm(manual, evTeam.qs, { ratings: [], choice: null, comment: "" });
    note.textContent = data.strings.manual_added;
    manual.querySelector("input").focus();
  });
  document.getElementById("ev-clear").addEventListener("click", function () {
    if (!window.confirm(data.strings.clear_confirm)) return;
    evTeam.codes = [];
    evTeamSave();
    evTeamRender();
    document.getElementById("ev-paste-status").textContent = "";
  });
  root.classList.add("ev-ready");
  evTeamRender();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", evTeamStart);
else evTeamStart();
