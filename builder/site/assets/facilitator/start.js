/* Start-up, last in the script of the guide and of a session's slides: read the start and the day the
 * address gives (if any: address.js), lay the page out again for them (layOutPage: run-sheet.js on the
 * guide, session-slides.js on the slides), and say politely which value could not be read. */

function initClock() {
  var node = document.querySelector('script[type="application/json"]#selaras-clock-data');
  if (!node) return;
  var data = JSON.parse(node.textContent);
  var given = givenSchedule(data);
  if (given === null) return;
  layOutPage(data, given.start, given.day);
  var status = document.querySelector(".selaras-clock-status");
  if (status && given.notes.length) {
    status.textContent = given.notes.join(" ");
    status.hidden = false;
  }
  document.documentElement.setAttribute("data-selaras-clock", given.start + "@" + given.day);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", initClock);
else initClock();
