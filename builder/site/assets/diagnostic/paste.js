/* Many results pasted at once: the browser's copy of builder/diagnostic/paste.py, where the rules
 * are written out, checked on both sides by the shared vectors ("paste"). Only the team page
 * takes a paste, so only it ships this file; what the three kinds' pastes share is in paste-core.js.
 * Pure, as scoring.js.
 */

/* The same pattern as paste.py. The character before a result is matched, not looked
   behind at: Safari before 16.4 cannot parse a look-behind, and would lose the whole page. */
var CANDIDATE = /(^|[^0-9A-Za-z])r=([0-9A-Za-z.]*)|(^|[^0-9A-Za-z.=#\/])([0-9]\.[0-9a-f]{6}\.[0-9A-Za-z.]*)/g;

/* Every candidate code in a pasted text, in order (rule 1; duplicates kept). */
function extractCodes(text) { return pastedCodes(text, CANDIDATE); }

/* [{code, status, answers, role}] for every result in the paste; `seen`: codes already on the page. */
function extractResults(inst, text, seen) {
  return firstSightings(extractCodes(text), seen).map(function (s) {
    if (s.duplicate) return { code: s.code, status: DUPLICATE, answers: null, role: null };
    var reading = readCode(inst, s.code);
    return { code: s.code, status: reading.status, answers: reading.answers, role: reading.role };
  });
}
