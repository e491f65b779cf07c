'use strict';
/* Every page of a freshly built site, in Debian's Chromium, over a loopback HTTP server and from
 * file:// (how users open the offline copy). A page fails on: a request leaving the site, a
 * console error or failed load, an axe-core WCAG 2.1 A/AA violation, a structure or CSP problem,
 * storage written on load, an EcoIndex of 80 or less, or a budget overrun (lib/budgets.js).
 * Prints the measured table per page type and writes tests/artifacts/quality-report.json. */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { PROJECT_DIR, buildSite, listPages, pageType } = require('./lib/site');
const { startServer } = require('./lib/server');
const { launchChromium, guardRequests, httpAllowed, fileAllowed, watchProblems } = require('./lib/browser');
const { startNetworkLog, settle, domElements } = require('./lib/measure');
const checks = require('./lib/checks');
const eco = require('./lib/ecoindex');
const { ECOINDEX_FLOOR, BY_TYPE, EXCEPTIONS, budgetFor } = require('./lib/budgets');
const { assertNoProblems } = require('./lib/problems');
const { printReport, summarize, writeReport } = require('./lib/report');

const site = buildSite();
// QUALITY_PAGES=regex visits only matching pages (while fixing one); the table is printed, the report not written.
const only = process.env.QUALITY_PAGES ? new RegExp(process.env.QUALITY_PAGES) : null;
const pages = listPages(site.dir).filter((p) => !only || only.test(p));
const REPORT = path.join(PROJECT_DIR, 'tests', 'artifacts', 'quality-report.json');

// The pages in two shards that run side by side, each with its own server and browser contexts
// (so that every request is counted for the page that made it): axe runs in the renderer, and two
// renderers use both cores of a CI machine, where ctest runs one test at a time.
const SHARDS = 2;
const rows = [];
let browserVersion = '';

describe('every page of the built site', { concurrency: SHARDS }, () => {
  after(() => {
    rows.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
    if (rows.length) console.log(printReport(rows, BY_TYPE));
    if (rows.length && !only) {
      const byType = {};
      for (const type of Object.keys(BY_TYPE)) {
        const typed = rows.filter((r) => r.type === type);
        if (typed.length) byType[type] = { budget: BY_TYPE[type], ...summarize(typed) };
      }
      writeReport(REPORT, {
        measured_at: new Date().toISOString(),
        command: 'ctest --test-dir build -R quality_pages (node --test tests/quality/pages.test.js)',
        browser: `Chromium ${browserVersion} (Debian), headless, 1280×800, cache disabled`,
        server: 'loopback HTTP server in the test process, gzip for text (kb); rawKb = the same files uncompressed',
        method: 'EcoIndex (ecoindex.fr / cnumr): DOM elements outside <svg>, HTTP responses, '
          + 'CDP encodedDataLength in KB of 1000 bytes; search index excluded (loads on demand)',
        build: site.log,
        ecoindex_floor: ECOINDEX_FLOOR,
        exceptions: EXCEPTIONS,
        by_type: byType,
        worst: rows.reduce((a, b) => (b.ecoindex < a.ecoindex ? b : a)),
        pages: rows,
      });
    }
    site.cleanup();
  });

  it('the build has reading pages and tool pages', () => {
    if (only) return;
    assert.ok(pages.length >= 10, `only ${pages.length} pages built`);
    assert.ok(pages.some((p) => pageType(p) === 'tool'), 'no tool page under outils/');
  });

  for (let shard = 0; shard < SHARDS; ++shard) {
    // One page at a time within a shard: its server's log must hold only that page's requests
    // (a nested suite would otherwise inherit the concurrency above).
    describe(`shard ${shard + 1} of ${SHARDS}`, { concurrency: 1 }, () => {
      visitPages(pages.filter((_, i) => i % SHARDS === shard));
    });
  }
});

