/* Scoring: the browser's copy of builder/diagnostic/scoring.py (the reference), held equal to it
 * by the shared vectors (tests/data/diagnostic_vectors.json, run under node and in Chromium).
 * Arithmetic is exact (BigInt fractions) so that a score of exactly 60 is never read as 59.999….
 * Pure: no page, no storage; every course fact comes in through instrument(data).
 */

// --- exact fractions ------------------------------------------------------------

function gcd(a, b) {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) { var t = a % b; a = b; b = t; }
  return a;
}

function Frac(n, d) {
  n = BigInt(n); d = d === undefined ? 1n : BigInt(d);
  if (d === 0n) throw new RangeError("zero denominator");
  if (d < 0n) { n = -n; d = -d; }
  var g = gcd(n, d) || 1n;
  this.n = n / g; this.d = d / g;
}
Frac.prototype.add = function (o) { return new Frac(this.n * o.d + o.n * this.d, this.d * o.d); };
Frac.prototype.sub = function (o) { return new Frac(this.n * o.d - o.n * this.d, this.d * o.d); };
Frac.prototype.mulInt = function (k) { return new Frac(this.n * BigInt(k), this.d); };
Frac.prototype.divInt = function (k) { return new Frac(this.n, this.d * BigInt(k)); };
Frac.prototype.cmp = function (o) {
  var l = this.n * o.d, r = o.n * this.d;
  return l < r ? -1 : (l > r ? 1 : 0);
};
Frac.prototype.abs = function () { return this.n < 0n ? new Frac(-this.n, this.d) : this; };
Frac.prototype.toString = function () { return this.d === 1n ? String(this.n) : this.n + "/" + this.d; };
Frac.prototype.toNumber = function () { return Number(this.n) / Number(this.d); };

function parseDecimal(text) {
  var m = /^(\d+)(?:\.(\d+))?$/.exec(String(text));
  if (!m) throw new Error("not a decimal: " + text);
  var digits = m[2] || "";
  return new Frac(BigInt(m[1] + digits), 10n ** BigInt(digits.length));
}

function mean(fracs) {
  if (!fracs.length) return null;
  var total = new Frac(0);
  fracs.forEach(function (f) { total = total.add(f); });
  return total.divInt(fracs.length);
}

/* Rounded down, as in Python: a shown figure never suggests a higher stage. */
function floorText(f, places, mark) {
  var p = 10n ** BigInt(places);
  var scaled = (f.n * p) / f.d;          // values are never negative, so this is the floor
  var whole = scaled / p, part = String(scaled % p);
  while (part.length < places) part = "0" + part;
  return places ? whole + (mark || ".") + part : String(whole);
}

// --- the instrument and scoring ------------------------------------------------------

var INSUFFICIENT = "insufficient";
var ROLES = ["sales", "marketing", "other"];
var SIDES = ["sales", "marketing"];

function instrument(data) {
  return {
    statements: data.statements.map(function (s) { return [s.id, s.practice]; }),
    practices: data.practices.map(function (p) { return p.id; }),
    stages: data.stages.map(function (s) { return [s.id, new Frac(s.from_score)]; }),
    scale: data.scale,
    minAnswered: data.rules.min_answered,
    near: parseDecimal(data.rules.near_boundary),
    gapFlag: parseDecimal(data.rules.gap_flag),
    sameRating: data.rules.same_rating,
    minGroup: data.rules.min_group,
    codeVersion: data.code_version,
    fingerprint: data.fingerprint
  };
}

function statementIds(inst) { return inst.statements.map(function (s) { return s[0]; }); }
function statementsOf(inst, pid) {
  return inst.statements.filter(function (s) { return s[1] === pid; }).map(function (s) { return s[0]; });
}

function band(inst, value) {
  var found = inst.stages[0][0];
  inst.stages.forEach(function (s) { if (value.cmp(s[1]) >= 0) found = s[0]; });
  return found;
}
function stageOfScore(inst, s) { return band(inst, s); }
function stageOfMean(inst, m) { return band(inst, m.mulInt(inst.scale)); }

function nearBoundary(inst, s) {
  for (var i = 1; i < inst.stages.length; i++) {
    if (s.sub(inst.stages[i][1]).abs().cmp(inst.near) <= 0) return [inst.stages[i - 1][0], inst.stages[i][0]];
  }
  return null;
}

function nextStage(inst, stage) {
  for (var i = 0; i + 1 < inst.stages.length; i++) if (inst.stages[i][0] === stage) return inst.stages[i + 1][0];
  return null;
}

