// Without JavaScript the bank pages still make a complete blank questionnaire: the start page
// lists the steps (plain links) and "Commencer" leads to the first; every step page shows all its
// questions, conditional ones included, keeps the JS-only controls hidden, and prints. Together
// the step pages hold every question of the bank, each once. The review of the answers lists every
// question, each with a link to its step; the result page shows the rules of the advice.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const vm = require('vm');
const { buildSite, launch, openPage } = require('./harness');

let built, browser;
before(async () => { built = buildSite(); browser = await launch(); });
after(async () => {
  if (browser) await browser.close();
  if (built) fs.rmSync(built.work, { recursive: true, force: true });
});

for (const [bankId, conditional] of [['grille-7-criteres', 'q46_heures_gpu'], ['besoin-ia', 'contre_mesures']]) {
  test(`${bankId} without JavaScript: the steps are listed, each shows all its questions and prints blank`, async () => {
    const sandbox = { window: {} };
    vm.runInNewContext(fs.readFileSync(path.join(built.site, 'assets', 'banks', bankId + '.js'), 'utf8'), sandbox);
    const bank = sandbox.window.GUIDE_BANKS[bankId];
    const ids = [].concat(...bank.sections.map((s) => s.questions.map((q) => q.id)));
    assert.ok(ids.includes(conditional));

    const entry = await openPage(browser, built.url(`outils/${bankId}.html`), { javaScriptEnabled: false });
    const steps = await entry.page.$$eval('.progress li[data-questions] a', (as) => as.map((a) => a.href));
    assert.ok(steps.length >= bank.sections.length, 'at least one step per section');
    assert.equal(await entry.page.$eval('.button--start', (a) => a.href), steps[0], 'Commencer opens the first step');
    assert.equal(await entry.page.isVisible('.tool-actions'), false, 'JS-only buttons stay hidden');
    assert.equal(await entry.page.isVisible('#identification'), false, 'the identification needs JavaScript to travel');
    assert.deepEqual(entry.problems, []);
    await entry.context.close();

    const result = await openPage(browser, built.url(`outils/${bankId}/resultat-avis.html`), { javaScriptEnabled: false });
    assert.equal(await result.page.isVisible('#resultat'), false, 'no empty result panel');
    assert.equal(await result.page.isVisible('.how-verdict'), true, 'the rules of the advice are readable');
    assert.deepEqual(result.problems, []);
    await result.context.close();

    const review = await openPage(browser, built.url(`outils/${bankId}/verifier-reponses.html`), { javaScriptEnabled: false });
    const rows = await review.page.$$eval('.check-list li', (lis) => lis.map((li) => ({
      id: li.dataset.question, href: li.querySelector('a').href, shown: li.offsetParent !== null })));
    assert.deepEqual(rows.map((r) => r.id), ids, 'the review lists every question, in bank order');
    assert.ok(rows.every((r) => r.shown), 'all shown, conditional ones included');
    for (const r of rows) {
      assert.ok(steps.includes(r.href.split('#')[0]), r.id + ': its link opens a step');
      assert.equal(new URL(r.href).hash, '#q-' + r.id, r.id + ': at the question');
    }
    assert.deepEqual(review.problems, []);
    await review.context.close();

    const seen = [];
    for (const url of steps) {
      const { page, context, problems } = await openPage(browser, url, { javaScriptEnabled: false });
      const here = await page.$$eval('[data-question]', (boxes) => boxes.map((b) => b.dataset.question));
      assert.ok(here.length > 0, url);
      for (const id of here) assert.equal(await page.isVisible('#q-' + id), true, id + ' is shown');
      seen.push(...here);
      assert.equal(await page.isVisible('.live-summary'), false, 'no live state without JS');
      assert.equal(await page.isVisible('.step-nav'), true, 'the way on is there');
      if (here.includes(conditional)) {
        assert.match(await page.textContent(`#q-${conditional} .hint`), /Question conditionnelle/);
        const pdf = await page.pdf({ format: 'A4' });
        assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
        const file = path.join(built.work, bankId + '.pdf');
        fs.writeFileSync(file, pdf);
        const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
        const conditionalText = bank.sections.flatMap((s) => s.questions).find((q) => q.id === conditional).text;
        assert.ok(text.includes(conditionalText.slice(0, 40).replace(/\s+/g, ' ')), 'the conditional question is printed');
        for (const control of ['Étape suivante', 'Vos réponses restent']) assert.ok(!text.includes(control), control + ' is screen-only');
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
    assert.deepEqual(seen, ids, 'the steps hold every question once, in bank order');
  });
}
