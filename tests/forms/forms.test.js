// The checklist and the 7-criteria grid in headless Chromium, from file:// under the site's CSP.
// Both are split into steps (a start page, one page per section, the review of the answers, the
// result: render/form_steps.h): the answers travel between pages in the link (#r=) and nothing is
// stored. Checked: navigation between steps
// carrying the answers, conditional questions that depend on another step, live verdict, red
// lines, number errors, answers file round trip, rejected imports, older versions (a short bank
// on one page), share link, printed report, axe-core; no console error, no request outside
// file://, no storage.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { buildSite, launch, openPage, formState, follow, answersInUrl } = require('./harness');

let built, browser;
before(async () => { built = buildSite(); browser = await launch(); });
after(async () => {
  if (browser) await browser.close();
  if (built) fs.rmSync(built.work, { recursive: true, force: true });
});

const GRID = 'outils/grille-7-criteres.html';
const GRID_RESULT = 'outils/grille-7-criteres/resultat-avis.html';
const CHECKLIST = 'outils/besoin-ia.html';
const verdict = (page) => page.getAttribute('#result-advice .verdict', 'class');
const isHidden = (page, sel) => page.$eval(sel, (e) => e.hidden);
const stepLink = (id) => `li[data-questions~="${id}"] a`;
// Storage other than the tab's memory of a tool's answers (tool-memory.js: sessionStorage
// entries 'guide-outil:<tool>', written once the user has answered).
const storage = (page) => page.evaluate(() => localStorage.length + document.cookie.length +
  Object.keys(sessionStorage).filter((k) => k.indexOf('guide-outil:') !== 0).length);

// From a step page to the result, the way the flow goes: the review of the answers, then the advice.
async function toResult(page) {
  await follow(page, '.step-nav a[href^="verifier-reponses.html"]');
  await follow(page, '.check-go a');
}

