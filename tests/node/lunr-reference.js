'use strict';
// The reference: lunr.js 2.3.9 + lunr-languages 1.22.0 French, configured exactly as the site's
// browser script (assets/js/search.js) and the C++ writer (generator/index/french_pipeline.h):
// the tokenizer and the query lexer also split on apostrophes, so elided articles are separate
// tokens. Both separators must be set: lunr copies tokenizer.separator into
// QueryLexer.termSeparator once, when lunr.js loads.
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.fr')(lunr);

const SEPARATOR = /[\s\-'\u2019]+/;
lunr.tokenizer.separator = SEPARATOR;
lunr.QueryLexer.termSeparator = SEPARATOR;

function buildIndex(docs) {
  return lunr(function () {
    this.use(lunr.fr);
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('body');
    for (const doc of docs) this.add(doc);
  });
}

module.exports = { lunr, buildIndex, SEPARATOR };

// `node lunr-reference.js DOCS.json` prints JSON.stringify of the reference index (for the
// benchmark and for debugging a mismatch by hand).
if (require.main === module) {
  const docs = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
  process.stdout.write(JSON.stringify(buildIndex(docs)) + '\n');
}
