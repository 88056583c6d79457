/* Where the pages keep what they save (the diagnostic page its answers, the team page its entries).
 * Inside the SCORM package the launch page around this frame keeps them in the LMS
 * (builder/publish/assets/scorm.js), with the same calls as localStorage; elsewhere, localStorage. */

function store() {
  try { if (window.parent !== window && window.parent.SelarasLMS) return window.parent.SelarasLMS.storage; } catch (e) { /* another site's frame */ }
  return window.localStorage;
}