async function importText(page, name, text) {
  await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('grid: the start page lists the steps; each step page holds its questions', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  assert.equal(await page.$('#resultat'), null, 'the result has its own page');
  assert.equal(await isHidden(page, '.tool-actions'), false, 'resuming from a file is offered');
  assert.equal(await page.$('form[data-bank] [data-question]'), null, 'no question on the start page');
  const steps = await page.$$eval('.progress li[data-questions] a', (as) => as.map((a) => a.getAttribute('href')));
  assert.equal(steps.length, 10, 'seven criteria, the 5th in three parts and the 6th in two');
  assert.ok(steps.every((href) => /^grille-7-criteres\/c\d_[a-z_]+(-\d)?\.html$/.test(href)), steps.join(' '));
  assert.match(await page.textContent('.progress li:nth-child(5)'), /Critère 5.*partie 1 sur 3.*\(0 sur \d+ questions\)/);
  await follow(page, stepLink('q28_pue'));
  assert.equal(await page.textContent('main h1'), 'G-5 Critère 5 — Sobriété énergétique (partie 1 sur 3)', 'the criterion’s public id opens the heading');
  assert.match(await page.textContent('.page-lead'), /^Étape 5 sur 10 de «\u00a0Grille d’instruction\u00a0: les 7 critères\u00a0»/);
  assert.match(await page.title(), /^Étape 5 sur 10\u00a0: Critère 5/);
  assert.equal(await page.getAttribute('a[rel=prev]', 'href'), 'c4_conditions_travail.html');
  assert.equal(await page.getAttribute('a[rel=next]', 'href'), 'c5_sobriete-2.html');
  assert.ok(await page.$('a[href="../grille-7-criteres.html"]'), 'a way back to the list of steps');
  assert.ok(await page.$('a[href="verifier-reponses.html"]'), 'a way to the review of the answers');
  assert.ok(await page.$('#q-q28_pue') && !(await page.$('#q-q02_biometrie')), 'only this step\'s questions');
  assert.equal(await storage(page), 0);
  // A guide page's link to a criterion (@outil/grille-7-criteres#s-c2_conformite) leads to its step.
  const cadre = fs.readFileSync(path.join(built.site, 'cadre', 'index.html'), 'utf8');
  assert.ok(cadre.includes('href="../outils/grille-7-criteres/c2_conformite.html#s-c2_conformite"'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('grid: answers travel between steps in the link, back and forth, and a question depends on another step', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  await follow(page, stepLink('usage_gpu'));
  assert.equal(await isHidden(page, '#q-q46_heures_gpu'), true, 'GPU questions hidden before usage_gpu');
  assert.equal(await page.$eval('#f-q46_heures_gpu', (i) => i.disabled), true, 'a hidden question cannot be filled');
  await page.check('input[name=usage_gpu][value=oui]');
  assert.equal(await isHidden(page, '#q-q46_heures_gpu'), false, 'GPU questions shown after usage_gpu = oui');
  await page.fill('#f-q46_heures_gpu', '120');
  assert.match(await page.textContent('#step-count'), /^Cette étape\u00a0: 2 sur \d+ questions répondues\. Points de la section\u00a0: \d+ sur 18\.$/);
  assert.deepEqual(answersInUrl(page.url()), { usage_gpu: 'oui', q46_heures_gpu: 120 }, 'the address keeps the answers');
  assert.match(await page.getAttribute('a[rel=next]', 'href'), /^c5_sobriete-3\.html#r=/, 'the links carry them');
  // The next step: its GPU questions depend on usage_gpu, answered on the previous one.
  await follow(page, 'a[rel=next]');
  assert.equal(await isHidden(page, '#q-q51_emissions_gpu'), false, 'shown from an answer of another step');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus on the new step\'s title');
  await page.fill('#f-q51_emissions_gpu', '42');
  await follow(page, 'a[rel=prev]');
  assert.deepEqual(await formState(page), { usage_gpu: ['oui'], q46_heures_gpu: ['120'] }, 'back with the answers');
  await page.check('input[name=usage_gpu][value=non]');
  assert.equal(await isHidden(page, '#q-q46_heures_gpu'), true, 'hidden again after usage_gpu = non');
  assert.match(await page.textContent('#step-count'), /^Cette étape\u00a0: 1 sur /, 'an answer to a hidden question does not count');
  // A reload keeps what was answered: the address was updated as the user answered.
  await page.reload();
  await page.waitForSelector('body.forms-ready', { state: 'attached' });
  assert.deepEqual(await formState(page), { usage_gpu: ['non'], q46_heures_gpu: ['120'] });
  await follow(page, 'a[href^="../grille-7-criteres.html"]');
  assert.match(await page.textContent(stepLink('q51_emissions_gpu') + ' ~ .progress__count'), /\(0 sur \d+ questions\)/,
    'the hidden GPU questions are not counted on the start page');
  // Hidden answers travel between steps but are neither exported nor shared.
  await follow(page, '.progress a[href*="resultat-avis.html"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export]')]);
  assert.deepEqual(JSON.parse(fs.readFileSync(await download.path(), 'utf8')).answers, { usage_gpu: 'non' });
  assert.equal(await storage(page), 0, 'nothing stored on the way');
  assert.deepEqual(problems, []);
  await context.close();
});

test('grid: a red line gives the eliminatory advice, announced on its step and explained with the result', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID_RESULT));
  assert.match(await verdict(page), /verdict--instruction-incomplete/);
  assert.equal(await page.textContent('#red-line-alerts'), '');
  await follow(page, 'a[href^="../grille-7-criteres.html"]');
  await follow(page, stepLink('q02_biometrie'));
  await page.check('input[name=q02_biometrie][value=biometrie]');
  assert.equal(await page.textContent('#live-verdict'), 'Non recevable');
  assert.equal(await page.getAttribute('#step-red-lines', 'role'), 'alert');
  assert.match(await page.textContent('#step-red-lines'), /Ligne rouge franchie à la question G-1\.2\u00a0: l’avis provisoire devient «\u00a0Non recevable\u00a0»\./);
  assert.match(await page.getAttribute('#q-q02_biometrie', 'class'), /has-red-line/);
  await toResult(page);
  assert.match(await verdict(page), /verdict--non-recevable/);
  assert.match(await page.textContent('#red-line-alerts'), /Ligne rouge franchie[\s\S]*biométrie[\s\S]*Voir la question G-1\.2/);
  assert.match(await page.textContent('.verdict-why'), /règle 1 sur 7.*ligne rouge/);
  assert.equal(await page.getAttribute('.how-verdict li[data-level=non-recevable]', 'aria-current'), 'true');
  assert.ok(await page.$('#result-body .chart svg[role=img] desc'), 'the core chart is in the page');
  // Its words come from content/interface/forms-result.yaml: a title, and every section in the description.
  assert.equal(await page.textContent('#result-body .chart svg title'), 'Score par section');
  assert.match(await page.textContent('#result-body .chart svg desc'),
    /^[^;]+\s:\s[\d,]+ sur [\d,]+ points \(\d+\s%\)( ; [^;]+\s:\s[\d,]+ sur [\d,]+ points \(\d+\s%\)){6}\. Avis\s:\sNon recevable\.$/);
  // The red line's link leads to the question on its step, with the answers, and focuses it.
  assert.match(await page.getAttribute('#red-line-alerts a', 'href'), /^c1_biometrie\.html#r=.*&at=q-q02_biometrie$/);
  await follow(page, '#red-line-alerts a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q-q02_biometrie');
  await page.check('input[name=q02_biometrie][value=etabli]');
  assert.equal(await page.textContent('#step-red-lines'), '');
  await toResult(page);
  assert.match(await verdict(page), /verdict--instruction-incomplete/);
  assert.equal(await page.textContent('#red-line-alerts'), '');
  assert.match(await page.textContent('#result-body .score'), /^Note\u00a0: 0,33 sur 7 \(5\u00a0%\)/, 'criterion 1 at 2 of its 6 points counts a third of its seventh');
  assert.deepEqual(problems, []);
  await context.close();
});

