// The site's search language for Material's lunr worker: the index and the queries go through
// the same trimmer, stop-word filter and stemmer (`stem`, from stem.js). Assembled by
// builder/site/search/__init__.py; STOP_WORDS is null where lunr's English list serves.
// `//` comment lines are dropped when it ships.
var lunr = self.lunr, stops = Object.create(null), active = null;
(STOP_WORDS || []).forEach(function (word) { stops[word] = 1; });

var isStop = STOP_WORDS
  ? function (word) { return word in stops; }
  : function (word) { return !lunr.stopWordFilter(new lunr.Token(word)); };

function trimmer(token) {
  return token.update(function (s) { return s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""); });
}
function stopWordFilter(token) {
  var word = token.toString();
  return word && !isStop(word) ? token : undefined;
}
function stemmer(token) {
  return token.update(stem);
}
lunr.Pipeline.registerFunction(trimmer, "selaras-trimmer");
lunr.Pipeline.registerFunction(stopWordFilter, "selaras-stopWordFilter");
lunr.Pipeline.registerFunction(stemmer, "selaras-stemmer");

// Material calls lunr[lang] as a plugin, then takes out of both pipelines whatever
// search.config.pipeline leaves out, looking the functions up on the same object.
var language = lunr.selaras = function () {
  this.pipeline.reset();
  this.pipeline.add(trimmer, stopWordFilter, stemmer);
  this.searchPipeline.reset();
  this.searchPipeline.add(trimmer, stopWordFilter, stemmer);
  active = this.searchPipeline;
};
language.trimmer = trimmer;
language.stopWordFilter = stopWordFilter;
language.stemmer = stemmer;
language.stem = stem;

// Material appends "*" to every query term (search as you type), and lunr sends a term with a
// wildcard through no pipeline, so "menjual*" would miss the root "jual" in the index. Each term
// is therefore stemmed where the query is parsed, the wildcard kept after the root; Material
// parses the query again to mark the terms a result matched, and so sees the same roots.
// A stop word's clause is dropped (the index holds none), unless the query has nothing else:
// lunr would read a query without clauses as "everything", so it stays a prefix as typed.
var parse = lunr.QueryParser.prototype.parse;
lunr.QueryParser.prototype.parse = function () {
  var query = parse.call(this), kept = [];
  if (!active) return query;
  query.clauses.forEach(function (clause) {
    var typed = /^([^*]+)(\*?)$/.exec(clause.term);
    var terms = typed ? active.runString(typed[1]) : [clause.term];  // a leading or inner wildcard: as typed
    if (!terms.length || !terms[0]) return;
    kept.push(Object.assign({}, clause, typed ? {term: terms[0] + typed[2], usePipeline: false} : {}));
  });
  if (kept.length) query.clauses = kept;
  return query;
};
