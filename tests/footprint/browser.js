// node browser.js GUIDE_EXE PROJECT_SOURCE_DIR WORK_DIR
// The calculator's pages in headless Chromium, from file:// under the site's CSP (a site built by
// `guide build`): one step per page, the answers carried from step to step in the URL fragment
// (step links, previous/next, reload), live results on every step, field errors with focus on
// the summary and links to the step that holds the field, the results page with the core's chart,
// a saved file whose result is byte-identical to `guide footprint` on the saved input, the CSV
// export, import, no storage; and, without JavaScript, every step still lists its fields.
// Exits 77 (CTest: skipped) when playwright-core or Chromium is not installed.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

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
function check(condition, message) { if (!condition) { console.error('FAIL: ' + message); failures++; } }

const site = path.join(workDir, 'site');
fs.rmSync(workDir, { recursive: true, force: true });
fs.mkdirSync(workDir, { recursive: true });
execFileSync(guide, ['build', '--out', site], { cwd: sourceDir, stdio: ['ignore', 'ignore', 'inherit'] });
const reference = JSON.parse(execFileSync(guide, ['footprint', '--print-reference', '--content', path.join(sourceDir, 'content')]));
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
  const status = () => page.textContent('#fp-status');
  const upToDate = () => page.waitForFunction(() => /Résultats à jour\.$/.test(document.getElementById('fp-status').textContent), null, { timeout: 15000 });

  // Step 1, the entry page: defaults computed, the step list shows where we are.
  await page.goto(url('empreinte.html'));
  await upToDate();
  check((await page.textContent('#fp-title')).startsWith('Étape 1 sur 7'), 'the heading says which step');
  check((await page.getAttribute('.fp-steps a[aria-current="step"]', 'href')).split('#')[0] === 'empreinte.html', 'the step list marks the current step');
  check((await page.$$('.fp-steps a')).length === 7, 'the step list names the 7 pages');
  check(/Avec IA : [\d,\s]+kg CO2e ; Sans IA : [\d,\s]+kg CO2e sur 3\u00a0ans/.test(await page.textContent('#fp-summary')), 'the summary gives both scenarios');
  check(await page.getAttribute('#fp-nojs', 'hidden') !== null, 'the no-JS note is hidden');

  // An answer on step 1 travels with the "next" link, and so on to the results.
  await page.fill('#fp-projet-lifetime_years', '5');
  check(/#r=/.test(await page.getAttribute('a[rel="next"]', 'href')), 'the next link carries the answers');
  await page.click('a[rel="next"]');
  await page.waitForURL(/empreinte-entrainement\.html#r=/);
  await upToDate();
  check((await page.evaluate(() => document.activeElement.id)) === 'fp-title', 'focus starts at the new step\'s heading');
  check((await page.textContent('#fp-summary')).includes('sur 5\u00a0ans'), 'step 2 computes with step 1\'s answer');
  await page.selectOption('#fp-avec-train-hardware', 'A100');
  await page.fill('#fp-avec-train-runtime_h', '300');
  // A reload keeps the answers: the page's own address follows them.
  await page.reload();
  await upToDate();
  check((await page.inputValue('#fp-avec-train-runtime_h')) === '300', 'a reload keeps the answers of this step');
  await page.click('.fp-steps a[href^="empreinte-resultats.html"]');
  await page.waitForURL(/empreinte-resultats\.html#r=/);
  await upToDate();
  check((await page.$$('#fp-results-body table thead th')).length === 3, 'a column per scenario and one for the difference');
  check((await page.textContent('#fp-results-body caption')).includes('5\u00a0ans'), 'the results use step 1\'s answer');
  check(await page.$('#fp-chart-svg svg[role="img"]') !== null, 'the chart from the core is shown');
  check(/grille-7-criteres\/c5_[a-z0-9_-]+\.html#r=/.test(await page.getAttribute('#fp-to-grid', 'href')), 'the link to the grid is offered, to the criterion-5 step holding the carried figures');

  // A saved file: its answers are every step's, its result what the CLI computes from its input.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#fp-export-json')]);
  const savedPath = path.join(workDir, 'saved.json');
  await download.saveAs(savedPath);
  const saved = JSON.parse(fs.readFileSync(savedPath, 'utf8'));
  check(saved.form['projet-lifetime_years'] === '5' && saved.form['avec-train-runtime_h'] === '300', 'the file holds the answers of every step');
  check(Object.keys(saved.form).length === 58, `the file holds all 58 fields (${Object.keys(saved.form).length})`);
  const inputPath = path.join(workDir, 'saved-input.json');
  fs.writeFileSync(inputPath, JSON.stringify(Object.assign({}, saved.input, { reference })));
  let cli;
  try { cli = execFileSync(guide, ['footprint', inputPath]).toString().trim(); } catch (e) { cli = String(e.stdout || '').trim(); }
  // The saved file holds the parsed result; byte identity itself is equivalence.js's job.
  check(JSON.stringify(JSON.parse(cli)) === JSON.stringify(saved.result), 'the page result equals `guide footprint` on the saved input');
  check(saved.result.scenarios.length === 2 && saved.result.scenarios[0].total.co2e_kg > 0, 'saved result has two scenarios');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#fp-export-csv')]);
  const csvText = fs.readFileSync(await csv.path(), 'utf8');
  check(csvText.startsWith('\ufeffscenario;element;type;phase;') && /"Avec IA";"Total"/.test(csvText), 'the CSV lists the results');

  // A wrong value on step 1: message next to the field, aria-invalid, summary focused.
  await page.click('.fp-steps a[href^="empreinte.html"]');
  await page.waitForURL(/empreinte\.html#r=/);
  await upToDate();
  await page.fill('#fp-avec-pue', '0.8');
  await page.click('#fp-form button[type=submit]');
  await page.waitForFunction(() => !document.getElementById('fp-error-summary').hidden, null, { timeout: 10000 });
  const message = 'Le PUE doit être compris entre 1 et 3 (valeur saisie\u00a0: 0,8).';
  check((await page.textContent('#fp-avec-pue-error')) === message, 'message under the PUE field');
  check((await page.getAttribute('#fp-avec-pue', 'aria-invalid')) === 'true', 'aria-invalid on the PUE field');
  check((await page.getAttribute('#fp-avec-pue', 'aria-describedby')).includes('fp-avec-pue-error'), 'field described by its error');
  check((await page.$$('#fp-error-list li')).length === 1, 'one summary entry for the scenario PUE');
  check((await page.evaluate(() => document.activeElement.id)) === 'fp-error-summary', 'focus moves to the summary');
  check((await page.getAttribute('#fp-error-list a', 'href')) === '#fp-avec-pue', 'summary links to the field');

  // On another step, the same error links to step 1 and its field.
  await page.click('a[rel="next"]');
  await page.waitForURL(/empreinte-entrainement\.html#r=/);
  await page.waitForFunction(() => !document.getElementById('fp-error-summary').hidden, null, { timeout: 10000 });
  const away = await page.getAttribute('#fp-error-list a', 'href');
  check(/^empreinte\.html#r=.*&champ=avec-pue$/.test(away), 'the summary links to the step that holds the field: ' + away);
  check((await page.textContent('#fp-error-list a')).startsWith('Étape « Le projet et l’électricité », avec IA : Le PUE'), 'the summary names the step');
  await page.click('#fp-error-list a');
  await page.waitForURL(/empreinte\.html#r=.*&champ=avec-pue/);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'fp-avec-pue', null, { timeout: 5000 })
    .catch(() => check(false, 'the field the error names has the focus'));
  check((await page.inputValue('#fp-avec-pue')) === '0.8', 'the wrong value came along');

  // Import the saved file: the answers and the results come back, errors gone.
  await page.setInputFiles('#fp-import', savedPath);
  await page.waitForFunction(() => document.getElementById('fp-status').textContent.indexOf('Saisie reprise') === 0);
  await page.waitForFunction(() => document.getElementById('fp-error-summary').hidden);
  check((await page.inputValue('#fp-avec-pue')) === '', 'import restores the PUE field');
  check((await page.inputValue('#fp-projet-lifetime_years')) === '5', 'import restores step 1');
  check(/#r=/.test(page.url()), 'the address carries the imported answers');
  check((await page.evaluate(() => localStorage.length + Object.keys(sessionStorage).filter((k) => k !== 'guide-outil:empreinte').length)) === 0,
    'nothing written to storage but the tab\'s memory of the answers (tool-memory.js)');
  check(pageErrors.length === 0, 'no page errors: ' + pageErrors.join(' | '));

  // A damaged or foreign fragment is ignored: the defaults apply and the page still computes.
  for (const hash of ['#r=%%%', '#r=bm90IGpzb24', '#r=' + Buffer.from('{"format":"autre","form":{"projet-lifetime_years":"9"}}').toString('base64url')]) {
    await page.goto('about:blank');  // a new document each time, not a same-page hash change
    await page.goto(url('empreinte-inference.html') + hash);
    await upToDate();
    check((await page.textContent('#fp-summary')).includes('sur 3\u00a0ans'), `fragment ${hash} ignored`);
  }
  check(pageErrors.length === 0, 'no page errors with a damaged fragment: ' + pageErrors.join(' | '));

  // Without JavaScript every step lists its fields, each with its label.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  for (const step of STEPS.slice(0, -1)) {
    await plain.goto(url(step));
    const fields = await plain.evaluate(() => [...document.querySelectorAll('#fp-form input[name], #fp-form select')]
      .map((el) => !!document.querySelector(`label[for="${el.id}"]`)));
    check(fields.length >= 4 && fields.every(Boolean), `${step} without JS: ${fields.length} fields, each labelled`);
    check(await plain.isVisible('#fp-nojs'), `${step} without JS says how to use it`);
  }
  await browser.close();
  if (failures) process.exit(1);
  console.log('calculator steps work under CSP from file://, answers carried between pages');
})().catch((e) => { console.error(e.stack || e); process.exit(1); });
