/* Result blocks shared by the diagnostic page and the team report. */

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

/* What a learner sees while too few statements are answered to place a stage: that there is no
   result yet, how many statements are left (when the answers are this browser's own: `done` is
   null for a shared link), and what the stage still needs. */
function pendingBlock(ctx, result, done, total) {
  var names = result.missing.map(function (pid) { return ctx.practices[pid].name; }).join(", ");
  var out = [el("p", { "class": "dx-stage-line dx-pending" }, el("strong", { text: ctx.t.pending_title }))];
  if (done !== null && done >= total) {
    out.push(el("p", { "class": "dx-insufficient", text: fill(ctx.t.pending_done, { practices: names }) }));
    return out;
  }
  if (done !== null) {
    out.push(el("p", { "class": "dx-pending-left", text: fill(ctx.t.pending_left, { done: done, total: total, left: total - done }) }));
  }
  out.push(el("p", { "class": "dx-insufficient", text: fill(ctx.t.insufficient, { needed: ctx.inst.minAnswered, practices: names }) }));
  return out;
}

/* The same-rating rule (scoring.js sameRatingOf): said under a result whose answers are nearly all alike. */
function sameRatingNote(ctx, result) {
  if (!result.sameRating) return null;
  return el("p", { "class": "dx-same dx-warning", text: fill(ctx.t.same_rating, {
    count: result.sameRating.count, answered: result.answered, rating: ctx.data.labels[result.sameRating.rating - 1] }) });
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

/* A table with a hidden caption, a header row and one header cell per row. */
function simpleTable(caption, head, rows) {
  return el("table", { "class": "dx-table" }, el("caption", { "class": "dx-visually-hidden", text: caption }),
    el("thead", null, el("tr", null, head.map(function (h) { return el("th", { scope: "col", text: h }); }))),
    el("tbody", null, rows.map(function (cells) {
      return el("tr", null, el("th", { scope: "row", text: cells[0] }),
        cells.slice(1).map(function (c) { return el("td", { text: c }); }));
    })));
}