function visitPages(shardPages) {
  let browser, server, httpContext, fileContext, httpOffsite, fileOffsite;

  before(async () => {
    server = await startServer(site.dir);
    browser = await launchChromium();
    browserVersion = browser.version();
    httpContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    fileContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    httpOffsite = await guardRequests(httpContext, httpAllowed(server.origin));
    fileOffsite = await guardRequests(fileContext, fileAllowed(site.dir));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const rel of shardPages) {
    it(`${rel} over http: private, error-free, accessible, within budget`, async () => {
      const type = pageType(rel);
      const page = await httpContext.newPage();
      const problems = watchProblems(page);
      const net = await startNetworkLog(page);
      const offsiteBefore = httpOffsite.length;
      const servedBefore = server.served.length;
      try {
        await page.goto(`${server.origin}/${rel}`, { waitUntil: 'load' });
        await settle(page, net);
        const dom = await domElements(page);
        const { requests, bytes, urls } = net.summary();
        const served = server.served.slice(servedBefore);
        const rawBytes = served.reduce((sum, r) => sum + r.rawBytes, 0);
        const kb = bytes / 1000;
        const score = eco.score({ dom, requests, sizeKb: kb });
        const budget = budgetFor(rel, type);
        const round1 = (x) => Math.round(x * 10) / 10;
        rows.push({ page: rel, type, dom, requests, bytes, kb: round1(kb), rawKb: round1(rawBytes / 1000),
          ecoindex: round1(score), grade: eco.grade(score), budget, urls: urls.map((u) => u.slice(server.origin.length)) });
        // The browser's requests and the server's must agree, or the measurement itself is wrong.
        // Except the automatic /favicon.ico: a real browser sends it (so it is counted), but
        // Playwright aborts it before it reaches the server when routing is on.
        const paths = (list) => list.filter((p) => p !== '/favicon.ico').sort().join(' ');
        const seen = paths(urls.map((u) => new URL(u).pathname));
        if (seen !== paths(served.map((r) => r.path))) {
          problems.push(`measurement: browser saw ${seen}; server sent ${paths(served.map((r) => r.path))}`);
        }

        problems.push(...await checks.coreProblems(page));
        problems.push(...await checks.structureProblems(page));
        problems.push(...await checks.cspProblems(page));
        problems.push(...checks.fontProblems(urls));
        problems.push(...await checks.storageProblems(page, 'after load'));
        if (dom > budget.dom) problems.push(`budget: ${dom} DOM elements > ${budget.dom}`);
        if (requests > budget.requests) problems.push(`budget: ${requests} requests > ${budget.requests}: ${urls.join(' ')}`);
        if (kb > budget.kb) problems.push(`budget: ${kb.toFixed(1)} KB > ${budget.kb}`);
        if (score <= budget.ecoindex) problems.push(`EcoIndex ${score.toFixed(1)} (${eco.grade(score)}) is not above ${budget.ecoindex}`);
        problems.push(...await checks.axeViolations(page));
        if ((await httpContext.cookies()).length) problems.push('a cookie was set');
        problems.push(...httpOffsite.slice(offsiteBefore).map((u) => `request leaving the site: ${u}`));
      } finally {
        await net.detach().catch(() => {});
        await page.close();
      }
      assertNoProblems(problems);
    });

    it(`${rel} from file://: no request out, no error, no storage`, async () => {
      const page = await fileContext.newPage();
      const problems = watchProblems(page);
      const offsiteBefore = fileOffsite.length;
      try {
        await page.goto(pathToFileURL(path.join(site.dir, rel)).href, { waitUntil: 'load' });
        await page.waitForTimeout(150); // deferred scripts ran before load; let promises settle
        problems.push(...await checks.coreProblems(page));
        problems.push(...await checks.storageProblems(page, 'after load'));
        if ((await fileContext.cookies()).length) problems.push('a cookie was set');
        problems.push(...fileOffsite.slice(offsiteBefore).map((u) => `request leaving the site: ${u}`));
      } finally {
        await page.close();
      }
      assertNoProblems(problems);
    });
  }
}
