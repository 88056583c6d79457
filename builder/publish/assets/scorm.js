/* Selaras in an LMS (SCORM 1.2): the launch page's one LMS session; the course runs in its frame and keeps
   progress here (SelarasLMS.storage). Why and how: builder/publish/scorm.py. */
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("selaras-lms").textContent);
  var frame = document.getElementById("selaras-course");
  var LIMIT = 4096; // SCORM 1.2's cmi.suspend_data holds at most 4,096 characters
  var own = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };

  // The LMS's API object lives in a parent frame (Moodle) or in the window that opened this one.
  function find(w) {
    for (var i = 0; w && i < 10; i++) {
      try { if (w.API) return w.API; } catch (e) { /* a frame of another site: look further up */ }
      if (w.parent === w) break;
      w = w.parent;
    }
    return null;
  }
  var api = find(window.parent) || find(window.opener), live = false, done = false, started = Date.now();
  try { live = !!api && String(api.LMSInitialize("")) === "true"; } catch (e) { live = false; }
  function get(k) { try { return live ? String(api.LMSGetValue(k) || "") : ""; } catch (e) { return ""; } }
  function put(k, v) { try { if (live && !done) api.LMSSetValue(k, String(v)); } catch (e) { /* refused: go on */ } }
  function commit() {
    if (!live || done) return;
    flush();
    // The time spent so far, at every commit: an LMS that ends the session in its own handler of the
    // page going away refuses the write at `pagehide`, and the session would count no time at all.
    put("cmi.core.session_time", timespan(Date.now() - started));
    try { api.LMSCommit(""); } catch (e) { /* the next commit retries */ }
  }

  // What the LMS keeps: per check [passed, attempts, best %, day it was first passed], each check's
  // answers where they fit (`kept`), and the diagnostic's saved object.
  var total = {}, rec = {}, kept = {}, mem = {}, diag = null, status = get("cmi.core.lesson_status");
  var DAY = 86400000, EPOCH = Date.UTC(2020, 0, 1);
  cfg.quizzes.forEach(function (q) { total[q[0]] = q[1]; });
  function b36(v, width) {
    var s = Math.max(0, Math.min(v, Math.pow(36, width) - 1)).toString(36);
    while (s.length < width) s = "0" + s;
    return s;
  }
  var letterOf = cfg.roles, roleOf = {};
  Object.keys(letterOf).forEach(function (r) { roleOf[letterOf[r]] = r; });

  // One check's saved attempt, compactly: checked state, score, then per question its order and
  // answers, one base-36 character each (`-` for an unanswered match). "" when it is not a valid one.
  function packState(v) {
    var o;
    try { o = JSON.parse(v); } catch (e) { return ""; }
    if (!o || !Array.isArray(o.a) || !Array.isArray(o.o) || o.a.length !== o.o.length) return "";
    var ok = true, one = function (n) {
      if (n === -1) return "-";
      if (typeof n !== "number" || n < 0 || n > 35 || n % 1) { ok = false; return ""; }
      return n.toString(36);
    };
    var s = b36(+o.c || 0, 1) + b36(+o.s || 0, 2) + o.o.map(function (order, i) {
      return ":" + (Array.isArray(order) ? order.map(one).join("") : (ok = false, "")) + "." +
        (Array.isArray(o.a[i]) ? o.a[i].map(one).join("") : (ok = false, ""));
    }).join("");
    return ok ? s : "";
  }
  function unpackState(s) {
    var parts = s.split(":"), head = parts.shift(), read = function (t) {
      return t.split("").map(function (c) { return c === "-" ? -1 : parseInt(c, 36); });
    };
    if (!/^[0-2][0-9a-z]{2}$/.test(head || "")) return null;
    var out = {a: [], o: [], c: parseInt(head.charAt(0), 36), s: parseInt(head.slice(1), 36)};
    for (var i = 0; i < parts.length; i++) {
      var qa = parts[i].split(".");
      if (qa.length !== 2 || !/^[0-9a-z]*$/.test(qa[0]) || !/^[-0-9a-z]*$/.test(qa[1])) return null;
      out.o.push(read(qa[0]));
      out.a.push(read(qa[1]));
    }
    return out;
  }

  // suspend_data = 2~quiz set~7 characters per check~statement set~1 per statement~role~the checks'
  // answers~other fields. The compact part up to the role always fits (scorm.py checks it); then the
  // checks' answers, each while it fits; then the diagnostic's other fields (none today) if they fit.
  function encode() {
    var q = cfg.quizzes.map(function (x) {
      var r = rec[x[0]] || [0, 0, 0, 0];
      return (r[0] ? "1" : "0") + b36(r[1], 1) + b36(r[2], 2) + b36(r[3] || 0, 3);
    }).join(""), d = "", role = "-", rest = {};
    if (diag) {
      d = cfg.statements.map(function (sid) {
        var v = diag.answers && own(diag.answers, sid) ? String(diag.answers[sid]) : "";
        return v === "dk" ? "d" : /^[1-5]$/.test(v) ? v : "-";
      }).join("");
      if (typeof diag.role === "string" && own(letterOf, diag.role)) role = letterOf[diag.role];
      Object.keys(diag).forEach(function (k) { if (k !== "answers" && k !== "set" && k !== "role") rest[k] = diag[k]; });
    }
    var s = ["2", cfg.qsig, q, diag ? cfg.set : "", d, role].join("~"), states = [], room = LIMIT - s.length - 1;
    cfg.quizzes.forEach(function (x) {
      var packed = kept[x[0]] || "";
      if (packed.length + 1 > room) packed = "";
      room -= packed.length + 1;
      states.push(packed);
    });
    var out = states.join("") ? s + "~" + states.join(",") : s, r = JSON.stringify(rest);
    if (r !== "{}" && out.length + 2 + r.length <= LIMIT) out = (out === s ? s + "~" : out) + "~" + r;
    return out;
  }
  function decode(s) {
    var p = s.split("~");
    if ((p[0] !== "1" && p[0] !== "2") || p.length < 5) return;
    var width = p[0] === "2" ? 7 : 4, states = p[0] === "2" && p.length > 6 ? p[6].split(",") : [];
    if (p[1] === cfg.qsig) cfg.quizzes.forEach(function (x, i) {
      var c = p[2].substr(width * i, width);
      if (c.length === width) rec[x[0]] = [c.charAt(0) === "1" ? 1 : 0, parseInt(c.charAt(1), 36) || 0,
                                            Math.min(100, parseInt(c.slice(2, 4), 36) || 0),
                                            width === 7 ? parseInt(c.slice(4), 36) || 0 : 0];
      if (states[i]) kept[x[0]] = states[i];
    });
    // The answers belong to this statement set when the set named beside them is this one: then
    // they are restored whatever became of the other fields (cut off by an LMS, or never written).
    var ours = p[0] === "2" ? p[3] === cfg.set : p[3] === cfg.dsig1;
    if (!ours || !p[4]) return;
    var tail = p[0] === "2" ? p.slice(7) : p.slice(5), extra = null;
    try { extra = JSON.parse(tail.join("~") || "{}"); } catch (e) { extra = null; }
    diag = {};
    if (extra && typeof extra === "object" && !Array.isArray(extra)) {
      Object.keys(extra).forEach(function (k) { if (k !== "answers" && k !== "set") diag[k] = extra[k]; });
    }
    diag.set = cfg.set;
    if (p[0] === "2") diag.role = own(roleOf, p[5]) ? roleOf[p[5]] : null;
    diag.answers = {};
    cfg.statements.forEach(function (sid, i) {
      var c = p[4].charAt(i);
      if (c === "d" || /^[1-5]$/.test(c)) diag.answers[sid] = c === "d" ? "dk" : c;
    });
  }
  // suspend_data is written only when it changed, and at most about once a second: an LMS that sends
  // every LMSSetValue to its server apart may store them out of order, an older value last. Every
  // commit, and the page going away, write the latest once more first.
  var written = null, timer = null;
  function flush() {
    if (timer) { clearTimeout(timer); timer = null; }
    var s = encode();
    if (s.length <= LIMIT && s !== written) { put("cmi.suspend_data", s); written = s; }
  }
  function save() { if (!timer) timer = setTimeout(flush, 1000); }

  // Passed once every check is passed; the score is the mean of each check's best result (0 if never
  // tried). The diagnostic describes the organisation, not the learner, so it never counts.
  function report() {
    var sum = 0, all = true;
    cfg.quizzes.forEach(function (x) {
      var r = rec[x[0]];
      sum += r ? r[2] : 0;
      all = all && !!r && !!r[0];
    });
    if (all) status = "passed";
    put("cmi.core.score.min", 0);
    put("cmi.core.score.max", 100);
    put("cmi.core.score.raw", cfg.quizzes.length ? Math.floor(sum / cfg.quizzes.length) : 100);
    put("cmi.core.lesson_status", status === "passed" ? "passed" : "incomplete");
    put("cmi.core.exit", status === "passed" ? "" : "suspend");
  }

  function learn(k, v) {
    var o;
    try { o = JSON.parse(v); } catch (e) { return; }
    if (!o || typeof o !== "object") return;
    if (own(total, k)) {
      var r = rec[k] || [0, 0, 0, 0], n = Math.max(0, Math.floor(+o.n) || 0), best = r[2];
      if (o.c && typeof o.s === "number") best = Math.max(best, Math.floor(100 * Math.min(o.s, total[k]) / total[k]));
      var passed = r[0] || o.p ? 1 : 0;
      rec[k] = [passed, n, best, r[3] || (passed ? Math.max(1, Math.floor((Date.now() - EPOCH) / DAY)) : 0)];
      kept[k] = packState(v);
      save();
      if (n > r[1]) { report(); commit(); } // a check was just checked
    } else if (k === cfg.diagnostic) {
      diag = o;
      save();
    }
  }
  function day(n) { return n ? new Date(EPOCH + n * DAY).toISOString().slice(0, 10) : null; }
  function view(k) {
    if (own(mem, k)) return mem[k];
    var r = rec[k];
    if (r && (r[0] || r[1])) {
      var state = kept[k] ? unpackState(kept[k]) : null, out = state || {};
      out.p = !!r[0];
      out.n = r[1];
      // Without the answers the check shows a new attempt; the page says when it was passed.
      if (!state && r[0]) out.d = day(r[3]);
      return JSON.stringify(out);
    }
    return k === cfg.diagnostic && diag ? JSON.stringify(diag) : null;
  }
  function keys() {
    var out = Object.keys(mem);
    try {
      for (var i = 0; local && i < local.length; i++) {
        var name = local.key(i);
        if (name && name.indexOf(cfg.local) === 0 && out.indexOf(name.slice(cfg.local.length)) < 0) {
          out.push(name.slice(cfg.local.length));
        }
      }
    } catch (e) { /* storage went away: what the LMS keeps is still listed */ }
    Object.keys(rec).concat(diag ? [cfg.diagnostic] : []).forEach(function (k) {
      if (out.indexOf(k) < 0 && view(k) !== null) out.push(k);
    });
    return out;
  }
  // What the LMS does not keep (the team page's entries, which can run to many KB; the menu's
  // progress badges) stays in this browser, under this course's name: every package of an LMS may
  // share one origin. Without a usable localStorage it lives only as long as the page (`keeps`).
  var local = null;
  try {
    local = window.localStorage;
    local.setItem(cfg.local + "probe", "1");
    local.removeItem(cfg.local + "probe");
  } catch (e) { local = null; }
  function inLMS(k) { return own(total, k) || k === cfg.diagnostic; }
  function fromLocal(k) { try { return local ? local.getItem(cfg.local + k) : null; } catch (e) { return null; } }
  var storage = {
    getItem: function (k) {
      k = String(k);
      var v = view(k);
      return v === null && !inLMS(k) ? fromLocal(k) : v;
    },
    setItem: function (k, v) {
      k = String(k);
      v = String(v);
      mem[k] = v;
      learn(k, v);
      if (!inLMS(k) && local) {
        try { local.setItem(cfg.local + k, v); } catch (e) { /* full: kept for this visit */ }
      }
    },
    removeItem: function (k) {
      k = String(k);
      delete mem[k];
      delete kept[k];
      if (!inLMS(k) && local) { try { local.removeItem(cfg.local + k); } catch (e) { /* already gone */ } }
      if (own(rec, k) || (k === cfg.diagnostic && diag)) {
        delete rec[k];
        if (k === cfg.diagnostic) diag = null;
        save();
      }
    },
    key: function (i) { var all = keys(); return i >= 0 && i < all.length ? all[i] : null; },
    // Whether what is saved under `k` is still there at the next launch.
    keeps: function (k) { return inLMS(String(k)) || !!local; }
  };
  Object.defineProperty(storage, "length", {get: function () { return keys().length; }});

  // SCORM 1.2 time span: HHHH:MM:SS.SS
  function timespan(ms) {
    var cs = Math.floor(ms / 10), pad = function (v, w) { v = String(v); while (v.length < w) v = "0" + v; return v; };
    return pad(Math.min(9999, Math.floor(cs / 360000)), 4) + ":" + pad(Math.floor(cs / 6000) % 60, 2) + ":" +
      pad(Math.floor(cs / 100) % 60, 2) + "." + pad(cs % 100, 2);
  }
  function finish() {
    if (!live || done) return;
    put("cmi.core.session_time", timespan(Date.now() - started));
    flush();
    done = true;
    try { api.LMSFinish(""); } catch (e) { /* the LMS is gone already */ }
  }

  // Only a page of this package, by its path in the package, may be the place to resume at.
  var base = location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
  function page(p) { return /^[a-z]{2}\/[\w\/.-]*\.html$/.test(p) && p.indexOf("..") < 0 && p.length <= 255 ? p : ""; }
  frame.addEventListener("load", function () {
    var href = "";
    try { href = frame.contentWindow.location.href; } catch (e) { /* left the package */ }
    if (href.indexOf(base) === 0 && page(href.slice(base.length).replace(/[?#].*$/, ""))) {
      put("cmi.core.lesson_location", href.slice(base.length).replace(/[?#].*$/, ""));
    }
  });

  if (live) {
    decode(get("cmi.suspend_data"));
    if (status !== "passed") put("cmi.core.lesson_status", "incomplete");
    put("cmi.core.exit", status === "passed" ? "" : "suspend");
    window.SelarasLMS = {storage: storage};
    // pagehide, never unload: browsers and current Moodle block unload handlers.
    window.addEventListener("pagehide", finish);
    document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden") commit(); });
  }
  frame.src = page(get("cmi.core.lesson_location")) || cfg.start;
})();
