/* The evaluation form (templates/evaluation_form.html.j2) read and filled: on the evaluation page,
 * and on the team page where paper forms are typed in. Inputs carry data-rating / data-first /
 * data-comment, so the same code serves every copy of the form on a page. */

function evReadForm(root, qs) {
  var ratings = qs.ratings.map(function (rid) {
    var checked = root.querySelector('input[data-rating="' + rid + '"]:checked');
    return checked && /^[1-5]$/.test(checked.value) ? Number(checked.value) : null;
  });
  var first = root.querySelector("input[data-first]:checked");
  var choice = first && (first.value === EV_OTHER || qs.practices.indexOf(first.value) >= 0) ? first.value : null;
  var box = root.querySelector("[data-comment]");
  return { ratings: ratings, choice: choice, comment: box ? box.value : "" };
}

function evFillForm(root, qs, response) {
  Array.prototype.forEach.call(root.querySelectorAll("input[data-rating], input[data-first]"), function (input) {
    input.checked = false;
  });
  qs.ratings.forEach(function (rid, i) {
    var value = response.ratings[i];
    var input = value ? root.querySelector('input[data-rating="' + rid + '"][value="' + value + '"]') : null;
    if (input) input.checked = true;
  });
  Array.prototype.forEach.call(root.querySelectorAll("input[data-first]"), function (input) {
    input.checked = input.value === response.choice;
  });
  var box = root.querySelector("[data-comment]");
  if (box) box.value = response.comment || "";
}

function evAnswered(response) {
  return response.ratings.some(function (r) { return r; }) || response.choice !== null || !!evClean(response.comment);
}

/* Four random characters [0-9a-z]: they tell two people who answered alike apart, and say nothing about anyone. */
function evNonce() {
  var out = "", chars = "0123456789abcdefghijklmnopqrstuvwxyz", bytes = null;
  try { bytes = window.crypto.getRandomValues(new Uint8Array(4)); } catch (e) { bytes = null; }
  for (var i = 0; i < 4; i++) {
    var n = bytes ? bytes[i] : Math.floor(Math.random() * 256);
    out += chars.charAt(n % 36);
  }
  return out;
}
