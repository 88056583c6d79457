/* Selaras stage diagnostic and team comparison.
 *
 * Scoring mirrors builder/scoring.py (the reference) and is tested against the
 * same vectors. Arithmetic is exact (BigInt fractions) so that a score of
 * exactly 60 is never read as 59.999…. Every course fact — statements,
 * practices, cut-offs, rules, words — comes from the JSON embedded in the page
 * (#dx-data); nothing about the course is written here.
 *
 * Untrusted input (the URL fragment, pasted links, stored answers) is parsed
 * strictly and only ever reaches the page through textContent.
 */
(function () {
  "use strict";

  // --- exact fractions ------------------------------------------------------------

  function gcd(a, b) {
    if (a < 0n) a = -a;
    if (b < 0n) b = -b;
    while (b) { var t = a % b; a = b; b = t; }
    return a;
  }

  function Frac(n, d) {
    n = BigInt(n); d = d === undefined ? 1n : BigInt(d);
    if (d === 0n) throw new RangeError("zero denominator");
    if (d < 0n) { n = -n; d = -d; }
    var g = gcd(n, d) || 1n;
    this.n = n / g; this.d = d / g;
  }
  Frac.prototype.add = function (o) { return new Frac(this.n * o.d + o.n * this.d, this.d * o.d); };
  Frac.prototype.sub = function (o) { return new Frac(this.n * o.d - o.n * this.d, this.d * o.d); };
  Frac.prototype.mulInt = function (k) { return new Frac(this.n * BigInt(k), this.d); };
  Frac.prototype.divInt = function (k) { return new Frac(this.n, this.d * BigInt(k)); };
  Frac.prototype.cmp = function (o) {
    var l = this.n * o.d, r = o.n * this.d;
    return l < r ? -1 : (l > r ? 1 : 0);
  };
  Frac.prototype.abs = function () { return this.n < 0n ? new Frac(-this.n, this.d) : this; };
  Frac.prototype.toString = function () { return this.d === 1n ? String(this.n) : this.n + "/" + this.d; };
  Frac.prototype.toNumber = function () { return Number(this.n) / Number(this.d); };

  function parseDecimal(text) {
    var m = /^(\d+)(?:\.(\d+))?$/.exec(String(text));
    if (!m) throw new Error("not a decimal: " + text);
    var digits = m[2] || "";
    return new Frac(BigInt(m[1] + digits), 10n ** BigInt(digits.length));
  }

  function mean(fracs) {
    if (!fracs.length) return null;
    var total = new Frac(0);
    fracs.forEach(function (f) { total = total.add(f); });
    return total.divInt(fracs.length);
  }

  /* Rounded down, as in Python: a shown figure never suggests a higher stage. */
  function floorText(f, places, mark) {
    var p = 10n ** BigInt(places);
    var scaled = (f.n * p) / f.d;          // values are never negative, so this is the floor
    var whole = scaled / p, part = String(scaled % p);
    while (part.length < places) part = "0" + part;
    return places ? whole + (mark || ".") + part : String(whole);
  }

  // --- the instrument and scoring ------------------------------------------------------

  var INSUFFICIENT = "insufficient";
  var ROLES = ["sales", "marketing", "other"];
  var SIDES = ["sales", "marketing"];

  function instrument(data) {
    return {
      statements: data.statements.map(function (s) { return [s.id, s.practice]; }),
      practices: data.practices.map(function (p) { return p.id; }),
      stages: data.stages.map(function (s) { return [s.id, new Frac(s.from_score)]; }),
      scale: data.scale,
      minAnswered: data.rules.min_answered,
      near: parseDecimal(data.rules.near_boundary),
      gapFlag: parseDecimal(data.rules.gap_flag),
      codeVersion: data.code_version,
      fingerprint: data.fingerprint
    };
  }

  function statementIds(inst) { return inst.statements.map(function (s) { return s[0]; }); }
  function statementsOf(inst, pid) {
    return inst.statements.filter(function (s) { return s[1] === pid; }).map(function (s) { return s[0]; });
  }

  function band(inst, value) {
    var found = inst.stages[0][0];
    inst.stages.forEach(function (s) { if (value.cmp(s[1]) >= 0) found = s[0]; });
    return found;
  }
  function stageOfScore(inst, s) { return band(inst, s); }
  function stageOfMean(inst, m) { return band(inst, m.mulInt(inst.scale)); }

  function nearBoundary(inst, s) {
    for (var i = 1; i < inst.stages.length; i++) {
      if (s.sub(inst.stages[i][1]).abs().cmp(inst.near) <= 0) return [inst.stages[i - 1][0], inst.stages[i][0]];
    }
    return null;
  }

  function nextStage(inst, stage) {
    for (var i = 0; i + 1 < inst.stages.length; i++) if (inst.stages[i][0] === stage) return inst.stages[i + 1][0];
    return null;
  }

  /* answers: statement id -> 1..5, or null for don't know / not answered. */
  function score(inst, answers) {
    var practices = inst.practices.map(function (pid) {
      var ids = statementsOf(inst, pid);
      var given = ids.map(function (sid) { return answers[sid]; }).filter(function (v) { return v; });
      var enough = given.length >= inst.minAnswered;
      var m = enough ? new Frac(given.reduce(function (a, b) { return a + b; }, 0), given.length) : null;
      return { practice: pid, answered: given.length, dontKnow: ids.length - given.length, mean: m,
               stage: m ? stageOfMean(inst, m) : null };
    });
    var missing = practices.filter(function (p) { return !p.mean; }).map(function (p) { return p.practice; });
    var all = statementIds(inst).map(function (sid) { return answers[sid]; }).filter(function (v) { return v; });
    var dontKnow = inst.statements.length - all.length;
    if (missing.length) {
      return { score: null, stage: INSUFFICIENT, near: null, practices: practices, missing: missing,
               dontKnow: dontKnow, answered: all.length };
    }
    // The mean over all answered statements, not the mean of practice means.
    var s = new Frac(inst.scale * all.reduce(function (a, b) { return a + b; }, 0), all.length);
    return { score: s, stage: stageOfScore(inst, s), near: nearBoundary(inst, s), practices: practices,
             missing: [], dontKnow: dontKnow, answered: all.length };
  }

  function weakestFirst(result) {
    // Array.prototype.sort is stable, so ties keep course order.
    return result.practices.filter(function (p) { return p.mean; })
      .slice().sort(function (a, b) { return a.mean.cmp(b.mean); });
  }

  function practiceOf(result, pid) {
    return result.practices.filter(function (p) { return p.practice === pid; })[0];
  }

  /* pairs: [role, result]. Sales and marketing weigh equally; other counts only without them. */
  function team(inst, pairs) {
    var members = { sales: [], marketing: [], other: [] }, excluded = 0;
    pairs.forEach(function (pair) {
      if (ROLES.indexOf(pair[0]) < 0) throw new Error("unknown role " + pair[0]);
      if (pair[1].score) members[pair[0]].push(pair[1]); else excluded += 1;
    });
    var groups = {};
    ROLES.forEach(function (role) {
      var rs = members[role], means = {};
      if (rs.length) {
        inst.practices.forEach(function (pid) {
          means[pid] = mean(rs.map(function (r) { return practiceOf(r, pid).mean; }));
        });
      }
      groups[role] = { role: role, size: rs.length, score: mean(rs.map(function (r) { return r.score; })),
                       practiceMeans: means };
    });
    var present = SIDES.filter(function (r) { return groups[r].size; });
    var basis = present.length === 2 ? "both" : (present.length ? present[0] : (groups.other.size ? "other" : "none"));
    var used = basis === "both" ? SIDES : (basis === "none" ? [] : [basis]);
    var s = mean(used.map(function (r) { return groups[r].score; }));
    var practiceMeans = {}, practiceStages = {}, gaps = {}, flagged = [];
    inst.practices.forEach(function (pid) {
      if (used.length) {
        practiceMeans[pid] = mean(used.map(function (r) { return groups[r].practiceMeans[pid]; }));
        practiceStages[pid] = stageOfMean(inst, practiceMeans[pid]);
      }
      gaps[pid] = basis === "both"
        ? groups.sales.practiceMeans[pid].sub(groups.marketing.practiceMeans[pid]).abs() : null;
      if (gaps[pid] && gaps[pid].cmp(inst.gapFlag) >= 0) flagged.push(pid);
    });
    return { score: s, stage: s ? stageOfScore(inst, s) : INSUFFICIENT, near: s ? nearBoundary(inst, s) : null,
             basis: basis, oneSided: basis !== "both" && basis !== "none", groups: groups,
             practiceMeans: practiceMeans, practiceStages: practiceStages, gaps: gaps, flagged: flagged,
             excluded: excluded };
  }

  // --- result codes: "3.<fingerprint>.<s|m|o>.<one of 0-5 per statement>" ------------------
  // As in scoring.py: version 3 carries the respondent's role, version 2 (no role) is still
  // written when no role was chosen and still read. A well-formed code of another statement
  // set (another fingerprint, or version 1 without one) is OTHER_SET and never scored.

  var MAX_CODE_INPUT = 2000;
  var OK = "ok", OTHER_SET = "other_set", MALFORMED = "malformed", DUPLICATE = "duplicate";
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
    text = text.trim();   // the same characters as scoring.SPACE
    var hash = text.indexOf("#");
    if (hash >= 0) text = text.slice(hash + 1);
    if (text.slice(0, 2) === "r=") text = text.slice(2);
    var fields = text.split(".");
    var version = fields.shift();
    return Object.prototype.hasOwnProperty.call(READERS, version) ? READERS[version](inst, fields) : bad(MALFORMED);
  }

  function decode(inst, text) { return readCode(inst, text).answers; }

  // --- many results pasted at once: the rules are written out in scoring.py ("many results
  // pasted at once") and checked on both sides by the shared vectors ("paste").

  var MAX_PASTE = 200000;
  // The same pattern as scoring.py. The character before a result is matched, not looked
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

  // --- DOM helpers: nodes and text only, never markup from strings --------------------------

  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, attrs) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }
  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    setAttrs(node, attrs);
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }
  function setAttrs(node, attrs) {
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] === null || attrs[k] === undefined || attrs[k] === false) return;
      if (k === "text") node.textContent = attrs[k];
      else node.setAttribute(k, attrs[k] === true ? "" : String(attrs[k]));
    });
  }
  function append(node) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) continue;
      if (Array.isArray(child)) child.forEach(function (c) { append(node, c); });
      else node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  /* A link to a page of the course, from the page's data: a relative .html path (the written report's
     are absolute http(s) addresses), never anything a browser would run. */
  function pageHref(href) {
    return typeof href === "string" && /^(?:https?:\/\/[^\s"<>]+|[A-Za-z0-9_][A-Za-z0-9_.\/-]*)\.html(?:#[A-Za-z0-9_-]*)?$/.test(href)
      ? href : null;
  }

  /* "{name}" placeholders filled as plain text. */
  function fill(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : all;
    });
  }

  // --- page context ---------------------------------------------------------------------------

  function Context(data) {
    this.data = data;
    this.inst = instrument(data);
    this.t = data.strings;
    var stages = {}, practices = {};
    data.stages.forEach(function (s) { stages[s.id] = s; });
    data.practices.forEach(function (p) { practices[p.id] = p; });
    this.stages = stages;
    this.practices = practices;
  }
  Context.prototype.stageName = function (id) {
    return id === INSUFFICIENT ? this.t.not_enough : this.stages[id].name;
  };
  Context.prototype.scoreText = function (f) { return floorText(f, this.data.score_places, this.t.decimal_mark); };
  Context.prototype.meanText = function (f) { return floorText(f, this.data.mean_places, this.t.decimal_mark); };
  Context.prototype.roleName = function (role) { return this.t["role_" + role]; };

  // --- charts ---------------------------------------------------------------------------------
  // One row per practice; the x axis is the 1–5 answer scale starting at 0 so
  // a mean of 1 still shows a bar; dashed lines at the stage cut-offs / 20.
  // Every bar carries its figure and stage in text (never colour alone).

  var CHART = { width: 640, left: 8, right: 8, top: 40, axis: 22 };

  function chartFrame(ctx, rowHeight, rows, titleText, descText, idBase) {
    var plotW = CHART.width - CHART.left - CHART.right;
    var height = CHART.top + rows * rowHeight + CHART.axis;
    var titleId = idBase + "-title", descId = idBase + "-desc";
    var root = svg("svg", { "class": "dx-chart", viewBox: "0 0 " + CHART.width + " " + height, role: "img",
                            "aria-labelledby": titleId + " " + descId, focusable: "false" },
      svg("title", { id: titleId, text: titleText }), svg("desc", { id: descId, text: descText }));
    var x = function (value) { return CHART.left + plotW * value / 5; };
    var bottom = CHART.top + rows * rowHeight;
    var inst = ctx.inst;
    // Stage bands: names at the top, dashed lines at the cut-offs.
    inst.stages.forEach(function (s, i) {
      var lo = s[1].toNumber() / inst.scale;
      var hi = i + 1 < inst.stages.length ? inst.stages[i + 1][1].toNumber() / inst.scale : 5;
      var name = ctx.stages[s[0]].name, cut = name.indexOf(" (");
      var label = svg("text", { x: x((lo + hi) / 2), y: 14, "class": "dx-band", "text-anchor": "middle" });
      append(label, svg("tspan", { x: x((lo + hi) / 2), dy: 0, text: cut > 0 ? name.slice(0, cut) : name }));
      if (cut > 0) append(label, svg("tspan", { x: x((lo + hi) / 2), dy: 13, text: name.slice(cut + 1) }));
      append(root, label);
      if (i > 0) append(root, svg("line", { x1: x(lo), x2: x(lo), y1: CHART.top - 6, y2: bottom, "class": "dx-cut" }));
    });
    for (var v = 1; v <= 5; v++) {
      append(root, svg("text", { x: x(v), y: bottom + 16, "class": "dx-tick", "text-anchor": "middle", text: String(v) }));
    }
    append(root, svg("line", { x1: x(0), x2: x(5), y1: bottom, y2: bottom, "class": "dx-axis" }));
    return { root: root, x: x };
  }

  function barLabel(ctx, f, stage, prefix) {
    return (prefix ? prefix + " " : "") + ctx.meanText(f) + " · " + ctx.stageName(stage);
  }

  /* A long bar carries its label inside (right-aligned), a short one just after its end. */
  function barText(frame, w, y, text, solid) {
    var inside = w > CHART.width * 0.55;
    return svg("text", { x: inside ? frame.x(0) + w - 6 : frame.x(0) + w + 6, y: y,
                         "text-anchor": inside ? "end" : "start",
                         "class": inside && solid ? "dx-bar-text dx-on-bar" : "dx-bar-text", text: text });
  }

  function profileChart(ctx, result) {
    var rowH = 46;
    var frame = chartFrame(ctx, rowH, result.practices.length, ctx.t.profile, ctx.t.chart_desc, "dx-profile-chart");
    result.practices.forEach(function (p, i) {
      var y = CHART.top + i * rowH;
      append(frame.root, svg("text", { x: frame.x(0), y: y + 12, "class": "dx-row-label", text: ctx.practices[p.practice].name }));
      if (!p.mean) return;
      var w = frame.x(p.mean.toNumber()) - frame.x(0);
      append(frame.root, svg("rect", { x: frame.x(0), y: y + 18, width: w, height: 16, "class": "dx-bar" }));
      append(frame.root, barText(frame, w, y + 31, barLabel(ctx, p.mean, p.stage), true));
    });
    return frame.root;
  }

  function teamChart(ctx, t) {
    var roles = t.basis === "both" ? SIDES : (t.basis === "none" ? [] : [t.basis]);
    var rowH = 24 + 22 * roles.length;
    var frame = chartFrame(ctx, rowH, ctx.inst.practices.length, ctx.t.by_practice, ctx.t.team_chart_desc, "dx-team-chart");
    ctx.inst.practices.forEach(function (pid, i) {
      var y = CHART.top + i * rowH;
      append(frame.root, svg("text", { x: frame.x(0), y: y + 12, "class": "dx-row-label", text: ctx.practices[pid].name }));
      roles.forEach(function (role, k) {
        var m = t.groups[role].practiceMeans[pid];
        var w = frame.x(m.toNumber()) - frame.x(0), by = y + 18 + 22 * k;
        append(frame.root, svg("rect", { x: frame.x(0), y: by, width: w, height: 16, "class": "dx-bar dx-bar-" + role }));
        append(frame.root, barText(frame, w, by + 13, barLabel(ctx, m, stageOfMean(ctx.inst, m), ctx.roleName(role)),
                                   role !== "marketing"));
      });
    });
    return frame.root;
  }

  /* The same chart for narrow screens (phones): HTML, one bar per line under its label, so
     its text keeps the page's size instead of shrinking with a scaled SVG. CSS shows one
     of the two. rows: [{name, bars: [{value, text, role}]}]. */
  function barList(ctx, rows, label) {
    var cuts = ctx.inst.stages.slice(1).map(function (s) { return s[1].toNumber() / ctx.inst.scale / 5 * 100; });
    return el("div", { "class": "dx-barlist", role: "img", "aria-label": label }, rows.map(function (row) {
      return el("div", { "class": "dx-barrow" }, el("p", { "class": "dx-barname", text: row.name }), row.bars.map(function (b) {
        var fillBar = el("span", { "class": "dx-barfill" + (b.role ? " dx-barfill-" + b.role : "") });
        fillBar.style.width = (b.value.toNumber() / 5 * 100).toFixed(1) + "%";
        var track = el("span", { "class": "dx-bartrack" }, fillBar, cuts.map(function (c) {
          var mark = el("span", { "class": "dx-barcut" });
          mark.style.left = c.toFixed(1) + "%";
          return mark;
        }));
        return el("div", { "class": "dx-barline" }, el("span", { "class": "dx-bartext", text: b.text }), track);
      }));
    }));
  }

  function profileBars(ctx, result) {
    return barList(ctx, result.practices.map(function (p) {
      return { name: ctx.practices[p.practice].name,
               bars: p.mean ? [{ value: p.mean, text: barLabel(ctx, p.mean, p.stage) }] : [] };
    }), ctx.t.profile + ". " + ctx.t.chart_desc);
  }

  function teamBars(ctx, t) {
    var roles = t.basis === "both" ? SIDES : (t.basis === "none" ? [] : [t.basis]);
    return barList(ctx, ctx.inst.practices.map(function (pid) {
      return { name: ctx.practices[pid].name, bars: roles.map(function (role) {
        var m = t.groups[role].practiceMeans[pid];
        return { value: m, role: role, text: barLabel(ctx, m, stageOfMean(ctx.inst, m), ctx.roleName(role)) };
      }) };
    }), ctx.t.by_practice + ". " + ctx.t.team_chart_desc);
  }

  // --- result blocks shared by both pages ----------------------------------------------------------

  function stageBlock(ctx, stage, s, near) {
    var out = [el("p", { "class": "dx-stage-line" }, el("strong", { text: fill(ctx.t.stage_line, { stage: ctx.stageName(stage) }) }))];
    if (s) {
      out.push(el("p", { "class": "dx-score", text: fill(ctx.t.score, { score: ctx.scoreText(s) }) }));
      if (near) {
        out.push(el("p", { "class": "dx-near", text: fill(ctx.t.near_boundary, { lower: ctx.stageName(near[0]), upper: ctx.stageName(near[1]) }) }));
      }
      out.push(el("p", { "class": "dx-meaning", text: ctx.stages[stage].description }));
      out.push(el("p", { "class": "dx-advice", text: ctx.stages[stage].advice }));
      out.push(el("p", { "class": "dx-how-far", text: ctx.t.how_far }));
    }
    return out;
  }

  function lessonLink(ctx, pid) {
    var p = ctx.practices[pid];
    if (!p.lesson) return null;
    return el("p", { "class": "dx-lesson" }, el("a", { href: pageHref(p.lesson.href), text: fill(ctx.t.open_lesson, { lesson: p.lesson.title }) }));
  }

  /* Practices weakest first; for each, the steps from its stage to the next (or how to stay at the top). */
  function recommendations(ctx, ordered, level) {
    var list = el("ol", { "class": "dx-recs" });
    ordered.forEach(function (item) {
      var pid = item.practice, stage = item.stage, p = ctx.practices[pid];
      var next = nextStage(ctx.inst, stage);
      var steps = next ? (p.next_steps[stage] || []) : [];
      append(list, el("li", { "class": "dx-rec", "data-practice": pid },
        el("h" + level, { text: p.name }),
        el("p", { "class": "dx-rec-stage", text: ctx.meanText(item.mean) + " · " + ctx.stageName(stage) }),
        next ? el("p", { text: fill(ctx.t.from_to, { from: ctx.stageName(stage), to: ctx.stageName(next) }) })
             : el("p", { text: ctx.t.at_top }),
        next ? el("ul", null, steps.map(function (s) { return el("li", { text: s }); }))
             : el("p", { text: ctx.stages[stage].advice }),
        lessonLink(ctx, pid)));
    });
    return list;
  }

  function profileTable(ctx, result) {
    return simpleTable(ctx.t.profile, [ctx.t.practice, ctx.t.mean, ctx.t.stage], result.practices.map(function (p) {
      return [ctx.practices[p.practice].name, p.mean ? ctx.meanText(p.mean) : "–", p.stage ? ctx.stageName(p.stage) : ctx.t.not_enough];
    }));
  }

  /* A table with a hidden caption, a header row and one header cell per row. */
  function simpleTable(caption, head, rows) {
    return el("table", { "class": "dx-table" }, el("caption", { "class": "dx-visually-hidden", text: caption }),
      el("thead", null, el("tr", null, head.map(function (h) { return el("th", { scope: "col", text: h }); }))),
      el("tbody", null, rows.map(function (cells) {
        return el("tr", null, el("th", { scope: "row", text: cells[0] }),
          cells.slice(1).map(function (c) { return el("td", { text: c }); }));
      })));
  }

  // --- storage ------------------------------------------------------------------------------------

  var STORE_KEY = "selaras.diagnostic.v1";
  var TEAM_KEY = "selaras.team.v1";
  var MAX_ENTRIES = 1000;

  /* Inside the SCORM package the launch page around this frame keeps the answers in the LMS
     (builder/publish/assets/scorm.js), with the same calls as localStorage; elsewhere, localStorage. */
  function store() {
    try { if (window.parent !== window && window.parent.SelarasLMS) return window.parent.SelarasLMS.storage; } catch (e) { /* another site's frame */ }
    return window.localStorage;
  }

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

  // --- the diagnostic page ------------------------------------------------------------------------

  function diagnosticPage(ctx) {
    var form = document.getElementById("dx-form");
    var resultBox = document.getElementById("dx-result");
    var body = document.getElementById("dx-result-body");
    var progress = document.getElementById("dx-progress");
    var bar = document.getElementById("dx-progress-bar");
    var status = document.getElementById("dx-status");
    var storageNote = document.getElementById("dx-storage");
    var shared = document.getElementById("dx-shared");
    var badLink = document.getElementById("dx-bad-link");
    var oldLink = document.getElementById("dx-old-link");
    var oldAnswers = document.getElementById("dx-old-answers");
    var ids = statementIds(ctx.inst);
    var canStore = storageAvailable();
    var lastAnnounced = null;
    var sharedRole = null;

    function responses() {
      var out = {};
      ids.forEach(function (sid) {
        var checked = form.querySelector('input[name="' + sid + '"]:checked');
        if (checked) out[sid] = checked.value;
      });
      return out;
    }

    function chosenRole() {
      var checked = form.querySelector('input[name="dx-role"]:checked');
      return checked && ROLES.indexOf(checked.value) >= 0 ? checked.value : null;
    }

    function answersOf(resp) {
      var out = {};
      ids.forEach(function (sid) { out[sid] = /^[1-5]$/.test(resp[sid] || "") ? Number(resp[sid]) : null; });
      return out;
    }

    function showProgress(resp) {
      var done = Object.keys(resp).length;
      progress.textContent = fill(ctx.t.progress, { done: done, total: ids.length });
      bar.value = done;
    }

    function render(answers, sharedView) {
      var result = score(ctx.inst, answers);
      resultBox.setAttribute("data-stage", result.stage);
      resultBox.setAttribute("data-score", result.score ? floorText(result.score, ctx.data.score_places, ".") : "");
      clear(body);
      append(body, stageBlock(ctx, result.stage, result.score, result.near));
      if (!result.score) {
        var names = result.missing.map(function (pid) { return ctx.practices[pid].name; }).join(", ");
        append(body, el("p", { "class": "dx-insufficient", text: fill(ctx.t.insufficient, { needed: ctx.inst.minAnswered, practices: names }) }));
        if (!sharedView) {
          append(body, el("ul", { "class": "dx-missing" }, result.missing.map(function (pid) {
            return el("li", null, el("a", { href: "#dx-p-" + pid, text: ctx.practices[pid].name }));
          })));
        }
      } else {
        if (result.dontKnow) append(body, el("p", { "class": "dx-dk-count", text: fill(ctx.t.dont_know_count, { count: result.dontKnow }) }));
        append(body, el("h3", { text: ctx.t.profile }), el("figure", { "class": "dx-figure" }, profileChart(ctx, result), profileBars(ctx, result)),
               profileTable(ctx, result),
               el("h3", { text: ctx.t.next_steps }), el("p", { text: ctx.t.weakest_first }),
               recommendations(ctx, weakestFirst(result), 4));
        append(body, shareBlock(ctx, encode(ctx.inst, answers, sharedView ? sharedRole : chosenRole())));
      }
      append(body, el("div", { "class": "dx-actions dx-no-print" },
        result.score ? el("button", { type: "button", "class": "md-button", id: "dx-print", text: ctx.t.print }) : null,
        el("a", { href: pageHref(ctx.data.team_href), "class": "md-button", text: ctx.t.team_link })));
      var printButton = document.getElementById("dx-print");
      if (printButton) printButton.addEventListener("click", function () { window.print(); });
      var summary = ctx.stageName(result.stage) + (result.score ? " · " + fill(ctx.t.score, { score: ctx.scoreText(result.score) }) : "");
      if (summary !== lastAnnounced) {
        status.textContent = fill(ctx.t.stage_line, { stage: summary });
        lastAnnounced = summary;
      }
      return result;
    }

    /* The phone's share sheet where the browser has one (a result goes straight into the group
       chat); copying the link is always there as well, and is the fallback when sharing fails. */
    function shareBlock(ctx, code) {
      var link = location.href.split("#")[0] + "#r=" + code;
      var note = el("p", { "class": "dx-copy-note", role: "status" });
      var input = el("input", { type: "text", id: "dx-share-link", readonly: true, value: link, "class": "dx-share-input" });
      var copy = el("button", { type: "button", "class": "md-button", id: "dx-copy", text: ctx.t.copy_link });
      function copyLink() {
        var done = function () { note.textContent = ctx.t.copied; };
        var failed = function () { input.focus(); input.select(); note.textContent = ctx.t.copy_failed; };
        if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(link).then(done, failed);
        else failed();
      }
      copy.addEventListener("click", copyLink);
      var share = null;
      if (typeof navigator.share === "function") {
        share = el("button", { type: "button", "class": "md-button md-button--primary", id: "dx-share-button", text: ctx.t.share_button });
        share.addEventListener("click", function () {
          var shared;
          try { shared = navigator.share({ title: document.title, text: ctx.t.share_text, url: link }); }
          catch (e) { copyLink(); return; }
          Promise.resolve(shared).then(function () { note.textContent = ctx.t.shared_done; }, function (err) {
            if (!err || err.name !== "AbortError") copyLink();   // closing the sheet is not a failure
          });
        });
      }
      return el("div", { "class": "dx-share dx-no-print" },
        el("label", { "for": "dx-share-link", text: ctx.t.share }), input, share, copy, note,
        el("p", { "class": "dx-code" }, ctx.t.code + ": ", el("code", { id: "dx-code", text: code })));
    }

    function restore() {
      if (savedForOtherSet(ctx.inst)) {
        oldAnswers.hidden = false;
        if (canStore) saveAnswers(ctx.inst, {});
      }
      var resp = loadAnswers(ctx.inst), role = loadRole();
      if (role) form.querySelector('input[name="dx-role"][value="' + role + '"]').checked = true;
      Object.keys(resp).forEach(function (sid) {
        var input = form.querySelector('input[name="' + sid + '"][value="' + resp[sid] + '"]');
        if (input) input.checked = true;
      });
      return resp;
    }

    function ownView() {
      shared.hidden = true;
      form.hidden = false;
      var resp = restore();
      showProgress(resp);
      render(answersOf(resp), false);
    }

    function route() {
      badLink.hidden = true;
      oldLink.hidden = true;
      var hash = location.hash;
      if (hash.slice(0, 3) !== "#r=") { ownView(); return; }
      var reading = readCode(ctx.inst, hash), answers = reading.answers;
      if (!answers) {
        ownView();
        (reading.status === OTHER_SET ? oldLink : badLink).hidden = false;
        return;
      }
      // A shared result never touches this browser's own saved answers.
      sharedRole = reading.role;
      form.hidden = true;
      shared.hidden = false;
      render(answers, true);
    }

    form.addEventListener("change", function () {
      var resp = responses();
      showProgress(resp);
      if (canStore && !saveAnswers(ctx.inst, resp, chosenRole())) canStore = false;
      storageNote.hidden = canStore;
      render(answersOf(resp), false);
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    document.getElementById("dx-reset").addEventListener("click", function () {
      if (!window.confirm(ctx.t.reset_confirm)) return;
      form.reset();
      if (canStore) saveAnswers(ctx.inst, {}, null);
      showProgress({});
      render(answersOf({}), false);
    });
    window.addEventListener("hashchange", route);
    storageNote.hidden = canStore;
    document.getElementById("dx-saved").hidden = !canStore;
    route();
  }

  // --- the team page -----------------------------------------------------------------------------

  function teamPage(ctx) {
    var form = document.getElementById("dx-team-form");
    var list = document.getElementById("dx-entries");
    var errors = document.getElementById("dx-team-errors");
    var box = document.getElementById("dx-team-result");
    var body = document.getElementById("dx-team-body");
    var pasteBox = document.getElementById("dx-paste");
    var pasteStatus = document.getElementById("dx-paste-status");
    var counter = 0;

    function renumber() {
      Array.prototype.forEach.call(list.children, function (row, i) {
        row.querySelector(".dx-entry-label").textContent = fill(ctx.t.entry, { n: i + 1 });
        row.querySelector(".dx-remove").setAttribute("aria-label", fill(ctx.t.remove_entry, { n: i + 1 }));
      });
    }

    /* role "" = not known yet (an older link): the menu asks for it. */
    function addRow(role, code) {
      counter += 1;
      var id = "dx-entry-" + counter;
      var select = el("select", { id: id + "-role", "class": "dx-role" },
        el("option", { value: "", text: ctx.t.role_choose, selected: !role }),
        ROLES.map(function (r) { return el("option", { value: r, text: ctx.roleName(r), selected: r === role }); }));
      var remove = el("button", { type: "button", "class": "dx-remove md-button", text: "×" });
      var input = el("input", { type: "text", id: id, "class": "dx-entry-code", autocomplete: "off", spellcheck: "false" });
      input.value = code || "";
      var row = el("li", { "class": "dx-entry" },
        el("label", { "for": id, "class": "dx-entry-label" }), input,
        el("label", { "for": id + "-role", "class": "dx-role-label", text: ctx.t.role }), select, remove);
      // A link that states its role sets the menu; the facilitator can still change it.
      input.addEventListener("change", function () {
        var reading = readCode(ctx.inst, input.value);
        if (reading.role) select.value = reading.role;
        save();
      });
      select.addEventListener("change", save);
      remove.addEventListener("click", function () {
        var next = row.nextElementSibling || row.previousElementSibling;
        list.removeChild(row);
        if (!list.children.length) addRow("sales");
        renumber();
        save();
        (next || list.lastElementChild).querySelector("input").focus();
      });
      list.appendChild(row);
      return row;   // the caller renumbers once, after all its rows (a paste may add hundreds)
    }

    /* The page keeps at most MAX_ENTRIES rows, the number it saves and restores: a row past it
       would be lost at the next visit, so it is never added, and the facilitator is told. */
    function room() { return MAX_ENTRIES - list.children.length; }

    function entries() {
      return Array.prototype.map.call(list.children, function (row) {
        return { code: row.querySelector(".dx-entry-code").value, role: row.querySelector(".dx-role").value };
      });
    }

    function save() {
      var kept = entries().filter(function (e) { return e.code.trim(); }).slice(0, MAX_ENTRIES);
      try {
        if (kept.length) store().setItem(TEAM_KEY, JSON.stringify({ entries: kept }));
        else store().removeItem(TEAM_KEY);
      } catch (e) { /* storage blocked or full: the page still works until it is closed */ }
    }

    function blankRows() {
      clear(list);
      addRow("sales");
      addRow("marketing");
      renumber();
    }

    /* Picks every result out of the pasted text (rules in scoring.py), skips what is already here. */
    function addPasted() {
      // A row may hold a whole link typed by hand: compare the codes in it, not its text.
      var seen = [];
      entries().forEach(function (e) { seen = seen.concat(extractCodes(e.code)); });
      var found = extractResults(ctx.inst, pasteBox.value, seen);
      var counts = { ok: 0, malformed: 0, other_set: 0, duplicate: 0 };
      found.forEach(function (f) { counts[f.status] += 1; });
      // Empty rows make way for the pasted results.
      Array.prototype.slice.call(list.children).forEach(function (row) {
        if (!row.querySelector(".dx-entry-code").value.trim()) list.removeChild(row);
      });
      var ok = found.filter(function (f) { return f.status === OK; });
      var left = ok.slice(Math.max(room(), 0));
      ok.slice(0, Math.max(room(), 0)).forEach(function (f) { addRow(f.role || "", f.code); });
      if (!list.children.length) blankRows();
      renumber();
      counts.ok -= left.length;
      var lines = found.length ? [fill(ctx.t.paste_found, { count: counts.ok })] : [ctx.t.paste_none];
      if (counts.malformed || counts.other_set || counts.duplicate) {
        lines.push(fill(ctx.t.paste_skipped, counts));
      }
      if (left.length) lines.push(fill(ctx.t.team_full, { max: MAX_ENTRIES, count: left.length }));
      pasteStatus.textContent = lines.join(" ");
      pasteStatus.setAttribute("data-counts", [counts.ok, counts.malformed, counts.other_set, counts.duplicate].join(" "));
      if (counts.ok) pasteBox.value = "";
      save();
      if (counts.ok) compute();
    }

    /* Stored entries are untrusted: only strings of a sane size and known roles; the rest is dropped quietly. */
    function restore() {
      var kept = [];
      try {
        var raw = JSON.parse(store().getItem(TEAM_KEY) || "null");
        var stored = raw && typeof raw === "object" && Array.isArray(raw.entries) ? raw.entries.slice(0, MAX_ENTRIES) : [];
        stored.forEach(function (e) {
          if (!e || typeof e !== "object" || typeof e.code !== "string" || typeof e.role !== "string") return;
          if (!e.code.trim() || e.code.length > MAX_CODE_INPUT || (e.role && ROLES.indexOf(e.role) < 0)) return;
          kept.push(e);
        });
      } catch (e) { kept = []; }
      if (!kept.length) { blankRows(); return false; }
      kept.forEach(function (e) { addRow(e.role, e.code); });
      renumber();
      return true;
    }

    function compute() {
      var bad = [], people = [];
      Array.prototype.forEach.call(list.children, function (row, i) {
        var input = row.querySelector(".dx-entry-code");
        var text = input.value;
        input.removeAttribute("aria-invalid");
        if (!text.trim()) return;
        var reading = readCode(ctx.inst, text), answers = reading.answers;
        if (!answers) { bad.push([i + 1, reading.status]); input.setAttribute("aria-invalid", "true"); return; }
        var select = row.querySelector(".dx-role"), role = select.value;
        select.removeAttribute("aria-invalid");
        if (ROLES.indexOf(role) < 0) { bad.push([i + 1, "no_role"]); select.setAttribute("aria-invalid", "true"); return; }
        people.push({ label: fill(ctx.t.entry_short, { n: i + 1 }), role: role, result: score(ctx.inst, answers) });
      });
      clear(errors);
      var said = { other_set: ["dx-entry-old", ctx.t.entry_old], no_role: ["dx-entry-role", ctx.t.entry_no_role] };
      bad.forEach(function (b) {
        var how = said[b[1]] || ["dx-entry-bad", ctx.t.entry_bad];
        append(errors, el("p", { "class": how[0], text: fill(how[1], { n: b[0] }) }));
      });
      if (!people.length) {
        if (!bad.length) append(errors, el("p", { text: ctx.t.no_entries }));
        box.hidden = true;
        return null;
      }
      var t = teamOf(ctx, people);
      showReport(ctx, box, body, t, people);
      return t;
    }

    document.getElementById("dx-add").addEventListener("click", function () {
      if (room() <= 0) { pasteStatus.textContent = fill(ctx.t.team_full, { max: MAX_ENTRIES, count: 1 }); return; }
      var last = list.lastElementChild;
      var row = addRow(last ? last.querySelector(".dx-role").value : "sales");
      renumber();
      row.querySelector("input").focus();
    });
    document.getElementById("dx-paste-add").addEventListener("click", addPasted);
    document.getElementById("dx-clear").addEventListener("click", function () {
      if (!window.confirm(ctx.t.clear_confirm)) return;
      try { store().removeItem(TEAM_KEY); } catch (e) { /* nothing was kept */ }
      blankRows();
      clear(errors);
      box.hidden = true;
      pasteBox.value = "";
      pasteStatus.removeAttribute("data-counts");
      pasteStatus.textContent = ctx.t.cleared;
      pasteBox.focus();
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); save(); compute(); });
    if (restore()) compute();
  }

  // --- the team report: one renderer for the team page and `course score --report` ---------------
  // The CLI writes a page that embeds this script, the course data and the cohort's answers
  // (builder/site/render_report.py), so the printed team page and the written report are the
  // same document from the same code.

  function teamOf(ctx, people) { return team(ctx.inst, people.map(function (p) { return [p.role, p.result]; })); }

  /* The whole report for a team result; people: [{label, role, result}] in entry order. */
  function teamReport(ctx, t, people) {
    var out = stageBlock(ctx, t.stage, t.score, t.near);
    if (!t.score) {
      out.push(el("p", { "class": "dx-insufficient", text: fill(ctx.t.excluded, { count: t.excluded }) }));
      out.push(respondentsTable(ctx, people), reportSource(ctx));
      return out;
    }
    out.push(el("p", { text: ctx.t.team_rule }));
    if (t.basis === "other") out.push(el("p", { "class": "dx-warning", text: ctx.t.other_only }));
    else if (t.oneSided) out.push(el("p", { "class": "dx-warning", text: fill(ctx.t.one_sided, { group: ctx.roleName(t.basis) }) }));
    if (t.excluded) out.push(el("p", { "class": "dx-excluded", text: fill(ctx.t.excluded, { count: t.excluded }) }));
    // Two short tables side by side where there is room (and on paper).
    out.push(el("div", { "class": "dx-pair" },
      el("div", null, el("h3", { text: ctx.t.groups }), simpleTable(ctx.t.groups, [ctx.t.group, ctx.t.respondents, ctx.t.mean_score],
        ROLES.map(function (role) {
          var g = t.groups[role];
          return [ctx.roleName(role), String(g.size), g.score ? ctx.scoreText(g.score) : "–"];
        }))),
      el("div", null, el("h3", { text: ctx.t.distribution }), simpleTable(ctx.t.distribution, [ctx.t.stage, ctx.t.respondents],
        ctx.inst.stages.map(function (s) { return s[0]; }).concat([INSUFFICIENT]).map(function (stage) {
          var n = people.filter(function (p) { return p.result.stage === stage; }).length;
          return [ctx.stageName(stage), String(n)];
        })))));
    var roles = t.basis === "both" ? SIDES : [t.basis];
    var limit = ctx.meanText(ctx.inst.gapFlag);
    out.push(el("h3", { text: ctx.t.by_practice }), el("figure", { "class": "dx-figure" }, teamChart(ctx, t), teamBars(ctx, t)),
      el("table", { "class": "dx-table" }, el("caption", { "class": "dx-visually-hidden", text: ctx.t.by_practice }),
        el("thead", null, el("tr", null, el("th", { scope: "col", text: ctx.t.practice }),
          roles.map(function (r) { return el("th", { scope: "col", text: ctx.roleName(r) }); }),
          t.basis === "both" ? el("th", { scope: "col", text: ctx.t.gap }) : null)),
        el("tbody", null, ctx.inst.practices.map(function (pid) {
          var flagged = t.flagged.indexOf(pid) >= 0;
          return el("tr", { "class": flagged ? "dx-flagged" : null },
            el("th", { scope: "row", text: ctx.practices[pid].name }),
            roles.map(function (r) {
              var m = t.groups[r].practiceMeans[pid];
              return el("td", { text: ctx.meanText(m) + " · " + ctx.stageName(stageOfMean(ctx.inst, m)) });
            }),
            t.basis === "both" ? el("td", { text: ctx.meanText(t.gaps[pid]) + (flagged ? " · " + ctx.t.gap_flagged : "") }) : null);
        }))));
    if (t.basis === "both") {
      out.push(el("h3", { text: ctx.t.gaps }));
      if (t.flagged.length) {
        out.push(el("p", { text: fill(ctx.t.gaps_intro, { limit: limit }) }),
          el("ul", { "class": "dx-gaps" }, t.flagged.map(function (pid) {
            return el("li", null, ctx.practices[pid].name + ": " + ctx.meanText(t.gaps[pid]), " ", lessonLink(ctx, pid));
          })));
      } else {
        out.push(el("p", { text: fill(ctx.t.no_gaps, { limit: limit }) }));
      }
    }
    var ordered = ctx.inst.practices.map(function (pid) { return { practice: pid, mean: t.practiceMeans[pid], stage: t.practiceStages[pid] }; })
      .sort(function (a, b) { return a.mean.cmp(b.mean); });
    out.push(el("h3", { text: ctx.t.next_steps }), el("p", { text: ctx.t.weakest_first }), recommendations(ctx, ordered, 4));
    out.push(respondentsTable(ctx, people), reportSource(ctx));
    return out;
  }

  /* One line per respondent; a score on the edge of two stages names the other one. */
  function respondentsTable(ctx, people) {
    return [el("h3", { text: ctx.t.respondents }), simpleTable(ctx.t.respondents,
      [ctx.t.respondent, ctx.t.role, ctx.t.score_column, ctx.t.stage], people.map(function (p) {
        var r = p.result, stage = ctx.stageName(r.stage);
        if (r.near) stage += " · " + fill(ctx.t.near_edge, { other: ctx.stageName(r.near[0] === r.stage ? r.near[1] : r.near[0]) });
        return [p.label, ctx.roleName(p.role), r.score ? ctx.scoreText(r.score) : "–", stage];
      }))];
  }

  function reportSource(ctx) { return el("p", { "class": "dx-source", text: ctx.data.source }); }

  /* Fills a result section (the team page's or the written report's) and marks its figures on
     it for tests and for anyone reading the page's source. */
  function showReport(ctx, box, body, t, people) {
    box.hidden = false;
    box.setAttribute("data-stage", t.stage);
    box.setAttribute("data-score", t.score ? floorText(t.score, ctx.data.score_places, ".") : "");
    box.setAttribute("data-basis", t.basis);
    box.setAttribute("data-one-sided", t.oneSided ? "true" : "false");
    box.setAttribute("data-flagged", t.flagged.join(" "));
    clear(body);
    append(body, teamReport(ctx, t, people));
    var printButton = el("button", { type: "button", "class": "md-button", id: "dx-team-print", text: ctx.t.print });
    printButton.addEventListener("click", function () { window.print(); });
    append(body, el("p", { "class": "dx-actions dx-no-print" }, printButton));
  }

  /* The page `course score --report` writes: the cohort's answers are embedded (#dx-cohort), each
     as a result code with its role, and scored here exactly as on the team page. */
  function reportPage(ctx) {
    var cohort = JSON.parse(document.getElementById("dx-cohort").textContent);
    var people = [];
    cohort.respondents.forEach(function (r) {
      var reading = readCode(ctx.inst, r.code);
      // The builder wrote these codes from answers it had validated: anything else is a bug.
      if (!reading.answers || ROLES.indexOf(r.role) < 0) throw new Error("report data: unreadable respondent " + r.label);
      people.push({ label: r.label, role: r.role, result: score(ctx.inst, reading.answers) });
    });
    showReport(ctx, document.getElementById("dx-team-result"), document.getElementById("dx-team-body"),
               teamOf(ctx, people), people);
  }

  // --- start ------------------------------------------------------------------------------------

  var api = { Frac: Frac, instrument: instrument, score: score, team: team, weakestFirst: weakestFirst,
              encode: encode, decode: decode, readCode: readCode, extractResults: extractResults, floorText: floorText, parseDecimal: parseDecimal };
  window.SelarasDiagnostic = api;

  function start() {
    // Only the page's own data element: a script of type JSON, never another element given that id.
    var dataNode = document.querySelector('script[type="application/json"]#dx-data');
    var root = document.getElementById("dx-root");
    if (!dataNode || !root) return;
    var ctx = new Context(JSON.parse(dataNode.textContent));
    api.data = ctx.data;
    api.inst = ctx.inst;
    root.classList.add("dx-ready");
    var kind = root.getAttribute("data-page");
    if (kind === "team") teamPage(ctx); else if (kind === "report") reportPage(ctx); else diagnosticPage(ctx);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
