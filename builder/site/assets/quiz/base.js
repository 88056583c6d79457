/* Small helpers every part of the course script uses. Markup: builder/site/pages/templates/quiz.html.j2
 * and progress.html.j2; this script only shows, hides and reorders what the page holds, and writes
 * interface words as plain text (never markup). Which page ships which parts: pages/assets.py. */

var PREFIX = "selaras:quiz:";
var here = document.currentScript ? document.currentScript.src : "";
var $ = function (sel, el) { return (el || document).querySelector(sel); };
var $$ = function (sel, el) { return Array.prototype.slice.call((el || document).querySelectorAll(sel)); };
var fmt = function (s, v) { return s.replace(/\{(\w+)\}/g, function (m, k) { return k in v ? v[k] : m; }); };
var range = function (n) { for (var a = [], i = 0; i < n; i++) a.push(i); return a; };
var inOrder = function (a) { return a.every(function (v, i) { return v === i; }); };
var isInt = function (v, lo, hi) { return typeof v === "number" && v % 1 === 0 && v >= lo && v <= hi; };
var isObj = function (v) { return !!v && typeof v === "object" && !Array.isArray(v); };
var isPerm = function (a, n) {
  return Array.isArray(a) && a.length === n && a.slice().sort(function (x, y) { return x - y; }).every(function (v, i) { return v === i; });
};
function shuffle(a) {
  for (var i = a.length - 1; i > 0; i--) {
    var j = Math.floor(Math.random() * (i + 1)), t = a[i];
    a[i] = a[j]; a[j] = t;
  }
  return a;
}
