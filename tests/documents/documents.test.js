// Browser tests of the documents drawn from a tool (content/documents/), from file:// in headless
// Chromium: the sourcing synthesis (two suppliers entered, saved to a file, read back, printed as
// a comparison table that ranks no firm, exported) and the mention explicite (drafted from a grid
// answer set carried by the link or read from a file, printed, exported). PDF text by pdftotext,
// .odt and .docx read back by LibreOffice.
// Env: GUIDE_EXE (the generator), GUIDE_SOURCE_DIR (project root). Needs /usr/bin/chromium,
// pdftotext (poppler-utils), soffice (libreoffice-writer-nogui).
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const checks = require('../quality/lib/checks');
const { exportsOf: sharedExportsOf } = require('../annex/exports');

const { root, launch } = require('../forms/harness');
const guide = process.env.GUIDE_EXE || path.join(root, 'build/guide');

let tmp, site, browser;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'documents-test-'));
  site = path.join(tmp, 'site');
  execFileSync(guide, ['build', '--content', path.join(root, 'content'), '--templates', path.join(root, 'templates'),
    '--assets', path.join(root, 'assets'), '--out', site], { cwd: tmp, stdio: 'pipe' });
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const SYNTHESIS = 'outils/synthese-sourcing.html';
const NOTICE = 'outils/mention-explicite.html';
// The grid's result page, where its advice and the documents drawn from its answers are.
const GRID = 'outils/grille-7-criteres/resultat-avis.html';

function pageUrl(file, hash) { return pathToFileURL(path.join(site, file)).href + (hash ? '#' + hash : ''); }

// A data script of the built site, read back (test side only; the site never evaluates code).
function loadGlobal(file, name) {
  const window = {};
  new Function('window', fs.readFileSync(path.join(site, file), 'utf8'))(window);
  return window[name];
}

// Opens a page in a fresh context (its own tab memory) and records script errors, CSP
// violations and any request leaving file://.
async function open(file, hash, options = {}) {
  const context = options.context || await browser.newContext({ acceptDownloads: true, javaScriptEnabled: options.javaScriptEnabled !== false });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('request', (r) => { if (!/^(file|blob):/.test(r.url())) problems.push('request outside file://: ' + r.url()); });
  page.on('dialog', (d) => { problems.dialogs = (problems.dialogs || []).concat(d.type()); d.accept(); });
  await page.goto(pageUrl(file, hash));
  return { page, context, problems };
}

