/* The evaluation's codes, pasted links and summary: the browser's copy of
 * builder/diagnostic/evaluation.py (the rules are written out there), held equal by the shared
 * vectors (tests/data/evaluation_vectors.json). Pure: no page, no storage.
 * A code: "1.<fingerprint>.<nonce>.<ratings>.<choice>[.<comment, %XX-encoded>]". Pastes are read with
 * ../diagnostic/paste-core.js (MAX_PASTE, DUPLICATE, pastedCodes, firstSightings), loaded before it.
 */

var EV_VERSION = "1";
var EV_MAX_CODE_INPUT = 6000;
var EV_OTHER = "x";
var EV_OK = "ok", EV_OTHER_SET = "other_set", EV_MALFORMED = "malformed";
var EV_FINGERPRINT = /^[0-9a-f]{6}$/, EV_NONCE = /^[0-9a-z]{4}$/, EV_RATINGS = /^[0-5]+$/;
var EV_CHOICE = /^(?:0|[1-9][0-9]?|x)$/, EV_COMMENT = /^(?:[A-Za-z0-9]|%[0-9A-Fa-f]{2})+$/;
var EV_CANDIDATE = /(^|[^0-9A-Za-z])e=([0-9A-Za-z.%]*)/g;
var EV_BLANK = /[\x00-\x20\x7f-\x9f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
/* What Python's strip(codes.SPACE) removes, as JavaScript's trim(). */

/* The characters of `text` as code points (an emoji is one, as Python counts). */
function evChars(text) {
  var out = [];
  for (var i = 0; i < text.length; i++) {
    var c = text.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && (text.charCodeAt(i + 1) & 0xFC00) === 0xDC00) { out.push(text.slice(i, i + 2)); i++; }
    else if (c >= 0xD800 && c <= 0xDFFF) out.push("\uFFFD");   // a lone half of a pair: not text
    else out.push(text.charAt(i));
  }
  return out;
}

function evClean(text) { return String(text).replace(EV_BLANK, " ").replace(/^ +| +$/g, ""); }

function evPercent(text) {
  return encodeURIComponent(text).replace(/[^A-Za-z0-9%]/g, function (c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}

/* qs: { ratings: [ids], practices: [ids], max_comment, fingerprint, min_group };
   response: { ratings: [1-5 or null], choice: practice id, "x" or null, comment: string }. */
function evEncode(qs, nonce, response) {
  if (!EV_NONCE.test(nonce)) throw new Error("nonce");
  var ratings = response.ratings.map(function (r) { return String(r || 0); }).join("");
  var choice = response.choice === null || response.choice === undefined ? "0"
    : response.choice === EV_OTHER ? EV_OTHER : String(qs.practices.indexOf(response.choice) + 1);
  var fields = [EV_VERSION, qs.fingerprint, nonce, ratings, choice];
  var comment = evChars(evClean(response.comment || "")).slice(0, qs.max_comment).join("").replace(/ +$/, "");
  if (comment) fields.push(evPercent(comment));
  return fields.join(".");
}

function evBad(status) { return { status: status, response: null }; }

function evReadCode(qs, text) {
  if (typeof text !== "string" || text.length > EV_MAX_CODE_INPUT) return evBad(EV_MALFORMED);
  text = text.trim();
  var hash = text.indexOf("#");
  if (hash >= 0) text = text.slice(hash + 1);
  if (text.slice(0, 2) === "e=") text = text.slice(2);
  var fields = text.split(".");
  var version = fields.shift();
  if (version !== EV_VERSION || (fields.length !== 4 && fields.length !== 5) || !EV_FINGERPRINT.test(fields[0])) return evBad(EV_MALFORMED);
  if (fields[0] !== qs.fingerprint) return evBad(EV_OTHER_SET);
  var nonce = fields[1], ratings = fields[2], choice = fields[3];
  if (!EV_NONCE.test(nonce) || !EV_RATINGS.test(ratings) || ratings.length !== qs.ratings.length || !EV_CHOICE.test(choice)) {
    return evBad(EV_MALFORMED);
  }
  var chosen;
  if (choice === EV_OTHER) chosen = EV_OTHER;
  else if (choice === "0") chosen = null;
  else if (Number(choice) <= qs.practices.length) chosen = qs.practices[Number(choice) - 1];
  else return evBad(EV_MALFORMED);
  var comment = "";
  if (fields.length === 5) {
    if (!EV_COMMENT.test(fields[4])) return evBad(EV_MALFORMED);
    try { comment = decodeURIComponent(fields[4]); } catch (e) { return evBad(EV_MALFORMED); }
    comment = evClean(comment);
    if (evChars(comment).length > qs.max_comment) return evBad(EV_MALFORMED);
  }
  return { status: EV_OK, response: { ratings: ratings.split("").map(function (d) { return Number(d) || null; }),
                                      choice: chosen, comment: comment } };
}

function evExtractCodes(text) { return pastedCodes(text, EV_CANDIDATE); }

function evExtractResults(qs, text, seen) {
  return firstSightings(evExtractCodes(text), seen).map(function (s) {
    if (s.duplicate) return { code: s.code, status: DUPLICATE, response: null };
    var reading = evReadCode(qs, s.code);
    return { code: s.code, status: reading.status, response: reading.response };
  });
}

function evMeanTenths(values) {
  var sum = 0;
  values.forEach(function (v) { sum += v; });
  return Math.floor((20 * sum + values.length) / (2 * values.length));
}

/* Orders as Python's sort of UTF-16 big-endian bytes: by UTF-16 code units, JavaScript's own order. */
function evCompare(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

function evSummarise(qs, responses) {
  var n = responses.length;
  if (n < qs.min_group) return { responses: n, too_few: true };
  var ratings = qs.ratings.map(function (rid, i) {
    var values = [];
    responses.forEach(function (r) { if (r.ratings[i]) values.push(r.ratings[i]); });
    if (values.length < qs.min_group) return { id: rid, answered: values.length, too_few: true };
    var counts = [1, 2, 3, 4, 5].map(function (v) { return values.filter(function (x) { return x === v; }).length; });
    return { id: rid, answered: values.length, mean_tenths: evMeanTenths(values), counts: counts };
  });
  var first = qs.practices.concat([EV_OTHER]).map(function (k) {
    return { choice: k, count: responses.filter(function (r) { return r.choice === k; }).length };
  });
  // Sorted, never in the order pasted (the chat's order, which names each sender): see evaluation.py.
  var comments = responses.map(function (r) { return r.comment; }).filter(function (c) { return c; }).sort(evCompare);
  return { responses: n, too_few: false, ratings: ratings, first: first, comments: comments };
}

function evTenthsText(tenths, mark) { return Math.floor(tenths / 10) + mark + (tenths % 10); }
