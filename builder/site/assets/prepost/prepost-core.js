/* The pre/post test's pure core: result codes ("1.<fingerprint>.<s|m|o>.<pre|post>.<two hex digits
 * per item>.<tag>"), a participant's score and the room's figures. The browser's copy of
 * builder/diagnostic/prepost.py, where the rules are written out; held equal by the shared vectors
 * (tests/data/prepost_vectors.json). Exact fractions of whole numbers small enough for a Number
 * (at most 20 items and 1000 results), reduced, as Python's Fraction. Pastes are read with
 * ../diagnostic/paste-core.js (MAX_PASTE, DUPLICATE, pastedCodes, firstSightings), loaded before it.
 */

var PP_VERSION = "1";
var PP_TESTS = ["pre", "post"];
var PP_ROLES = ["sales", "marketing", "other"];
var PP_OK = "ok", PP_OTHER_SET = "other_set", PP_MALFORMED = "malformed";
var PP_MAX_CODE_INPUT = 2000, PP_PLACES = 1;
var PP_MISSED_BELOW = [70, 100];
var PP_ROLE_LETTERS = { sales: "s", marketing: "m", other: "o" };
var PP_ROLE_OF_LETTER = { s: "sales", m: "marketing", o: "other" };
var PP_FINGERPRINT = /^[0-9a-f]{6}$/, PP_ANSWERS = /^(?:[0-9a-f]{2})*$/, PP_TAG = /^[0-9a-z]{4}$/;
var PP_CANDIDATE = /(^|[^0-9A-Za-z])t=([0-9A-Za-z.]*)/g;

function ppGcd(a, b) { while (b) { var t = a % b; a = b; b = t; } return a; }
/* [n, d] reduced, d > 0. */
function ppFrac(n, d) {
  if (d < 0) { n = -n; d = -d; }
  var g = ppGcd(Math.abs(n), d) || 1;
  return [n / g, d / g];
}
function ppExact(f) { return f === null ? null : (f[1] === 1 ? String(f[0]) : f[0] + "/" + f[1]); }
/* Rounded down to `places`, for a value that is not negative. */
function ppFloorText(f, places, mark) {
  var p = 1;
  for (var k = 0; k < places; k++) p *= 10;
  var scaled = Math.floor(f[0] * p / f[1]);
  var whole = Math.floor(scaled / p), part = String(scaled % p);
  while (part.length < places) part = "0" + part;
  return places ? whole + (mark || ".") + part : String(whole);
}
function ppMeanText(f, mark) { return ppFloorText(f, PP_PLACES, mark); }
function ppGainText(f, mark) {
  var sign = f[0] > 0 ? "+" : f[0] < 0 ? "-" : "";
  return sign + ppFloorText([Math.abs(f[0]), f[1]], PP_PLACES, mark);
}
function ppShareText(f) { return ppFloorText([f[0] * 100, f[1]], 0); }

function ppHex(n) { return (n < 16 ? "0" : "") + n.toString(16); }

function ppEncode(set, role, test, answers, tag) {
  return [PP_VERSION, set.fingerprint, PP_ROLE_LETTERS[role], test,
          answers.map(function (a) { return ppHex(a || 0); }).join(""), tag].join(".");
}

function ppFits(item, value) {
  if (value === 0) return true;
  if (value >= (1 << item.options)) return false;
  return item.type === "multiple" || (value & (value - 1)) === 0;
}

function ppBad(status) { return { status: status, role: null, test: null, answers: null }; }

function ppReadCode(set, text) {
  if (typeof text !== "string" || text.length > PP_MAX_CODE_INPUT) return ppBad(PP_MALFORMED);
  text = text.trim();   // the same characters as codes.SPACE
  var hash = text.indexOf("#");
  if (hash >= 0) text = text.slice(hash + 1);
  if (text.slice(0, 2) === "t=") text = text.slice(2);
  var f = text.split(".");
  if (f.length !== 6 || f[0] !== PP_VERSION || !PP_FINGERPRINT.test(f[1]) ||
      !Object.prototype.hasOwnProperty.call(PP_ROLE_OF_LETTER, f[2]) || PP_TESTS.indexOf(f[3]) < 0 ||
      !PP_ANSWERS.test(f[4]) || !PP_TAG.test(f[5])) return ppBad(PP_MALFORMED);
  if (f[1] !== set.fingerprint) return ppBad(PP_OTHER_SET);
  if (f[4].length !== 2 * set.items.length) return ppBad(PP_MALFORMED);
  var answers = [];
  for (var i = 0; i < set.items.length; i++) {
    var v = Number("0x" + f[4].slice(2 * i, 2 * i + 2));
    if (!ppFits(set.items[i], v)) return ppBad(PP_MALFORMED);
    answers.push(v);
  }
  return { status: PP_OK, role: PP_ROLE_OF_LETTER[f[2]], test: f[3], answers: answers };
}

