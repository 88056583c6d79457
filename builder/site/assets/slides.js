// The projection view's start: reveal.js (assets/reveal/, vendored from npm) with its speaker-notes
// plugin, on a 1280 x 720 slide. Keys: arrows, space, PageUp/PageDown (what clickers send), S for the
// presenter view, F for full screen, Esc for the overview; touch swipes. No transitions: a projector in
// a bright room, and people who asked their system for less motion, get the next slide at once.
// It starts once the page is read, after a facilitator session's clock script (loaded before this file,
// it lays the slides out for the start and the day in the address first: assets/facilitator/).
(function () {
  "use strict";
  function start() {
    Reveal.initialize({
      width: 1280,
      height: 720,
      margin: 0,
      minScale: 0.1,
      maxScale: 3,
      center: false,
      hash: true,
      controls: true,
      progress: true,
      slideNumber: "c/t",
      transition: "none",
      backgroundTransition: "none",
      navigationMode: "linear",
      plugins: [RevealNotes]
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
