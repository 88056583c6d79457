// Course progress: the box and lesson list on the home page, and badges in the navigation.
function progress(keys, ui) {
  var ids = Object.keys(keys), done = ids.filter(function (id) { return status(keys[id]) === 2; }).length;
  function badge(host, s, after) {
    var b = $(".selaras-badge", host);
    if (b) b.parentNode.removeChild(b);
    if (!s) return;
    b = document.createElement("span");
    b.className = "selaras-badge selaras-badge--" + (s === 2 ? "done" : "tried");
    b.textContent = s === 2 ? ui.lesson_done : ui.lesson_tried;
    host.insertBefore(b, after || null);
  }
  $$(".selaras-path li[data-quiz-key]").forEach(function (li) {
    var a = $("a", li);
    badge(li, status(li.getAttribute("data-quiz-key")), a && a.nextSibling);
  });
  $$(".md-nav a.md-nav__link[href]").forEach(function (a) {
    var m = /\/lessons\/([^/]+)\.html$/.exec(a.pathname);
    var id = m && !a.hash && decodeURIComponent(m[1]);
    if (id && keys[id]) badge(a, status(keys[id]));
  });
  resume(ui);
  var box = $(".selaras-progress");
  if (!box) return;
  box.hidden = false;
  $(".selaras-progress__count", box).textContent = fmt(ui.progress_count, {done: done, total: ids.length});
  $(".selaras-progress__bar span", box).style.width = (ids.length ? 100 * done / ids.length : 0) + "%";
}

function initReset(box, update) {
  var ask = $(".selaras-progress__confirm", box), reset = $(".selaras-reset", box);
  function close() { ask.hidden = true; reset.hidden = false; reset.focus(); }
  reset.addEventListener("click", function () { ask.hidden = false; reset.hidden = true; $(".selaras-reset-no", box).focus(); });
  $(".selaras-reset-no", box).addEventListener("click", close);
  $(".selaras-reset-yes", box).addEventListener("click", function () {
    store.keys().forEach(function (k) { if (k.indexOf(PREFIX) === 0) store.del(k); });
    update();
    close();
  });
}

// The home page's main button: without JavaScript or any progress it opens the first lesson; once a
// lesson was opened or passed it opens the lesson to do next (the last one opened, if its check is not
// passed yet; else the first not passed), with how many are done next to it.
function resume(ui) {
  var go = $(".selaras-continue__go"), count = $(".selaras-continue__count");
  if (!go || !count || typeof ui.continue_lesson !== "string") return;
  if (!go.hasAttribute("data-start")) go.setAttribute("data-start", go.textContent);
  var items = $$(".selaras-path li[data-lesson]"), last = store.get(PREFIX + "last");
  var done = items.filter(function (li) { return status(li.getAttribute("data-quiz-key")) === 2; });
  var open = items.filter(function (li) { return status(li.getAttribute("data-quiz-key")) !== 2; });
  var seen = open.filter(function (li) { return li.getAttribute("data-lesson") === last; })[0];
  var next = seen || open[0], link = next && $("a", next);
  var begun = done.length || seen || items.some(function (li) { return status(li.getAttribute("data-quiz-key")); });
  if (!items.length || !begun) {
    go.textContent = go.getAttribute("data-start");
    go.setAttribute("href", items.length ? $("a", items[0]).getAttribute("href") : go.getAttribute("href"));
    count.hidden = true;
    return;
  }
  go.textContent = link ? fmt(ui.continue_lesson, {title: link.textContent}) : ui.course_done;
  go.setAttribute("href", (link || $("a", items[0])).getAttribute("href"));
  count.textContent = fmt(ui.lessons_done, {done: done.length, total: items.length});
  count.hidden = false;
}
