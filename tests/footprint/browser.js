// node browser.js GUIDE_EXE PROJECT_SOURCE_DIR WORK_DIR
// The calculator's pages in headless Chromium, from file:// under the site's CSP (a site built by
// `guide build`): it starts empty; the example is labelled, loads and clears in one action; one
// step per page with the answers carried in the URL fragment; a fair comparison (both scenarios
// counted the same way, a visible warning when they are not, a neutral sentence); "aucun" removes
// its block without errors; the table and the chart show the same parts; one request first with
// its energy class; field errors with the summary's links to the step that holds the field; a
// saved file whose result is the CLI's (`guide footprint` and `--answers`); CSV; import; the
// printed report (pdftotext: identification, assumptions, versions, sources, no buttons); no
// storage; and, without JavaScript, every step still lists its fields.
// Exits 77 (CTest: skipped) when playwright-core or Chromium is not installed.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const [guide, sourceDir, workDir] = process.argv.slice(2);
let playwright;
try {
  playwright = require(require.resolve('playwright-core', { paths: [path.join(sourceDir, 'node_modules'), '/usr/share/nodejs'].concat((process.env.NODE_PATH || '').split(':').filter(Boolean)) }));
} catch (e) {
  console.log('SKIP: playwright-core not found');
  process.exit(77);
}
if (!fs.existsSync('/usr/bin/chromium')) { console.log('SKIP: no /usr/bin/chromium'); process.exit(77); }

let failures = 0;
// The pages are typeset (’ for ', a no-break space before : ; ! ? and inside « »): the checks read
// their texts with plain apostrophes and spaces.
function plain(s) { return String(s).replace(/\u2019/g, "'").replace(/[\u00a0\u202f]/g, ' '); }
function check(condition, message) { if (!condition) { console.error('FAIL: ' + message); failures++; } }

const site = path.join(workDir, 'site');
fs.rmSync(workDir, { recursive: true, force: true });
fs.mkdirSync(workDir, { recursive: true });
const content = path.join(sourceDir, 'content');
execFileSync(guide, ['build', '--out', site], { cwd: sourceDir, stdio: ['ignore', 'ignore', 'inherit'] });
const reference = JSON.parse(execFileSync(guide, ['footprint', '--print-reference', '--content', content]));
const url = (name) => 'file://' + path.join(site, 'outils', name);
const STEPS = ['empreinte.html', 'empreinte-entrainement.html', 'empreinte-inference.html', 'empreinte-production.html',
  'empreinte-donnees.html', 'empreinte-materiel.html', 'empreinte-resultats.html'];

