/* A facilitator session's slides (slides/_<session>.html) laid out for a start and a day given in the
 * address (address.js), with the guide's own rules (clock.js): the start on the title slide, the run
 * sheet's slides (split as the builder splits them: data.sheet.rows to a slide), each block's clock text,
 * the break the plan places (a copy of the page's own slide for it, from its <template>), and the start
 * and the end in the notes. It writes text, and moves or copies only the slides the builder marked
 * (data-clock: slides.Clock in builder/site/pages/slides.py); reveal.js then counts the slides again.
 * The page runs this before reveal.js starts (assets/slides.js waits for it), so Reveal.sync() is only
 * needed when it did not. */

function clockTexts(root, kind, text) {
  var found = root.querySelectorAll("[data-clock-text='" + kind + "']");
  for (var i = 0; i < found.length; i++) found[i].textContent = text;
}

function clockSlides(deck, kind, key) {
  var out = [], slides = deck.children;
  for (var i = 0; i < slides.length; i++) {
    var slide = slides[i];
    if (slide.tagName === "SECTION" && slide.getAttribute("data-clock") === kind &&
        (key === undefined || slide.getAttribute("data-clock-key") === key)) out.push(slide);
  }
  return out;
}

function layOutSheet(data, deck, sheets, rows) {
  var first = sheets[0], after = sheets[sheets.length - 1].nextSibling;
  var row = first.querySelector("tbody tr"), per = data.sheet.rows;
  if (!row || !(per > 0)) return;
  sheets.forEach(function (slide) { deck.removeChild(slide); });
  for (var at = 0; at < rows.length; at += per) {
    var slide = first.cloneNode(true), body = slide.querySelector("tbody");
    slide.querySelector("h2").textContent = data.sheet.titles[at ? 1 : 0];
    while (body.firstChild) body.removeChild(body.firstChild);
    rows.slice(at, at + per).forEach(function (cells) {
      var tr = row.cloneNode(true);
      for (var c = 0; c < tr.cells.length && c < cells.length; c++) tr.cells[c].textContent = cells[c];
      body.appendChild(tr);
    });
    deck.insertBefore(slide, after);
  }
}

function layOutPage(data, start, day) {
  var deck = document.querySelector(".reveal .slides"), session = data.sessions[0];
  if (!deck || !session) return;
  var firsts = session.blocks.map(function (minutes, i) { return clockSlides(deck, "block", String(i))[0]; });
  var sheets = clockSlides(deck, "sheet");
  if (firsts.indexOf(undefined) >= 0 || !sheets.length) return;  // not the slides this script knows: leave them
  var planned = plan(start, day, session.blocks, data.midday, data.friday);
  var span = function (row) { return clockText(row.start, data.lang) + "\u2013" + clockText(row.end, data.lang); };
  layOutSheet(data, deck, sheets, planned.rows.map(function (row) {
    return [span(row), row.block === null ? data.titles[row.window] : data.names[row.block], String(row.end - row.start)];
  }));
  clockSlides(deck, "window").forEach(function (slide) { deck.removeChild(slide); });
  planned.rows.forEach(function (row, n) {
    if (row.block !== null) {
      clockTexts(firsts[row.block], "span", span(row));
      return;
    }
    var template = document.querySelector("template[data-clock-window='" + row.window + "']");
    var slide = template && template.content.querySelector("section");
    if (!slide) return;
    slide = document.importNode(slide, true);
    clockTexts(slide, "span", span(row));
    deck.insertBefore(slide, firsts[planned.rows[n + 1].block]);
  });
  clockTexts(deck, "starts", fill(data.labels.starts, {day: data.days[day], time: clockText(start, data.lang)}));
  clockTexts(deck, "ends", fill(data.labels.ends, {time: clockText(planned.end, data.lang),
                                                   duration: durationText(data, planned.end - start)}));
  if (window.Reveal && Reveal.isReady()) Reveal.sync();
}
