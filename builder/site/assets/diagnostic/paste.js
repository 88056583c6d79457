/* Many results pasted at once: the browser's copy of builder/diagnostic/paste.py, where the rules
 * are written out, checked on both sides by the shared vectors ("paste"). Only the team page
 * takes a paste, so only it ships this file. Pure, as scoring.js.
 */

var DUPLICATE = "duplicate";
var MAX_PASTE = 200000;
// The same pattern as paste.py. The character before a result is matched, not looked
// behind at: Safari before 16.4 cannot parse a look-behind, and would lose the whole page.
var CANDIDATE = /(^|[^0-9A-Za-z])r=([0-9A-Za-z.]*)|(^|[^0-9A-Za-z.=#\/])([0-9]\.[0-9a-f]{6}\.[0-9A-Za-z.]*)/g;

/* The first `n` characters of `text` counted as Python counts them (code points: an emoji is one,
   where String.slice counts two), so a long paste is cut at the same place on both sides. */
function firstCharacters(text, n) {
  if (text.length <= n) return text;
  var i = 0;
  for (var count = 0; count < n && i < text.length; count++) {
    var c = text.charCodeAt(i);
    i += c >= 0xD800 && c <= 0xDBFF && (text.charCodeAt(i + 1) & 0xFC00) === 0xDC00 ? 2 : 1;
  }
  return text.slice(0, i);
}

/* `text` without its trailing dots; a loop, as a /\.+$/ pattern takes time growing with the square of
   a long run of dots in some engines. */
function withoutTrailingDots(text) {
  var end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 46) end--;
  return text.slice(0, end);
}

function extractCodes(text) {
  if (typeof text !== "string") return [];
  var out = [], m;
  CANDIDATE.lastIndex = 0;
  text = firstCharacters(text, MAX_PASTE);
  while ((m = CANDIDATE.exec(text)) !== null) {
    out.push(withoutTrailingDots(m[2] !== undefined ? m[2] : m[4]));
    if (m[0] === "") CANDIDATE.lastIndex += 1;   // never loop on an empty match
  }
  return out;
}

/* [{code, status, answers, role}] for every result in the paste; `seen`: codes already on the page. */
function extractResults(inst, text, seen) {
  var known = Object.create(null);
  (seen || []).forEach(function (c) { known[c] = true; });
  return extractCodes(text).map(function (code) {
    if (known[code]) return { code: code, status: DUPLICATE, answers: null, role: null };
    known[code] = true;
    var reading = readCode(inst, code);
    return { code: code, status: reading.status, answers: reading.answers, role: reading.role };
  });
}