(async () => {
  const browser = await playwright.chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  page.on('dialog', (d) => d.accept());
  const text = async (selector) => plain(await page.textContent(selector));
  // Waits for the computation that follows the last action (the status names its outcome).
  const settled = () => page.waitForFunction(() => /(Résultats à jour\.|à corriger)/.test(document.getElementById('fp-status').textContent), null, { timeout: 15000 });
  // Every action clears the status first, so that waiting for "up to date" waits for the
  // computation that action starts (which may end before the action's promise resolves).
  const clearStatus = () => page.evaluate(() => { document.getElementById('fp-status').textContent = ''; });
  const click = async (selector) => { await clearStatus(); await page.click(selector); };
  const fill = async (selector, value) => { await clearStatus(); await page.fill(selector, value); };
  const select = async (selector, value) => { await clearStatus(); await page.selectOption(selector, value); };
  const upToDate = () => page.waitForFunction(() => /Résultats à jour\.$/.test(document.getElementById('fp-status').textContent), null, { timeout: 15000 });
  const go = async (name) => {
    await page.click(`.fp-steps a[href^="${name}"]`);
    await page.waitForURL(new RegExp(name.replace('.', '\\.') + '#r='));
    await page.waitForFunction(() => /(Résultats à jour\.|à corriger)/.test(document.getElementById('fp-status').textContent), null, { timeout: 15000 });
  };

  // ---- Starts empty: nothing counted, the example offered and labelled as one.
  await page.goto(url('empreinte.html'));
  await settled();
  check((await text('#fp-title')).startsWith('Étape 1 sur 7'), 'the heading says which step');
  check((await page.$$('.fp-steps a')).length === 7, 'the step list names the 7 pages');
  check((await text('#fp-summary')).startsWith('Aucun bloc'), 'empty at first: ' + await text('#fp-summary'));
  check((await page.inputValue('#fp-avec-location')) === '', 'no location chosen in advance');
  check(await page.isVisible('#fp-example-load'), 'the example is offered');
  check((await text('#fp-example-text')).startsWith('Exemple'), 'the example says it is one');
  check(!(await page.isVisible('#fp-example-banner')), 'no banner before the example is loaded');

  // ---- The example: loaded in one action, labelled while it stands, cleared in one action.
  await click('#fp-example-load');
  await upToDate();
  check(await page.isVisible('#fp-example-banner'), 'a loaded example is labelled as such');
  check((await page.inputValue('#fp-avec-location')) === 'FR', 'the example fills the fields');
  check(/Avec IA : [\d,\s]+kg CO2e ; Sans IA : [\d,\s]+kg CO2e sur 3 ans/.test(await text('#fp-summary')), 'the summary gives both scenarios');
  check((await text('#fp-allocation')).includes('comptés de la même manière'), 'the result says how both are counted');
  await click('#fp-example-clear');
  await upToDate();
  check((await text('#fp-summary')).startsWith('Aucun bloc'), 'the cleared example leaves nothing: ' + await text('#fp-summary'));
  check((await page.inputValue('#fp-avec-location')) === '', 'the cleared example empties the fields');
  check(!(await page.isVisible('#fp-example-banner')), 'no banner once cleared');
  check(!/avec-location/.test(decodeURIComponent(Buffer.from(page.url().split('#r=')[1].replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString())),
    'the address no longer carries the example');

  // ---- The example again, then its results, one request first.
  await click('#fp-example-load');
  await upToDate();
  await fill('#fp-identification-organisation', 'Métropole de Test');
  await fill('#fp-identification-projet', 'Assistant des usagers');
  await fill('#fp-identification-auteur', 'Camille Martin');
  await fill('#fp-identification-date', '2026-12-06');
  await fill('#fp-projet-lifetime_years', '5');
  await upToDate();
  check(!(await page.isVisible('#fp-example-banner')), 'once edited, the answers are the user\'s, no longer the example');
  await go('empreinte-inference.html');
  check((await page.inputValue('#fp-avec-infer-model')) === 'huggingface_hub/mistralai/Mistral-7B-Instruct-v0.3', 'step 3 shows the model of step 1\'s example');
  check((await text('#fp-summary')).includes('sur 5 ans'), 'step 3 computes with step 1\'s answer');
  await go('empreinte-resultats.html');
  const body = await text('#fp-results-body');
  check(/Avec IA : 0,05\d+ Wh/.test(body), 'one request first, in Wh: ' + body.slice(0, 300));
  check(/Classe d'énergie du modèle : A \(88,\d Wh par million/.test(body), 'the energy class, compar:IA\'s way');
  check(body.includes('EcoLogits 0.11.2'), 'the EcoLogits version is given');
  check((await page.$$('#fp-results-body table thead th')).length === 3, 'a column per scenario and one for the difference');
  check((await text('#fp-results-body caption')).includes('5 ans'), 'the results use step 1\'s answer');
  check(await page.$('#fp-chart-svg svg[role="img"]') !== null, 'the chart from the module is shown');
  // Its words are the calculator's texts (content/banks/empreinte.yaml), the core has none.
  check(plain(await text('#fp-chart-svg svg title')) === 'Émissions sur la durée de vie, par origine', 'the chart\'s title');
  check(/fourchette [\d\s,]+ kg CO2e à [\d\s,]+ kg CO2e\)/.test(plain(await text('#fp-chart-svg svg desc'))),
    'the range in the chart\'s words: ' + plain(await text('#fp-chart-svg svg desc')));

  // ---- Table and chart agree: the same parts, none shown empty.
  const rows = (await page.$$eval('#fp-results-body tbody th', (ths) => ths.map((th) => th.textContent))).map(plain);
  const legend = (await page.$$eval('#fp-chart-svg svg > text', (ts) => ts.map((t) => t.textContent))).map(plain);
  check(!rows.some((r) => r.includes('construction')), 'no "construction" row when nothing is built: ' + rows.join(' | '));
  check(!legend.some((l) => l.includes('construction')), 'no legend entry for a part never drawn: ' + legend.join(' | '));
  check(rows.some((r) => r.includes('fabrication')) && legend.includes('Fabrication du matériel'), 'manufacturing in both the table and the chart');
  check(rows.some((r) => r.includes('électricité de l\'usage')) && legend.includes('Électricité de l\'usage'), 'use electricity in both');
  check(/grille-7-criteres\/c5_[a-z0-9_-]+\.html#r=/.test(await page.getAttribute('#fp-to-grid', 'href')), 'the link to the grid criterion-5 step');
  const sources = (await page.$$eval('#fp-sources-list li', (lis) => lis.map((li) => li.textContent))).map(plain);
  check(sources.includes('EcoLogits 0.11.2, registre des modèles (2026)'), 'sources in plain words: ' + sources.join(' | '));
  check(!sources.some((s) => /\.(csv|json|py)\b|\//.test(s)), 'no file path among the sources: ' + sources.join(' | '));

  // ---- The printed report: identification, assumptions, versions, sources; no button, no file input.
  const pdf = path.join(workDir, 'report.pdf');
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  const printed = plain(execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
  for (const expected of ['Rapport d\'estimation', 'Métropole de Test', 'Assistant des usagers', 'Camille Martin', '2026-12-06',
    'Hypothèses saisies', 'Mistral 7B Instruct v0.3', '1000000 requêtes', 'France (FR)', 'Manière de compter les serveurs',
    'Part d\'un serveur partagé', 'Durée de vie du projet 5 ans', 'PUE du centre de données par défaut',
    'Entraînement ou affinage (construction) : aucun', 'Intel Xeon Gold 6148', 'EcoLogits 0.11.2', 'guide-empreinte-2',
    'Sources des valeurs de référence', 'EcoLogits 0.11.2, registre des modèles (2026)']) {
    check(printed.includes(expected), `the printed report shows "${expected}"`);
  }
  for (const absent of ['Enregistrer la saisie', 'Reprendre une saisie', 'Charger l\'exemple', 'Tout effacer', 'Imprimer le rapport'])
    check(!printed.includes(absent), `no "${absent}" control in print`);
  check(/1\. Le projet et l.électricité 2\. Entraînement ou affinage/.test(printed), 'the step list prints as a numbered list');

  // ---- A fair comparison: counted differently, a visible warning; counted alike, a sentence.
  await go('empreinte.html');
  await select('#fp-sans-allocation', 'dedicated');
  await upToDate();
  check(await page.isVisible('#fp-allocation.fp-warning'), 'different counting: the warning is visible');
  check((await text('#fp-allocation')).includes('ne sont pas comptés de la même manière'), 'the warning says why');
  await go('empreinte-resultats.html');
  check((await text('#fp-allocation')).includes('pas équitable'), 'the results page warns too');
  await go('empreinte.html');
  await select('#fp-avec-allocation', 'dedicated');
  await upToDate();
  check(!(await page.isVisible('#fp-allocation.fp-warning')), 'counted alike: no warning');
  check((await text('#fp-allocation')).includes('serveurs entiers dédiés'), 'the result says which counting');
  // The sentence is neutral whichever side emits less: the same words, "de plus" or "de moins".
  const sentence = await text('#fp-summary');
  check(/le scénario « Avec IA » émet [\d,\s]+ kg CO2e de (plus|moins) que le scénario « Sans IA »/.test(sentence), 'a neutral comparison: ' + sentence);
  await select('#fp-avec-allocation', '');
  await select('#fp-sans-allocation', '');
  await upToDate();

  // ---- "aucun": a block set to none is removed, whatever its other fields hold, without error.
  await go('empreinte-entrainement.html');
  const before = await text('#fp-summary');
  await select('#fp-avec-train-hardware', 'A100');
  await fill('#fp-avec-train-units', '4');
  await fill('#fp-avec-train-runtime_h', '300');
  await upToDate();
  check((await text('#fp-summary')) !== before, 'a training block counts');
  // ---- Cards without a manufacturing figure: named in a warning, never a silent zero.
  check(await page.isHidden('#fp-embodied-missing'), 'A100 has its figure: no warning');
  // The H200 has one now (Boavizta's method): its manufacture counts, 4 cards x 1066.9 kgCO2e x
  // 300 h / (3 years x 8760 h) = 48.716895 kg, and nothing is missing.
  await select('#fp-avec-train-hardware', 'H200');
  await upToDate();
  check(await page.isHidden('#fp-embodied-missing'), 'H200 has its figure: no warning');
  const withH200 = await page.evaluate(() => window.GuideCalculator.output().result.scenarios[0].items
    .find((item) => item.label === 'Entraînement ou affinage').co2e_embodied_kg);
  check(Math.abs(withH200 - 48.716895) < 1e-6, 'the H200s\' manufacture counts: ' + withH200);
  await select('#fp-avec-train-hardware', 'MI300X');
  await upToDate();
  check(await page.isVisible('#fp-embodied-missing'), 'MI300X has no figure: the warning is visible');
  check(/fabrication de ces cartes n'est pas comptée.*AMD Instinct MI300X/.test(await text('#fp-embodied-missing')),
    'the warning names the cards: ' + await text('#fp-embodied-missing'));
  await go('empreinte-resultats.html');
  check(await page.isVisible('#fp-embodied-missing'), 'the results page warns too');
  await go('empreinte-entrainement.html');
  await select('#fp-avec-train-hardware', 'A100');
  await upToDate();
  check(await page.isHidden('#fp-embodied-missing'), 'back to a card with its figure: the warning goes');
  await select('#fp-avec-train-hardware', '');
  await settled();  // not upToDate: a block still counted would end in errors, which the checks below name
  check((await text('#fp-summary')) === before, '"aucun" removes the block: ' + await text('#fp-summary'));
  check(await page.isHidden('#fp-error-summary'), '"aucun" raises no error');
  check(await page.$('#fp-avec-train.fp-block-off') !== null, 'the block shows it does not count');
  check((await page.inputValue('#fp-avec-train-units')) === '4', 'its other fields are kept, in case');

  // ---- A saved file: the answers of every step, a result that is the CLI's.
  await go('empreinte-resultats.html');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#fp-export-json')]);
  const savedPath = path.join(workDir, 'saved.json');
  await download.saveAs(savedPath);
  const saved = JSON.parse(fs.readFileSync(savedPath, 'utf8'));
  check(saved.form['projet-lifetime_years'] === '5' && saved.form['avec-train-runtime_h'] === '300', 'the file holds the answers of every step');
  check(saved.input.meta.organisation === 'Métropole de Test', 'the identification travels in the saved input');
  const inputPath = path.join(workDir, 'saved-input.json');
  fs.writeFileSync(inputPath, JSON.stringify(Object.assign({}, saved.input, { reference })));
  const cli = spawnSync(guide, ['footprint', inputPath], { encoding: 'utf8' }).stdout.trim();
  check(JSON.stringify(JSON.parse(cli)) === JSON.stringify(saved.result), 'the page result equals `guide footprint` on the saved input');
  const fromAnswers = JSON.parse(spawnSync(guide, ['footprint', '--answers', savedPath, '--content', content], { encoding: 'utf8' }).stdout);
  check(JSON.stringify(fromAnswers.result) === JSON.stringify(saved.result), '`guide footprint --answers` on the saved file gives the same result');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#fp-export-csv')]);
  const csvText = fs.readFileSync(await csv.path(), 'utf8');
  check(csvText.startsWith('\ufeffscenario;element;type;phase;comptage;') && /"Avec IA";"Total"/.test(csvText), 'the CSV lists the results');

  // ---- A wrong value on step 1: message next to the field, aria-invalid, summary focused.
  await go('empreinte.html');
  await fill('#fp-avec-pue', '0.8');
  await click('#fp-form button[type=submit]');
  await page.waitForFunction(() => !document.getElementById('fp-error-summary').hidden, null, { timeout: 10000 });
  // In the content's words (content/banks/empreinte.yaml, messages.out_of_range), with the field's label.
  const message = 'PUE du centre de données : saisissez une valeur entre 1 et 3 (valeur saisie : 0,8).';
  check((await text('#fp-avec-pue-error')) === message, 'message under the PUE field: ' + await text('#fp-avec-pue-error'));
  check((await page.getAttribute('#fp-avec-pue', 'aria-invalid')) === 'true', 'aria-invalid on the PUE field');
  check((await page.$$('#fp-error-list li')).length === 1, 'one summary entry for the scenario PUE');
  check((await page.evaluate(() => document.activeElement.id)) === 'fp-error-summary', 'focus moves to the summary');
  await go('empreinte-donnees.html');
  const away = await page.getAttribute('#fp-error-list a', 'href');
  check(/^empreinte\.html#r=.*&champ=avec-pue$/.test(away), 'the summary links to the step that holds the field: ' + away);
  check((await text('#fp-error-list a')).startsWith('Étape « Le projet et l\'électricité », avec IA : PUE du centre de données : saisissez'), 'the summary names the step: ' + await text('#fp-error-list a'));

  // ---- Import the saved file (on the results page, with the other files): answers back, errors gone.
  await go('empreinte-resultats.html');
  await page.setInputFiles('#fp-import', savedPath);
  await page.waitForFunction(() => document.getElementById('fp-status').textContent.indexOf('Saisie reprise') === 0);
  await page.waitForFunction(() => document.getElementById('fp-error-summary').hidden);
  check(/#r=/.test(page.url()), 'the address carries the imported answers');
  await go('empreinte-donnees.html');
  check((await page.inputValue('#fp-avec-storage-tb')) === '0.1', 'import restores every step');
  await go('empreinte.html');
  check((await page.inputValue('#fp-projet-lifetime_years')) === '5', 'import restores step 1');
  check((await page.evaluate(() => localStorage.length + Object.keys(sessionStorage).filter((k) => k !== 'guide-outil:empreinte').length)) === 0,
    'nothing written to storage but the tab\'s memory of the answers (tool-memory.js)');
  check(pageErrors.length === 0, 'no page errors: ' + pageErrors.join(' | '));

  // ---- A damaged or foreign fragment is ignored: the page still computes, empty.
  for (const hash of ['#r=%%%', '#r=bm90IGpzb24', '#r=' + Buffer.from('{"format":"autre","form":{"projet-lifetime_years":"9"}}').toString('base64url')]) {
    await page.goto('about:blank');
    await page.goto(url('empreinte-inference.html') + hash);
    await settled();
    check((await text('#fp-summary')).startsWith('Aucun bloc'), `fragment ${hash} ignored`);
  }
  check(pageErrors.length === 0, 'no page errors with a damaged fragment: ' + pageErrors.join(' | '));

  // ---- Without JavaScript every step lists its fields, each with its label.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const noJsPage = await noJs.newPage();
  for (const step of STEPS.slice(0, -1)) {
    await noJsPage.goto(url(step));
    const fields = await noJsPage.evaluate(() => [...document.querySelectorAll('#fp-form input[name], #fp-form select')]
      .map((el) => !!document.querySelector(`label[for="${el.id}"]`)));
    check(fields.length >= 4 && fields.every(Boolean), `${step} without JS: ${fields.length} fields, each labelled`);
    check(await noJsPage.isVisible('#fp-nojs'), `${step} without JS says how to use it`);
  }
  await browser.close();
  if (failures) process.exit(1);
  console.log('calculator steps work under CSP from file://: empty start, example, fair comparison, "aucun", print');
})().catch((e) => { console.error(e.stack || e); process.exit(1); });
