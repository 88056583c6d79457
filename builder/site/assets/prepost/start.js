/* Start-up of the pre/post test page, last in its script: runs prepost-page.js once the page is there
 * (the theme loads the script after the first paint, so the document may still be loading or not). */

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", prepostPage);
else prepostPage();
