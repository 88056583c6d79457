/* `course serve` only (builder/site/serve.py puts it in each page it serves; a built site never has it):
 * when the last save could not be built, a box over the page shows the same messages as the terminal.
 * The page under it is the last one that built. The next good save reloads the page, and the box is gone. */
(function () {
  "use strict";
  function show(report) {
    if (!report || !report.lines || !report.lines.length) return;
    var box = document.createElement("section");
    box.id = "selaras-preview-problems";
    box.setAttribute("role", "alert");
    box.setAttribute("aria-labelledby", "selaras-preview-problems-title");
    box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:70vh;overflow:auto;z-index:10000;" +
      "background:#fff8e1;color:#1a1a1a;border-top:4px solid #b3261e;padding:1rem 1.25rem;" +
      "font:0.85rem/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.25)";
    var title = document.createElement("h2");
    title.id = "selaras-preview-problems-title";
    title.style.cssText = "margin:0 0 .25rem;font-size:1rem;color:#8c1d18";
    title.textContent = report.title;
    var hint = document.createElement("p");
    hint.style.cssText = "margin:0 0 .5rem";
    hint.textContent = report.hint;
    var list = document.createElement("pre");
    list.style.cssText = "margin:0;white-space:pre-wrap;word-break:break-word;font:inherit;font-family:ui-monospace,monospace";
    list.textContent = report.lines.join("\n");
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = report.close;
    close.style.cssText = "margin-top:.75rem;padding:.35rem .9rem;font:inherit;color:#fff;background:#8c1d18;border:0;border-radius:3px;cursor:pointer";
    close.addEventListener("click", function () { box.remove(); });
    box.appendChild(title);
    box.appendChild(hint);
    box.appendChild(list);
    box.appendChild(close);
    document.body.appendChild(box);
  }
  var req = new XMLHttpRequest();
  req.onload = function () {
    if (req.status !== 200) return;
    try { show(JSON.parse(req.responseText)); } catch (e) { /* nothing to show */ }
  };
  req.open("GET", "/.selaras-preview/problems");
  req.send();
})();
