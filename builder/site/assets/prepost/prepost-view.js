/* The pre/post test's room drawn from its figures as prepost.to_json writes them (ppRoomJson in
 * prepost-core.js): one renderer for the team page (prepost-team.js, from the results pasted) and the
 * training report (diagnostic/report-page.js, from the figures `course score` computed), so the two
 * show the same text. Group figures only: no entry, no name, no one person's answers. Nodes and text
 * through dom.js, never markup. */

/* "n", "-n" or "n/d", as ppExact writes it. */
function ppFracOf(text) {
  var m = /^(-?\d+)(?:\/(\d+))?$/.exec(String(text));
  // The builder or this page wrote these figures: anything else is a bug.
  if (!m) throw new Error("pre/post figures: not a fraction: " + text);
  return ppFrac(Number(m[1]), Number(m[2] || "1"));
}

/* data: the page's #pp-data (the item set, the words, the roles' names); room: ppRoomJson's object. */
function ppRenderRoom(body, data, room) {
  var t = data.strings, mark = data.decimal_mark;
  var tooFew = fill(t.too_few, { min: data.min_group });
  /* A group's mean, or why it is not shown; nothing for a group that did not take that test. `whole`:
     the mean of all participants, hidden when any group that took the test is too small. */
  function side(c, test, whole) {
    var s = c[test];
    if (s.mean_exact !== null) return fill(t[test + "_mean"], { mean: ppMeanText(ppFracOf(s.mean_exact), mark), count: s.count });
    if (whole) return s.count ? fill(t.room_hidden, { label: t[test + "_mean_hidden"], min: data.min_group }) : t[test + "_mean_hidden"] + ": –";
    return s.count ? t[test + "_mean_hidden"] + ": " + tooFew : null;
  }
  function gain(c) {
    return c.gain_exact !== null ? fill(t.gain, { gain: ppGainText(ppFracOf(c.gain_exact), mark) }) : null;
  }
  clear(body);
  append(body, el("ul", { "class": "pp-room", id: "pp-room" },
    el("li", { id: "pp-pre", text: side(room, "pre", true) }),
    el("li", { id: "pp-post", text: side(room, "post", true) }),
    room.gain_exact !== null ? el("li", { id: "pp-gain", text: gain(room) }) : null));
  append(body, el("h3", { text: t.by_role }), el("ul", { id: "pp-roles" }, PP_ROLES.map(function (r) {
    var c = room.roles[r];
    if (!c.pre.count && !c.post.count) return null;
    var parts = [side(c, "pre", false), side(c, "post", false), gain(c)].filter(function (p) { return p !== null; });
    return el("li", { "data-role": r, text: data.roles[r] + ": " + parts.join(" · ") });
  })));
  append(body, el("h3", { text: fill(t.missed_heading, { percent: data.missed_below }) }));
  if (room.missed === null) append(body, el("p", { id: "pp-missed-none", text: tooFew }));
  else if (!room.missed.length) append(body, el("p", { id: "pp-missed-none", text: fill(t.missed_none, { percent: data.missed_below }) }));
  else {
    append(body, el("ul", { id: "pp-missed" }, room.missed.map(function (m) {
      var item = data.items[m.item - 1], href = pageHref(item.lesson_href);
      /* The question's own words, not its ids: the facilitator and the client's HR read this. */
      return el("li", { "data-item": m.item },
        fill(t.question_number, { number: m.item, total: data.items.length }) + ": " + item.prompt + " — " +
          fill(t.missed_item, { percent: m.right_text }) + " — " + t.right_answer + " " + item.answer + (href ? " — " : ""),
        href ? el("a", { href: href, text: fill(t.missed_lesson, { lesson: item.lesson_title }) }) : null);
    })));
  }
  append(body, el("p", { "class": "pp-small", text: t.matched_note }));
}
