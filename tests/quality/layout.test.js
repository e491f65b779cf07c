'use strict';
/* Layout at the widths people use: no page scrolls sideways at 320 px (RGAA 10.11, RGESN 2.5),
 * and screenshots for a human look — home, a form page, the printed clause annex — at 1280 and
 * 375 px, saved under tests/artifacts/screenshots/ (git-ignored). The printed annex goes through
 * Chromium's PDF printer (print stylesheet, A4), then pdftoppm for the PNGs. */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { PROJECT_DIR, buildSite, listPages } = require('./lib/site');
const { launchChromium, guardRequests, fileAllowed } = require('./lib/browser');

const site = buildSite();
const pages = listPages(site.dir);
const SHOTS = path.join(PROJECT_DIR, 'tests', 'artifacts', 'screenshots');
const urlOf = (rel) => pathToFileURL(path.join(site.dir, rel)).href;
const WIDTHS = [1280, 375];
// A form step and the result page it leads to (the bank forms are in steps).
const SCREENS = { accueil: 'index.html', formulaire: 'outils/besoin-ia/besoin.html', resultat: 'outils/besoin-ia/resultat-avis.html' };
// The assembled annex, every clause chosen (the selection travels in the fragment).
const ANNEX = 'outils/clauses/annexe.html';
const ANNEX_CHOICE = '#profils=developpeur,integrateur,hebergeur&pieces=ccap,cctp,rc';

describe('layout and screenshots', () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
    fs.rmSync(SHOTS, { recursive: true, force: true });
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    site.cleanup();
  });

  it('no page overflows sideways at 320 px', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const offsite = await guardRequests(context, fileAllowed(site.dir));
    const page = await context.newPage();
    const overflowing = [];
    for (const rel of pages) {
      await page.goto(urlOf(rel), { waitUntil: 'load' });
      const o = await page.evaluate(() => {
        const doc = document.documentElement;
        if (doc.scrollWidth <= doc.clientWidth) return null;
        // Name the widest culprits so the fix is obvious.
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1)
          .filter((el) => !el.closest('.visually-hidden, .skip-link'))
          .slice(0, 3).map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''}`);
        return `${doc.scrollWidth}px: ${wide.join(', ')}`;
      });
      if (o) overflowing.push(`${rel} ${o}`);
    }
    await context.close();
    assert.deepEqual(offsite, []);
    assert.deepEqual(overflowing, []);
  });

  for (const width of WIDTHS) {
    it(`screenshots at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await guardRequests(context, fileAllowed(site.dir));
      const page = await context.newPage();
      for (const [name, rel] of Object.entries(SCREENS)) {
        await page.goto(urlOf(rel), { waitUntil: 'load' });
        await page.waitForTimeout(150);
        const file = path.join(SHOTS, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: false });
        assert.ok(fs.statSync(file).size > 1000, `${file} is empty`);
      }
      // Keyboard focus on the skip link, to see the focus style.
      await page.goto(urlOf(SCREENS.accueil), { waitUntil: 'load' });
      await page.keyboard.press('Tab');
      await page.screenshot({ path: path.join(SHOTS, `focus-lien-evitement-${width}.png`) });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.screenshot({ path: path.join(SHOTS, `focus-recherche-${width}.png`) });
      await context.close();
    });
  }

  it('the clause annex prints on A4 without the site chrome', async () => {
    const context = await browser.newContext();
    await guardRequests(context, fileAllowed(site.dir));
    const page = await context.newPage();
    await page.goto(urlOf(ANNEX) + ANNEX_CHOICE, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    // The first heading that shows once printed (the annex prints its own title page).
    await page.emulateMedia({ media: 'print' });
    const title = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3')]
      .find((h) => h.offsetParent !== null && h.textContent.trim())?.textContent.trim().replace(/\s+/g, ' ') || '');
    assert.ok(title, 'no heading shows in print');
    const pdf = path.join(SHOTS, 'annexe.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await context.close();
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdf, path.join(SHOTS, 'annexe-impression')]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
    assert.ok(pageCount >= 1, 'empty PDF');
    assert.ok(text.includes(title.slice(0, 30)), `the printed annex lacks its title "${title}"`);
    assert.ok(!text.includes('Rechercher dans le guide'), 'the search form is printed');
    assert.ok(!text.includes('Aller au contenu'), 'the skip link is printed');
    assert.ok(/Page 1 \/ \d+/.test(text), 'no "Page n / N" footer (@page margin box)');
  });
});
