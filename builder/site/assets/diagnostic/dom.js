/* DOM helpers: nodes and text only, never markup from strings. Untrusted input (the URL fragment,
 * pasted links, stored answers) reaches the page only through these, as text. */

var SVG = "http://www.w3.org/2000/svg";

function el(tag, attrs) {
  var node = document.createElement(tag);
  setAttrs(node, attrs);
  for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
  return node;
}
function svg(tag, attrs) {
  var node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
  return node;
}
function setAttrs(node, attrs) {
  Object.keys(attrs || {}).forEach(function (k) {
    if (attrs[k] === null || attrs[k] === undefined || attrs[k] === false) return;
    if (k === "text") node.textContent = attrs[k];
    else node.setAttribute(k, attrs[k] === true ? "" : String(attrs[k]));
  });
}
function append(node) {
  for (var i = 1; i < arguments.length; i++) {
    var child = arguments[i];
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) child.forEach(function (c) { append(node, c); });
    else node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

/* A link to a page of the course, from the page's data: a relative .html path (the written report's
   are absolute http(s) addresses), never anything a browser would run. */
function pageHref(href) {
  return typeof href === "string" && /^(?:https?:\/\/[^\s"<>]+|[A-Za-z0-9_][A-Za-z0-9_.\/-]*)\.html(?:#[A-Za-z0-9_-]*)?$/.test(href)
    ? href : null;
}

/* "{name}" placeholders filled as plain text. */
function fill(template, values) {
  return String(template).replace(/\{(\w+)\}/g, function (all, key) {
    return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : all;
  });
}
