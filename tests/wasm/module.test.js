// The WebAssembly page scripts as the browser gets them: each one classic script that sets its
// global (GuideCore for the bank pages, GuideFootprint for the calculator), runs under a CSP
// without 'unsafe-eval', fits its size budget, and answers once its `ready` resolves.
// usage: node module.test.js GUIDE_CORE_JS GUIDE_FOOTPRINT_JS SOURCE_DIR GUIDE_EXE
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { execFileSync } = require('child_process');
const zlib = require('zlib');

const [coreJs, footprintJs, sourceDir, guideExe] = process.argv.slice(2);
// Raw bytes of each script (the module gzip + base64 inside): about 10 % above today's, so that
// a module that grows by a library or a debug build fails here first. guide-footprint.js: 99.8 KB
// since it also maps the calculator's answers to a footprint input (core/footprint_calculator,
// which replaced the mapping footprint.js did in the page) and runs LLM inference on the EcoLogits
// estimator (85.6 KB before; 79.0 KB before the estimator).
const BUDGETS = { 'guide-core.js': 108 * 1000, 'guide-footprint.js': 110 * 1000 };

// Loads a page script in a browser-like global scope (no require, no module, no process), after
// checking its size and that it holds nothing the CSP or file:// forbids.
function loadScript(file, name) {
  const source = fs.readFileSync(file, 'utf8');
  const raw = Buffer.byteLength(source);
  const gzip = zlib.gzipSync(source, { level: 9 }).length;
  console.log(`${name}: ${raw} bytes raw, ${gzip} bytes gzip -9 (budget ${BUDGETS[name]} raw)`);
  assert.ok(raw < BUDGETS[name], `${name} is ${raw} bytes, over the ${BUDGETS[name]}-byte budget`);
  for (const forbidden of ['eval(', 'new Function', 'Function(', 'importScripts', 'fetch(', 'XMLHttpRequest']) {
    assert.ok(!source.includes(forbidden), `${name} contains '${forbidden}' (forbidden by the CSP or file://)`);
  }
  const window = {
    TextEncoder, TextDecoder, atob, Blob, Response, DecompressionStream, WebAssembly, console,
  };
  window.window = window;
  vm.createContext(window);
  vm.runInContext(source, window, { filename: name });
  return window;
}

async function main() {
  const GuideCore = loadScript(coreJs, 'guide-core.js').GuideCore;
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

  const svg = GuideCore.chart(JSON.stringify(result), JSON.stringify({ title: 'Titre é', desc: 'Section é : 1 sur 1' }));
  assert.ok(svg.startsWith('<svg ') && svg.includes('role="img"') && svg.includes('<title>Titre é</title><desc>Section é : 1 sur 1</desc>'));

  // The bank pages do not download the estimator: it is neither exported nor offered.
  const coreExports = fs.readFileSync(path.join(sourceDir, 'generator/wasm/core_exports.txt'), 'utf8');
  assert.ok(!/_guide_footprint/.test(coreExports), 'guide-core exports no footprint function');
  assert.strictEqual(GuideCore.footprint, undefined);

  const footprintWindow = loadScript(footprintJs, 'guide-footprint.js');
  const GuideFootprint = footprintWindow.GuideFootprint;
  assert.ok(GuideFootprint, 'the script defines the global GuideFootprint');
  assert.strictEqual(footprintWindow.GuideCore, undefined, 'guide-footprint.js does not define GuideCore');
  assert.throws(() => GuideFootprint.footprint('{}'), /not ready/);
  assert.strictEqual(await GuideFootprint.ready, GuideFootprint);
  const reference = JSON.parse(execFileSync(guideExe, ['footprint', '--print-reference', '--content', path.join(sourceDir, 'content')]));
  const estimate = JSON.parse(GuideFootprint.footprint(JSON.stringify({ reference, scenarios: [{ id: 'a', label: 'Scénario é',
    items: [{ kind: 'compute', cores: 4, tdp_per_core_w: 10, runtime_h: 100, carbon_intensity: 50 }] }] })));
  assert.deepStrictEqual(estimate.errors, []);
  assert.ok(estimate.method && estimate.scenarios[0].total.co2e_kg > 0, 'a footprint with a result');
  assert.strictEqual(estimate.scenarios[0].label, 'Scénario é');  // UTF-8 both ways
  const bars = GuideFootprint.footprintChart(JSON.stringify(estimate), JSON.stringify({ chart_title: 'Émissions é' }));
  assert.ok(bars.startsWith('<svg ') && bars.includes('Scénario é'), 'the footprint chart names the scenario');
  assert.ok(bars.includes('<title id="fp-chart-title">Émissions é</title>'), 'in the words of the calculator\'s texts');
  // Garbage in, a result with errors out.
  assert.ok(JSON.parse(GuideFootprint.footprint('nope')).errors.length > 0);

  console.log('module test passed');
}

main().catch((e) => { console.error(e); process.exit(1); });
