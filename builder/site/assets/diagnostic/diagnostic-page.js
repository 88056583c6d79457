/* The diagnostic page: the form, saved answers, the result, and share links (#r=<code>). */

function diagnosticPage(ctx) {
  var form = document.getElementById("dx-form");
  var resultBox = document.getElementById("dx-result");
  var body = document.getElementById("dx-result-body");
  var progress = document.getElementById("dx-progress");
  var bar = document.getElementById("dx-progress-bar");
  var status = document.getElementById("dx-status");
  var storageNote = document.getElementById("dx-storage");
  var shared = document.getElementById("dx-shared");
  var badLink = document.getElementById("dx-bad-link");
  var oldLink = document.getElementById("dx-old-link");
  var oldAnswers = document.getElementById("dx-old-answers");
  var ids = statementIds(ctx.inst);
  var canStore = storageAvailable();
  var lastAnnounced = null;
  var sharedRole = null;

  function responses() {
    var out = {};
    ids.forEach(function (sid) {
      var checked = form.querySelector('input[name="' + sid + '"]:checked');
      if (checked) out[sid] = checked.value;
    });
    return out;
  }

  function chosenRole() {
    var checked = form.querySelector('input[name="dx-role"]:checked');
    return checked && ROLES.indexOf(checked.value) >= 0 ? checked.value : null;
  }

  function answersOf(resp) {
    var out = {};
    ids.forEach(function (sid) { out[sid] = /^[1-5]$/.test(resp[sid] || "") ? Number(resp[sid]) : null; });
    return out;
  }

  function showProgress(resp) {
    var done = Object.keys(resp).length;
    progress.textContent = fill(ctx.t.progress, { done: done, total: ids.length });
    bar.value = done;
  }

  /* done: how many statements this browser's learner has answered (Don't know included); null
     for a shared link, whose code does not tell an unanswered statement from Don't know. */
  function render(answers, sharedView, done) {
    var result = score(ctx.inst, answers);
    resultBox.setAttribute("data-stage", result.stage);
    resultBox.setAttribute("data-score", result.score ? floorText(result.score, ctx.data.score_places, ".") : "");
    clear(body);
    if (!result.score) {
      append(body, pendingBlock(ctx, result, sharedView ? null : done, ids.length));
      if (!sharedView) {
        append(body, el("ul", { "class": "dx-missing" }, result.missing.map(function (pid) {
          return el("li", null, el("a", { href: "#dx-p-" + pid, text: ctx.practices[pid].name }));
        })));
      }
    } else {
      append(body, stageBlock(ctx, result.stage, result.score, result.near), sameRatingNote(ctx, result));
      if (result.dontKnow) append(body, el("p", { "class": "dx-dk-count", text: fill(ctx.t.dont_know_count, { count: result.dontKnow }) }));
      append(body, el("h3", { text: ctx.t.profile }), el("figure", { "class": "dx-figure" }, profileChart(ctx, result), profileBars(ctx, result)),
             profileTable(ctx, result),
             el("h3", { text: ctx.t.next_steps }), el("p", { text: ctx.t.weakest_first }),
             recommendations(ctx, weakestFirst(result), 4));
      append(body, shareBlock(ctx, encode(ctx.inst, answers, sharedView ? sharedRole : chosenRole())));
    }
    append(body, el("div", { "class": "dx-actions dx-no-print" },
      result.score ? el("button", { type: "button", "class": "md-button", id: "dx-print", text: ctx.t.print }) : null,
      el("a", { href: pageHref(ctx.data.team_href), "class": "md-button", text: ctx.t.team_link })));
    var printButton = document.getElementById("dx-print");
    if (printButton) printButton.addEventListener("click", function () { window.print(); });
    var summary = result.score ? fill(ctx.t.stage_line, { stage: ctx.stageName(result.stage) + " · " + fill(ctx.t.score, { score: ctx.scoreText(result.score) }) })
      : ctx.t.pending_title;
    if (summary !== lastAnnounced) {
      status.textContent = summary;
      lastAnnounced = summary;
    }
    return result;
  }

  /* The phone's share sheet where the browser has one; copying the link is always there as well,
     and is the fallback when sharing fails. Said first: the link goes to the facilitator only. */
  function shareBlock(ctx, code) {
    var link = location.href.split("#")[0] + "#r=" + code;
    var note = el("p", { "class": "dx-copy-note", role: "status" });
    var input = el("input", { type: "text", id: "dx-share-link", readonly: true, value: link, "class": "dx-share-input",
                             "aria-describedby": "dx-share-private" });
    var copy = el("button", { type: "button", "class": "md-button", id: "dx-copy", text: ctx.t.copy_link });
    function copyLink() {
      var done = function () { note.textContent = ctx.t.copied; };
      var failed = function () { input.focus(); input.select(); note.textContent = ctx.t.copy_failed; };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(link).then(done, failed);
      else failed();
    }
    copy.addEventListener("click", copyLink);
    var share = null;
    if (typeof navigator.share === "function") {
      share = el("button", { type: "button", "class": "md-button md-button--primary", id: "dx-share-button", text: ctx.t.share_button });
      share.addEventListener("click", function () {
        var shared;
        try { shared = navigator.share({ title: document.title, text: ctx.t.share_text, url: link }); }
        catch (e) { copyLink(); return; }
        Promise.resolve(shared).then(function () { note.textContent = ctx.t.shared_done; }, function (err) {
          if (!err || err.name !== "AbortError") copyLink();   // closing the sheet is not a failure
        });
      });
    }
    return el("div", { "class": "dx-share dx-no-print" },
      el("label", { "for": "dx-share-link", text: ctx.t.share }),
      el("p", { "class": "dx-share-private", id: "dx-share-private", text: ctx.privacy.share_private }), input, share, copy, note,
      el("p", { "class": "dx-code" }, ctx.t.code + ": ", el("code", { id: "dx-code", text: code })));
  }

  function restore() {
    if (savedForOtherSet(ctx.inst)) {
      oldAnswers.hidden = false;
      if (canStore) saveAnswers(ctx.inst, {});
    }
    var resp = loadAnswers(ctx.inst), role = loadRole();
    if (role) form.querySelector('input[name="dx-role"][value="' + role + '"]').checked = true;
    Object.keys(resp).forEach(function (sid) {
      var input = form.querySelector('input[name="' + sid + '"][value="' + resp[sid] + '"]');
      if (input) input.checked = true;
    });
    return resp;
  }

  function ownView() {
    shared.hidden = true;
    form.hidden = false;
    var resp = restore();
    showProgress(resp);
    render(answersOf(resp), false, Object.keys(resp).length);
  }

  function route() {
    badLink.hidden = true;
    oldLink.hidden = true;
    var hash = location.hash;
    if (hash.slice(0, 3) !== "#r=") { ownView(); return; }
    var reading = readCode(ctx.inst, hash), answers = reading.answers;
    if (!answers) {
      ownView();
      (reading.status === OTHER_SET ? oldLink : badLink).hidden = false;
      return;
    }
    // A shared result never touches this browser's own saved answers.
    sharedRole = reading.role;
    form.hidden = true;
    shared.hidden = false;
    render(answers, true);
  }

  form.addEventListener("change", function () {
    var resp = responses();
    showProgress(resp);
    if (canStore && !saveAnswers(ctx.inst, resp, chosenRole())) canStore = false;
    storageNote.hidden = canStore;
    render(answersOf(resp), false, Object.keys(resp).length);
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  document.getElementById("dx-reset").addEventListener("click", function () {
    if (!window.confirm(ctx.t.reset_confirm)) return;
    form.reset();
    if (canStore) saveAnswers(ctx.inst, {}, null);
    showProgress({});
    render(answersOf({}), false, 0);
  });
  window.addEventListener("hashchange", route);
  storageNote.hidden = canStore;
  document.getElementById("dx-saved").hidden = !canStore;
  route();
}

var PAGE = { kind: "diagnostic", run: diagnosticPage };
