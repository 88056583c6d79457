/* The page `course score --report` writes: it embeds the team's figures (#dx-cohort), only those the
   privacy rule lets it show and no one's answers, as exact fractions (`n/d`), and draws them with the
   team page's renderer (team-report.js). */
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

function reportPage(ctx) {
  var cohort = JSON.parse(document.getElementById("dx-cohort").textContent);
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

var PAGE = { kind: "report", run: reportPage };
