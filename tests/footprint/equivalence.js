// node equivalence.js GUIDE_EXE GUIDE_FOOTPRINT_JS CONTENT_DIR WORK_DIR COUNT
// Builds COUNT seeded random inputs (about a quarter invalid), runs them through
// `guide footprint --batch` and through the WASM module, and requires identical bytes; then as
// many random answers of the shipped calculator through `guide footprint --answers --batch` and
// GuideFootprint.calculator.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { makeGenerator, makeAnswers } = require('./random_inputs');
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
const nativeCharts = execFileSync(guide, ['footprint', '--batch', batchFile, '--chart', '--content', contentDir], { maxBuffer: 1 << 30 })
  .toString('utf8').split('\n');

// The calculator: the page's answers, mapped and computed by the same core.
const definition = JSON.parse(execFileSync(guide, ['footprint', '--print-calculator', '--content', contentDir]));
// The chart's words: the calculator's texts, as the page and guide footprint --chart give them.
const chartWords = JSON.stringify(definition.texts);
const nextAnswers = makeAnswers(20261206, definition, reference);
const answers = Array.from({ length: count }, nextAnswers);
const answersFile = path.join(workDir, 'answers.jsonl');
fs.writeFileSync(answersFile, answers.join('\n') + '\n');
const nativeAnswers = execFileSync(guide, ['footprint', '--answers', '--batch', answersFile, '--content', contentDir],
  { maxBuffer: 1 << 30 }).toString('utf8').split('\n').filter((l) => l.length > 0);
if (nativeAnswers.length !== count) fail(`native answers batch gave ${nativeAnswers.length} lines for ${count}`);

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
    if (core.chart(wasm, chartWords) !== nativeCharts[i]) fail(`input ${i}: the SVG charts differ`);
    const result = JSON.parse(wasm);
    // The method's words come with the reference data (content/data/footprint.yaml): a result
    // without valid data has the member, empty, and an error that says why.
    if (typeof result.method !== 'string' || !('data_version' in result)) fail(`input ${i}: no method or data_version`);
    if (!result.method && result.errors.length === 0) fail(`input ${i}: a valid result without the method's words`);
    if (result.errors.length === 0) valid++; else invalid++;
    if (result.scenarios) scenarios++;
    for (const e of result.errors)
      if (typeof e.field !== 'string' || typeof e.message !== 'string' || e.message.length < 10)
        fail(`input ${i}: malformed error ${JSON.stringify(e)}`);
  }
  // The generator must exercise both paths, or the comparison proves little.
  if (valid < count * 0.2 || invalid < count * 0.1 || scenarios < count * 0.1)
    fail(`unbalanced sample: ${valid} valid, ${invalid} with errors, ${scenarios} with scenarios`);
  const prefix = '{"calculator":' + JSON.stringify(definition) + ',"reference":' + JSON.stringify(reference) + ',';
  // As the page computes: the definition and the tables loaded once, then only the answers.
  const loaded = core.calculatorLoad(prefix.slice(0, -1) + '}');
  if (loaded !== '') fail(`calculatorLoad: ${loaded}`);
  let computed = 0;
  for (let i = 0; i < count; i++) {
    const wasm = core.calculator(prefix + answers[i].slice(1));
    if (wasm !== nativeAnswers[i]) {
      fs.writeFileSync(path.join(workDir, 'mismatch-answers.json'), answers[i]);
      fail(`answers ${i}: WASM and native differ`);
    }
    if (core.calculatorAnswers(answers[i]) !== wasm) {
      fs.writeFileSync(path.join(workDir, 'mismatch-answers.json'), answers[i]);
      fail(`answers ${i}: the loaded calculator (calculatorAnswers) and the whole request differ`);
    }
    const out = JSON.parse(wasm);
    if (out.input.scenarios.some((s) => s.items.length)) computed++;
    for (const e of out.errors) if (typeof e.name !== 'string' || typeof e.message !== 'string') fail(`answers ${i}: malformed error`);
  }
  if (computed < count * 0.5) fail(`answers: only ${computed} of ${count} made any item`);
  finished = true;
  console.log(`${count} inputs identical (${valid} valid, ${invalid} with errors, ${scenarios} with scenarios); ` +
    `${count} calculator answers identical, whole or on the loaded calculator (${computed} with items)`);
}).catch((e) => fail(e.stack || String(e)));
