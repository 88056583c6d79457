/* The run sheets on the clock: the pure core, line for line the same rules as
 * builder/site/pages/clock.py (read the rules there). Both are held to tests/data/clock_vectors.json. */

/* The day names the address takes, not the words the page writes (those come from the page's data). */
var CLOCK_DAY_NAMES = {
  id: ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"],
  en: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
};
var CLOCK_FRIDAY = 4;
var CLOCK_DAY = 24 * 60;
var CLOCK_MAX_INPUT = 40;

function parseTime(text) {
  var value = String(text).trim();
  if (value.length > CLOCK_MAX_INPUT) return null;
  var found = /^([0-9]{1,2})(?:[:.]([0-9]{2}))?$/.exec(value) || /^([0-9]{2})([0-9]{2})$/.exec(value);
  if (!found) return null;
  var hours = parseInt(found[1], 10), minutes = found[2] ? parseInt(found[2], 10) : 0;
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

function parseDay(text) {
  var value = String(text).trim().toLowerCase().replace(/['\u2019]/g, "");
  if (value.length > CLOCK_MAX_INPUT) return null;
  if (value === "ahad") return 6;
  var langs = ["id", "en"];
  for (var l = 0; l < langs.length; l++) {
    var at = CLOCK_DAY_NAMES[langs[l]].indexOf(value);
    if (at >= 0) return at;
  }
  return null;
}

function clockText(minutes, lang) {
  var m = ((minutes % CLOCK_DAY) + CLOCK_DAY) % CLOCK_DAY;
  var h = Math.floor(m / 60), r = m % 60;
  return (h < 10 ? "0" : "") + h + (lang === "id" ? "." : ":") + (r < 10 ? "0" : "") + r;
}

function plan(start, day, blocks, midday, friday) {
  var name = day === CLOCK_FRIDAY ? "friday" : "midday";
  var win = day === CLOCK_FRIDAY ? friday : midday;
  var bounds = [start], i;
  for (i = 0; i < blocks.length; i++) bounds.push(bounds[i] + blocks[i]);
  var before = null;
  if (start <= win[0] && win[0] < bounds[bounds.length - 1]) {
    for (i = 0; i < blocks.length; i++) if (bounds[i] <= win[0]) before = i;
  }
  var rows = [], now = start;
  for (i = 0; i < blocks.length; i++) {
    if (i === before) {
      rows.push({block: null, window: name, start: now, end: now + (win[1] - win[0])});
      now += win[1] - win[0];
    }
    rows.push({block: i, window: null, start: now, end: now + blocks[i]});
    now += blocks[i];
  }
  return {rows: rows, end: now};
}
