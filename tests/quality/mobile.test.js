'use strict';
/* A phone's first screen (375 × 812 px, issue 19): the menu is folded into a <details> that opens
 * without JavaScript, so every page's title is on the first screen; the home page shows one start
 * button per reader profile there too. Wide screens show the menu unfolded. Saves
 * tests/artifacts/mobile-home.png. */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { PROJECT_DIR, buildSite, listPages } = require('./lib/site');
const { launchChromium, guardRequests, fileAllowed } = require('./lib/browser');

const site = buildSite();
const pages = listPages(site.dir);
const urlOf = (rel) => pathToFileURL(path.join(site.dir, rel)).href;
const PHONE = { width: 375, height: 812 };
const ARTIFACTS = path.join(PROJECT_DIR, 'tests', 'artifacts');

describe('a phone\'s first screen', () => {
  let browser;
  before(async () => { browser = await launchChromium(); });
  after(async () => {
    await browser?.close();
    site.cleanup();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`every page's title is on the first screen at 375 px (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
      await guardRequests(context, fileAllowed(site.dir));
      const page = await context.newPage();
      const low = [];
      let highest = 0;
      for (const rel of pages) {
        await page.goto(urlOf(rel), { waitUntil: 'load' });
        const box = await page.evaluate(() => {
          const h1 = document.querySelector('main h1');
          if (!h1) return null;
          const r = h1.getBoundingClientRect();
          return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
        });
        assert.ok(box, `${rel} has no <h1> in <main>`);
        highest = Math.max(highest, box.top);
        // The title's first line at least: its top well inside the screen.
        if (box.top > PHONE.height - 100) low.push(`${rel}: y = ${Math.round(box.top)}`);
      }
      await context.close();
      assert.deepEqual(low, []);
      console.log(`# lowest title top at 375 px: ${Math.round(highest)} px`);
    });
  }

  it('the menu is folded on a phone and opens without JavaScript', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlOf('impacts/environnement.html'));
    const link = page.locator('.site-nav a[href="../glossaire.html"]');
    assert.equal(await link.isVisible(), false);
    await page.click('.site-nav summary');
    assert.equal(await link.isVisible(), true);
    await context.close();
  });

  it('a wide screen shows the menu unfolded, without a summary to click', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlOf('impacts/environnement.html'));
    assert.equal(await page.locator('.site-nav a[href="../glossaire.html"]').isVisible(), true);
    assert.equal(await page.locator('.site-nav summary').isVisible(), false);
    // Reachable by keyboard, as any link.
    await page.locator('.site-nav a[href="../glossaire.html"]').focus();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '../glossaire.html');
    await context.close();
  });

  it('the home page puts one start button per profile on the first screen', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    await guardRequests(context, fileAllowed(site.dir));
    const page = await context.newPage();
    await page.goto(urlOf('index.html'));
    const buttons = await page.evaluate(() => [...document.querySelectorAll('.start-links a')].map((a) => {
      const r = a.getBoundingClientRect();
      return { text: a.textContent.trim(), href: a.getAttribute('href'), bottom: r.bottom };
    }));
    assert.deepEqual(buttons.map((b) => b.href), ['parcours/acheteur.html', 'parcours/chef-de-projet.html',
      'parcours/dsi.html', 'parcours/referent-nr.html']);
    for (const b of buttons) assert.ok(b.bottom <= PHONE.height, `${b.text}: bottom at ${b.bottom} px`);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'mobile-home.png') });
    await context.close();
  });
});
