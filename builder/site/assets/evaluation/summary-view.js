/* The evaluation's summary drawn from the room's figures as evSummarise (core.js) and evaluation.summarise
 * (Python) give them: one renderer for the team page (team.js, from the links pasted and paper forms
 * typed in) and the training report (../diagnostic/report-page.js, from what `course score` computed),
 * so the two show the same text. Nothing of one person: a summary needs min_group responses, and the
 * comments come sorted. Nodes and text through dom.js, never markup. */

/* d: the page's #ev-data (questions, choices, words); s: the summary. */
function evRenderSummary(box, d, s) {
  var t = d.strings;
  clear(box);
  var tooFew = fill(t.too_few, { min: d.set.min_group });
  append(box, el("p", { "class": "ev-count", text: fill(t.responses, { count: s.responses }) }));
  if (s.too_few) { append(box, el("p", { "class": "ev-too-few", text: tooFew })); return; }
  append(box, el("table", { "class": "ev-table", id: "ev-ratings" },
    el("thead", null, el("tr", null, [t.question, t.answered, t.mean, t.distribution].map(function (h) {
      return el("th", { scope: "col", text: h });
    }))),
    el("tbody", null, s.ratings.map(function (r) {
      var cells = r.too_few ? [el("td", { colspan: "2", "class": "ev-too-few", text: tooFew })]
        : [el("td", { text: evTenthsText(r.mean_tenths, d.decimal_mark) }), el("td", { text: r.counts.join(" / ") })];
      return el("tr", { "data-question": r.id }, el("th", { scope: "row", text: d.questions[r.id] }),
                el("td", { text: String(r.answered) }), cells);
    }))));
  append(box, el("h3", { text: t.first_heading }), el("table", { "class": "ev-table", id: "ev-first" },
    el("thead", null, el("tr", null, el("th", { scope: "col", text: t.choice }), el("th", { scope: "col", text: t.count }))),
    el("tbody", null, s.first.map(function (f) {
      return el("tr", { "data-choice": f.choice }, el("th", { scope: "row", text: d.choices[f.choice] }),
                el("td", { text: String(f.count) }));
    }))));
  append(box, el("h3", { text: t.comments_heading }));
  if (!s.comments.length) { append(box, el("p", { text: t.no_comments })); return; }
  append(box, el("p", { "class": "ev-small", text: t.comments_order }),
         el("ul", { "class": "ev-comments", id: "ev-comments" }, s.comments.map(function (c) { return el("li", { text: c }); })));
}

