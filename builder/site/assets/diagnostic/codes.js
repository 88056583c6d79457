/* Result codes: "3.<fingerprint>.<s|m|o>.<one of 0-5 per statement>", the browser's copy of
 * builder/diagnostic/codes.py (the rules are written out there), held equal by the shared vectors
 * ("codes"). Version 3 carries the respondent's role, version 2 (no role) is still written when no
 * role was chosen and still read. A well-formed code of another statement set (another
 * fingerprint, or version 1 without one) is OTHER_SET and never scored. Pure, as scoring.js.
 */

var MAX_CODE_INPUT = 2000;
var OK = "ok", OTHER_SET = "other_set", MALFORMED = "malformed";
var ANSWERS = /^[0-5]+$/, FINGERPRINT = /^[0-9a-f]{6}$/;
var ROLE_LETTERS = { sales: "s", marketing: "m", other: "o" };
var ROLE_OF_LETTER = { s: "sales", m: "marketing", o: "other" };

function encode(inst, answers, role) {
  var digits = statementIds(inst).map(function (sid) { return String(answers[sid] || 0); }).join("");
  if (!role) return ["2", inst.fingerprint, digits].join(".");
  return [inst.codeVersion, inst.fingerprint, ROLE_LETTERS[role], digits].join(".");
}

function bad(status) { return { status: status, answers: null, role: null }; }

function readV2(inst, fields) {
  if (fields.length !== 2 || !FINGERPRINT.test(fields[0]) || !ANSWERS.test(fields[1])) return bad(MALFORMED);
  // Another set may have another length: only the fingerprint counts.
  if (fields[0] !== inst.fingerprint) return bad(OTHER_SET);
  if (fields[1].length !== inst.statements.length) return bad(MALFORMED);
  var answers = {};
  statementIds(inst).forEach(function (sid, i) { answers[sid] = Number(fields[1][i]) || null; });
  return { status: OK, answers: answers, role: null };
}

var READERS = {
  "1": function (inst, fields) {
    return bad(fields.length === 1 && ANSWERS.test(fields[0]) ? OTHER_SET : MALFORMED);
  },
  "2": readV2,
  "3": function (inst, fields) {
    if (fields.length !== 3 || !Object.prototype.hasOwnProperty.call(ROLE_OF_LETTER, fields[1])) return bad(MALFORMED);
    var reading = readV2(inst, [fields[0], fields[2]]);
    if (reading.status === OK) reading.role = ROLE_OF_LETTER[fields[1]];
    return reading;
  }
};

function readCode(inst, text) {
  if (typeof text !== "string" || text.length > MAX_CODE_INPUT) return bad(MALFORMED);
  text = text.trim();   // the same characters as codes.SPACE
  var hash = text.indexOf("#");
  if (hash >= 0) text = text.slice(hash + 1);
  if (text.slice(0, 2) === "r=") text = text.slice(2);
  var fields = text.split(".");
  var version = fields.shift();
  return Object.prototype.hasOwnProperty.call(READERS, version) ? READERS[version](inst, fields) : bad(MALFORMED);
}

function decode(inst, text) { return readCode(inst, text).answers; }
