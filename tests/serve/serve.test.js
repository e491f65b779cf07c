'use strict';
/* `guide serve` on a temporary copy of the guide's content, a free port:
 *   - only files inside the site are served (.., encoded variants, backslashes: 404);
 *   - served pages carry the live script and a policy that lets it connect, site/ does not;
 *   - in Chromium: an edit shows in the open page by itself; a broken edit shows its diagnostics
 *     over the page, which stays the last good version; fixing it clears them;
 *   - Ctrl-C (SIGINT) stops it cleanly with a page still connected, SIGTERM too. */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { startServe, rawGet, get, followEvents } = require('./lib');
const { launchChromium, watchProblems } = require('../quality/lib/browser');

const PAGE = 'impacts/environnement.html';
const SOURCE = 'pages/impacts/environnement.md';

describe('guide serve', () => {
  let serve;
  let browser;
  before(async () => {
    serve = await startServe();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    if (serve) await serve.stop();
  });

  it('serves the site and nothing outside it', async () => {
    const home = await get(`${serve.origin}/`);
    assert.equal(home.status, 200);
    assert.match(home.headers['content-type'], /^text\/html/);
    // Something outside the site that exists, to be sure a 404 is not just a missing file.
    fs.writeFileSync(path.join(serve.out, '..', 'secret.txt'), 'not for the browser');
    for (const target of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2E%2E%2Fsecret.txt',
      '/.%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/..\\secret.txt',
      '/%252e%252e/secret.txt', '/assets/../../secret.txt', '/./../secret.txt', '/%c0%ae%c0%ae/secret.txt',
      '/%00/../secret.txt', '//secret.txt', '/__guide/../../secret.txt']) {
      const res = await rawGet(serve.origin, target);
      assert.ok(res.status === 404 || res.status === 400, `${target}: HTTP ${res.status}`);
      assert.ok(!res.body.includes('not for the browser'), `${target} leaked the file`);
    }
    // A symbolic link inside the site that leads out of it.
    fs.symlinkSync(path.join(serve.out, '..', 'secret.txt'), path.join(serve.out, 'lien.txt'));
    assert.equal((await rawGet(serve.origin, '/lien.txt')).status, 404);
    assert.equal((await rawGet(serve.origin, '/assets/css/site.css')).status, 200);
  });

  it('adds the live script to served pages only', async () => {
    const served = (await get(`${serve.origin}/${PAGE}`)).body;
    assert.match(served, /<script src="\/__guide\/live\.js" data-build="\d+" defer><\/script>\n<\/body>/);
    assert.match(served, /http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*; connect-src 'self'"/);
    const written = fs.readFileSync(path.join(serve.out, PAGE), 'utf8');
    assert.ok(!written.includes('__guide'), 'site/ must stay as guide build writes it');
    assert.equal((await get(`${serve.origin}/__guide/live.js`)).status, 200);
  });

  it('reloads an open page after an edit, and keeps the last good page on a broken one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${serve.origin}/${PAGE}`);
    await page.waitForFunction(() => document.querySelector('script[src="/__guide/live.js"]'));
    const file = path.join(serve.content, SOURCE);
    const original = fs.readFileSync(file, 'utf8');

    // Edit → the open page shows it, without anyone touching the browser.
    fs.writeFileSync(file, `${original}\nUne phrase ajoutée pendant le test de relecture.\n`);
    await page.waitForFunction(() => document.body.textContent.includes('Une phrase ajoutée pendant le test'),
      null, { timeout: 60000 });

    // A broken link → the overlay lists the diagnostic; the page is still the good one.
    fs.writeFileSync(file, `${original}\nUne phrase ajoutée pendant le test de relecture.\n\nUn [lien cassé](@/nulle-part.md).\n`);
    const overlay = page.locator('.guide-live-overlay');
    await overlay.waitFor({ state: 'visible', timeout: 60000 });
    const shown = await overlay.textContent();
    assert.match(shown, /environnement\.md:\d+:\d+: error: broken link: no page or tool '@\/nulle-part\.md'/);
    assert.match(shown, /last good version is still shown/);
    assert.ok((await page.textContent('main')).includes('Une phrase ajoutée pendant le test'));
    assert.ok(!(await page.textContent('main')).includes('Un lien cassé'));
    const servedNow = (await get(`${serve.origin}/${PAGE}`)).body;
    assert.ok(!servedNow.includes('lien cassé'), 'the broken version must not be served');
    assert.match(serve.log(), /error: broken link: no page or tool '@\/nulle-part\.md'/);

    // Fixed → reloaded, the overlay gone.
    fs.writeFileSync(file, `${original}\nLa phrase corrigée du test de relecture.\n`);
    await page.waitForFunction(() => document.body.textContent.includes('La phrase corrigée du test'),
      null, { timeout: 60000 });
    assert.equal(await page.locator('.guide-live-overlay').count(), 0);
    // A reload ends the page's event stream: that abort is the only failure allowed.
    assert.deepEqual(problems.filter((p) => !/^requestfailed: \S+\/__guide\/events \(net::ERR_ABORTED\)$/.test(p)), []);
    await context.close();
  });

  it('a change to the menu rebuilds every page', async () => {
    const events = followEvents(serve.origin);
    const first = await events.next('built');
    const file = path.join(serve.content, 'pages/impacts/societe.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^nav_title: .*$/m, 'nav_title: Un titre changé'));
    const next = await events.next('built');
    assert.ok(next.data.build > first.data.build);
    assert.ok((await get(`${serve.origin}/${PAGE}`)).body.includes('Un titre changé'), 'the menu of another page');
    events.close();
  });
});

describe('guide serve stops cleanly', () => {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    it(`on ${signal}, with a page still connected`, async () => {
      const serve = await startServe();
      const events = followEvents(serve.origin);
      await events.next('built');
      const started = Date.now();
      const { code } = await serve.stop(signal);
      events.close();
      assert.equal(code, 0);
      assert.ok(Date.now() - started < 10000, `took ${Date.now() - started} ms`);
      assert.match(serve.stdout(), /stopped/);
    });
  }
});
