/* What the address gives: the start and the day (`?mulai=09:00&hari=jumat`, or `?start=09:00&day=friday`;
 * either on either language's page), read with the rules of clock.js, and the page's own words filled in.
 * Shared by the guide and a session's slides. A value that cannot be read keeps the page's default, and
 * the words saying so politely are returned with it. */

var CLOCK_START_KEYS = ["mulai", "start"];
var CLOCK_DAY_KEYS = ["hari", "day"];

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

/* The start and the day the address gives, over the page's defaults (data.start, data.day), with the
 * notes for what could not be read; null when the address names neither. */
function givenSchedule(data) {
  var givenStart = queryValue(CLOCK_START_KEYS), givenDay = queryValue(CLOCK_DAY_KEYS);
  if (givenStart === null && givenDay === null) return null;
  var out = {start: data.start, day: data.day, notes: []};
  if (givenStart !== null) {
    var t = parseTime(givenStart);
    if (t === null) out.notes.push(fill(data.labels.bad_start, {value: shown(givenStart), time: clockText(data.start, data.lang)}));
    else out.start = t;
  }
  if (givenDay !== null) {
    var d = parseDay(givenDay);
    if (d === null) out.notes.push(fill(data.labels.bad_day, {value: shown(givenDay), day: data.days[data.day]}));
    else out.day = d;
  }
  return out;
}

/* The start and the day as the address wrote them (`mulai=09.00&hari=jumat`), to carry to another page. */
function clockQuery() {
  var parts = String(window.location.search || "").replace(/^\?/, "").split("&"), out = [];
  var keys = CLOCK_START_KEYS.concat(CLOCK_DAY_KEYS);
  for (var i = 0; i < parts.length; i++) {
    var key = parts[i].split("=")[0].toLowerCase();
    if (keys.indexOf(key) >= 0) out.push(parts[i]);
  }
  return out.join("&");
}
