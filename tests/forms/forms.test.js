// The checklist and the 7-criteria grid in headless Chromium, from file:// under the site's CSP:
// conditional questions, live verdict, red lines, number errors, answers file round trip,
// rejected imports, older versions, share link, printed report; no console error, no request
// outside file://.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { buildSite, launch, openPage, formState } = require('./harness');

let built, browser;
before(async () => { built = buildSite(); browser = await launch(); });
after(async () => {
  if (browser) await browser.close();
  if (built) fs.rmSync(built.work, { recursive: true, force: true });
});

const GRID = 'outils/grille-7-criteres.html';
const CHECKLIST = 'outils/besoin-ia.html';
const verdict = (page) => page.getAttribute('#result-body .verdict', 'class');
const isHidden = (page, sel) => page.$eval(sel, (e) => e.hidden);

async function importText(page, name, text) {
  await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('grid: conditional questions appear and disappear, hidden ones are disabled', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  assert.equal(await isHidden(page, '#resultat'), false, 'the result panel is revealed');
  assert.equal(await isHidden(page, '.tool-actions'), false, 'the actions are revealed');
  assert.equal(await isHidden(page, '#q-q46_heures_gpu'), true, 'GPU questions hidden before usage_gpu');
  assert.equal(await page.$eval('#f-q46_heures_gpu', (i) => i.disabled), true, 'a hidden question cannot be filled');
  await page.check('input[name=usage_gpu][value=oui]');
  assert.equal(await isHidden(page, '#q-q46_heures_gpu'), false, 'GPU questions shown after usage_gpu = oui');
  assert.equal(await page.$eval('#f-q46_heures_gpu', (i) => i.disabled), false);
  await page.fill('#f-q46_heures_gpu', '120');
  assert.match(await page.textContent('.progress li[data-section=c5_sobriete] .progress__count'), /^\(2\/\d+/);
  await page.check('input[name=usage_gpu][value=non]');
  assert.equal(await isHidden(page, '#q-q46_heures_gpu'), true, 'hidden again after usage_gpu = non');
  assert.match(await page.textContent('.progress li[data-section=c5_sobriete] .progress__count'), /^\(1\/\d+/,
    'an answer to a hidden question does not count');
  // Hidden answers are not exported.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export]')]);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(saved.answers, { usage_gpu: 'non' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('grid: a red line gives the eliminatory verdict, announced and explained', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  assert.match(await verdict(page), /verdict--instruction-incomplete/);
  assert.equal(await page.textContent('#red-line-alerts'), '');
  await page.check('input[name=q02_biometrie][value=biometrie]');
  assert.match(await verdict(page), /verdict--non-recevable/);
  assert.equal(await page.getAttribute('#red-line-alerts', 'role'), 'alert');
  assert.match(await page.textContent('#red-line-alerts'), /Ligne rouge franchie[\s\S]*biométrie[\s\S]*Voir la question 2/);
  assert.match(await page.textContent('#verdict-status'), /Nouveau verdict : Non recevable/);
  assert.equal(await page.textContent('#live-verdict'), 'Non recevable');
  assert.match(await page.textContent('.verdict-why'), /règle 1 sur 5.*ligne rouge/);
  assert.equal(await page.getAttribute('.how-verdict li[data-level=non-recevable]', 'aria-current'), 'true');
  assert.ok(await page.$('#result-body .chart svg[role=img] desc'), 'the core chart is in the page');
  await page.check('input[name=q02_biometrie][value=etabli]');
  assert.match(await verdict(page), /verdict--instruction-incomplete/);
  assert.equal(await page.textContent('#red-line-alerts'), '');
  assert.match(await page.textContent('#result-body .score'), /^Score : 2 sur 89 points/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('checklist: the live verdict follows the answers', async () => {
  const { page, context, problems } = await openPage(browser, built.url(CHECKLIST));
  assert.match(await verdict(page), /verdict--a-clarifier/);
  await page.check('input[name=solution_simple][value=oui]');
  assert.match(await verdict(page), /verdict--pas-d-ia/);
  assert.match(await page.textContent('#result-body .verdict-text'), /satisfait autrement/);
  assert.ok(await page.$('#result-body .verdict-text a[href="../decider/index.html"]'), 'verdict text keeps its guide link');
  await page.check('input[name=solution_simple][value=non]');
  await page.check('input[name=premature_maturite][value=oui]');
  assert.match(await verdict(page), /verdict--pas-maintenant/);
  assert.equal(await isHidden(page, '#q-contre_mesures'), true);
  await page.check('input[name=impacts_recenses][value=oui]');
  assert.equal(await isHidden(page, '#q-contre_mesures'), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('grid: a number out of range is reported, linked and not counted', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  await page.fill('#f-q28_pue', '0.5');
  await page.press('#f-q28_pue', 'Tab');
  assert.equal(await isHidden(page, '#error-summary'), false);
  assert.equal(await page.getAttribute('#error-list a', 'href'), '#f-q28_pue');
  assert.match(await page.textContent('#error-list'), /comprise entre 1 et 5/);
  assert.equal(await page.getAttribute('#f-q28_pue', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#f-q28_pue', 'aria-describedby'), /\berr-q28_pue\b/);
  assert.equal(await isHidden(page, '#err-q28_pue'), false);
  assert.match(await page.textContent('#result-body .score'), /^Score : 0 /, 'the invalid value scores nothing');
  await page.click('#error-list a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-q28_pue', 'the summary link moves focus to the field');
  await page.fill('#f-q28_pue', '1.2');
  await page.press('#f-q28_pue', 'Tab');
  assert.equal(await isHidden(page, '#error-summary'), true);
  assert.equal(await page.getAttribute('#f-q28_pue', 'aria-invalid'), null);
  assert.equal(await page.getAttribute('#f-q28_pue', 'aria-describedby'), 'hint-q28_pue');
  assert.match(await page.textContent('#result-body .score'), /^Score : 2 /, 'PUE 1,2 < 1,5 scores 2');
  assert.deepEqual(problems, []);
  await context.close();
});

async function fillGrid(page) {
  await page.check('input[name=q01_donnees_discriminatoires][value=etabli]');
  await page.check('input[name=relation_usagers][value=oui]');
  await page.check('input[name=q08_benefices_usagers][value=parcours]');
  await page.check('input[name=q08_benefices_usagers][value=information]');
  await page.fill('#f-q07_usagers_concernes', 'Environ 40 agents ; « 12 000 » usagers/an\nligne 2 — été');
  await page.fill('#f-q28_pue', '1.35');
  await page.check('input[name=usage_gpu][value=oui]');
  await page.fill('#f-q46_heures_gpu', '250');
}

test('grid: export then import restores the same answers; Tout effacer clears them', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  await fillGrid(page);
  const filled = await formState(page);
  const result = await page.textContent('#result-body');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export]')]);
  assert.match(download.suggestedFilename(), /^grille-7-criteres-reponses-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(saved.bank, 'grille-7-criteres');
  assert.equal(saved.version, 1);
  assert.match(saved.date, /^\d{4}-\d{2}-\d{2}$/);
  assert.deepEqual(saved.answers, {
    q01_donnees_discriminatoires: 'etabli',
    q07_usagers_concernes: 'Environ 40 agents ; « 12 000 » usagers/an\nligne 2 — été',
    relation_usagers: 'oui',
    q08_benefices_usagers: ['parcours', 'information'],
    q28_pue: 1.35,
    usage_gpu: 'oui',
    q46_heures_gpu: 250,
  });
  await page.click('[data-action=reset]');
  assert.deepEqual(await formState(page), {}, 'Tout effacer empties the form');
  assert.match(await verdict(page), /verdict--instruction-incomplete/);
  await page.setInputFiles('#import-file', file);
  await page.waitForFunction(() => /Réponses reprises/.test(document.getElementById('action-status').textContent));
  assert.deepEqual(await formState(page), filled);
  assert.equal(await page.textContent('#result-body'), result, 'same result after the round trip');
  assert.equal(await isHidden(page, '#error-summary'), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('grid: a bad answers file is refused with a French message and changes nothing', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  await fillGrid(page);
  const filled = await formState(page);
  const result = await page.textContent('#result-body');
  const cases = [
    ['malformed.json', '{"bank": "grille-7-criteres", "answers": {', /JSON mal formé/],
    ['list.json', '[1, 2]', /format attendu/],
    ['other.json', '{"bank": "besoin-ia", "version": 1, "answers": {"solution_simple": "oui"}}', /autre outil \(« besoin-ia »\)/],
    ['unknown.json', '{"bank": "grille-7-criteres", "version": 1, "answers": {"q02_biometrie": "etabli", "pas_une_question": "oui"}}', /« pas_une_question » \(question inconnue/],
    ['type.json', '{"bank": "grille-7-criteres", "version": 1, "answers": {"q28_pue": "1.2"}}', /question \d+ \(réponse non valable\)/],
    ['choice.json', '{"bank": "grille-7-criteres", "version": 1, "answers": {"q02_biometrie": "peut-etre"}}', /réponse non valable/],
    ['range.json', '{"bank": "grille-7-criteres", "version": 1, "answers": {"q28_pue": 9}}', /valeur hors limites/],
    ['newer.json', '{"bank": "grille-7-criteres", "version": 7, "answers": {}}', /version plus récente/],
  ];
  for (const [name, text, message] of cases) {
    await importText(page, name, text);
    await page.waitForFunction(() => !document.getElementById('error-summary').hidden, null, { timeout: 5000 })
      .catch(() => assert.fail(name + ': no error shown; status: '));
    const shown = await page.textContent('#error-list');
    assert.match(shown, message, name);
    assert.match(shown, /Rien n'a été modifié/, name);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary', name + ': focus on the summary');
    assert.deepEqual(await formState(page), filled, name + ': the form is unchanged');
    assert.equal(await page.textContent('#result-body'), result, name + ': the result is unchanged');
    await page.evaluate(() => { document.getElementById('error-summary').hidden = true; });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('an older version loads what still applies and says what was dropped', async () => {
  const { page, context, problems } = await openPage(browser, built.url('outils/essai-versions.html'));
  await page.fill('#f-remarques', 'à garder');
  await importText(page, 'v1.json', JSON.stringify({ bank: 'essai-versions', version: 1,
    answers: { usage_defini: 'oui', ancienne_question: 'oui', usagers: 40 } }));
  await page.waitForFunction(() => /Réponses reprises/.test(document.getElementById('action-status').textContent));
  const said = await page.textContent('#action-status');
  assert.match(said, /version 1 de l'outil \(cette page : version 2\)/);
  assert.match(said, /1 réponse ne s'applique plus.*« ancienne_question » \(question retirée/);
  assert.deepEqual(await formState(page), { usage_defini: ['oui'], usagers: ['40'] }, 'the file replaces the form');
  assert.match(await verdict(page), /verdict--favorable/);
  assert.equal(await isHidden(page, '#error-summary'), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('grid: the share link carries the answers and refills the form', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  await fillGrid(page);
  const filled = await formState(page);
  const result = await page.textContent('#result-body');
  await page.click('[data-action=share]');
  assert.equal(await isHidden(page, '.share-output'), false);
  const url = await page.inputValue('#share-url');
  assert.ok(url.startsWith(built.url(GRID) + '#r='), url);
  await context.close();

  const second = await openPage(browser, url);
  assert.deepEqual(await formState(second.page), filled);
  assert.equal(await second.page.textContent('#result-body'), result);
  assert.match(await second.page.textContent('#action-status'), /repris.*lien de partage/);
  // Following an in-page link and coming back must not reload the link over later edits.
  await second.page.click('#result-body .answer-counts a');
  await second.page.check('input[name=q02_biometrie][value=a_verifier]');
  await second.page.goBack();
  assert.ok(second.page.url().includes('#r='));
  assert.deepEqual(await formState(second.page), Object.assign({}, filled, { q02_biometrie: ['a_verifier'] }));
  assert.deepEqual(second.problems, []);
  await second.context.close();

  const broken = await openPage(browser, built.url(GRID) + '#r=eyJiYW5rIjoiZ3JpbGxl');
  assert.equal(await isHidden(broken.page, '#error-summary'), false);
  assert.match(await broken.page.textContent('#error-list'), /lien de partage.*Rien n'a été modifié/);
  assert.deepEqual(await formState(broken.page), {});
  assert.deepEqual(broken.problems, []);
  await broken.context.close();
});

test('grid: the printed report has the header, verdict, chart and answers, not the form', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  await fillGrid(page);
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await page.click('[data-action=print]');
  assert.equal(await page.evaluate(() => window.printed), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#report-header'), true);
  assert.match(await page.textContent('#report-meta'), /^Grille d'instruction : les 7 critères — version 1 — établi le .* — verdict : Instruction incomplète\.$/);
  assert.equal(await page.isVisible('#tool-form'), false, 'the form gives way to the report');
  assert.equal(await page.isVisible('#result-body .chart svg'), true);
  assert.equal(await page.isVisible('#report-answers'), true);
  const answers = await page.textContent('#report-answer-list');
  assert.match(answers, /Un parcours plus simple ou plus rapide ; Une information de meilleure qualité/);
  assert.match(answers, /1,35 PUE/);
  assert.match(answers, /250/, 'a shown conditional question is reported');
  const hiddenTexts = await page.$$eval('.question[hidden] legend, .question[hidden] > label', (ls) => ls.map((l) => l.textContent.replace(/^\d+\.\s*/, '')));
  assert.ok(hiddenTexts.length > 0);
  for (const t of hiddenTexts) assert.ok(!answers.includes(t), 'hidden question in the report: ' + t);
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.deepEqual(problems, []);
  await context.close();
});

test('grid: axe-core finds no violation in the live states (result, red line, errors, share link)', async () => {
  const axe = fs.readFileSync(path.join(require('./harness').root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  await fillGrid(page);
  await page.check('input[name=q02_biometrie][value=biometrie]');
  await page.fill('#f-q46_heures_gpu', '-3');
  await page.press('#f-q46_heures_gpu', 'Tab');
  await page.click('[data-action=share]');
  assert.equal(await isHidden(page, '#error-summary'), false);
  await page.evaluate(axe); // evaluated by the test harness, outside the page's CSP
  const violations = await page.evaluate(() => axe.run(document, { preload: false, runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
    .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))));
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await context.close();
});
