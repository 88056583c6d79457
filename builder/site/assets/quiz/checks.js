/* The knowledge checks of a lesson page. */

function first(el) { return $("input, select, button:not(:disabled)", el); }

function mark(p, ok, text) {
  p.hidden = false;
  p.className = "selaras-mark selaras-mark--" + (ok ? "ok" : "no");
  p.textContent = text;
}

function initQuiz(form, onChange) {
  var data = JSON.parse($("script.selaras-quiz__data", form).textContent), ui = data.ui;
  var result = $(".selaras-quiz__result", form), key = data.key;
  var qs = $$(".selaras-q", form).map(function (el, i) {
    var q = {el: el, d: data.questions[i], t: el.getAttribute("data-type")};
    el.tabIndex = -1;  // a link of the list of questions to look at again moves the focus here
    q.list = $(".selaras-options, .selaras-order, .selaras-match", el);
    q.items = function () { return $$(":scope > li", q.list); };
    q.n = q.items().length;
    q.item = function (i) { return $(':scope > li[data-index="' + i + '"]', q.list); };
    q.choice = !!q.d.correct;
    return q;
  });
  var idx = function (li) { return +li.getAttribute("data-index"); };
  var st;

  function answer(q) {
    if (q.choice) return $$("input", q.list).filter(function (i) { return i.checked; }).map(function (i) { return +i.value; });
    if (q.t === "ordering") return q.items().map(idx);
    return $$("select", q.list).map(function (s) { return s.value === "" ? -1 : +s.value; });
  }
  function answered(q, a) { return q.t === "matching" ? a.indexOf(-1) < 0 : a.length > 0; }
  function right(q, a) {
    return q.choice ? a.length === q.d.correct.length && q.d.correct.every(function (c) { return a.indexOf(c) >= 0; }) : inOrder(a);
  }

  function fresh(old) {
    var s = {a: [], o: [], c: 0, s: 0, p: !!(old && old.p), n: (old && old.n) || 0};
    qs.forEach(function (q) {
      var o = range(q.n);
      if (q.d.shuffle !== false) shuffle(o);
      while (q.t === "ordering" && q.n > 1 && inOrder(o)) shuffle(o);
      s.o.push(o);
      s.a.push(q.t === "ordering" ? o.slice() : q.t === "matching" ? o.map(function () { return -1; }) : []);
    });
    return s;
  }
  function valid(s) {
    return outcome(s) && typeof s.p === "boolean" && isInt(s.n, 0, 1e9) && isInt(s.c, 0, 2) && isInt(s.s, 0, qs.length) &&
      Array.isArray(s.a) && Array.isArray(s.o) && s.a.length === qs.length && s.o.length === qs.length && qs.every(function (q, i) {
        var a = s.a[i];
        return isPerm(s.o[i], q.n) && Array.isArray(a) && (q.t === "ordering" ? isPerm(a, q.n) : q.t === "matching" ?
          a.length === q.n && a.every(function (v) { return isInt(v, -1, q.n - 1); }) :
          a.length <= q.n && a.every(function (v) { return isInt(v, 0, q.n - 1); }));
      });
  }
  function save() { st.a = qs.map(answer); store.set(key, st); }
  // A list box shows only the start of a long answer: the chosen answer is written out in full under it.
  function spell(s) {
    var p = $(".selaras-match__chosen", s.parentNode), o = s.options[s.selectedIndex];
    if (!p) return;
    p.hidden = !s.value;
    $("span", p).textContent = s.value && o ? o.textContent : "";
  }

  // Lay out one attempt: its shuffled order, the saved answers, then its results if it was checked.
  function draw() {
    qs.forEach(function (q, i) {
      var o = st.o[i], a = st.a[i];
      if (q.t === "ordering") a.forEach(function (j) { q.list.appendChild(q.item(j)); });
      else if (q.choice) o.forEach(function (j) { q.list.appendChild(q.item(j)); });
      $$("input", q.list).forEach(function (inp) { inp.checked = a.indexOf(+inp.value) >= 0; });
      $$("select", q.list).forEach(function (s, r) {
        o.forEach(function (j) { s.appendChild($('option[value="' + j + '"]', s)); });
        s.value = a[r] < 0 ? "" : String(a[r]);
        spell(s);
      });
      $$(".selaras-fb, .selaras-answer, .selaras-mark", q.el).forEach(function (el) { el.hidden = true; });
      $$("input, select, button", q.el).forEach(function (el) { el.disabled = !!st.c; });
      q.items().forEach(function (li) { li.className = li.className.replace(/ selaras-(ok|no)/g, ""); });
      if (q.t === "ordering" && !st.c) edges(q);
      if (st.c) results(q, a, st.c === 2);
    });
    $(".selaras-check", form).hidden = !!st.c;
    $(".selaras-retry", form).hidden = !st.c;
    $(".selaras-show", form).hidden = st.c !== 1;
    result.textContent = st.c ? fmt(ui.score, {score: st.s, total: qs.length}) + "\n" +
      (st.s >= data.needed ? ui.passed : fmt(ui.not_passed, {needed: data.needed})) : "";
    // Under the score, a link to each question not answered right (the list is in the page).
    var wrong = 0;
    $$(".selaras-quiz__review li", form).forEach(function (li) {
      var i = +li.getAttribute("data-q");
      li.hidden = !st.c || !qs[i] || right(qs[i], st.a[i]);
      if (!li.hidden) wrong += 1;
    });
    $(".selaras-quiz__review", form).hidden = !wrong;
  }

  function results(q, a, shown) {
    var ok = right(q, a), res = $(".selaras-q__result", q.el);
    var missed = q.t === "multiple" && !ok && q.d.correct.some(function (c) { return a.indexOf(c) < 0; });
    mark($(".selaras-mark", res), ok, ok ? ui.correct : ui.incorrect + (missed ? " — " + ui.missed : ""));
    $$("[data-outcome]", res).forEach(function (fb) { fb.hidden = fb.getAttribute("data-outcome") !== (ok ? "1" : "0"); });
    q.items().forEach(function (li, pos) {
      var i = idx(li), good, label;
      if (q.choice) {
        good = q.d.correct.indexOf(i) >= 0;
        if (!shown && a.indexOf(i) < 0) return;
        label = shown ? (good ? ui.right_answer : ui.wrong_answer) : (good ? ui.correct : ui.incorrect);
        $(".selaras-fb", li).hidden = false;
      } else {
        good = q.t === "ordering" ? i === pos : a[i] === i;
        label = good ? ui.correct : ui.incorrect;
        if (shown && !good && q.t === "matching") $(".selaras-answer", li).hidden = false;
      }
      li.className += good ? " selaras-ok" : " selaras-no";
      mark($(".selaras-mark", li), good, label);
    });
    if (shown && !ok && q.t === "ordering") $(".selaras-q__result .selaras-answer", q.el).hidden = false;
  }

  function edges(q) {
    var items = q.items();
    items.forEach(function (li, i) {
      $(".selaras-up", li).disabled = i === 0;
      $(".selaras-down", li).disabled = i === items.length - 1;
    });
  }
  function move(b) {
    var li = b.closest("li"), up = b.className.indexOf("selaras-up") >= 0;
    var q = qs.filter(function (q) { return q.el.contains(li); })[0];
    var other = up ? li.previousElementSibling : li.nextElementSibling;
    if (!other) return;
    q.list.insertBefore(li, up ? other : other.nextSibling);
    edges(q);
    save();
    (b.disabled ? $(up ? ".selaras-down" : ".selaras-up", li) : b).focus();
    $(".selaras-sr", q.el).textContent = fmt(ui.moved, {item: $(".selaras-order__text", li).textContent,
      position: q.items().indexOf(li) + 1, total: q.n});
  }

  function check() {
    var a = qs.map(answer), open = qs.filter(function (q, i) { return !answered(q, a[i]); })[0];
    if (open) {
      result.textContent = ui.unanswered;
      first(open.el).focus();
      return;
    }
    st.s = qs.filter(function (q, i) { return right(q, a[i]); }).length;
    st.c = 1;
    st.n += 1;
    st.p = st.p || st.s >= data.needed;
    save();
    draw();
    onChange();
    result.focus();
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); check(); });
  form.addEventListener("change", function (e) {
    if (e.target.tagName === "SELECT") spell(e.target);
    if (!st.c) save();
  });
  form.addEventListener("click", function (e) {
    var b = e.target.closest("button");
    if (!b || b.disabled) return;
    if (/selaras-(up|down)/.test(b.className)) move(b);
    else if (b.className.indexOf("selaras-retry") >= 0) {
      st = fresh(st);
      draw();
      store.set(key, st);
      first(qs[0].el).focus();
    } else if (b.className.indexOf("selaras-show") >= 0) {
      st.c = 2;
      store.set(key, st);
      draw();
      qs[0].el.tabIndex = -1;
      qs[0].el.focus();
    }
  });

  // Answers saved for an older version of this check can never fit it: drop them.
  var stem = key.slice(0, key.lastIndexOf(":") + 1);
  store.keys().forEach(function (k) { if (k.indexOf(stem) === 0 && k !== key) store.del(k); });
  st = store.get(key);
  if (!valid(st)) {
    var old = outcome(st);
    st = fresh(old);
    // In an LMS a passed check may come back without its answers (they did not fit what the LMS
    // keeps): the learner is told the result is safe, and since when.
    if (old && old.p && typeof old.d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(old.d)) {
      var kept = $(".selaras-kept", form), when = new Date(old.d + "T12:00:00Z");
      kept.textContent = fmt(ui.kept_passed, {date: isNaN(when) ? old.d :
        when.toLocaleDateString(document.documentElement.lang === "en" ? "en-GB" : document.documentElement.lang || undefined,
                                {day: "numeric", month: "long", year: "numeric", timeZone: "UTC"})});
      kept.hidden = false;
    }
  }
  $$(".selaras-order__moves, .selaras-quiz__actions", form).forEach(function (el) { el.hidden = false; });
  draw();
}

// Opened from disk, Firefox gives every file its own storage, so no page sees another's progress. A sibling
// page reports what it can read (a feature test, not a guess from the browser's name); if it cannot see
// what this page wrote, the learner is told once, on this page.
function probeFiles() {
  var note = $(".selaras-perpage"), token = String(Math.random()), key = PREFIX + "probe", f;
  if (location.protocol !== "file:" || !store.ok || !note || !here) return;
  try { ls.setItem(key, token); } catch (e) { return; }
  f = document.createElement("iframe");
  window.addEventListener("message", function seen(e) {
    if (e.source !== f.contentWindow || !e.data || !("selarasProbe" in e.data)) return;
    window.removeEventListener("message", seen);
    f.parentNode.removeChild(f);
    try { ls.removeItem(key); } catch (err) { /* nothing to tidy */ }
    note.hidden = e.data.selarasProbe === token;
  });
  f.hidden = true;
  f.setAttribute("aria-hidden", "true");
  f.tabIndex = -1;
  f.src = here.replace(/course\/[^\/?]*(\?.*)?$/, "storage-probe.html");  // assets/course/quiz.js → assets/
  document.body.appendChild(f);
}
