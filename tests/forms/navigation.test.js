// Answers survive navigation (#19 point 1), in headless Chromium from file://, in every tool
// split into pages: the checklist, the AI Act tool and the 7-criteria grid (forms-*.js), the
// clause annex and the sourcing questionnaire (annex-*.js), the footprint calculator.
// The journey of the issue on each: answer on a step, go to a later step and answer, Back,
// Forward, the result, a reload, then out of the tool by the site's links (breadcrumb, tools
// list) and back in, with no state in the address. Each time every answer is still there: the
// address is read whenever a page is shown (the browser's restored fields never override it)
// and the tab's memory (tool-memory.js) replaces an older or missing state with the latest.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const { buildSite, launch, answersInUrl } = require('./harness');

let built, browser;
before(async () => { built = buildSite(); browser = await launch(); });
after(async () => {
  if (browser) await browser.close();
  if (built) fs.rmSync(built.work, { recursive: true, force: true });
});

async function open(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  page.on('request', (r) => { if (!/^(file|blob|data):/.test(r.url())) problems.push('request outside file://: ' + r.url()); });
  page.on('dialog', (d) => d.accept());
  await page.goto(url);
  return { page, context, problems };
}
// A page shown again from the browser's memory (bfcache) updates itself on its pageshow event,
// which may come after the navigation is reported: the value is polled (bounded) before the check.
async function settled(page, read, expected, message) {
  const want = JSON.stringify(expected);
  const deadline = Date.now() + 5000;
  let got;
  for (;;) {
    got = await read();
    if (JSON.stringify(got) === want || Date.now() > deadline) break;
    await page.waitForTimeout(50);
  }
  assert.deepEqual(got, expected, message);
}
const path = (page) => decodeURIComponent(new URL(page.url()).pathname).replace(/^.*\/outils\//, 'outils/');
// Clicks a link to another page and waits for it to load (the pages rewrite their own address).
async function follow(page, selector, ready) {
  const target = (await page.$eval(selector, (a) => a.href)).split('#')[0];
  await page.click(selector);
  await page.waitForURL((url) => url.href.split('#')[0] === target, { waitUntil: 'load' });
  await ready(page);
}
async function back(page, ready) { await page.goBack({ waitUntil: 'load' }); await ready(page); }
async function forward(page, ready) { await page.goForward({ waitUntil: 'load' }); await ready(page); }
async function reload(page, ready) { await page.reload({ waitUntil: 'load' }); await ready(page); }
// Out of the tool by the breadcrumb ("Outils"), then back in by the tools list: no state in the link.
async function outAndIn(page, entry, ready) {
  await follow(page, '.breadcrumbs a[href$="outils/index.html"], .breadcrumbs li:nth-child(2) a', async () => {});
  assert.equal(path(page), 'outils/index.html');
  await follow(page, `.tool-list a[href="${entry.replace(/^outils\//, '')}"]`, ready);
  assert.equal(path(page), entry);
  assert.equal(new URL(page.url()).hash.length > 1, true, 'the tool put its latest state back in the address');
}

// ---- checklist, AI Act tool, grid -----------------------------------------------------------
const formsReady = (page) => page.waitForSelector('body.forms-ready', { state: 'attached', timeout: 15000 });
const answers = (page) => page.evaluate(() => window.GuideForm.answers());
// Answers the first visible question of this step that has radio buttons, with its first choice.
async function answerOne(page) {
  const picked = await page.evaluate(() => {
    const box = [...document.querySelectorAll('form[data-bank] [data-question]')]
      .find((b) => !b.hidden && b.querySelector('input[type=radio]:not(:disabled)'));
    const radio = box.querySelector('input[type=radio]:not(:disabled)');
    return { id: box.dataset.question, value: radio.value, selector: `input[name="${radio.name}"][value="${radio.value}"]` };
  });
  await page.check(picked.selector);
  return picked;
}
const checked = (page, a) => page.$eval(a.selector, (i) => i.checked);

for (const tool of ['besoin-ia', 'qualification-ria', 'grille-7-criteres']) {
  test(`${tool}: Back, Forward, the result, reload and the site's links keep every answer`, async () => {
    const entry = `outils/${tool}.html`;
    const { page, context, problems } = await open(built.url(entry));
    await formsReady(page);
    await follow(page, '.progress li:first-child a', formsReady);
    const first = await answerOne(page);
    await follow(page, 'a[rel=next]', formsReady);
    const second = await answerOne(page);
    const both = { [first.id]: first.value, [second.id]: second.value };
    // A plain Back: the earlier step shows its answer, and the later step's answer is not lost.
    await back(page, formsReady);
    await settled(page, () => checked(page, first), true, 'Back: the first answer is shown');
    await settled(page, () => answers(page), both, 'Back: the later step\'s answer is kept');
    assert.deepEqual(answersInUrl(await page.$eval('a[rel=next]', (a) => a.href)), both, 'Back: the next link carries both');
    // Forward: the fields the browser restores do not replace the state.
    await forward(page, formsReady);
    await settled(page, () => checked(page, second), true, 'Forward: the second answer is shown');
    await settled(page, () => answers(page), both, 'Forward: the first answer is kept');
    await follow(page, `a[href^="../${tool}.html"]`, formsReady);
    assert.deepEqual(await answers(page), both, 'the start page has both answers');
    await reload(page, formsReady);
    assert.deepEqual(await answers(page), both, 'a reload keeps them');
    await outAndIn(page, entry, formsReady);
    assert.deepEqual(await answers(page), both, 'back in the tool by the menu: the answers are restored');
    assert.match(await page.textContent('#action-status'), /mémoire de cet onglet/, 'the restoration is said');
    // Back to the step pages by the browser's history: still everything.
    await back(page, async () => {});
    await back(page, formsReady);
    assert.equal(path(page), entry);
    await settled(page, () => answers(page), both, 'Back to the result');
    // Erasing is final: an older history entry does not bring the answers back.
    await page.click('[data-action=reset]');
    assert.deepEqual(await answers(page), {});
    await back(page, formsReady);
    await settled(page, () => answers(page), {}, 'after "Tout effacer", Back shows no answer');
    await settled(page, () => checked(page, second), false, 'nor a field the browser restored');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// ---- clause annex, sourcing questionnaire --------------------------------------------------
const annexReady = (page) => page.waitForFunction(() => window.GuideAnnexState && window.GuideAnnexState.ready, null, { timeout: 15000 });
const fragment = (page) => decodeURIComponent(new URL(page.url()).hash);

for (const [tool, box, step, field] of [
  ['clauses', 'input[name=pieces][value=ccap]', 'parametres.html', '#param-acheteur'],
  ['questionnaire-sourcing', 'input[name=themes][value=ecoconception]', 'lettre-accompagnement.html', '#param-acheteur'],
]) {
  test(`${tool}: Back, Forward, reload and the site's links keep the selection and the parameters`, async () => {
    const entry = `outils/${tool}.html`;
    const { page, context, problems } = await open(built.url(entry));
    await annexReady(page);
    await page.uncheck(box);
    await follow(page, `#step-list a[href*="${step}"]`, annexReady);
    await page.fill(field, 'Ville de Test');
    await page.waitForFunction(() => /Ville/.test(decodeURIComponent(location.hash)));
    await back(page, annexReady);
    await settled(page, () => page.isChecked(box), false, 'Back: the entry page shows its choice');
    await settled(page, async () => /=Ville.de.Test/.test(decodeURIComponent(await page.$eval(`#step-list a[href*="${step}"]`, (a) => a.href))),
      true, 'Back: the links carry the later step\'s value');
    await forward(page, annexReady);
    await settled(page, () => page.inputValue(field), 'Ville de Test', 'Forward: the value typed is shown');
    await reload(page, annexReady);
    assert.equal(await page.inputValue(field), 'Ville de Test', 'reload');
    await outAndIn(page, entry, annexReady);
    assert.equal(await page.isChecked(box), false, 'back in by the menu: the choice is restored');
    assert.match(fragment(page), /=Ville.de.Test/, 'and the value typed');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// ---- footprint calculator ------------------------------------------------------------------
const fpReady = (page) => page.waitForFunction(() => document.getElementById('fp-status').textContent === 'Résultats à jour.', null, { timeout: 15000 });

test('footprint calculator: Back, Forward, reload and the site\'s links keep the answers', async () => {
  const entry = 'outils/empreinte.html';
  const { page, context, problems } = await open(built.url(entry));
  await fpReady(page);
  await page.fill('#fp-projet-lifetime_years', '5');
  await page.waitForFunction(() => /#r=./.test(document.querySelector('a[rel=next]').href));
  await follow(page, 'a[rel=next]', fpReady);
  const later = await page.$eval('#fp-form input[type=number]', (i) => '#' + i.id);
  await page.fill(later, '7');
  await page.waitForFunction((sel) => document.querySelector(sel).value === '7' && /#r=./.test(location.hash), later);
  await page.waitForTimeout(100);
  await back(page, fpReady);
  await settled(page, () => page.inputValue('#fp-projet-lifetime_years'), '5', 'Back: step 1 shows its answer');
  await follow(page, 'a[rel=next]', fpReady);
  assert.equal(await page.inputValue(later), '7', 'Back then Next: the later step\'s answer is kept');
  await back(page, fpReady);
  await forward(page, fpReady);
  await settled(page, () => page.inputValue(later), '7', 'Forward');
  await reload(page, fpReady);
  assert.equal(await page.inputValue(later), '7', 'reload');
  await outAndIn(page, entry, fpReady);
  assert.equal(await page.inputValue('#fp-projet-lifetime_years'), '5', 'back in by the menu: the answers are restored');
  assert.deepEqual(problems, []);
  await context.close();
});
