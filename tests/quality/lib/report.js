'use strict';
/* The measured figures as a table on stdout and as JSON in tests/artifacts/quality-report.json
 * (git-ignored), from which content/pages/ecoconception.md quotes its figures. */
const fs = require('node:fs');
const path = require('node:path');

const pad = (s, n, right) => (right ? String(s).padStart(n) : String(s).padEnd(n));

function table(rows) {
  const lines = [];
  const width = Math.max(4, ...rows.map((r) => r.page.length));
  lines.push(`${pad('page', width)}  ${pad('DOM', 5, 1)}  ${pad('req', 4, 1)}  ${pad('KB gz', 7, 1)}  ${pad('KB raw', 7, 1)}  ${pad('EcoIndex', 8, 1)}  grade  budget`);
  for (const r of rows) {
    const b = r.budget.reason ? `own: ${r.budget.dom} DOM, ${r.budget.kb} KB, > ${r.budget.ecoindex}` : 'type';
    lines.push(`${pad(r.page, width)}  ${pad(r.dom, 5, 1)}  ${pad(r.requests, 4, 1)}  ${pad(r.kb.toFixed(1), 7, 1)}  ${pad(r.rawKb.toFixed(1), 7, 1)}  ${pad(r.ecoindex.toFixed(1), 8, 1)}  ${pad(r.grade, 5)}  ${b}`);
  }
  return lines.join('\n');
}

function summarize(rows) {
  const stat = (key) => ({ min: Math.min(...rows.map((r) => r[key])), max: Math.max(...rows.map((r) => r[key])) });
  const worst = rows.reduce((a, b) => (b.ecoindex < a.ecoindex ? b : a));
  return { pages: rows.length, dom: stat('dom'), requests: stat('requests'), kb: stat('kb'),
    rawKb: stat('rawKb'), ecoindex: stat('ecoindex'), grades: rows.reduce((g, r) => ({ ...g, [r.grade]: (g[r.grade] || 0) + 1 }), {}),
    worst: worst.page };
}

function printReport(rows, budgets) {
  const out = [];
  for (const type of Object.keys(budgets)) {
    const typed = rows.filter((r) => r.type === type);
    if (!typed.length) continue;
    const b = budgets[type];
    out.push(`\n== ${type} pages (budget: ≤ ${b.dom} DOM, ≤ ${b.requests} requests, ≤ ${b.kb} KB gzip, EcoIndex > ${b.ecoindex})`);
    out.push(table(typed));
  }
  const worst = rows.reduce((a, b) => (b.ecoindex < a.ecoindex ? b : a));
  out.push(`\nworst page: ${worst.page} — ${worst.dom} DOM, ${worst.requests} requests, ${worst.kb.toFixed(1)} KB, EcoIndex ${worst.ecoindex.toFixed(1)} (${worst.grade})`);
  return out.join('\n');
}

function writeReport(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

module.exports = { table, summarize, printReport, writeReport };
