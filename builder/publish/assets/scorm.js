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
  function commit() { try { if (live && !done) api.LMSCommit(""); } catch (e) { /* the next commit retries */ } }

  // What the LMS keeps: per check [passed, attempts, best %], and the diagnostic's saved object.
  var total = {}, rec = {}, mem = {}, diag = null, status = get("cmi.core.lesson_status");
  cfg.quizzes.forEach(function (q) { total[q[0]] = q[1]; });
  function b36(v, width) {
    var s = Math.max(0, Math.min(v, Math.pow(36, width) - 1)).toString(36);
    while (s.length < width) s = "0" + s;
    return s;
  }
  var letterOf = cfg.roles, roleOf = {};
  Object.keys(letterOf).forEach(function (r) { roleOf[letterOf[r]] = r; });

  // suspend_data = 2~quiz set~4 characters per check~statement set~1 per statement~role~other fields.
  // Everything that gives the learner's answers back is in the compact part, which always fits;
  // only the diagnostic's other fields (none today) give way when the whole would not.
  function encode() {
    var q = cfg.quizzes.map(function (x) {
      var r = rec[x[0]] || [0, 0, 0];
      return (r[0] ? "1" : "0") + b36(r[1], 1) + b36(r[2], 2);
    }).join(""), d = "", role = "-", rest = {};
    if (diag) {
      d = cfg.statements.map(function (sid) {
        var v = diag.answers && own(diag.answers, sid) ? String(diag.answers[sid]) : "";
        return v === "dk" ? "d" : /^[1-5]$/.test(v) ? v : "-";
      }).join("");
      if (typeof diag.role === "string" && own(letterOf, diag.role)) role = letterOf[diag.role];
      Object.keys(diag).forEach(function (k) { if (k !== "answers" && k !== "set" && k !== "role") rest[k] = diag[k]; });
    }
    var s = ["2", cfg.qsig, q, diag ? cfg.set : "", d, role].join("~"), r = JSON.stringify(rest);
    return r !== "{}" && s.length + 1 + r.length <= LIMIT ? s + "~" + r : s;
  }
  function decode(s) {
    var p = s.split("~");
    if ((p[0] !== "1" && p[0] !== "2") || p.length < 5) return;
    if (p[1] === cfg.qsig) cfg.quizzes.forEach(function (x, i) {
      var c = p[2].substr(4 * i, 4);
      if (c.length === 4) rec[x[0]] = [c.charAt(0) === "1" ? 1 : 0, parseInt(c.charAt(1), 36) || 0,
                                        Math.min(100, parseInt(c.slice(2), 36) || 0)];
    });
    // The answers belong to this statement set when the set named beside them is this one: then
    // they are restored whatever became of the other fields (cut off by an LMS, or never written).
    var ours = p[0] === "2" ? p[3] === cfg.set : p[3] === cfg.dsig1;
    if (!ours || !p[4]) return;
    var tail = p[0] === "2" ? p.slice(6) : p.slice(5), extra = null;
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
  function save() { var s = encode(); if (s.length <= LIMIT) put("cmi.suspend_data", s); }

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
      var r = rec[k] || [0, 0, 0], n = Math.max(0, Math.floor(+o.n) || 0), best = r[2];
      if (o.c && typeof o.s === "number") best = Math.max(best, Math.floor(100 * Math.min(o.s, total[k]) / total[k]));
      rec[k] = [r[0] || o.p ? 1 : 0, n, best];
      save();
      if (n > r[1]) { report(); commit(); } // a check was just checked
    } else if (k === cfg.diagnostic) {
      diag = o;
      save();
    }
  }
  function view(k) {
    if (own(mem, k)) return mem[k];
    var r = rec[k];
    if (r && (r[0] || r[1])) return JSON.stringify({p: !!r[0], n: r[1]});
    return k === cfg.diagnostic && diag ? JSON.stringify(diag) : null;
  }
  function keys() {
    var out = Object.keys(mem);
    Object.keys(rec).concat(diag ? [cfg.diagnostic] : []).forEach(function (k) {
      if (out.indexOf(k) < 0 && view(k) !== null) out.push(k);
    });
    return out;
  }
  var storage = {
    getItem: function (k) { return view(String(k)); },
    setItem: function (k, v) { mem[String(k)] = String(v); learn(String(k), String(v)); },
    removeItem: function (k) {
      k = String(k);
      delete mem[k];
      if (own(rec, k) || (k === cfg.diagnostic && diag)) {
        delete rec[k];
        if (k === cfg.diagnostic) diag = null;
        save();
      }
    },
    key: function (i) { var all = keys(); return i >= 0 && i < all.length ? all[i] : null; }
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
    save();
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
