/* The facilitator guide's run sheets laid out for a start time and a day given in the page's address
 * (address.js). The page as built shows the default schedule; this only lays the same rows out again,
 * with the same rules (clock.js), and writes text only; the links to each session's slides carry the
 * same start and day, so the slides show the same times. */

function layOut(data, sheet, session, start, day) {
  var body = sheet.querySelector("tbody");
  if (!body) return;
  var links = [], old = body.querySelectorAll("tr"), i;
  for (i = 0; i < old.length; i++) {
    var link = old[i].querySelector("a[href^='#']");
    if (link) links.push(link);
  }
  if (links.length !== session.blocks.length) return;  // not the table this script knows: leave it
  var planned = plan(start, day, session.blocks, data.midday, data.friday);
  while (body.firstChild) body.removeChild(body.firstChild);
  planned.rows.forEach(function (row) {
    var tr = document.createElement("tr"), when = document.createElement("td");
    var what = document.createElement("td"), length = document.createElement("td");
    var span = clockText(row.start, data.lang) + "\u2013" + clockText(row.end, data.lang);
    when.textContent = span;
    length.textContent = String(row.end - row.start);
    if (row.block === null) {
      var em = document.createElement("em");
      em.textContent = data.titles[row.window];
      what.appendChild(em);
    } else {
      what.appendChild(links[row.block]);
      var anchor = links[row.block].getAttribute("href").slice(1);
      var heading = document.querySelector("[data-clock-block='" + anchor + "']");
      if (heading) heading.textContent = span;
    }
    tr.appendChild(when);
    tr.appendChild(what);
    tr.appendChild(length);
    body.appendChild(tr);
  });
  var starts = document.querySelector("[data-clock-starts='" + session.id + "']");
  if (starts) starts.textContent = fill(data.labels.starts, {day: data.days[day], time: clockText(start, data.lang)});
  var ends = document.querySelector("[data-clock-ends='" + session.id + "'] strong");
  if (ends) ends.textContent = fill(data.labels.ends, {time: clockText(planned.end, data.lang),
                                                      duration: durationText(data, planned.end - start)});
}

function layOutPage(data, start, day) {
  data.sessions.forEach(function (session) {
    var section = document.getElementById(session.id);
    var sheet = section && section.querySelector(".selaras-run-sheet table");
    if (sheet) layOut(data, sheet, session, start, day);
  });
  var query = clockQuery(), links = document.querySelectorAll("[data-clock-query] a[href]");
  for (var i = 0; query && i < links.length; i++) {
    var href = links[i].getAttribute("href"), hash = href.indexOf("#");
    var path = hash < 0 ? href : href.slice(0, hash), rest = hash < 0 ? "" : href.slice(hash);
    links[i].setAttribute("href", path + (path.indexOf("?") < 0 ? "?" : "&") + query + rest);
  }
}
