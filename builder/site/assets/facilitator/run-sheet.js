/* The facilitator guide's run sheets laid out for a start time and a day given in the page's address
 * (`?mulai=09:00&hari=jumat`, or `?start=09:00&day=friday`; either on either language's page).
 * The page as built shows the default schedule; this only lays the same rows out again, with the
 * same rules (clock.js), and writes text only. A value it cannot read keeps the default, and the
 * page says so politely in its status line. */

function queryValue(names) {
  var parts = String(window.location.search || "").replace(/^\?/, "").split("&");
  for (var i = 0; i < parts.length; i++) {
    var eq = parts[i].indexOf("=");
    var key = eq < 0 ? parts[i] : parts[i].slice(0, eq);
    if (names.indexOf(key.toLowerCase()) < 0) continue;
    try {
      return decodeURIComponent(parts[i].slice(eq + 1).replace(/\+/g, " "));
    } catch (e) {
      return parts[i].slice(eq + 1);
    }
  }
  return null;
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, function (all, name) {
    return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : all;
  });
}

function shown(value) {
  var text = String(value).replace(/[\u0000-\u001f\u007f]/g, " ");
  return text.length > 20 ? text.slice(0, 20) + "\u2026" : text;
}

function durationText(data, minutes) {
  var h = Math.floor(minutes / 60), m = minutes % 60;
  return m ? fill(data.labels.hours_minutes, {hours: h, minutes: m}) : fill(data.labels.hours, {hours: h});
}

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
