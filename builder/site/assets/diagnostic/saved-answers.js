/* The diagnostic page's saved answers: what one respondent answered, kept in this browser (or the
 * LMS, see storage.js) between visits. */

var STORE_KEY = "selaras.diagnostic.v1";

function storageAvailable() {
  try {
    var probe = STORE_KEY + ".probe";
    store().setItem(probe, "1");
    store().removeItem(probe);
    return true;
  } catch (e) {
    return false;
  }
}

function readStore() {
  var raw = JSON.parse(store().getItem(STORE_KEY) || "{}");
  return raw && typeof raw === "object" ? raw : {};
}

/* Answers saved under another statement set (or before sets were fingerprinted) are never
   read against this one; the page clears them and says so. */
function savedForOtherSet(inst) {
  try {
    var raw = readStore();
    return raw.set !== inst.fingerprint && !!raw.answers && typeof raw.answers === "object" &&
           Object.keys(raw.answers).length > 0;
  } catch (e) { return false; }
}

/* Stored answers are untrusted too: keep only known ids with a known value, of this set only. */
function loadAnswers(inst) {
  var out = {};
  try {
    var raw = readStore();
    var stored = raw.set === inst.fingerprint ? raw.answers : null;
    statementIds(inst).forEach(function (sid) {
      var v = stored && Object.prototype.hasOwnProperty.call(stored, sid) ? stored[sid] : null;
      if (v === "dk" || ((typeof v === "string" || typeof v === "number") && /^[1-5]$/.test(String(v)))) out[sid] = String(v);
    });
  } catch (e) { /* unreadable storage: start empty */ }
  return out;
}

/* The role the respondent chose, or null (anything else stored is ignored). */
function loadRole() {
  try {
    var role = readStore().role;
    return typeof role === "string" && ROLES.indexOf(role) >= 0 ? role : null;
  } catch (e) { return null; }
}

function saveAnswers(inst, responses, role) {
  try {
    store().setItem(STORE_KEY, JSON.stringify({ set: inst.fingerprint, answers: responses, role: role || null }));
    return true;
  } catch (e) {
    return false;
  }
}
