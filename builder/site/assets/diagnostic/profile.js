/* One respondent's profile on the diagnostic page: chart, bars for narrow screens, and table. */

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

function profileBars(ctx, result) {
  return barList(ctx, result.practices.map(function (p) {
    return { name: ctx.practices[p.practice].name,
             bars: p.mean ? [{ value: p.mean, text: barLabel(ctx, p.mean, p.stage) }] : [] };
  }), ctx.t.profile + ". " + ctx.t.chart_desc);
}

function profileTable(ctx, result) {
  return simpleTable(ctx.t.profile, [ctx.t.practice, ctx.t.mean, ctx.t.stage], result.practices.map(function (p) {
    return [ctx.practices[p.practice].name, p.mean ? ctx.meanText(p.mean) : "–", p.stage ? ctx.stageName(p.stage) : ctx.t.not_enough];
  }));
}
