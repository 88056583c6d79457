/* Start-up, last in both scripts: every page shows the course's progress; a lesson also runs its check
 * (checks.js defines initQuiz only in the lesson's script). */

var CHECKS = typeof initQuiz === "function";  // only a lesson's script has the checks

function init() {
  if (!store.ok) noStore();
  if (CHECKS) probeFiles();
  // Pages without a check or the progress box use the lesson list cached by the last page that had one.
  var own = $("script.selaras-progress__data") || $("script.selaras-quiz__data");
  var navKey = "selaras:nav:" + document.documentElement.lang, nav = navEntry(store.get(navKey));
  if (own) {
    own = JSON.parse(own.textContent);
    nav = {keys: own.keys, ui: own.ui};
    store.set(navKey, nav);
    // The lesson opened last, for the home page's button (progress.js, resume).
    if (CHECKS && typeof own.lesson === "string") store.set(PREFIX + "last", own.lesson);
  }
  var update = function () { if (nav && nav.keys) progress(nav.keys, nav.ui); };
  if (CHECKS) $$("form.selaras-quiz").forEach(function (form) {
    try { initQuiz(form, update); } catch (e) { /* a broken check must never break the page */ }
  });
  var box = $(".selaras-progress");
  if (box) initReset(box, update);
  update();
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