function ppExtractCodes(text) { return pastedCodes(text, PP_CANDIDATE); }

function ppExtractResults(set, text, seen) {
  return firstSightings(ppExtractCodes(text), seen).map(function (s) {
    if (s.duplicate) return { code: s.code, status: DUPLICATE, role: null, test: null, answers: null };
    var r = ppReadCode(set, s.code);
    return { code: s.code, status: r.status, role: r.role, test: r.test, answers: r.answers };
  });
}

function ppRights(set, answers) {
  return set.items.map(function (item, i) { return answers[i] === item.correct; });
}
function ppRightCount(set, answers) {
  return ppRights(set, answers).filter(function (r) { return r; }).length;
}

/* One group's side: {count, mean} where mean is null for a group under minGroup. The mean of the
   scores 100*right/n is 100*(sum of right)/(n*count). */
function ppSide(set, group, minGroup) {
  if (!group.length || group.length < minGroup) return { count: group.length, mean: null };
  var total = 0;
  group.forEach(function (a) { total += ppRightCount(set, a); });
  return { count: group.length, mean: ppFrac(100 * total, set.items.length * group.length) };
}

function ppCompared(set, pre, post, minGroup) {
  var a = ppSide(set, pre, minGroup), b = ppSide(set, post, minGroup);
  var gain = a.mean && b.mean ? ppFrac(b.mean[0] * a.mean[1] - a.mean[0] * b.mean[1], a.mean[1] * b.mean[1]) : null;
  return { pre: a, post: b, gain: gain };
}

/* results: [{role, test, answers}] read OK. */
function ppRoom(set, results, minGroup) {
  var by = {};
  PP_ROLES.forEach(function (r) { by[r] = { pre: [], post: [] }; });
  results.forEach(function (x) { by[x.role][x.test].push(x.answers); });
  var pre = [], post = [], roles = {};
  PP_ROLES.forEach(function (r) {
    pre = pre.concat(by[r].pre);
    post = post.concat(by[r].post);
    roles[r] = ppCompared(set, by[r].pre, by[r].post, minGroup);
  });
  var missed = null;
  if (post.length && post.length >= minGroup) {
    missed = [];
    set.items.forEach(function (item, i) {
      var right = 0;
      post.forEach(function (a) { if (a[i] === item.correct) right += 1; });
      // right / count < 70 / 100, compared in whole numbers
      if (right * PP_MISSED_BELOW[1] < PP_MISSED_BELOW[0] * post.length) missed.push({ index: i, right: ppFrac(right, post.length) });
    });
    missed.sort(function (x, y) {
      var l = x.right[0] * y.right[1], r = y.right[0] * x.right[1];
      return l !== r ? l - r : x.index - y.index;
    });
  }
  // The room's mean of a test only when no team in it is under minGroup (prepost.py says why).
  var all = ppCompared(set, pre, post, minGroup);
  PP_TESTS.forEach(function (t) {
    if (PP_ROLES.some(function (r) { return by[r][t].length > 0 && by[r][t].length < minGroup; })) all[t] = { count: all[t].count, mean: null };
  });
  if (!all.pre.mean || !all.post.mean) all.gain = null;
  return { all: all, roles: roles, missed: missed, minGroup: minGroup };
}

function ppSideJson(s) {
  return { count: s.count, mean_exact: ppExact(s.mean), mean_text: s.mean ? ppMeanText(s.mean) : null };
}
function ppComparedJson(c) {
  return { pre: ppSideJson(c.pre), post: ppSideJson(c.post), gain_exact: ppExact(c.gain),
           gain_text: c.gain ? ppGainText(c.gain) : null };
}
/* The same object as prepost.to_json. */
function ppRoomJson(set, room) {
  var all = ppComparedJson(room.all), roles = {};
  PP_ROLES.forEach(function (r) { roles[r] = ppComparedJson(room.roles[r]); });
  return {
    fingerprint: set.fingerprint, min_group: room.minGroup, missed_below: ppExact(ppFrac(PP_MISSED_BELOW[0], PP_MISSED_BELOW[1])),
    pre: all.pre, post: all.post, gain_exact: all.gain_exact, gain_text: all.gain_text, roles: roles,
    missed: room.missed === null ? null : room.missed.map(function (m) {
      var item = set.items[m.index];
      return { item: m.index + 1, quiz: item.quiz, question: item.question, lesson: item.lesson,
               right_exact: ppExact(m.right), right_text: ppShareText(m.right) };
    })
  };
}