/* answers: statement id -> 1..5, or null for don't know / not answered. */
function score(inst, answers) {
  var practices = inst.practices.map(function (pid) {
    var ids = statementsOf(inst, pid);
    var given = ids.map(function (sid) { return answers[sid]; }).filter(function (v) { return v; });
    var enough = given.length >= inst.minAnswered;
    var m = enough ? new Frac(given.reduce(function (a, b) { return a + b; }, 0), given.length) : null;
    return { practice: pid, answered: given.length, dontKnow: ids.length - given.length, mean: m,
             stage: m ? stageOfMean(inst, m) : null };
  });
  var missing = practices.filter(function (p) { return !p.mean; }).map(function (p) { return p.practice; });
  var all = statementIds(inst).map(function (sid) { return answers[sid]; }).filter(function (v) { return v; });
  var dontKnow = inst.statements.length - all.length;
  if (missing.length) {
    return { score: null, stage: INSUFFICIENT, near: null, practices: practices, missing: missing,
             dontKnow: dontKnow, answered: all.length, sameRating: null };
  }
  // The mean over all answered statements, not the mean of practice means.
  var s = new Frac(inst.scale * all.reduce(function (a, b) { return a + b; }, 0), all.length);
  return { score: s, stage: stageOfScore(inst, s), near: nearBoundary(inst, s), practices: practices,
           missing: [], dontKnow: dontKnow, answered: all.length, sameRating: sameRatingOf(inst, all) };
}

/* The same-rating rule: {rating, count} when at least inst.sameRating percent of the answered
   statements carry one rating, else null (as same_rating_of in scoring.py; ties go to the lower rating). */
function sameRatingOf(inst, given) {
  if (!given.length) return null;
  var best = 0, rating = 0;
  for (var v = 1; v <= 5; v++) {
    var n = given.filter(function (a) { return a === v; }).length;
    if (n > best) { best = n; rating = v; }
  }
  return best * 100 >= inst.sameRating * given.length ? { rating: rating, count: best } : null;
}

function weakestFirst(result) {
  // Array.prototype.sort is stable, so ties keep course order.
  return result.practices.filter(function (p) { return p.mean; })
    .slice().sort(function (a, b) { return a.mean.cmp(b.mean); });
}

function practiceOf(result, pid) {
  return result.practices.filter(function (p) { return p.practice === pid; })[0];
}

/* pairs: [role, result]. Sales and marketing weigh equally; other counts only without them. */
function team(inst, pairs) {
  var members = { sales: [], marketing: [], other: [] }, excluded = 0;
  pairs.forEach(function (pair) {
    if (ROLES.indexOf(pair[0]) < 0) throw new Error("unknown role " + pair[0]);
    if (pair[1].score) members[pair[0]].push(pair[1]); else excluded += 1;
  });
  var groups = {};
  ROLES.forEach(function (role) {
    var rs = members[role], means = {};
    if (rs.length) {
      inst.practices.forEach(function (pid) {
        means[pid] = mean(rs.map(function (r) { return practiceOf(r, pid).mean; }));
      });
    }
    groups[role] = { role: role, size: rs.length, score: mean(rs.map(function (r) { return r.score; })),
                     practiceMeans: means };
  });
  var present = SIDES.filter(function (r) { return groups[r].size; });
  var basis = present.length === 2 ? "both" : (present.length ? present[0] : (groups.other.size ? "other" : "none"));
  var used = basis === "both" ? SIDES : (basis === "none" ? [] : [basis]);
  var s = mean(used.map(function (r) { return groups[r].score; }));
  var practiceMeans = {}, practiceStages = {}, gaps = {}, flagged = [];
  inst.practices.forEach(function (pid) {
    if (used.length) {
      practiceMeans[pid] = mean(used.map(function (r) { return groups[r].practiceMeans[pid]; }));
      practiceStages[pid] = stageOfMean(inst, practiceMeans[pid]);
    }
    gaps[pid] = basis === "both"
      ? groups.sales.practiceMeans[pid].sub(groups.marketing.practiceMeans[pid]).abs() : null;
    if (gaps[pid] && gaps[pid].cmp(inst.gapFlag) >= 0) flagged.push(pid);
  });
  var same = 0;
  ROLES.forEach(function (role) { members[role].forEach(function (r) { if (r.sameRating) same += 1; }); });
  return { score: s, stage: s ? stageOfScore(inst, s) : INSUFFICIENT, near: s ? nearBoundary(inst, s) : null,
           basis: basis, oneSided: basis !== "both" && basis !== "none", groups: groups,
           practiceMeans: practiceMeans, practiceStages: practiceStages, gaps: gaps, flagged: flagged,
           excluded: excluded, sameRating: same };
}

/* The privacy rule (as shown() in scoring.py): a figure is shown only when every group it rests on
   has at least inst.minGroup valid respondents; a hidden one reads "too few to show". */
function shownOf(inst, t) {
  var ok = {};
  ROLES.forEach(function (role) { ok[role] = t.groups[role].size >= inst.minGroup; });
  var used = t.basis === "both" ? SIDES : (t.basis === "none" ? [] : [t.basis]);
  var total = 0;
  ROLES.forEach(function (role) { total += t.groups[role].size; });
  return { team: used.length > 0 && used.every(function (r) { return ok[r]; }), groups: ok,
           gap: t.basis === "both" && ok.sales && ok.marketing, distribution: total >= inst.minGroup };
}
