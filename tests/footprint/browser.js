// node browser.js GUIDE_EXE GUIDE_WASM_JS PROJECT_SOURCE_DIR WORK_DIR
// The calculator page in headless Chromium, from file:// under the site's CSP: live results,
// field errors with focus on the summary, the core's chart, and a saved file whose result is
// byte-identical to `guide footprint` on the saved input. Exits 77 (CTest: skipped) when
// playwright-core or Chromium is not installed.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const [guide, wasmJs, sourceDir, workDir] = process.argv.slice(2);
let playwright;
try {
  playwright = require(require.resolve('playwright-core', { paths: [path.join(sourceDir, 'node_modules'), '/usr/share/nodejs'].concat((process.env.NODE_PATH || '').split(':').filter(Boolean)) }));
} catch (e) {
  console.log('SKIP: playwright-core not found');
  process.exit(77);
}
if (!fs.existsSync('/usr/bin/chromium')) { console.log('SKIP: no /usr/bin/chromium'); process.exit(77); }

// The few Mustache forms the template uses: comments, {{var}}, {{#list}}…{{/list}}.
function render(template, context) {
  let out = template.replace(/\{\{![\s\S]*?\}\}\n?/g, '');
  out = out.replace(/\{\{#(\w+)\}\}([\s\S]*?)\{\{\/\1\}\}/g, (m, name, body) =>
    (context[name] || []).map((item) => body.replace(/\{\{(\w+)\}\}/g, (m2, k) => String(item[k] === undefined ? '' : item[k]))).join(''));
  return out.replace(/\{\{(\w+)\}\}/g, (m, k) => String(context[k] === undefined ? '' : context[k]));
}

let failures = 0;
function check(condition, message) { if (!condition) { console.error('FAIL: ' + message); failures++; } }

const site = path.join(workDir, 'site');
fs.mkdirSync(path.join(site, 'assets', 'js'), { recursive: true });
const reference = JSON.parse(execFileSync(guide, ['footprint', '--print-reference', '--content', path.join(sourceDir, 'content')]));
fs.copyFileSync(wasmJs, path.join(site, 'assets', 'guide-core.js'));
fs.copyFileSync(path.join(sourceDir, 'assets', 'js', 'footprint.js'), path.join(site, 'assets', 'js', 'footprint.js'));
fs.writeFileSync(path.join(site, 'assets', 'footprint-data.js'), 'window.GUIDE_FOOTPRINT_DATA=' + JSON.stringify(reference).replace(/</g, '\\u003c') + ';\n');
const body = render(fs.readFileSync(path.join(sourceDir, 'templates', 'calculator.mustache'), 'utf8'), {
  root: '', data_version: reference.data_version,
  locations: reference.locations, hardware: reference.hardware, models: reference.models,
});
const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'";
fs.writeFileSync(path.join(site, 'index.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}"><title>Empreinte</title></head><body><main>${body}</main>
<script src="assets/guide-core.js"></script><script src="assets/footprint-data.js"></script><script src="assets/js/footprint.js"></script></body></html>`);

(async () => {
  const browser = await playwright.chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ acceptDownloads: true });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto('file://' + path.join(site, 'index.html'));
  await page.waitForFunction(() => document.getElementById('fp-status').textContent !== '', null, { timeout: 15000 });
  check((await page.textContent('#fp-status')) === 'Résultats à jour.', 'first computation: ' + await page.textContent('#fp-status'));
  check((await page.$$('#fp-results-body table thead th')).length === 3, 'a column per scenario and one for the difference');
  check(await page.$('#fp-chart-svg svg[role="img"]') !== null, 'the chart from the core is shown');
  check(await page.getAttribute('#fp-nojs', 'hidden') !== null, 'the no-JS note is hidden');

  // A saved file: its result must be what the CLI computes from its input.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#fp-export-json')]);
  const savedPath = path.join(workDir, 'saved.json');
  await download.saveAs(savedPath);
  const saved = JSON.parse(fs.readFileSync(savedPath, 'utf8'));
  const inputPath = path.join(workDir, 'saved-input.json');
  fs.writeFileSync(inputPath, JSON.stringify(Object.assign({}, saved.input, { reference })));
  let cli;
  try { cli = execFileSync(guide, ['footprint', inputPath]).toString().trim(); } catch (e) { cli = String(e.stdout || '').trim(); }
  // The saved file holds the parsed result; byte identity itself is equivalence.js's job.
  check(JSON.stringify(JSON.parse(cli)) === JSON.stringify(saved.result), 'the page result equals `guide footprint` on the saved input');
  check(saved.result.scenarios.length === 2 && saved.result.scenarios[0].total.co2e_kg > 0, 'saved result has two scenarios');

  // A wrong value: message next to the field, aria-invalid, summary focused, block left out.
  await page.fill('#fp-avec-pue', '0.8');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => !document.getElementById('fp-error-summary').hidden, null, { timeout: 10000 })
    .catch(() => check(false, 'error summary shown; status: ' + document));
  const message = 'Le PUE doit être compris entre 1 et 3 (valeur saisie\u00a0: 0,8).';
  check((await page.textContent('#fp-avec-pue-error')) === message, 'message under the PUE field');
  check((await page.getAttribute('#fp-avec-pue', 'aria-invalid')) === 'true', 'aria-invalid on the PUE field');
  check((await page.getAttribute('#fp-avec-pue', 'aria-describedby')).includes('fp-avec-pue-error'), 'field described by its error');
  check((await page.$$('#fp-error-list li')).length === 1, 'one summary entry for the scenario PUE');
  check((await page.evaluate(() => document.activeElement.id)) === 'fp-error-summary', 'focus moves to the summary');
  check((await page.getAttribute('#fp-error-list a', 'href')) === '#fp-avec-pue', 'summary links to the field');

  // Import the saved file: the form and the results come back, errors gone.
  await page.setInputFiles('#fp-import', savedPath);
  await page.waitForFunction(() => document.getElementById('fp-status').textContent.indexOf('Saisie reprise') === 0);
  await page.waitForFunction(() => document.getElementById('fp-error-summary').hidden);
  check((await page.inputValue('#fp-avec-pue')) === '', 'import restores the PUE field');
  check(pageErrors.length === 0, 'no page errors: ' + pageErrors.join(' | '));
  await browser.close();
  if (failures) process.exit(1);
  console.log('calculator page works under CSP from file://');
})().catch((e) => { console.error(e.stack || e); process.exit(1); });
