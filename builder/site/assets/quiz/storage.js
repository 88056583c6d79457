// Saved progress. localStorage may be missing or throw (private mode, LMS frames, file://, a full disk):
// then everything lives in memory for this page and the learner is told it will not be kept.
// Inside the SCORM package the launch page around this frame is the store: it keeps progress in the LMS
// (builder/publish/assets/scorm.js); it offers the same calls as localStorage.
var mem = {}, ls = null;
var lms = function () { try { return window.parent !== window && window.parent.SelarasLMS.storage; } catch (e) { return null; } };
try { ls = lms() || window.localStorage; ls.setItem(PREFIX, "1"); ls.removeItem(PREFIX); } catch (e) { ls = null; }
var store = {
  ok: !!ls,
  get: function (k) {
    if (k in mem) return mem[k];
    try { return JSON.parse(ls.getItem(k)); } catch (e) { return null; }
  },
  set: function (k, v) {
    mem[k] = v;
    try { ls.setItem(k, JSON.stringify(v)); } catch (e) { store.ok = false; noStore(); }
  },
  del: function (k) {
    delete mem[k];
    try { ls.removeItem(k); } catch (e) { /* nothing saved to delete */ }
  },
  keys: function () {
    var out = Object.keys(mem);
    try { for (var i = 0; i < ls.length; i++) out.push(ls.key(i)); } catch (e) { /* memory only */ }
    return out;
  }
};
function noStore() { $$(".selaras-nostore").forEach(function (p) { p.hidden = false; }); }

// Whatever is read back from storage is checked before use: an older site, an extension or a hand edit
// may have left anything there. A value of the wrong shape is ignored quietly, as if nothing were saved.
function outcome(s) {  // what a saved check says about the learner, or null
  return isObj(s) && (s.p === undefined || typeof s.p === "boolean") && (s.n === undefined || isInt(s.n, 0, 1e9)) ? s : null;
}
function navEntry(v) {  // the lesson list a page caches for pages without a check, or null
  return isObj(v) && isObj(v.keys) && isObj(v.ui) && Object.keys(v.keys).every(function (id) {
    return typeof v.keys[id] === "string" && v.keys[id].indexOf(PREFIX) === 0;
  }) && ["lesson_done", "lesson_tried", "progress_count"].every(function (k) { return typeof v.ui[k] === "string"; }) ? v : null;
}

// 2 = check passed (ever), 1 = checked but not passed yet, 0 = not checked.
function status(key) {
  var s = outcome(store.get(key));
  return s && s.p ? 2 : s && s.n ? 1 : 0;
}
