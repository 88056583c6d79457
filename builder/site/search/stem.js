// stem(word) -> root: the stemmer on its own, for lunr-pack.js or any other search engine; its
// twin is builder/site/search/stemmers.py. Assembled by builder/site/search/__init__.py after the
// Snowball stemmer (`snowball`, snowball/*.min.js) and EXCEPTIONS (root → the course's forms of
// it, from exceptions-<lang>.yaml); a listed word takes its root, any other word Snowball's.
var roots = Object.create(null);
Object.keys(EXCEPTIONS).forEach(function (root) {
  EXCEPTIONS[root].forEach(function (word) { roots[word] = root; });
});
function stem(word) {
  return word in roots ? roots[word] : snowball.stem(word);
}
