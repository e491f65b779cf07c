// The calculator carries its "Avec IA" figures to criterion 5 of the assessment grid through the
// grid's share link: build the real site, fill the calculator's steps from file://, follow the link
// from its results page, and check that the grid holds the same numbers and scores them.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const root = process.env.GUIDE_SOURCE_DIR;
const { chromium } = require(path.join(root, 'node_modules/playwright-core'));

test('calculator results fill the grid\'s criterion 5', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-gridlink-'));
  execFileSync(process.env.GUIDE_EXE, ['build', '--out', path.join(out, 'site')], { cwd: root });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    // Each figure on its own step: the answers travel from page to page in the links.
    const next = async (file) => {
      await page.click('a[rel="next"]');
      await page.waitForURL(new RegExp(file + '#r='));
    };
    await page.goto('file://' + path.join(out, 'site/outils/empreinte.html'));
    await page.fill('#fp-projet-lifetime_years', '3');
    await page.selectOption('#fp-avec-location', 'FR');
    await next('empreinte-entrainement.html');
    await page.selectOption('#fp-avec-train-hardware', 'A100');
    await page.fill('#fp-avec-train-units', '4');
    await page.fill('#fp-avec-train-runtime_h', '300');
    await page.fill('#fp-avec-train-count', '1');
    await next('empreinte-inference.html');
    await next('empreinte-production.html');
    await next('empreinte-donnees.html');
    await page.fill('#fp-avec-transfer-gb_per_year', '1000');
    await next('empreinte-materiel.html');
    await next('empreinte-resultats.html');
    await page.waitForFunction(() => document.getElementById('fp-status').textContent === 'Résultats à jour.');
    assert.ok(await page.isVisible('#fp-to-grid'), 'the link to the grid is offered');
    const href = await page.getAttribute('#fp-to-grid', 'href');
    // The grid is in steps: the link lands on the criterion-5 page where the carried figures
    // begin, and the next step holds the rest; the answers travel in the link between them.
    assert.match(href, /grille-7-criteres\/c5_sobriete(-\d+)?\.html#r=/);
    await page.goto(new URL(href, page.url()).href);
    await page.waitForFunction(() => document.getElementById('f-q46_heures_gpu').value !== '');
    assert.equal(await page.inputValue('#f-q46_heures_gpu'), '100', '300 h once, over 3 years');
    assert.ok(await page.isChecked('input[name=usage_gpu][value=oui]'), 'the GPU gating answer is set');
    assert.ok(await page.isVisible('#q-q46_heures_gpu'), 'the GPU questions are shown');
    await page.click('a[rel=next]');
    await page.waitForFunction(() => document.getElementById('f-q58_volume_transfere').value !== '');
    assert.ok(Number(await page.inputValue('#f-q51_emissions_gpu')) > 0, 'GPU emissions carried over');
    assert.ok(await page.isVisible('#q-q51_emissions_gpu'), 'shown: the gating answer is on the previous step');
    assert.equal(await page.inputValue('#f-q58_volume_transfere'), '1000');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    fs.rmSync(out, { recursive: true, force: true });
  }
});

// The AI Act qualification carries its category into the grid the same way: its result links
// to the grid with the answer in the share link, and the grid shows it answered.
test('the AI Act qualification carries its category into the grid', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-qualif-'));
  execFileSync(process.env.GUIDE_EXE, ['build', '--out', path.join(out, 'site')], { cwd: root });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    // CV screening for a recruitment: Annex III, with profiling.
    const answers = { est_ia: 'systeme_ia', role: 'deployeur', modification_substantielle: 'non', organisme_public: 'oui', en_service: 'non',
      pratique_interdite: 'non', annexe_i: 'non', annexe_iii: 'oui', profilage: 'oui', interaction: 'non',
      contenus_generes: 'non', emotions_categorisation: 'non', modele_general: 'non' };
    const hash = Buffer.from(JSON.stringify({ bank: 'qualification-ria', answers: answers })).toString('base64url');
    await page.goto('file://' + path.join(out, 'site/outils/qualification-ria/resultat-avis.html') + '#r=' + hash);
    await page.waitForSelector('#result-advice .verdict--haut-risque');
    assert.match(await page.textContent('#result-body'), /Article 27/, 'the deployer obligations are listed');
    assert.match(await page.textContent('#result-body'), /2 décembre 2027 \(état au /, 'with their dated application');
    const href = await page.getAttribute('#carry-link', 'href');
    assert.match(href, /grille-7-criteres\.html#r=/);
    // It opens the grid's start page, whose steps then carry the answer.
    await page.goto(new URL(href, page.url()).href);
    await page.waitForSelector('body.forms-ready', { state: 'attached' });
    const carried = await page.evaluate(() => GuideForm.answers());
    assert.deepEqual(carried, { ria_categorie: 'haut_risque' });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    fs.rmSync(out, { recursive: true, force: true });
  }
});
