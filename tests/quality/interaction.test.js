'use strict';
/* Keyboard and interaction checks on a built site opened from file://, in Debian's Chromium:
 * tab order and visible focus on a form page, the skip link, the search as the user types, and
 * that answering or searching writes no storage (but the tab's memory of a tool's answers, in
 * sessionStorage), sets no cookie and sends nothing anywhere.
 * The bank forms are in steps: the form page is a step page, the result page holds the imports. */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { buildSite } = require('./lib/site');
const { launchChromium, guardRequests, fileAllowed, watchProblems } = require('./lib/browser');
const { storageProblems } = require('./lib/checks');
const { tabWalk, describeFocus, label } = require('./lib/keyboard');
const { assertNoProblems } = require('./lib/problems');

const FORM_PAGE = 'outils/besoin-ia/besoin.html'; // a step of the checklist (the second, after its red lines)
const site = buildSite();
const urlOf = (rel) => pathToFileURL(path.join(site.dir, rel)).href;

describe('keyboard, search and storage from file://', () => {
  let browser, context, offsite;

  before(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    offsite = await guardRequests(context, fileAllowed(site.dir));
  });

  after(async () => {
    await browser?.close();
    site.cleanup();
  });

  async function open(rel) {
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(urlOf(rel), { waitUntil: 'load' });
    // A form page is ready once its scripts have started over the WebAssembly core (a fixed
    // pause was not always enough on a loaded machine: the import then found no handler).
    await page.waitForFunction(() => !document.querySelector('[data-bank]')
      || document.body.classList.contains('forms-ready'), null, { timeout: 10000 });
    return { page, problems };
  }

  describe(`tab order on ${FORM_PAGE}`, () => {
    let stops, problems;
    before(async () => {
      const opened = await open(FORM_PAGE);
      problems = opened.problems;
      stops = await tabWalk(opened.page);
      await opened.page.close();
    });

    it('the skip link is the first stop and shows on screen', () => {
      assert.ok(stops.length > 0, 'Tab focused nothing');
      assert.match(stops[0].classes, /skip-link/, `first stop is ${label(stops[0])}`);
      assert.ok(stops[0].onScreen, 'the focused skip link is off screen');
    });

    it('the search comes before the content, after nothing but the header', () => {
      const search = stops.findIndex((s) => s.id === 'search-q');
      const content = stops.findIndex((s) => s.region === 'main');
      assert.ok(search > 0, 'the search field is never reached');
      assert.ok(content > search, `content (${content}) is reached before the search (${search})`);
      const before = stops.slice(1, search).filter((s) => s.region !== 'header');
      assert.deepEqual(before.map(label), [], 'stops between the skip link and the search');
    });

    it('every stop shows a visible focus indicator (:focus-visible outline or shadow)', () => {
      const bad = stops.filter((s) => !s.focusVisible || !s.indicator || !s.onScreen);
      assert.deepEqual(bad.map((s) => `${label(s)} ${s.size}${s.onScreen ? '' : ' off screen'}`), []);
    });

    it('the walk reaches the form and then the footer (no keyboard trap)', () => {
      assert.ok(stops.some((s) => s.region === 'main' && s.tag === 'input'), 'no form field reached');
      assert.ok(stops.some((s) => s.region === 'footer'), 'the footer is never reached');
      assert.ok(stops.length < 600, 'the walk never wrapped around: a keyboard trap?');
    });

    it('no error on the page', () => assertNoProblems(problems));
  });

  it('the skip link moves focus to #contenu, and Tab continues inside it', async () => {
    const { page, problems } = await open(FORM_PAGE);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'contenu');
    await page.keyboard.press('Tab');
    const next = await describeFocus(page);
    assert.equal(next?.region, 'main', `after the skip link, Tab went to ${next && label(next)}`);
    await page.close();
    assertNoProblems(problems);
  });

  it('the search answers as the user types, with no storage, cookie or request out', async () => {
    const { page, problems } = await open('index.html');
    const before = offsite.length;
    await page.focus('#search-q');
    await page.keyboard.type('données', { delay: 30 });
    await page.waitForSelector('#search-results:not([hidden]) a', { timeout: 10000 });
    const hits = await page.$$eval('#search-results a', (links) => links.length);
    assert.ok(hits > 0, 'no search result');
    problems.push(...await storageProblems(page, 'after typing in the search field'));
    if ((await context.cookies()).length) problems.push('a cookie was set');
    problems.push(...offsite.slice(before).map((u) => `request leaving the site: ${u}`));
    await page.close();
    assertNoProblems(problems);
  });

  it('answering questions writes no storage but the tab\'s memory of the answers, and sends nothing', async () => {
    const { page, problems } = await open(FORM_PAGE);
    const before = offsite.length;
    const radios = await page.$$('form[data-bank] input[type="radio"]');
    assert.ok(radios.length > 0, 'no radio button on the form page');
    for (const radio of radios.slice(0, 6)) await radio.check();
    const text = await page.$('form[data-bank] textarea, form[data-bank] input[type="number"]');
    if (text) await text.fill('12');
    await page.waitForTimeout(300);
    problems.push(...await storageProblems(page, 'after answering', { toolMemory: true }));
    if ((await context.cookies()).length) problems.push('a cookie was set');
    problems.push(...offsite.slice(before).map((u) => `request leaving the site: ${u}`));
    await page.close();
    assertNoProblems(problems);
  });

  /* The site's own search settings: content/search-synonyms.yaml and the search_weight of the
   * statements (content/pages/donnees-personnelles.md). */
  it('the search knows the synonyms of the content and ranks the statements last', async () => {
    const { page, problems } = await open('index.html');
    await page.focus('#search-q');
    const results = async (query) => {
      await page.fill('#search-q', query);
      await page.waitForFunction((q) => document.querySelector('#search-results').dataset.query === q, query,
        { timeout: 10000 });
      return page.$$eval('#search-results li', (items) => items.map((li) => ({
        href: li.querySelector('a').getAttribute('href'), text: li.textContent })));
    };
    const chatbot = await results('chatbot');
    assert.ok(chatbot.length > 0, '"chatbot" finds nothing');
    assert.ok(chatbot.every((r) => /agents? conversationnels?/i.test(r.text)),
      `"chatbot" finds pages that do not speak of conversational agents: ${JSON.stringify(chatbot)}`);
    const privacy = await results('données personnelles');
    assert.ok(privacy.length > 1, JSON.stringify(privacy));
    assert.notEqual(privacy[0].href, 'donnees-personnelles.html', 'the privacy statement comes first');
    await page.close();
    assertNoProblems(problems);
  });

  /* Each view of a tool (forms-questions.js, forms-result.js) registers from its own deferred
   * script; the page must start them all even when the WebAssembly core is ready before the last
   * one has arrived (a slow disk or server). It once started without them: no result, and an
   * import that did nothing (the cause of this file's intermittent failure). */
  it('a tool starts every view even when the last script arrives after the core', async () => {
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.route('**/assets/js/forms-result.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(urlOf('outils/grille-7-criteres/resultat-avis.html'), { waitUntil: 'load' });
    await page.waitForFunction(() => document.body.classList.contains('forms-ready'), null, { timeout: 10000 });
    assert.ok(await page.$('#result-advice .verdict'), 'the result view was not started');
    await page.setInputFiles('#import-file', { name: 'reponses.json', mimeType: 'application/json',
      buffer: Buffer.from('{ pas du JSON') });
    await page.waitForFunction(() => document.activeElement?.id === 'error-summary', null, { timeout: 5000 });
    await page.close();
    assertNoProblems(problems);
  });

  /* GOV.UK error-summary pattern as forms-*.js implement it: a number out of its range, once the
   * field is left, is listed in #error-summary (role="alert") with a link to the field, which is
   * marked aria-invalid and described by its message; following the link focuses the field. A
   * refused answers file (on the result page) is listed there too, and focus moves to the summary. */
  const ERROR_PAGE = 'outils/grille-7-criteres/c5_sobriete.html';
  const RESULT_PAGE = 'outils/grille-7-criteres/resultat-avis.html';
  it(`error summary on ${ERROR_PAGE} and ${RESULT_PAGE}`, async () => {
    const { page, problems } = await open(ERROR_PAGE);
    const before = offsite.length;
    const id = await page.evaluate(() => [...document.querySelectorAll('form[data-bank] input[type="number"][max]')]
      .find((i) => i.offsetParent !== null)?.id);
    assert.ok(id, 'no visible number field with a maximum');
    const max = await page.$eval(`#${id}`, (i) => Number(i.max));
    await page.fill(`#${id}`, String(max * 10 + 1));
    await page.press(`#${id}`, 'Tab');
    await page.waitForSelector('#error-summary:not([hidden])', { timeout: 5000 });
    const summary = await page.$eval('#error-summary', (el) => ({
      role: el.getAttribute('role'),
      heading: el.querySelector('h2')?.textContent.trim(),
      links: [...el.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')),
    }));
    assert.equal(summary.role, 'alert');
    assert.ok(summary.heading, 'the error summary has no heading');
    assert.ok(summary.links.includes(`#${id}`), `no link to #${id} in ${summary.links}`);
    const field = await page.$eval(`#${id}`, (i) => ({ invalid: i.getAttribute('aria-invalid'),
      messages: (i.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)
        .map((ref) => document.getElementById(ref)?.textContent.trim() || '') }));
    assert.equal(field.invalid, 'true', 'the field is not marked aria-invalid');
    assert.ok(field.messages.some((m) => /erreur/i.test(m)), `the field is not described by its error: ${field.messages}`);
    await page.click(`#error-summary a[href="#${id}"]`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), id, 'the error link did not focus its field');
    problems.push(...await storageProblems(page, 'after the number error', { toolMemory: true }));
    await page.close();

    const result = await open(RESULT_PAGE);
    await result.page.setInputFiles('#import-file', { name: 'reponses.json', mimeType: 'application/json',
      buffer: Buffer.from('{ pas du JSON') });
    await result.page.waitForFunction(() => document.activeElement?.id === 'error-summary', null, { timeout: 5000 });
    problems.push(...result.problems);
    problems.push(...await storageProblems(result.page, 'after the errors', { toolMemory: true }));
    problems.push(...offsite.slice(before).map((u) => `request leaving the site: ${u}`));
    await result.page.close();
    assertNoProblems(problems);
  });
});
