'use strict';
/* Per-screen limits (RGESN 6.1), published in content/pages/ecoconception.md.
 * Sizes are KB (1000 bytes) on the wire from the test server, which gzips text like most hosts.
 * A request for /favicon.ico would count too; the pages declare their icon as data:, so none is made.
 * The search index is not counted: it loads only when someone focuses the search field. */
const eco = require('./ecoindex');

const ECOINDEX_FLOOR = 80; // grade A means strictly more than 80

const BY_TYPE = {
  // HTML, site.css (screen, colour tokens and print in one file), search.js; the favicon is
  // declared as data:, so the browser asks for none.
  // Measured at most 375 DOM, 3 requests, 21 KB: the aim was 400 / 6 / 150 KB.
  reading: { dom: 400, requests: 4, kb: 60, ecoindex: ECOINDEX_FLOOR },
  // The same, plus the tool's scripts: a WebAssembly module, the bank's data and two form
  // scripts (grid, checklist: 7 requests, up to 111 KB), or the annex scripts (5 to 7, 36 KB).
  // 8 requests and 125 KB: the tab's memory of the answers (tool-memory.js, #19 point 1) is one
  // more script, of 2.5 KB gzipped; the grid's result page was at 119.3 KB of 120 before it.
  // 130 KB: the bank module compiles the typed bank the generator renders from (#17), 2.1 KB
  // more gzipped; the grid's page went from 123.9 to 126.0 KB.
  tool: { dom: 300, requests: 8, kb: 130, ecoindex: ECOINDEX_FLOOR },
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
