'use strict';
// An answers file crafted to inject HTML or script, imported into a tool page ("Reprendre des
// réponses", assets/js/forms-result.js over forms-answers.js) in Chromium from file://: its texts
// (answers, unknown question ids, bank id, the file's own name) must come back as text or be
// refused, never as elements, and no script may run. Skipped when the form scripts are not in
// the tree or the WASM module was not built (the forms evaluate through GuideCore).
// Env: GUIDE_EXE, GUIDE_ROOT, GUIDE_WASM_JS (optional: copied into the site when the build
// does not find it beside the generator).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const GUIDE = process.env.GUIDE_EXE;
const ROOT = process.env.GUIDE_ROOT || path.resolve(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const PLAYWRIGHT = path.join(ROOT, 'node_modules/playwright-core');

function skipReason() {
  if (!fs.existsSync(path.join(ROOT, 'assets/js/forms-answers.js'))) return 'assets/js/forms-answers.js not in the tree';
  if (!fs.existsSync(CHROMIUM)) return 'no Chromium';
  if (!fs.existsSync(PLAYWRIGHT)) return 'no node_modules/playwright-core';
  return false;
}

const PAYLOAD = '<img src=x onerror=alert("img")><script>alert("script")</script><svg onload=alert("svg")>';

const FILES = [
  { name: 'answers.json', text: JSON.stringify({ bank: 'essai', version: 1, answers: { usage: PAYLOAD, [PAYLOAD]: 'oui' } }) },
  { name: 'other.json', text: JSON.stringify({ bank: PAYLOAD, version: 1, answers: { usage: 'oui' } }) },
  { name: 'newer.json', text: JSON.stringify({ bank: 'essai', version: 99, answers: { usage: 'oui', [PAYLOAD]: PAYLOAD } }) },
  { name: 'types.json', text: JSON.stringify({ bank: 'essai', version: PAYLOAD, answers: { usage: [PAYLOAD], x: { y: PAYLOAD } } }) },
  { name: 'not-json.json', text: PAYLOAD },
  { name: `${PAYLOAD}.json`, text: '{' },
];

test('a crafted answers file is shown as text or refused, never run', { skip: skipReason() }, async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-import-'));
  try {
    const out = path.join(work, 'site');
    execFileSync(GUIDE, ['build', '--content', path.join(ROOT, 'tests/fixtures/mini'), '--templates',
      path.join(ROOT, 'templates'), '--assets', path.join(ROOT, 'assets'), '--out', out], { stdio: 'pipe' });
    const core = path.join(out, 'assets/guide-core.js');
    if (!fs.existsSync(core) && process.env.GUIDE_WASM_JS && fs.existsSync(process.env.GUIDE_WASM_JS)) {
      fs.copyFileSync(process.env.GUIDE_WASM_JS, core);
    }
    assert.ok(fs.existsSync(core), 'the site has no assets/guide-core.js (build the WASM module)');

    const { chromium } = require(PLAYWRIGHT);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--no-first-run'],
    });
    try {
      const page = await (await browser.newContext()).newPage();
      const dialogs = [], errors = [];
      page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto('file://' + path.join(out, 'outils/essai.html'));
      await page.waitForFunction(() => window.GuideCore && window.GuideCore.ready, null, { timeout: 20000 });
      await page.evaluate(() => window.GuideCore.ready);
      for (const file of FILES) {
        await page.setInputFiles('#import-file', { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
        await page.waitForTimeout(400);
        const found = await page.evaluate(() => {
          const out = [];
          for (const el of document.querySelectorAll('*')) {
            const name = el.tagName.toLowerCase();
            if (['iframe', 'object', 'embed', 'base', 'frame', 'foreignobject'].includes(name) ||
                (name === 'svg' && !el.closest('.chart'))) out.push(name);
            if (name === 'img' && /^x$/.test(el.getAttribute('src') || '')) out.push('injected img');
            if (name === 'script' && (!el.src || el.textContent.trim())) out.push('inline script');
            for (const a of el.attributes) if (/^on/i.test(a.name)) out.push(`${name}[${a.name}]`);
          }
          return out;
        });
        assert.deepEqual(found, [], `after importing ${file.name.slice(0, 40)}`);
      }
      assert.deepEqual(dialogs, [], 'a dialog opened');
      assert.deepEqual(errors, [], 'the page threw');
    } finally {
      await browser.close();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
