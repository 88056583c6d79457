/* Start-up, last in the evaluation page's script: runs the page when its data and root are there. */

function evaluationStart() {
  var dataNode = document.querySelector('script[type="application/json"]#ev-data');
  var root = document.getElementById("ev-root");
  if (!dataNode || !root || root.getAttribute("data-page") !== "evaluation") return;
  var data = JSON.parse(dataNode.textContent);
  root.classList.add("ev-ready");
  window.SelarasEvaluation = { encode: evEncode, readCode: evReadCode, summarise: evSummarise, data: data };
  evaluationPage(data);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", evaluationStart);
else evaluationStart();
