// node wasm_vectors.js GUIDE_EXE GUIDE_FOOTPRINT_JS VECTORS.json WORK_DIR RANDOM_COUNT
// GuideFootprint.ecologits (the page's WebAssembly module) against the spec vectors: each
// expected result within 1e-12 relative, each rejected input refused. Then the same bytes as
// `guide ecologits --batch` for the vectors and for RANDOM_COUNT seeded random inputs (numbers,
// intervals, tps/ttft, nulls, and the malformed or rejected inputs the estimator must refuse).
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { mismatches } = require('./spec_compare');
const { loadCore, failIfUnfinished } = require('../footprint/wasm_loader');

const [guide, wasmJs, vectorsFile, workDir, countArg] = process.argv.slice(2);
const randomCount = Number(countArg || 2000);
const { cases } = JSON.parse(fs.readFileSync(vectorsFile, 'utf8'));

function fail(message) {
  console.error('FAIL: ' + message);
  process.exit(1);
}

// xorshift32, so that every run draws the same inputs.
function makeRandom(seed) {
  let s = seed >>> 0;
  const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
  const pick = (list) => list[Math.floor(next() * list.length)];
  const between = (lo, hi) => lo + (hi - lo) * next();
  const count = () => (next() < 0.3 ? { min: between(1, 50), max: between(50, 2000) } : between(0.5, 2000));
  const positive = (lo, hi) => (next() < 0.2 ? { min: between(lo, hi), max: between(hi, 2 * hi) } : between(lo, hi));
  return function input() {
    const active = count();
    const total = next() < 0.5 ? active : (typeof active === 'number' ? active * between(1, 20) : count());
    const i = {
      modelActiveParameterCount: active,
      modelTotalParameterCount: total,
      outputTokenCount: Math.floor(between(0, 5000)),
      requestLatency: pick([null, between(0.1, 60), 5.0]),
      ifElectricityMixAdpe: between(1e-9, 3e-7),
      ifElectricityMixPe: between(0, 25),
      ifElectricityMixGwp: between(0, 1.3),
      ifElectricityMixWue: between(0, 20),
      datacenterPue: positive(1, 1.6),
      datacenterWue: positive(0, 2),
    };
    if (next() < 0.4) i.tps = pick([between(1, 200), 0, null]);
    if (next() < 0.4) i.ttft = pick([between(0, 20), null]);
    const damage = next();  // about one input in four is malformed or rejected
    if (damage < 0.04) i.ifElectricityMixGwp = -between(0.1, 1);
    else if (damage < 0.08) i.modelTotalParameterCount = pick([0, -between(1, 100), { min: 30, max: 10 }]);
    else if (damage < 0.12) delete i.outputTokenCount;
    else if (damage < 0.16) i.tsp = 12;
    else if (damage < 0.20) i.datacenterPue = pick(['1.2', { min: 1.2 }, [1.1, 1.2], true]);
    else if (damage < 0.22) i.datacenterPue = 1e308;
    return JSON.stringify(i);
  };
}

fs.mkdirSync(workDir, { recursive: true });
const next = makeRandom(20261015);
const inputs = cases.map((c) => JSON.stringify(c.inputs));
for (let k = 0; k < randomCount; k++) inputs.push(next());
const batchFile = path.join(workDir, 'inputs.jsonl');
fs.writeFileSync(batchFile, inputs.join('\n') + '\n');
const native = execFileSync(guide, ['ecologits', '--batch', batchFile], { maxBuffer: 1 << 28 })
  .toString('utf8').split('\n').filter((l) => l.length > 0);
if (native.length !== inputs.length) fail(`native batch gave ${native.length} lines for ${inputs.length} inputs`);

let finished = false;
failIfUnfinished(() => finished);
loadCore(path.resolve(wasmJs)).then(() => {
  const api = require(path.resolve(wasmJs));
  if (typeof api.ecologits !== 'function') fail('GuideFootprint.ecologits is not a function');
  let reproduced = 0, refused = 0, estimates = 0, errors = 0;
  inputs.forEach((input, i) => {
    const wasm = api.ecologits(input);
    if (wasm !== native[i]) {
      fs.writeFileSync(path.join(workDir, 'mismatch-input.json'), input);
      let at = 0;
      while (at < wasm.length && wasm[at] === native[i][at]) at++;
      fail(`input ${i}: WASM and native differ at byte ${at}: native …${native[i].slice(Math.max(0, at - 40), at + 40)}… ` +
           `wasm …${wasm.slice(Math.max(0, at - 40), at + 40)}…`);
    }
    const out = JSON.parse(wasm);
    if (out.errors) {
      errors++;
      for (const e of out.errors)
        if (typeof e.field !== 'string' || typeof e.message !== 'string' || e.message.length < 10)
          fail(`input ${i}: malformed error ${JSON.stringify(e)}`);
    } else estimates++;
    if (i < cases.length) {
      const c = cases[i];
      if (c.pythonError) {
        if (!out.errors) fail(`${c.name}: the reference rejects this input (${c.pythonError}), WASM did not`);
        refused++;
      } else {
        const diff = mismatches(out, c.expected);
        if (diff.length) fail(`${c.name}: ${diff.slice(0, 3).join('; ')}`);
        reproduced++;
      }
    }
  });
  // The random sample must exercise both paths, or the byte comparison proves little.
  if (estimates < randomCount * 0.5 || errors < randomCount * 0.1)
    fail(`unbalanced sample: ${estimates} estimates, ${errors} refused`);
  finished = true;
  console.log(`${reproduced} spec vectors reproduced and ${refused} refused through WebAssembly; ` +
              `${inputs.length} inputs byte-identical to guide ecologits (${estimates} estimates, ${errors} refused)`);
}).catch((e) => fail(e.stack || String(e)));
