/* The training report `course score --report` writes: it embeds the figures of the session (#dx-cohort,
   #pp-room, #ev-room), only those the privacy rule lets it show and no one's answers, exact fractions
   as `n/d`, and draws them with the team page's renderers (team-report.js, ../prepost/prepost-view.js,
   ../evaluation/summary-view.js). */
function fracOf(text) {
  if (text === null || text === undefined) return null;
  var m = /^(\d+)(?:\/(\d+))?$/.exec(String(text));
  // The builder wrote these figures itself: anything else is a bug.
  if (!m) throw new Error("report data: not a fraction: " + text);
  return new Frac(BigInt(m[1]), BigInt(m[2] || "1"));
}

function fracsOf(map) {
  var out = {};
  Object.keys(map || {}).forEach(function (key) { out[key] = fracOf(map[key]); });
  return out;
}

/* The page's own JSON data element `id`, parsed; null when the report has no such part. */
function reportJson(id) {
  var node = document.querySelector('script[type="application/json"]#' + id);
  return node ? JSON.parse(node.textContent) : null;
}

/* The training report: the diagnostic's team result (#dx-cohort), the pre/post test's room (#pp-room)
   and the evaluation's summary (#ev-room), each drawn by the team page's own renderer; a part whose
   results the session did not leave has no data and stays as the page wrote it. */
function reportPage(ctx) {
  var cohort = reportJson("dx-cohort");
  if (cohort) {
    var d = cohort.team, groups = {};
    ROLES.forEach(function (role) {
      var g = d.groups[role];
      groups[role] = { role: role, size: g.size, score: fracOf(g.score), practiceMeans: fracsOf(g.practice_means) };
    });
    var t = { score: fracOf(d.score), stage: d.stage, near: d.near_boundary, basis: d.basis, oneSided: d.one_sided,
              groups: groups, practiceMeans: fracsOf(d.practice_means), practiceStages: d.practice_stages || {},
              gaps: fracsOf(d.gaps), flagged: d.flagged, excluded: d.excluded, sameRating: d.same_rating };
    showReport(ctx, document.getElementById("dx-team-result"), document.getElementById("dx-team-body"), t, cohort.distribution);
  }
  var ppData = reportJson("pp-data"), ppRoom = reportJson("pp-room");
  if (ppData && ppRoom) {
    document.getElementById("pp-team").hidden = false;
    ppRenderRoom(document.getElementById("pp-team-body"), ppData, ppRoom);
  }
  var evData = reportJson("ev-data"), evRoom = reportJson("ev-room");
  if (evData && evRoom) evRenderSummary(document.getElementById("ev-summary"), evData, evRoom);
}

var PAGE = { kind: "report", run: reportPage };