async function printedText(page, name) {
  const pdf = path.join(tmp, name + '.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info).map(Number);
  return { flat: raw.replace(/\s+/g, ' '), landscape: width > height, portrait: height > width };
}

// The .odt, .docx and .md exports of the document on the page (tests/annex/exports.js).
function exportsOf(page, name) { return sharedExportsOf(page, tmp, name); }

// axe-core on the page as it stands. axe reads the stylesheets over the network, which the page's
// CSP refuses from file:// (a console error of axe's own, not the page's): what it logs is dropped.
async function axeViolations(page, problems) {
  const before = problems.length;
  const violations = await checks.axeViolations(page);
  problems.splice(before);
  return violations;
}

// Texts as a reader sees them, whatever the no-break spaces and apostrophes typography put in.
const plain = (s) => s.replace(/\s+/g, ' ').replace(/'/g, '’');

// ---------------------------------------------------------------- the sourcing synthesis

async function synthesisReady(page) { await page.waitForFunction(() => window.GuideSynthesisPage && window.GuideSynthesisPage.ready); }

// Adds a supplier with `profiles` and names it.
async function addSupplier(page, name, profiles) {
  await page.click('button[data-action="add-supplier"]');
  const row = page.locator('#synthesis-suppliers li').last();
  await row.locator('input[name="name"]').fill(name);
  await row.locator('input[name="name"]').press('Tab');
  for (const p of profiles) await row.locator(`input[name="profile"][value="${p}"]`).check();
}

// Enters one answer: the supplier's column, in the row of the question.
async function answer(page, question, supplierIndex, level, proof, note) {
  const cell = page.locator(`#synthesis-entry tr[data-question="${question}"] td[data-supplier="${supplierIndex}"]`);
  await cell.locator('select').selectOption(level);
  if (proof) await cell.locator('input[name="proof"]').check();
  if (note) await cell.locator('input[name="note"]').fill(note);
}

test('synthesis: two suppliers, saved to a file and read back, print as a comparison table that ranks no firm', async () => {
  const data = loadGlobal('assets/documents/synthese-sourcing.js', 'GUIDE_DOCUMENTS')['synthese-sourcing'];
  const dev = data.sections.find((s) => s.id === 'dev_ecoconception');
  const host = data.sections.find((s) => s.id === 'heb_ecoconception');
  const [q1, q2] = dev.questions;
  const { page, context, problems } = await open(SYNTHESIS);
  await synthesisReady(page);
  assert.match(await page.textContent('.synthesis-principle'), /aucune note par entreprise/);
  // Alpha answers little but comes first; Beta answers fully: the columns stay in entry order.
  await addSupplier(page, 'Alpha Conseil', ['developpeur']);
  await addSupplier(page, 'Beta <b>Cloud</b>', ['developpeur', 'hebergeur']);
  // Only the eco-design theme was sent.
  for (const box of await page.$$('input[name="themes"]')) {
    if ((await box.getAttribute('value')) !== 'ecoconception') await box.uncheck();
  }
  const options = await page.$$eval('#synthesis-section option', (os) => os.map((o) => o.value));
  assert.deepEqual(options, ['dev_ecoconception', 'heb_ecoconception']);
  await page.selectOption('#synthesis-section', 'dev_ecoconception');
  assert.deepEqual(await page.$$eval('#synthesis-entry thead th', (ths) => ths.map((t) => t.textContent)),
    ['N°', 'Question', 'Alpha Conseil', 'Beta <b>Cloud</b>']);
  await answer(page, q1.id, 0, 'aucune');
  await answer(page, q1.id, 1, 'complete', true, 'déclaration publiée, note B');
  await answer(page, q2.id, 0, 'partielle');
  await answer(page, q2.id, 1, 'complete', true);
  await page.selectOption('#synthesis-section', 'heb_ecoconception');
  assert.deepEqual(await page.$$eval('#synthesis-entry thead th', (ths) => ths.map((t) => t.textContent)),
    ['N°', 'Question', 'Beta <b>Cloud</b>'], 'a section is asked only of its profile');
  await answer(page, host.questions[0].id, 0 + 1, 'non_posee');
  assert.match(await page.textContent('#synthesis-save-state'), /pas enregistrées dans un fichier/);
  // Filled in, with its entry table and the table to print: still no axe violation.
  await page.waitForSelector('#document .synthesis-themes');
  assert.deepEqual(await axeViolations(page, problems), []);

  // The table: 4 answers entered (the question not asked does not count), 3 received, 2 complete
  // with proof, 2 suppliers: "Pratique courante" (proof ≥ 50 %).
  await page.waitForSelector('#document .synthesis-themes tbody tr');
  const themeRow = await page.$$eval('#document .synthesis-themes tbody tr', (trs) => trs.map((tr) => tr.textContent.replace(/\s+/g, ' ')));
  assert.equal(themeRow.length, 1);
  assert.match(themeRow[0], /Écoconception/i);
  assert.match(plain(themeRow[0]), /3 sur 4 \(75 %\).*2 sur 4 \(50 %\).*2 sur 4 \(50 %\).*Pratique courante/);

  // Saved to a file.
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="save"]')]);
  assert.equal(saved.suggestedFilename(), 'synthese-sourcing.json');
  const file = path.join(tmp, 'synthese.json');
  await saved.saveAs(file);
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(json.tool, 'synthese-sourcing');
  assert.equal(json.questionnaire, 'questionnaire-sourcing');
  assert.deepEqual(json.suppliers.map((s) => s.name), ['Alpha Conseil', 'Beta <b>Cloud</b>']);
  assert.deepEqual(json.suppliers[1].answers[q1.id], { level: 'complete', proof: true, note: 'déclaration publiée, note B' });
  assert.equal(await page.textContent('#synthesis-save-state'), 'Saisie enregistrée dans le fichier synthese-sourcing.json.');
  const before = await page.textContent('#document');

  // Cleared, then read back from the file: the same entries, the same table.
  await page.click('button[data-action="clear"]');
  assert.deepEqual(problems.dialogs, ['confirm']);
  assert.equal(await page.$$eval('#synthesis-suppliers li', (l) => l.length), 0);
  assert.equal(await page.textContent('#document'), '');
  await page.setInputFiles('#synthesis-file', file);
  await page.waitForSelector('#document .synthesis-themes');
  assert.equal(await page.textContent('#synthesis-save-state'), 'Saisie reprise du fichier synthese.json.');
  assert.equal((await page.textContent('#document')).replace(/établie le [^,]+,/, ''), before.replace(/établie le [^,]+,/, ''));
  await page.selectOption('#synthesis-section', 'dev_ecoconception');
  assert.equal(await page.inputValue(`tr[data-question="${q1.id}"] td[data-supplier="1"] select`), 'complete');
  assert.equal(await page.inputValue(`tr[data-question="${q1.id}"] td[data-supplier="1"] input[name="note"]`), 'déclaration publiée, note B');

  // Printed: A4 landscape, the table, the reason it is no ranking, no total for any firm.
  const printed = await printedText(page, 'synthese');
  const flat = plain(printed.flat);
  assert.ok(printed.landscape, 'the synthesis prints landscape');
  for (const words of ['Synthèse des réponses au sourçage', 'Une synthèse, pas un classement', 'aucune note par entreprise',
    'La situation du marché, thème par thème', 'Pratique courante', 'Alpha Conseil', 'Beta <b>Cloud</b>', q1.ref,
    'Complète, justifiée', 'déclaration publiée, note B', 'Non posée']) {
    assert.ok(flat.includes(plain(words)), `printed: ${words}`);
  }
  assert.ok(flat.indexOf('Alpha Conseil') < flat.indexOf('Beta <b>Cloud</b>'), 'columns in entry order, not by answers');
  const tables = await page.$$eval('#document table', (ts) => ts.map((t) => t.textContent).join(' '));
  assert.ok(!/total|score|note globale|\brang\b|moyenne|classement/i.test(tables), 'no total, score, overall mark, rank or mean in the tables');
  assert.ok(!flat.includes('Ajouter une entreprise') && !flat.includes('Enregistrer dans un fichier'), 'the form does not print');
  // No count is made per supplier: every count cell belongs to a question or a theme row.
  const perSupplier = await page.$$eval('#document tr', (trs) => trs.filter((tr) => /Alpha Conseil|Beta/.test(tr.firstElementChild.textContent)).length);
  assert.equal(perSupplier, 0, 'no row sums up a supplier');

  // Names replaced by letters on request.
  await page.check('#synthesis-anonymous');
  const anonymous = plain((await printedText(page, 'synthese-anonyme')).flat);
  assert.ok(anonymous.includes('Entreprise A') && anonymous.includes('Entreprise B'));
  assert.ok(!anonymous.includes('Alpha Conseil') && !anonymous.includes('Beta <b>Cloud</b>'));
  await page.uncheck('#synthesis-anonymous');

  // Exports: the same table in .odt and .docx (LibreOffice), and in Markdown, typed markup as text.
  const { odt, md } = await exportsOf(page, 'synthese-sourcing');
  for (const words of ['Une synthèse, pas un classement', 'Pratique courante', 'Alpha Conseil', 'Beta <b>Cloud</b>', 'Complète, justifiée']) {
    assert.ok(plain(odt).includes(plain(words)), `odt: ${words}`);
  }
  assert.match(md, /^# Synthèse des réponses au sourçage/m);
  assert.ok(md.includes('Beta \\<b\\>Cloud\\</b\\>'), 'typed markup escaped in Markdown');
  assert.match(md, /\| Thème \|/);
  assert.deepEqual(problems.filter((p) => typeof p === 'string'), []);
  await context.close();
});

test('synthesis: a file that does not fit is refused with every reason, and nothing changes', async () => {
  const { page, context, problems } = await open(SYNTHESIS);
  await synthesisReady(page);
  await addSupplier(page, 'Gamma', ['integrateur']);
  const bad = path.join(tmp, 'mauvais.json');
  fs.writeFileSync(bad, JSON.stringify({
    tool: 'synthese-sourcing', version: 1, questionnaire: 'questionnaire-sourcing', questionnaire_version: 1,
    themes: ['ecoconception', 'astrologie'],
    suppliers: [
      { name: 'Delta', profiles: ['developpeur', 'voyant'], answers: { dev_eco_declaration_rgesn: { level: 'excellente' } } },
      { name: '', profiles: [], answers: {} },
    ],
  }));
  await page.setInputFiles('#synthesis-file', bad);
  await page.locator('#synthesis-errors').waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'synthesis-errors');
  const errors = (await page.$$eval('#synthesis-error-list li', (lis) => lis.map((li) => li.textContent))).map(plain);
  assert.match(plain(await page.textContent('#synthesis-errors-title')), /Le fichier mauvais\.json n’a pas été repris ; votre saisie n’a pas changé/);
  assert.ok(errors.some((e) => /thème « astrologie » n.existe pas/.test(e)), 'unknown theme');
  assert.ok(errors.some((e) => /entreprise n° 1 \(Delta\) : le profil « voyant »/.test(e)), 'unknown profile');
  assert.ok(errors.some((e) => /entreprise n° 1 \(Delta\), question Q-\d+\.\d+ : le niveau de réponse « excellente »/.test(e)), 'unknown level, by public id');
  assert.ok(errors.some((e) => /entreprise n° 2 : le nom manque/.test(e)), 'missing name');
  assert.deepEqual(await page.$$eval('#synthesis-suppliers input[name="name"]', (i) => i.map((x) => x.value)), ['Gamma']);
  // A file of a newer version, and a file of another tool.
  fs.writeFileSync(bad, JSON.stringify({ tool: 'synthese-sourcing', version: 99, questionnaire: 'questionnaire-sourcing', suppliers: [] }));
  await page.setInputFiles('#synthesis-file', bad);
  await page.waitForFunction(() => /version plus récente/.test(document.getElementById('synthesis-error-list').textContent));
  fs.writeFileSync(bad, JSON.stringify({ bank: 'grille-7-criteres', version: 1, answers: {} }));
  await page.setInputFiles('#synthesis-file', bad);
  await page.waitForFunction(() => /pas un fichier de la synthèse/.test(document.getElementById('synthesis-error-list').textContent));
  assert.deepEqual(problems.filter((p) => typeof p === 'string'), []);
  await context.close();
});

test('synthesis: entries outlive a visit to another page of the tab, and closing with unsaved entries asks first', async () => {
  const { page, context, problems } = await open(SYNTHESIS);
  await synthesisReady(page);
  // Reached from the questionnaire and from the buyer's reading path.
  for (const [from, selector] of [['outils/questionnaire-sourcing/questionnaire-compose.html', '.companions a'],
    ['outils/questionnaire-sourcing.html', '.companions a'], ['parcours/acheteur.html', 'main a[href$="synthese-sourcing.html"]']]) {
    const other = await context.newPage();
    await other.goto(pageUrl(from));
    assert.match(await other.getAttribute(selector, 'href'), /synthese-sourcing\.html$/, from);
    await other.close();
  }
  await addSupplier(page, 'Epsilon', ['hebergeur']);
  await page.click('.site-title a');
  await page.waitForLoadState('load');
  assert.ok(!page.url().includes('synthese-sourcing'));
  assert.ok((problems.dialogs || []).includes('beforeunload'), 'leaving with unsaved entries asks first');
  await page.goto(pageUrl(SYNTHESIS));
  await synthesisReady(page);
  assert.deepEqual(await page.$$eval('#synthesis-suppliers input[name="name"]', (i) => i.map((x) => x.value)), ['Epsilon']);
  assert.match(await page.textContent('#synthesis-save-state'), /reprise de la mémoire de cet onglet.*pas enregistrées/);
  // Saved: nothing to ask any more.
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="save"]')]);
  await saved.path();
  const asked = (problems.dialogs || []).length;
  await page.goto(pageUrl('index.html'));
  assert.equal((problems.dialogs || []).length, asked, 'saved: no question on leaving');
  assert.deepEqual(problems.filter((p) => typeof p === 'string'), []);
  await context.close();
});

