/* Start-up, last in every page's script: the page's controller file (diagnostic-page.js,
 * team-page.js or report-page.js) has named itself in PAGE just before. */

var api = { Frac: Frac, instrument: instrument, score: score, team: team, weakestFirst: weakestFirst,
            encode: encode, decode: decode, readCode: readCode, floorText: floorText, parseDecimal: parseDecimal,
            shownOf: shownOf };
Object.keys(PAGE.api || {}).forEach(function (name) { api[name] = PAGE.api[name]; });
window.SelarasDiagnostic = api;

function start() {
  // Only the page's own data element: a script of type JSON, never another element given that id.
  var dataNode = document.querySelector('script[type="application/json"]#dx-data');
  var root = document.getElementById("dx-root");
  // A page runs only its own controller: a script on the wrong page does nothing rather than half.
  if (!dataNode || !root || root.getAttribute("data-page") !== PAGE.kind) return;
  var ctx = new Context(JSON.parse(dataNode.textContent));
  api.data = ctx.data;
  api.inst = ctx.inst;
  root.classList.add("dx-ready");
  PAGE.run(ctx);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
