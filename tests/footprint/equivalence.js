// node equivalence.js GUIDE_EXE GUIDE_FOOTPRINT_JS CONTENT_DIR WORK_DIR COUNT
// Builds COUNT seeded random inputs (about a quarter invalid), runs them through
// `guide footprint --batch` and through the WASM module, and requires identical bytes.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { makeGenerator } = require('./random_inputs');
const { loadCore, failIfUnfinished } = require('./wasm_loader');

const [guide, wasmJs, contentDir, workDir, countArg] = process.argv.slice(2);
const count = Number(countArg || 1000);

function fail(message) {
  console.error('FAIL: ' + message);
  process.exit(1);
}

fs.mkdirSync(workDir, { recursive: true });
const reference = JSON.parse(execFileSync(guide, ['footprint', '--print-reference', '--content', contentDir]));
const next = makeGenerator(20261123, reference);
const inputs = Array.from({ length: count }, next);
const batchFile = path.join(workDir, 'inputs.jsonl');
fs.writeFileSync(batchFile, inputs.join('\n') + '\n');
const native = execFileSync(guide, ['footprint', '--batch', batchFile], { maxBuffer: 1 << 30 })
  .toString('utf8').split('\n').filter((l) => l.length > 0);
if (native.length !== count) fail(`native batch gave ${native.length} lines for ${count} inputs`);
const nativeCharts = execFileSync(guide, ['footprint', '--batch', batchFile, '--chart'], { maxBuffer: 1 << 30 })
  .toString('utf8').split('\n');

let finished = false;
failIfUnfinished(() => finished);
loadCore(path.resolve(wasmJs)).then((core) => {
  let valid = 0, invalid = 0, scenarios = 0;
  for (let i = 0; i < count; i++) {
    const wasm = core.footprint(inputs[i]);
    if (wasm !== native[i]) {
      fs.writeFileSync(path.join(workDir, 'mismatch-input.json'), inputs[i]);
      fs.writeFileSync(path.join(workDir, 'mismatch-native.json'), native[i]);
      fs.writeFileSync(path.join(workDir, 'mismatch-wasm.json'), wasm);
      let at = 0;
      while (at < wasm.length && wasm[at] === native[i][at]) at++;
      fail(`input ${i}: WASM and native differ at byte ${at}: ` +
           `native …${native[i].slice(Math.max(0, at - 40), at + 40)}… wasm …${wasm.slice(Math.max(0, at - 40), at + 40)}…`);
    }
    if (core.chart(wasm) !== nativeCharts[i]) fail(`input ${i}: the SVG charts differ`);
    const result = JSON.parse(wasm);
    if (!result.method || !('data_version' in result)) fail(`input ${i}: no method or data_version`);
    if (result.errors.length === 0) valid++; else invalid++;
    if (result.scenarios) scenarios++;
    for (const e of result.errors)
      if (typeof e.field !== 'string' || typeof e.message !== 'string' || e.message.length < 10)
        fail(`input ${i}: malformed error ${JSON.stringify(e)}`);
  }
  // The generator must exercise both paths, or the comparison proves little.
  if (valid < count * 0.2 || invalid < count * 0.1 || scenarios < count * 0.1)
    fail(`unbalanced sample: ${valid} valid, ${invalid} with errors, ${scenarios} with scenarios`);
  finished = true;
  console.log(`${count} inputs identical (${valid} valid, ${invalid} with errors, ${scenarios} with scenarios)`);
}).catch((e) => fail(e.stack || String(e)));
