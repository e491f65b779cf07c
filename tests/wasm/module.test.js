// The WebAssembly module as the browser gets it: one classic script that sets the global
// GuideCore, runs under a CSP without 'unsafe-eval', fits the size budget, and answers through
// evaluate() and chart() once GuideCore.ready resolves.
// usage: node module.test.js GUIDE_CORE_JS SOURCE_DIR
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const zlib = require('zlib');

const [coreJs, sourceDir] = process.argv.slice(2);
const BUDGET = 150 * 1024;

async function main() {
  const source = fs.readFileSync(coreJs, 'utf8');
  const raw = Buffer.byteLength(source);
  const gzip = zlib.gzipSync(source, { level: 9 }).length;
  console.log(`guide-core.js: ${raw} bytes raw, ${gzip} bytes gzip -9 (budget ${BUDGET} raw)`);
  assert.ok(raw < BUDGET, `guide-core.js is ${raw} bytes, over the ${BUDGET}-byte budget`);
  for (const forbidden of ['eval(', 'new Function', 'Function(', 'importScripts', 'fetch(', 'XMLHttpRequest']) {
    assert.ok(!source.includes(forbidden), `guide-core.js contains '${forbidden}' (forbidden by the CSP or file://)`);
  }

  // A browser-like global scope: no require, no module, no process.
  const window = {
    TextEncoder, TextDecoder, atob, Blob, Response, DecompressionStream, WebAssembly, console,
  };
  window.window = window;
  vm.createContext(window);
  vm.runInContext(source, window, { filename: 'guide-core.js' });
  const GuideCore = window.GuideCore;
  assert.ok(GuideCore, 'the script defines the global GuideCore');
  assert.throws(() => GuideCore.evaluate('{}', '{}'), /not ready/);
  assert.ok(GuideCore.ready && typeof GuideCore.ready.then === 'function', 'GuideCore.ready is a Promise');
  const ready = await GuideCore.ready;
  assert.strictEqual(ready, GuideCore);

  const bank = {
    id: 'mini', version: 1, kind: 'checklist', title: 'Mini',
    sections: [{ id: 's', title: 'Section é', questions: [
      { id: 'q', text: 'Q ?', type: 'yesno', choices: [{ id: 'oui', label: 'Oui', score: 1 }, { id: 'non', label: 'Non', score: 0 }] },
    ] }],
    verdicts: [{ level: 'ok', label: 'OK', text: 'OK.' }],
  };
  const result = JSON.parse(GuideCore.evaluate(JSON.stringify(bank), '{"bank":"mini","version":1,"answers":{"q":"oui"}}'));
  assert.strictEqual(result.score, 1);
  assert.strictEqual(result.sections[0].title, 'Section é');  // UTF-8 both ways
  assert.strictEqual(result.verdict.level, 'ok');
  // Objects are accepted for convenience and serialised first.
  assert.strictEqual(GuideCore.evaluate(bank, { answers: { q: 'non' } }),
    GuideCore.evaluate(JSON.stringify(bank), '{"answers":{"q":"non"}}'));
  // Garbage in, a result out.
  assert.strictEqual(JSON.parse(GuideCore.evaluate('nope', 'nope')).ok, false);

  const svg = GuideCore.chart(JSON.stringify(result));
  assert.ok(svg.startsWith('<svg ') && svg.includes('role="img"') && svg.includes('<desc>Section é : 1 sur 1 points (100 %)'));

  // footprint() exists exactly when the module exports it (exports.txt lists it).
  const exportsList = fs.readFileSync(path.join(sourceDir, 'generator/wasm/exports.txt'), 'utf8');
  assert.strictEqual(typeof GuideCore.footprint === 'function', /^_guide_footprint\s*$/m.test(exportsList));

  console.log('module test passed');
}

main().catch((e) => { console.error(e); process.exit(1); });
