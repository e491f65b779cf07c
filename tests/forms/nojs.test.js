// Without JavaScript the bank pages are a complete blank questionnaire: every question shows,
// conditional ones included, the JS-only controls stay hidden, and the page prints.
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
  test(`${bankId} without JavaScript: every question shown, prints as a blank questionnaire`, async () => {
    const { page, context, problems } = await openPage(browser, built.url(`outils/${bankId}.html`), { javaScriptEnabled: false });
    const sandbox = { window: {} };
    vm.runInNewContext(fs.readFileSync(path.join(built.site, 'assets', 'banks', bankId + '.js'), 'utf8'), sandbox);
    const bank = sandbox.window.GUIDE_BANKS[bankId];
    const ids = [].concat(...bank.sections.map((s) => s.questions.map((q) => q.id)));
    assert.ok(ids.includes(conditional));
    for (const id of ids) assert.equal(await page.isVisible('#q-' + id), true, id + ' is shown');
    assert.equal(await page.isVisible(`#q-${conditional}`), true);
    assert.match(await page.textContent(`#q-${conditional} .hint`), /Question conditionnelle/);
    assert.equal(await page.isVisible('.tool-actions'), false, 'JS-only buttons stay hidden');
    assert.equal(await page.isVisible('#resultat'), false, 'no empty result panel');
    assert.equal(await page.isVisible('.how-verdict'), true, 'the verdict rules are readable');
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const file = path.join(built.work, bankId + '.pdf');
    fs.writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())[1]);
    assert.ok(pages >= 2, 'the questionnaire spans pages: ' + pages);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
    const conditionalText = bank.sections.flatMap((s) => s.questions).find((q) => q.id === conditional).text;
    assert.ok(text.includes(conditionalText.slice(0, 40).replace(/\s+/g, ' ')), 'the conditional question is printed');
    for (const control of ['Tout effacer', 'Reprendre des réponses', 'Vos réponses restent']) assert.ok(!text.includes(control), control + ' is screen-only');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
