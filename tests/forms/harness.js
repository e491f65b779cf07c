// Shared set-up of the forms browser tests: builds the guide into a temporary folder with the
// current generator (GUIDE_EXE), content, templates and assets, plus the test bank of
// tests/forms/fixtures, and launches Debian's Chromium through playwright-core.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const root = process.env.GUIDE_SOURCE_DIR || path.resolve(__dirname, '..', '..');
const guide = process.env.GUIDE_EXE || path.join(root, 'build', 'guide');
const { chromium } = require(require.resolve('playwright-core', { paths: [path.join(root, 'node_modules')] }));

function buildSite() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-forms-'));
  const dirs = {};
  for (const name of ['content', 'templates', 'assets']) {
    dirs[name] = path.join(work, name);
    fs.cpSync(path.join(root, name), dirs[name], { recursive: true });
  }
  fs.copyFileSync(path.join(__dirname, 'fixtures', 'essai-versions.yaml'),
                  path.join(dirs.content, 'banks', 'essai-versions.yaml'));
  const out = path.join(work, 'site');
  execFileSync(guide, ['build', '--content', dirs.content, '--templates', dirs.templates,
                       '--assets', dirs.assets, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  return { work, site: out, url: (page) => 'file://' + path.join(out, page) };
}

function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--no-first-run'],
  });
}

// A page that records console errors, page errors and every request outside file://.
async function openPage(browser, url, options) {
  const context = await browser.newContext(Object.assign({ acceptDownloads: true }, options));
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('requestfailed', (r) => problems.push('request failed: ' + r.url()));
  // blob: is the answers file the page itself creates for download; nothing else may leave file://.
  page.on('request', (r) => { if (!/^(file|blob):/.test(r.url())) problems.push('request outside file://: ' + r.url()); });
  page.on('dialog', (d) => d.accept());
  await page.goto(url);
  if (!options || options.javaScriptEnabled !== false) {
    await page.waitForSelector('body.forms-ready', { state: 'attached', timeout: 15000 });
  }
  return { page, context, problems };
}

// The state of the page's questions as the user sees it: question id → value(s), filled fields only.
function formState(page) {
  return page.evaluate(() => {
    const state = {};
    document.querySelectorAll('form[data-bank] [data-question]').forEach((box) => {
      const values = [];
      box.querySelectorAll('input, textarea').forEach((i) => {
        if ((i.type === 'radio' || i.type === 'checkbox') ? i.checked : i.value !== '') values.push(i.value);
      });
      if (values.length) state[box.dataset.question] = values;
    });
    return state;
  });
}

// Follows a link of the page to another page of the tool and waits for its scripts. The wait is
// on the target's path: the pages rewrite their own address (history.replaceState) as the user
// answers, which Playwright's waitForNavigation would take for the navigation.
async function follow(page, selector) {
  const target = (await page.$eval(selector, (a) => a.href)).split('#')[0];
  await page.click(selector);
  await page.waitForURL((url) => url.href.split('#')[0] === target, { waitUntil: 'load' });
  await page.waitForSelector('body.forms-ready', { state: 'attached', timeout: 15000 });
}

// The answers a page carries in its address (#r=..., the share-link format).
function answersInUrl(url) {
  const hash = new URL(url).hash;
  if (!hash.startsWith('#r=')) return {};
  const json = Buffer.from(hash.slice(3).split('&')[0].replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  return JSON.parse(json).answers;
}

module.exports = { root, buildSite, launch, openPage, formState, follow, answersInUrl };