test('checklist: the live advice follows the answers given on its steps', async () => {
  const { page, context, problems } = await openPage(browser, built.url('outils/besoin-ia/resultat-avis.html'));
  assert.match(await verdict(page), /verdict--a-clarifier/);
  await follow(page, 'a[href^="../besoin-ia.html"]');
  await follow(page, stepLink('solution_simple'));
  await page.check('input[name=solution_simple][value=oui]');
  assert.equal(await page.textContent('#live-verdict'), 'Pas d’IA');  // the bank's label, typeset by the generator
  await toResult(page);
  assert.match(await verdict(page), /verdict--pas-d-ia/);
  assert.match(await page.textContent('#result-advice .verdict-text'), /satisfait autrement/);
  assert.ok(await page.$('#result-advice .verdict-text a[href="../../decider/index.html"]'), 'verdict text keeps its guide link');
  await follow(page, 'a[href^="../besoin-ia.html"]');
  await follow(page, stepLink('solution_simple'));
  await page.check('input[name=solution_simple][value=non]');
  await follow(page, 'a[rel=next]');
  await page.check('input[name=premature_maturite][value=oui]');
  await follow(page, 'a[rel=next]');
  assert.equal(await isHidden(page, '#q-contre_mesures'), true);
  await page.check('input[name=impacts_recenses][value=oui]');
  assert.equal(await isHidden(page, '#q-contre_mesures'), false);
  await toResult(page);
  assert.match(await verdict(page), /verdict--pas-maintenant/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('grid: a number out of range is reported, linked and not counted', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  await follow(page, stepLink('q28_pue'));
  await page.fill('#f-q28_pue', '0.5');
  await page.press('#f-q28_pue', 'Tab');
  assert.equal(await isHidden(page, '#error-summary'), false);
  assert.equal(await page.getAttribute('#error-list a', 'href'), '#f-q28_pue');
  assert.match(await page.textContent('#error-list'), /comprise entre 1 et 5/);
  assert.equal(await page.getAttribute('#f-q28_pue', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#f-q28_pue', 'aria-describedby'), /\berr-q28_pue\b/);
  assert.equal(await isHidden(page, '#err-q28_pue'), false);
  assert.deepEqual(answersInUrl(page.url()), {}, 'the invalid value is not carried');
  const url = page.url();
  await page.click('#error-list a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-q28_pue', 'the summary link moves focus to the field');
  assert.equal(page.url(), url, 'and leaves the address (the answers) alone');
  await page.fill('#f-q28_pue', '1.2');
  await page.press('#f-q28_pue', 'Tab');
  assert.equal(await isHidden(page, '#error-summary'), true);
  assert.equal(await page.getAttribute('#f-q28_pue', 'aria-invalid'), null);
  assert.equal(await page.getAttribute('#f-q28_pue', 'aria-describedby'), 'hint-q28_pue');
  await toResult(page);
  assert.equal(await page.evaluate(() => GuideForm.result().sections.find((x) => x.id === 'c5_sobriete').points), 2, 'PUE 1,2 < 1,5 scores 2');
  assert.match(await page.textContent('#result-body .score-table'), /Critère 5[^%]*14,29\u00a0%/, 'each criterion\'s share of the note is shown');
  assert.deepEqual(problems, []);
  await context.close();
});

// Fills answers on four steps, following the step links, and goes on to the result.
async function fillGrid(page) {
  await follow(page, stepLink('q01_donnees_discriminatoires'));
  await page.check('input[name=q01_donnees_discriminatoires][value=etabli]');
  await follow(page, 'a[rel=next]');
  await follow(page, 'a[rel=next]');
  await page.check('input[name=relation_usagers][value=oui]');
  await page.check('input[name=q08_benefices_usagers][value=parcours]');
  await page.check('input[name=q08_benefices_usagers][value=information]');
  await page.fill('#f-q07_usagers_concernes', 'Environ 40 agents ; « 12 000 » usagers/an\nligne 2 — été');
  await follow(page, 'a[href^="../grille-7-criteres.html"]');
  await follow(page, stepLink('q28_pue'));
  await page.fill('#f-q28_pue', '1.35');
  await follow(page, 'a[rel=next]');
  await page.check('input[name=usage_gpu][value=oui]');
  await page.fill('#f-q46_heures_gpu', '250');
  await toResult(page);
}
const FILLED = {
  q01_donnees_discriminatoires: 'etabli',
  q07_usagers_concernes: 'Environ 40 agents ; « 12 000 » usagers/an\nligne 2 — été',
  relation_usagers: 'oui',
  q08_benefices_usagers: ['parcours', 'information'],
  q28_pue: 1.35,
  usage_gpu: 'oui',
  q46_heures_gpu: 250,
};

test('grid: export then import restores the same answers; Tout effacer clears them', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  await fillGrid(page);
  const result = await page.textContent('#result-body');
  assert.match(result, /7 questions répondues/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export]')]);
  assert.match(download.suggestedFilename(), /^grille-7-criteres-reponses-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(saved.bank, 'grille-7-criteres');
  assert.equal(saved.version, 2);
  assert.match(saved.date, /^\d{4}-\d{2}-\d{2}$/);
  assert.deepEqual(saved.answers, FILLED);
  await page.click('[data-action=reset]');
  assert.deepEqual(answersInUrl(page.url()), {}, 'Tout effacer empties the address');
  assert.match(await verdict(page), /verdict--instruction-incomplete/);
  assert.doesNotMatch(await page.getAttribute('a[href^="verifier-reponses.html"]', 'href'), /#/, 'and the links to the other pages');
  await page.setInputFiles('#import-file', file);
  await page.waitForFunction(() => /Réponses reprises/.test(document.getElementById('action-status').textContent));
  assert.equal(await page.textContent('#result-body'), result, 'same result after the round trip');
  assert.deepEqual(answersInUrl(page.url()), FILLED);
  assert.equal(await isHidden(page, '#error-summary'), true);
  await follow(page, 'a[href^="../grille-7-criteres.html"]');
  await follow(page, stepLink('q07_usagers_concernes'));
  assert.deepEqual(await formState(page), { q07_usagers_concernes: [FILLED.q07_usagers_concernes],
    relation_usagers: ['oui'], q08_benefices_usagers: ['parcours', 'information'] }, 'the step shows the imported answers');
  assert.deepEqual(problems, []);
  await context.close();
});

test('grid: a bad answers file is refused with a French message and changes nothing', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  await fillGrid(page);
  const url = page.url();
  const result = await page.textContent('#result-body');
  const cases = [
    ['malformed.json', '{"bank": "grille-7-criteres", "answers": {', /JSON mal formé/],
    ['list.json', '[1, 2]', /format attendu/],
    ['other.json', '{"bank": "besoin-ia", "version": 1, "answers": {"solution_simple": "oui"}}', /autre outil \(«\u00a0besoin-ia\u00a0»\)/],
    ['unknown.json', '{"bank": "grille-7-criteres", "version": 2, "answers": {"q02_biometrie": "etabli", "pas_une_question": "oui"}}', /«\u00a0pas_une_question\u00a0» \(question inconnue/],
    ['type.json', '{"bank": "grille-7-criteres", "version": 2, "answers": {"q28_pue": "1.2"}}', /question G-5\.8 \(réponse non valable\)/],
    ['choice.json', '{"bank": "grille-7-criteres", "version": 2, "answers": {"q02_biometrie": "peut-etre"}}', /réponse non valable/],
    ['range.json', '{"bank": "grille-7-criteres", "version": 2, "answers": {"q28_pue": 9}}', /valeur hors limites/],
    ['newer.json', '{"bank": "grille-7-criteres", "version": 7, "answers": {}}', /version plus récente/],
  ];
  for (const [name, text, message] of cases) {
    await importText(page, name, text);
    await page.waitForFunction(() => !document.getElementById('error-summary').hidden, null, { timeout: 5000 })
      .catch(() => assert.fail(name + ': no error shown'));
    const shown = await page.textContent('#error-list');
    assert.match(shown, message, name);
    assert.match(shown, /Rien n’a été modifié/, name);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary', name + ': focus on the summary');
    assert.equal(page.url(), url, name + ': the answers are unchanged');
    assert.equal(await page.textContent('#result-body'), result, name + ': the result is unchanged');
    await page.evaluate(() => { document.getElementById('error-summary').hidden = true; });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a short bank stays one page; an older version loads what still applies and says what was dropped', async () => {
  const { page, context, problems } = await openPage(browser, built.url('outils/essai-versions.html'));
  assert.ok(await page.$('#f-remarques') && await page.$('#resultat'), 'questions and result on one page');
  assert.equal(fs.existsSync(path.join(built.site, 'outils', 'essai-versions')), false, 'no step pages');
  await page.fill('#f-remarques', 'à garder');
  await importText(page, 'v1.json', JSON.stringify({ bank: 'essai-versions', version: 1,
    answers: { usage_defini: 'oui', ancienne_question: 'oui', usagers: 40 } }));
  await page.waitForFunction(() => /Réponses reprises/.test(document.getElementById('action-status').textContent));
  const said = await page.textContent('#action-status');
  assert.match(said, /version 1 de l’outil \(cette page\u00a0: version 2\)/);
  assert.match(said, /1 réponse ne s’applique plus\u00a0: .*«\u00a0ancienne_question\u00a0» \(question retirée/);
  assert.deepEqual(await formState(page), { usage_defini: ['oui'], usagers: ['40'] }, 'the file replaces the form');
  assert.match(await verdict(page), /verdict--favorable/);
  assert.equal(await isHidden(page, '#error-summary'), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('grid: the share link carries the answers to the result and to every step', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  await fillGrid(page);
  const result = await page.textContent('#result-body');
  await page.click('[data-action=share]');
  assert.equal(await isHidden(page, '.share-output'), false);
  const url = await page.inputValue('#share-url');
  assert.ok(url.startsWith(built.url(GRID_RESULT) + '#r='), url);
  assert.deepEqual(answersInUrl(url), FILLED);
  await context.close();

  const second = await openPage(browser, url);
  assert.equal(await second.page.textContent('#result-body'), result);
  assert.match(await second.page.textContent('#action-status'), /repris.*lien\u00a0: 7 réponses/);
  await follow(second.page, 'a[href^="../grille-7-criteres.html"]');
  await follow(second.page, stepLink('q46_heures_gpu'));
  assert.deepEqual(await formState(second.page), { usage_gpu: ['oui'], q46_heures_gpu: ['250'] });
  assert.deepEqual(second.problems, []);
  await second.context.close();

  const broken = await openPage(browser, built.url(GRID_RESULT) + '#r=eyJiYW5rIjoiZ3JpbGxl');
  assert.equal(await isHidden(broken.page, '#error-summary'), false);
  assert.match(await broken.page.textContent('#error-list'), /lien.*Rien n’a été modifié/);
  assert.match(await verdict(broken.page), /verdict--instruction-incomplete/);
  assert.deepEqual(broken.problems, []);
  await broken.context.close();
});

test('grid: the printed report has the header, advice, chart and answers, not the steps', async () => {
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  await fillGrid(page);
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await page.click('[data-action=print]');
  assert.equal(await page.evaluate(() => window.printed), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#report-header'), true);
  assert.match(await page.textContent('#report-meta'), /^Grille d’instruction\u00a0: les 7 critères — version 2 — établi le .* — avis\u00a0: Instruction incomplète\.$/);
  assert.equal(await page.isVisible('.step-nav'), false, 'the way back to the answers is not printed');
  assert.equal(await page.isVisible('#result-body .chart svg'), true);
  assert.equal(await page.isVisible('#report-answers'), true);
  const answers = await page.textContent('#report-answer-list');
  assert.match(answers, /Un parcours plus simple ou plus rapide ; Une information de meilleure qualité/);
  assert.match(answers, /1,35 PUE/);
  assert.match(answers, /250/, 'a shown conditional question is reported');
  assert.match(answers, /G-5\.23 /, 'questions are reported with their public id');
  const hiddenTexts = await page.evaluate(() => {
    const visible = GuideForm.result().visible;
    return GuideForm.questions.filter((i) => !visible.includes(i.q.id)).map((i) => i.q.text);
  });
  assert.ok(hiddenTexts.length > 0);
  for (const t of hiddenTexts) assert.ok(!answers.includes(t), 'hidden question in the report: ' + t);
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.equal(await page.$$eval('#report-answer-list *', (e) => e.length), 0, 'the printed copy goes away after printing');
  assert.deepEqual(problems, []);
  await context.close();
});

test('grid: axe-core finds no violation in the live states (result, red line, errors, share link, step)', async () => {
  const axe = fs.readFileSync(path.join(require('./harness').root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const check = async (page) => {
    await page.evaluate(axe); // evaluated by the test harness, outside the page's CSP
    return page.evaluate(() => axe.run(document, { preload: false, runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
      .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))));
  };
  const { page, context, problems } = await openPage(browser, built.url(GRID));
  await fillGrid(page);
  await follow(page, 'a[href^="../grille-7-criteres.html"]');
  await follow(page, stepLink('q02_biometrie'));
  await page.check('input[name=q02_biometrie][value=biometrie]');
  assert.deepEqual(await check(page), [], 'step with a red line');
  await follow(page, 'a[href^="../grille-7-criteres.html"]');
  assert.deepEqual(await check(page), [], 'start page with answers');
  await follow(page, stepLink('q46_heures_gpu'));
  await page.fill('#f-q46_heures_gpu', '-3');
  await page.press('#f-q46_heures_gpu', 'Tab');
  assert.equal(await isHidden(page, '#error-summary'), false);
  assert.deepEqual(await check(page), [], 'step with a number error');
  await follow(page, '.step-nav a[href^="verifier-reponses.html"]');
  assert.deepEqual(await check(page), [], 'the review of the answers');
  await follow(page, '.check-go a');
  await page.click('[data-action=share]');
  assert.deepEqual(await check(page), [], 'result with a red line and the share link');
  assert.deepEqual(problems, []);
  await context.close();
});
