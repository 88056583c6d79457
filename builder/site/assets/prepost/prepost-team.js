/* The pre/post test's part of the team page: the #t= results of a paste (the team page hands every
 * paste to the readers of pasteReaders), kept in this browser, and the room's figures: pre and post
 * means, the gain, each role's where it has min_group people, and the questions fewer than
 * missed_below % got right after, with the lesson to read again. Only figures of groups: no entry,
 * no name, no one person's answers. */

var PP_TEAM_KEY = "selaras.prepost.team.v1";

function ppTeam() {
  var node = document.querySelector('script[type="application/json"]#pp-data');
  var box = document.getElementById("pp-team");
  if (!node || !box) return null;
  var data = JSON.parse(node.textContent), t = data.strings;
  var set = { fingerprint: data.fingerprint, items: data.items };
  var body = document.getElementById("pp-team-body");
  var codes = [];

  function render() {
    var results = codes.map(function (c) { return ppReadCode(set, c); }).filter(function (r) { return r.status === PP_OK; });
    box.hidden = !results.length;
    if (!results.length) { clear(body); return; }
    ppRenderRoom(body, data, ppRoomJson(set, ppRoom(set, results, data.min_group)));
  }

  function save() {
    try {
      if (codes.length) store().setItem(PP_TEAM_KEY, JSON.stringify({ set: set.fingerprint, codes: codes }));
      else store().removeItem(PP_TEAM_KEY);
    } catch (e) { /* not kept: shown until the page closes */ }
  }

  try {
    var raw = JSON.parse(store().getItem(PP_TEAM_KEY) || "null");
    if (raw && raw.set === set.fingerprint && Array.isArray(raw.codes)) {
      codes = raw.codes.filter(function (c) { return typeof c === "string" && ppReadCode(set, c).status === PP_OK; }).slice(0, 1000);
    }
  } catch (e) { codes = []; }
  render();

  return {
    /* A paste: the #t= results added; a line for the paste's status, or null when it held none. */
    read: function (text) {
      var found = ppExtractResults(set, text, codes);
      if (!found.length) return null;
      var counts = { pre: 0, post: 0, malformed: 0, other_set: 0, duplicate: 0 };
      found.forEach(function (f) {
        if (f.status === PP_OK) { counts[f.test] += 1; if (codes.length < 1000) codes.push(f.code); } else counts[f.status] += 1;
      });
      save();
      render();
      var line = fill(t.found, counts);
      if (counts.other_set) line += " " + t.other_set;
      if (counts.malformed) line += " " + t.bad_link;
      return { line: line, ok: counts.pre + counts.post };
    },
    clear: function () { codes = []; save(); render(); },
    codes: function () { return codes.slice(); }
  };
}

var ppTeamReader = null;
/* Called by the team page's start-up (diagnostic/start.js runs the page; this reads the stored results). */
function ppTeamStart() { if (ppTeamReader === null) ppTeamReader = ppTeam() || false; }
pasteReaders.push(function (text) {
  ppTeamStart();
  return ppTeamReader ? ppTeamReader.read(text) : null;
});
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ppTeamStart);
else ppTeamStart();
clearHooks.push(function () { if (ppTeamReader) ppTeamReader.clear(); });
resultWriters.push(function (base) {
  ppTeamStart();
  return ppTeamReader ? ppTeamReader.codes().map(function (c) { return base + "prepost.html#t=" + c; }) : [];
});
