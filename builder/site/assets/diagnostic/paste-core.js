/* What the three paste readers share (the diagnostic's paste.js, the pre/post test's prepost-core.js,
 * the evaluation's core.js): the browser's copy of what builder/diagnostic/paste.py gives all three
 * (MAX_PASTE, DUPLICATE, first_sightings) and of the two lines each Python reader writes alike (cut the
 * paste, drop a code's trailing dots). Each reader keeps only its pattern and its code reader; the
 * shared vectors of each kind hold it equal to Python. Pure, as scoring.js.
 */

var DUPLICATE = "duplicate";
var MAX_PASTE = 200000;

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

/* Every code `pattern` (global) finds in the first MAX_PASTE characters of `text`, in order, without
   trailing dots (a sentence may end there); duplicates kept. The code is the pattern's second group,
   or its fourth where the second took no part (the diagnostic's bare codes). */
function pastedCodes(text, pattern) {
  if (typeof text !== "string") return [];
  var out = [], m;
  pattern.lastIndex = 0;
  text = firstCharacters(text, MAX_PASTE);
  while ((m = pattern.exec(text)) !== null) {
    out.push(withoutTrailingDots(m[2] !== undefined ? m[2] : m[4]));
    if (m[0] === "") pattern.lastIndex += 1;   // never loop on an empty match
  }
  return out;
}

/* [{code, duplicate}] for each of `codes`: a duplicate was seen before, in `seen` (the codes already on
   the page) or earlier in `codes` (a message forwarded twice counts once). */
function firstSightings(codes, seen) {
  var known = Object.create(null);
  (seen || []).forEach(function (c) { known[c] = true; });
  return codes.map(function (code) {
    var duplicate = known[code] === true;
    known[code] = true;
    return { code: code, duplicate: duplicate };
  });
}
