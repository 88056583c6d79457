// Runs a built site's own search worker (Material's, with the site's lunr extension) under node,
// for tests/test_search*.py. Usage: node worker.js SITE_LANGUAGE_DIR < request.json
// request: {"stem": [words...], "queries": [strings...], "vocabulary": true, "size": true}
// answer:  {"stem": [roots...], "queries": [[location of each page found, best first]...],
//           "terms": [the query terms each page matched...], "vocabulary": [every term of the lunr index],
//           "size": length of the lunr index serialised as JSON}
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const site = process.argv[2];
const workers = path.join(site, "assets", "javascripts", "workers");
const script = fs.readdirSync(workers).find(name => /^search\..*\.min\.js$/.test(name));
const request = JSON.parse(fs.readFileSync(0, "utf8"));

let listener = null;
const replies = [];
const context = {
  console,
  addEventListener: (type, fn) => { if (type === "message") listener = fn; },
  postMessage: message => replies.push(message),
  // The worker loads the language scripts relative to itself, as a browser would.
  importScripts: (...urls) => {
    for (const url of urls)
      vm.runInContext(fs.readFileSync(path.join(workers, url), "utf8"), context, { filename: url });
  },
};
context.self = context;
vm.createContext(context);
vm.runInContext(fs.readFileSync(path.join(workers, script), "utf8"), context, { filename: script });

async function ask(message) {
  replies.length = 0;
  await listener({ data: message });
  while (!replies.length) await new Promise(resolve => setImmediate(resolve));
  return replies[0];
}

(async () => {
  // The index Material's worker builds, caught as lunr finishes it: what the browser searches.
  let built = null;
  const build = context.lunr.Builder.prototype.build;
  context.lunr.Builder.prototype.build = function () { return built = build.call(this); };
  const index = JSON.parse(fs.readFileSync(path.join(site, "search", "search_index.json"), "utf8"));
  await ask({ type: 0, data: { config: index.config, docs: index.docs, options: { suggest: false } } });
  const lunr = context.lunr;
  const answer = { stem: (request.stem || []).map(word => lunr.selaras.stem(word)), queries: [], terms: [],
                   vocabulary: request.vocabulary ? Object.keys(built.invertedIndex) : [],
                   size: request.size ? JSON.stringify(built).length : 0 };
  for (const query of request.queries || []) {
    const result = await ask({ type: 2, data: query });
    answer.queries.push(result.data.items.map(group => group[0].location));
    answer.terms.push(result.data.items.map(group => group.map(item => item.terms)));
  }
  process.stdout.write(JSON.stringify(answer));
})().catch(error => { console.error(error); process.exit(1); });
