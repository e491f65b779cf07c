'use strict';
/* Per-screen limits (RGESN 6.1), published in content/pages/ecoconception.md.
 * Sizes are KB (1000 bytes) on the wire from the test server, which gzips text like most hosts.
 * Requests include the /favicon.ico a browser asks for on its own (the pages declare no icon).
 * The search index is not counted: it loads only when someone focuses the search field. */
const eco = require('./ecoindex');

const ECOINDEX_FLOOR = 80; // grade A means strictly more than 80

const BY_TYPE = {
  // HTML, site.css (screen, colour tokens and print in one file), search.js; the favicon is
  // declared as data:, so the browser asks for none.
  reading: { dom: 400, requests: 6, kb: 150, ecoindex: ECOINDEX_FLOOR },
  // The same, plus the WebAssembly core, the bank's data and the form script.
  tool: { dom: 300, requests: 9, kb: 150, ecoindex: ECOINDEX_FLOOR },
};

/* Pages that cannot fit their type's budget, each with its own limits (the count measured with
 * the form and annex scripts in the site, plus about 10 %) and the reason. Their EcoIndex floor is the score their own limits give, so
 * the page cannot grow without the test failing. A new entry is a decision to be published. */
const EXCEPTIONS = {
};

function budgetFor(rel, type) {
  const base = BY_TYPE[type];
  const exception = EXCEPTIONS[rel];
  if (!exception) return { ...base };
  const budget = { ...base, dom: exception.dom, kb: exception.kb || base.kb };
  const atLimits = eco.score({ dom: budget.dom, requests: budget.requests, sizeKb: budget.kb });
  return { ...budget, ecoindex: Math.min(ECOINDEX_FLOOR, Math.floor(atLimits)), reason: exception.reason };
}

module.exports = { ECOINDEX_FLOOR, BY_TYPE, EXCEPTIONS, budgetFor };
