/* The team report: one renderer for the team page and `course score --report`. The CLI writes a
 * page that embeds these scripts, the course data and the team's figures, those the privacy rule
 * lets it show and no one's answers (builder/site/pages/report.py), so the printed team page and
 * the written report are the same document from the same code. */

function teamChart(ctx, t, roles) {
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

function teamBars(ctx, t, roles) {
  return barList(ctx, ctx.inst.practices.map(function (pid) {
    return { name: ctx.practices[pid].name, bars: roles.map(function (role) {
      var m = t.groups[role].practiceMeans[pid];
      return { value: m, role: role, text: barLabel(ctx, m, stageOfMean(ctx.inst, m), ctx.roleName(role)) };
    }) };
  }), ctx.t.by_practice + ". " + ctx.t.team_chart_desc);
}

function teamOf(ctx, people) { return team(ctx.inst, people.map(function (p) { return [p.role, p.result]; })); }

/* How many valid respondents are at each stage (and left out), from [{role, result}]. */
function stageCounts(ctx, people) {
  var counts = {};
  ctx.inst.stages.map(function (s) { return s[0]; }).concat([INSUFFICIENT]).forEach(function (stage) {
    counts[stage] = people.filter(function (p) { return p.result.stage === stage; }).length;
  });
  return counts;
}

function tooFew(ctx) { return fill(ctx.privacy.too_few, { min: ctx.inst.minGroup }); }

/* The whole report for a team result; counts: respondents by stage (stageCounts), null when not shown.
   The privacy rule (shownOf) decides every figure: no names, no one's own result, no group under
   minGroup people; what is hidden reads "too few to show". */
function teamReport(ctx, t, counts) {
  var shown = shownOf(ctx.inst, t), min = ctx.inst.minGroup;
  var note = el("p", { "class": "dx-private", text: fill(ctx.privacy.private_note, { min: min }) });
  if (t.stage === INSUFFICIENT) {
    return [el("p", { "class": "dx-stage-line" }, el("strong", { text: fill(ctx.t.stage_line, { stage: ctx.stageName(INSUFFICIENT) }) })),
      el("p", { "class": "dx-insufficient", text: fill(ctx.t.excluded, { count: t.excluded }) }), note, reportSource(ctx)];
  }
  var out;
  if (shown.team) {
    out = stageBlock(ctx, t.stage, t.score, t.near);
    out.push(el("p", { text: ctx.t.team_rule }));
    if (t.basis === "other") out.push(el("p", { "class": "dx-warning", text: ctx.t.other_only }));
    else if (t.oneSided) out.push(el("p", { "class": "dx-warning", text: fill(ctx.t.one_sided, { group: ctx.roleName(t.basis) }) }));
  } else {
    out = [el("p", { "class": "dx-too-few dx-warning", text: fill(ctx.privacy.too_few_team, { min: min }) })];
  }
  if (t.excluded) out.push(el("p", { "class": "dx-excluded", text: fill(ctx.t.excluded, { count: t.excluded }) }));
  if (t.sameRating && shown.distribution) {
    var valid = ROLES.reduce(function (n, role) { return n + t.groups[role].size; }, 0);
    // On screen only: on paper the group table's row says it, and the report stays on two pages.
    out.push(el("p", { "class": "dx-same dx-warning dx-no-print", text: fill(ctx.t.team_same_rating,
      { count: t.sameRating, total: valid, percent: ctx.inst.sameRating }) }));
  }
  // Two short tables side by side where there is room (and on paper).
  out.push(el("div", { "class": "dx-pair" },
    el("div", null, el("h3", { text: ctx.t.groups }), simpleTable(ctx.t.groups, [ctx.t.group, ctx.t.respondents, ctx.t.mean_score],
      ROLES.map(function (role) {
        var g = t.groups[role];
        return [ctx.roleName(role), String(g.size), !g.size ? "–" : (shown.groups[role] ? ctx.scoreText(g.score) : tooFew(ctx))];
      }).concat(t.sameRating && shown.distribution ? [[fill(ctx.t.same_group, { percent: ctx.inst.sameRating }), String(t.sameRating), "–"]] : []))),
    el("div", null, el("h3", { text: ctx.t.distribution }), shown.distribution && counts
      ? simpleTable(ctx.t.distribution, [ctx.t.stage, ctx.t.respondents],
        ctx.inst.stages.map(function (s) { return s[0]; }).concat([INSUFFICIENT]).map(function (stage) {
          return [ctx.stageName(stage), String(counts[stage] || 0)];
        }))
      : el("p", { "class": "dx-too-few", text: tooFew(ctx) }))));
  var roles = (t.basis === "both" ? SIDES : [t.basis]).filter(function (r) { return shown.groups[r]; });
  var gap = shown.gap;
  var limit = ctx.meanText(ctx.inst.gapFlag);
  out.push(el("h3", { text: ctx.t.by_practice }));
  if (!roles.length) {
    out.push(el("p", { "class": "dx-too-few", text: tooFew(ctx) }));
  } else {
    out.push(el("figure", { "class": "dx-figure" }, teamChart(ctx, t, roles), teamBars(ctx, t, roles)),
      el("table", { "class": "dx-table" }, el("caption", { "class": "dx-visually-hidden", text: ctx.t.by_practice }),
        el("thead", null, el("tr", null, el("th", { scope: "col", text: ctx.t.practice }),
          roles.map(function (r) { return el("th", { scope: "col", text: ctx.roleName(r) }); }),
          gap ? el("th", { scope: "col", text: ctx.t.gap }) : null)),
        el("tbody", null, ctx.inst.practices.map(function (pid) {
          var flagged = gap && t.flagged.indexOf(pid) >= 0;
          return el("tr", { "class": flagged ? "dx-flagged" : null },
            el("th", { scope: "row", text: ctx.practices[pid].name }),
            roles.map(function (r) {
              var m = t.groups[r].practiceMeans[pid];
              return el("td", { text: ctx.meanText(m) + " · " + ctx.stageName(stageOfMean(ctx.inst, m)) });
            }),
            gap ? el("td", { text: ctx.meanText(t.gaps[pid]) + (flagged ? " · " + ctx.t.gap_flagged : "") }) : null);
        }))));
  }
  if (t.basis === "both") {
    out.push(el("h3", { text: ctx.t.gaps }));
    if (!gap) {
      out.push(el("p", { "class": "dx-too-few", text: tooFew(ctx) }));
    } else if (t.flagged.length) {
      out.push(el("p", { text: fill(ctx.t.gaps_intro, { limit: limit }) }),
        el("ul", { "class": "dx-gaps" }, t.flagged.map(function (pid) {
          return el("li", null, ctx.practices[pid].name + ": " + ctx.meanText(t.gaps[pid]), " ", lessonLink(ctx, pid));
        })));
    } else {
      out.push(el("p", { text: fill(ctx.t.no_gaps, { limit: limit }) }));
    }
  }
  if (shown.team) {
    var ordered = ctx.inst.practices.map(function (pid) { return { practice: pid, mean: t.practiceMeans[pid], stage: t.practiceStages[pid] }; })
      .sort(function (a, b) { return a.mean.cmp(b.mean); });
    out.push(el("h3", { text: ctx.t.next_steps }), el("p", { text: ctx.t.weakest_first }), recommendations(ctx, ordered, 4));
  }
  out.push(note, reportSource(ctx));
  return out;
}

function reportSource(ctx) { return el("p", { "class": "dx-source", text: ctx.data.source }); }

/* Fills a result section (the team page's or the written report's) and marks its figures on
   it for tests and for anyone reading the page's source. */
function showReport(ctx, box, body, t, counts) {
  var shown = shownOf(ctx.inst, t);
  box.hidden = false;
  box.setAttribute("data-stage", shown.team || t.stage === INSUFFICIENT ? t.stage : "");
  box.setAttribute("data-score", t.score && shown.team ? floorText(t.score, ctx.data.score_places, ".") : "");
  box.setAttribute("data-shown", (shown.team ? ["team"] : []).concat(ROLES.filter(function (r) { return shown.groups[r]; }),
    shown.gap ? ["gap"] : [], shown.distribution ? ["distribution"] : []).join(" "));
  box.setAttribute("data-basis", t.basis);
  box.setAttribute("data-one-sided", t.oneSided ? "true" : "false");
  box.setAttribute("data-flagged", shown.gap ? t.flagged.join(" ") : "");
  clear(body);
  append(body, teamReport(ctx, t, counts));
  var printButton = el("button", { type: "button", "class": "md-button", id: "dx-team-print", text: ctx.t.print });
  printButton.addEventListener("click", function () { window.print(); });
  append(body, el("p", { "class": "dx-actions dx-no-print" }, printButton));
}
