/* Where the pages keep what they save (the diagnostic page its answers, the team page its entries).
 * Inside the SCORM package the launch page around this frame keeps them in the LMS
 * (builder/publish/assets/scorm.js), with the same calls as localStorage; elsewhere, localStorage. */

function store() {
  try { if (window.parent !== window && window.parent.SelarasLMS) return window.parent.SelarasLMS.storage; } catch (e) { /* another site's frame */ }
  return window.localStorage;
}

/* Whether what is saved under `key` is still there at the next visit: the LMS's storage says so
 * itself; localStorage is tried (it may be blocked, or full). */
function keeps(key) {
  var s;
  try { s = store(); } catch (e) { return false; }
  if (s && typeof s.keeps === "function") return !!s.keeps(key);
  try {
    s.setItem(key + ".probe", "1");
    s.removeItem(key + ".probe");
    return true;
  } catch (e) { return false; }
}
