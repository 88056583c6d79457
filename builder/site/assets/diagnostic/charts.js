/* Charts: one row per practice; the x axis is the 1–5 answer scale starting at 0 so a mean of 1
 * still shows a bar; dashed lines at the stage cut-offs / 20. Every bar carries its figure and
 * stage in text (never colour alone). This file draws the frame and the bars; profile.js and
 * team-report.js fill them. */

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

/* The same chart for narrow screens (phones): HTML, one bar per line under its label, so
   its text keeps the page's size instead of shrinking with a scaled SVG. CSS shows one
   of the two. rows: [{name, bars: [{value, text, role}]}]. */
function barList(ctx, rows, label) {
  var cuts = ctx.inst.stages.slice(1).map(function (s) { return s[1].toNumber() / ctx.inst.scale / 5 * 100; });
  return el("div", { "class": "dx-barlist", role: "img", "aria-label": label }, stageScale(ctx, cuts), rows.map(function (row) {
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

/* Above the bar list: each dashed line named by the stage it starts, one name per line so that
   none covers another on a narrow screen (a name left of the middle starts at its line, one right
   of it ends there); under it, the stages' full names in the page's language. */
function stageScale(ctx, cuts) {
  var starts = ctx.inst.stages.slice(1).map(function (s) { return s[0]; });
  var names = starts.map(function (id) { return ctx.stages[id].name; });
  return el("div", { "class": "dx-barscale" }, starts.map(function (id, i) {
    var name = names[i], cut = name.indexOf(" (");
    var mark = el("span", { "class": "dx-barscale-name", "data-stage": id, text: cut > 0 ? name.slice(0, cut) : name });
    if (cuts[i] <= 50) mark.style.left = cuts[i].toFixed(1) + "%";
    else { mark.style.right = (100 - cuts[i]).toFixed(1) + "%"; mark.className += " dx-barscale-end"; }
    return el("span", { "class": "dx-barscale-row" }, mark);
  }), el("span", { "class": "dx-barscale-note", text: fill(ctx.t.stage_lines, { stages: names.join(", ") }) }));
}
