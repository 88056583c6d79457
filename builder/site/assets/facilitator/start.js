/* Start-up, last in the guide's script: read the start and the day the address gives (if any), lay the
 * run sheets out again for them (run-sheet.js), and say politely which value could not be read. */

function initRunSheets() {
  var node = document.querySelector('script[type="application/json"]#selaras-clock-data');
  if (!node) return;
  var data = JSON.parse(node.textContent);
  var givenStart = queryValue(["mulai", "start"]), givenDay = queryValue(["hari", "day"]);
  if (givenStart === null && givenDay === null) return;
  var start = data.start, day = data.day, notes = [];
  if (givenStart !== null) {
    var t = parseTime(givenStart);
    if (t === null) notes.push(fill(data.labels.bad_start, {value: shown(givenStart), time: clockText(data.start, data.lang)}));
    else start = t;
  }
  if (givenDay !== null) {
    var d = parseDay(givenDay);
    if (d === null) notes.push(fill(data.labels.bad_day, {value: shown(givenDay), day: data.days[data.day]}));
    else day = d;
  }
  data.sessions.forEach(function (session) {
    var section = document.getElementById(session.id);
    var sheet = section && section.querySelector(".selaras-run-sheet table");
    if (sheet) layOut(data, sheet, session, start, day);
  });
  var status = document.querySelector(".selaras-clock-status");
  if (status && notes.length) {
    status.textContent = notes.join(" ");
    status.hidden = false;
  }
  document.documentElement.setAttribute("data-selaras-clock", start + "@" + day);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", initRunSheets);
else initRunSheets();
