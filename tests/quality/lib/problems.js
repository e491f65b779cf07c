'use strict';
const assert = require('node:assert/strict');

// One readable failure listing every problem of a page (long messages, such as a CSP report
// quoting a data: URL, are cut: the start says what went wrong).
function assertNoProblems(problems) {
  if (!problems.length) return;
  const lines = problems.map((p) => (p.length > 300 ? `${p.slice(0, 300)}…` : p));
  assert.fail(`${problems.length} problem(s):\n  - ${lines.join('\n  - ')}`);
}

module.exports = { assertNoProblems };
