/* The evaluation page: the form, kept in this browser as it is filled in, and the result link
 * (#e=<code>) the participant sends to the facilitator privately. A link opened here shows its
 * answers read-only and never touches this browser's own. */

var EV_STORE_KEY = "selaras.evaluation.v1";

function evaluationPage(data) {
  var qs = data.set, t = data.strings;
  var form = document.getElementById("ev-form");
  var fields = document.getElementById("ev-fields");
  var linkBox = document.getElementById("ev-link");
  var note = document.getElementById("ev-copy-note");
  var share = document.getElementById("ev-share");
  var copy = document.getElementById("ev-copy");
  var send = document.getElementById("ev-send");
  var nonce = null, canStore = keeps(EV_STORE_KEY), sharedView = false;

  function load() {
    try {
      var raw = JSON.parse(store().getItem(EV_STORE_KEY) || "null");
      if (!raw || typeof raw !== "object" || raw.set !== qs.fingerprint) return null;
      if (typeof raw.nonce !== "string" || !EV_NONCE.test(raw.nonce)) return null;
      // Stored answers are untrusted: read back through a code, as any link is.
      var reading = evReadCode(qs, typeof raw.code === "string" ? raw.code : "");
      return reading.status === EV_OK ? { nonce: raw.nonce, response: reading.response } : null;
    } catch (e) { return null; }
  }

  function save(code) {
    if (!canStore) return;
    try { store().setItem(EV_STORE_KEY, JSON.stringify({ set: qs.fingerprint, nonce: nonce, code: code })); }
    catch (e) { canStore = false; showStorage(); }
  }

  function showStorage() {
    document.getElementById("ev-saved").hidden = !canStore;
    document.getElementById("ev-storage").hidden = canStore;
  }

  function link(code) { return location.href.split("#")[0] + "#e=" + code; }

  function update() {
    var response = evReadForm(form, qs);
    var code = evEncode(qs, nonce, response);
    save(code);
    var any = evAnswered(response);
    linkBox.value = any ? link(code) : "";
    copy.disabled = !any;
    share.disabled = !any;
  }

  function copyLink() {
    var failed = function () { linkBox.focus(); linkBox.select(); note.textContent = t.copy_failed; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(linkBox.value).then(function () { note.textContent = t.copied; }, failed);
    } else failed();
  }

  function route() {
    document.getElementById("ev-bad-link").hidden = true;
    document.getElementById("ev-old-link").hidden = true;
    var hash = location.hash;
    if (hash.slice(0, 3) === "#e=") {
      var reading = evReadCode(qs, hash);
      if (reading.status === EV_OK) {
        sharedView = true;
        evFillForm(form, qs, reading.response);
        fields.disabled = true;
        send.hidden = true;
        document.getElementById("ev-new").hidden = true;
        document.getElementById("ev-shared").hidden = false;
        return;
      }
      document.getElementById(reading.status === EV_OTHER_SET ? "ev-old-link" : "ev-bad-link").hidden = false;
    }
    if (sharedView) { location.reload(); return; }   // from someone's answers back to one's own
    var saved = load();
    nonce = saved ? saved.nonce : evNonce();
    if (saved) evFillForm(form, qs, saved.response);
    update();
  }

  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  copy.addEventListener("click", copyLink);
  if (typeof navigator.share === "function") {
    share.hidden = false;
    share.addEventListener("click", function () {
      var shared;
      try { shared = navigator.share({ title: document.title, text: t.share_text, url: linkBox.value }); }
      catch (e) { copyLink(); return; }
      Promise.resolve(shared).then(function () { note.textContent = t.shared_done; }, function (err) {
        if (!err || err.name !== "AbortError") copyLink();
      });
    });
  }
  document.getElementById("ev-new").addEventListener("click", function () {
    if (!window.confirm(t.new_confirm)) return;
    evFillForm(form, qs, { ratings: [], choice: null, comment: "" });
    nonce = evNonce();
    note.textContent = "";
    update();
    var first = form.querySelector("input");
    if (first) first.focus();
  });
  window.addEventListener("hashchange", route);
  showStorage();
  route();
}