// ---------------------------------------------------------------- the mention explicite

function toBase64Url(text) {
  return Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const GRID_ANSWERS = {
  decision_automatisee: 'non',
  q76_controle_humain: 'Les agents sont formés aux limites du score et revoient chaque dossier.',
  q38_provenance_donnees: 'Demandes d’aide instruites de 2022 à 2025 (dossiers anonymisés)',
  q34_type_algorithme: 'Arbre de décision <b>explicable</b>',
  q69_biais: 'maitrises',
  q74_ouverture: 'fermes',
  q29_localisation_france: 'france',
  ria_categorie: 'haut_risque',
};

async function noticeReady(page) { await page.waitForSelector('body.forms-ready', { state: 'attached', timeout: 15000 }); }

test('mention explicite: drafted from a grid answer set, printed and exported, with the blanks marked', async () => {
  const grid = loadGlobal('assets/banks/grille-7-criteres.js', 'GUIDE_BANKS')['grille-7-criteres'];
  const hash = 'r=' + toBase64Url(JSON.stringify({ bank: 'grille-7-criteres', version: grid.version, answers: GRID_ANSWERS }));
  // The grid's result links to the draft with its answers.
  const gridPage = await open(GRID, hash);
  await noticeReady(gridPage.page);
  const link = await gridPage.page.getAttribute('.companions a[href*="mention-explicite.html"]', 'href');
  assert.match(link, /mention-explicite\.html#r=/, 'the link carries the answers');
  await gridPage.page.click('.companions a[href*="mention-explicite.html"]');
  await gridPage.page.waitForURL(/mention-explicite\.html/);
  const page = gridPage.page, problems = gridPage.problems;
  await noticeReady(page);
  assert.match(await page.textContent('#notice-source'), /transmises par le lien.*rubriques remplies à partir de la grille/);
  const text = plain(await page.textContent('#document'));
  assert.ok(text.includes('Un traitement algorithmique a aidé à préparer cette décision, qui a été prise par un agent.'), 'the role, from the grid');
  assert.ok(text.includes('Arbre de décision <b>explicable</b>'), 'a typed answer, as text');
  assert.ok(text.includes(plain('Demandes d’aide instruites de 2022 à 2025')), 'data sources');
  assert.ok(text.includes('Des biais ont été relevés ; des mesures de correction sont en place'), 'a choice as its phrase');
  assert.ok(text.includes('Haut risque (annexe I ou annexe III)'), 'a choice without a phrase shows its label');
  assert.ok(text.includes(plain('[À compléter : la finalité du traitement')), 'the purpose is left to the buyer');
  assert.ok(!text.includes(plain('[À compléter : le rôle du traitement')), 'the role is not left blank');
  const blanks = await page.$$eval('#document .draft-field.is-blank', (s) => s.length);
  const filled = await page.$$eval('#document .draft-field:not(.is-blank)', (s) => s.length);
  assert.ok(blanks > 5 && filled >= 10, `${filled} filled, ${blanks} blank`);
  assert.deepEqual(await axeViolations(page, problems), []);

  // Printed: the three parts with their articles, the answers, the blanks; not the screen notes.
  const printed = await printedText(page, 'mention');
  const flat = plain(printed.flat);
  assert.ok(printed.portrait);
  for (const words of ['1. La mention explicite, à porter sur chaque décision', 'articles L. 311-3-1 et R. 311-3-1-1',
    'article R. 311-3-1-2', 'article L. 312-1-3', 'Le degré et le mode de contribution du traitement à la décision',
    'Les données traitées et leurs sources', 'leur pondération, appliqués à votre situation', 'Les opérations effectuées par le traitement',
    'Commission d’accès aux documents administratifs', 'article R. 343-1', 'article L. 342-1',
    'Arbre de décision <b>explicable</b>', '[À compléter : la finalité du traitement', 'Aide à la décision : un agent décide']) {
    assert.ok(flat.includes(plain(words)), `printed: ${words}`);
  }
  assert.ok(!flat.includes('À reproduire sur chaque décision'), 'the buyer notes do not print');
  assert.ok(!flat.includes('Charger un fichier de réponses'), 'the controls do not print');

  // Only the inventory entry, on request.
  await page.uncheck('input[name="parts"][value="mention"]');
  await page.uncheck('input[name="parts"][value="communication"]');
  const inventory = plain((await printedText(page, 'inventaire')).flat);
  assert.ok(inventory.includes('3. La fiche de l’inventaire') && !inventory.includes('1. La mention explicite'));
  await page.check('input[name="parts"][value="mention"]');
  await page.check('input[name="parts"][value="communication"]');

  const { odt, md } = await exportsOf(page, 'mention-explicite');
  for (const words of ['La mention explicite, à porter sur chaque décision', 'Arbre de décision <b>explicable</b>',
    '[À compléter : la finalité du traitement', 'article L. 312-1-3', 'Lieu d’hébergement', 'En France']) {
    assert.ok(plain(odt).includes(plain(words)), `odt: ${words}`);
  }
  assert.ok(!plain(odt).includes('À reproduire sur chaque décision'), 'no buyer note in the export');
  assert.match(md, /\| Rubrique \| Contenu \|/);
  assert.ok(md.includes('Arbre de décision \\<b\\>explicable\\</b\\>'));
  assert.deepEqual(problems.filter((p) => typeof p === 'string'), []);
  await gridPage.context.close();
});

test('mention explicite: a grid answers file fills the draft; a file of another tool is refused', async () => {
  const { page, context, problems } = await open(NOTICE);
  await noticeReady(page);
  assert.match(await page.textContent('#notice-source'), /Aucune réponse à la grille/);
  const other = path.join(tmp, 'besoin.json');
  fs.writeFileSync(other, JSON.stringify({ bank: 'besoin-ia', version: 1, answers: {} }));
  await page.setInputFiles('#notice-file', other);
  await page.locator('#error-summary').waitFor({ state: 'visible' });
  assert.match(plain(await page.textContent('#error-list')), /le fichier « besoin\.json » contient des réponses pour un autre outil/i);
  const grid = path.join(tmp, 'grille.json');
  fs.writeFileSync(grid, JSON.stringify({ bank: 'grille-7-criteres', version: 1, answers: Object.assign({}, GRID_ANSWERS, { decision_automatisee: 'oui' }) }));
  await page.setInputFiles('#notice-file', grid);
  await page.waitForFunction(() => /du fichier grille\.json/.test(document.getElementById('notice-source').textContent));
  assert.ok(await page.locator('#error-summary').isHidden());
  assert.ok(plain(await page.textContent('#document')).includes('Un traitement algorithmique a pris cette décision sans qu’un agent l’arrête lui-même.'));
  assert.deepEqual(problems.filter((p) => typeof p === 'string'), []);
  await context.close();
});

test('mention explicite: without JavaScript the draft shows every field as a blank to fill', async () => {
  const { page, context } = await open(NOTICE, '', { javaScriptEnabled: false });
  const spans = await page.$$eval('#document .draft-field', (s) => s.map((x) => x.textContent));
  assert.ok(spans.length > 20);
  assert.ok(spans.every((s) => plain(s).startsWith('[À compléter : ')), 'every field blank');
  const flat = plain((await printedText(page, 'mention-nojs')).flat);
  assert.ok(flat.includes('1. La mention explicite') && flat.includes('[À compléter'));
  await context.close();
});
