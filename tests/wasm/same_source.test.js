// Same-source test: for every bank (test fixtures and content/banks), 1,000 seeded random
// answer sets evaluated natively (`guide eval --batch`, one process per bank) and by the
// WebAssembly module in node must give byte-identical result JSON.
// usage: node same_source.test.js GUIDE_EXE GUIDE_CORE_JS SOURCE_DIR [SETS_PER_BANK]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { makeGenerator, questionsOf } = require('./random_answers.js');

const [guide, coreJs, sourceDir, setsArg] = process.argv.slice(2);
const SETS = Number(setsArg || 1000);

function banks() {
  const dirs = [path.join(sourceDir, 'tests/fixtures/banks'), path.join(sourceDir, 'content/banks')];
  const files = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.yaml') && !name.endsWith('.yml')) continue;
      // A calculator is not a question bank: tests/footprint compares it natively and in WASM.
      if (/^kind:\s*calculator\s*$/m.test(fs.readFileSync(path.join(dir, name), 'utf8'))) continue;
      files.push(path.join(dir, name));
    }
  }
  return files;
}

async function main() {
  const GuideCore = require(path.resolve(coreJs));
  await GuideCore.ready;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-same-source-'));
  let failures = 0;
  let compared = 0;
  const files = banks();
  if (files.length < 2) throw new Error('expected the fixture banks at least, found ' + files.length);
  try {
    for (const [index, file] of files.entries()) {
      const bankJson = execFileSync(guide, ['eval', file, '--bank-json'], { encoding: 'utf8' }).trimEnd();
      const bank = JSON.parse(bankJson);
      const next = makeGenerator(bank, 0x5eed + index);
      const sets = [];
      for (let i = 0; i < SETS; i++) sets.push(next());
      const jsonl = path.join(tmp, path.basename(file) + '.jsonl');
      fs.writeFileSync(jsonl, sets.join('\n') + '\n');
      const native = execFileSync(guide, ['eval', file, '--batch', jsonl],
        { encoding: 'utf8', maxBuffer: 1 << 30 }).split('\n');
      native.pop();  // after the last newline
      if (native.length !== sets.length) {
        throw new Error(`${file}: ${native.length} native results for ${sets.length} answer sets`);
      }
      const kinds = new Set();
      for (let i = 0; i < sets.length; i++) {
        const wasm = GuideCore.evaluate(bankJson, sets[i]);
        compared++;
        if (wasm !== native[i]) {
          failures++;
          if (failures <= 3) {
            console.error(`${file}: answer set ${i} differs\n  answers: ${sets[i]}\n  native:  ${native[i]}\n  wasm:    ${wasm}`);
          }
        }
        const result = JSON.parse(wasm);
        if (result.verdict) kinds.add('verdict:' + result.verdict.level);
        for (const ignored of result.ignored || []) kinds.add('ignored:' + ignored.reason);
        if (!result.ok) kinds.add('error');
      }
      console.log(`${path.relative(sourceDir, file)}: ${sets.length} answer sets identical; seen ${[...kinds].sort().join(', ')}`);
      // The generator must exercise the cases it claims to (guards the test itself).
      if (bank.kind !== 'clauses') {
        const conditional = questionsOf(bank).some((q) => q.show_if !== undefined);
        const needs = ['ignored:invalid', 'ignored:unknown', 'error'].concat(conditional ? ['ignored:hidden'] : []);
        for (const needed of needs) {
          if (!kinds.has(needed) && SETS >= 1000) throw new Error(`${file}: no answer set produced ${needed}`);
        }
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`${compared} evaluations compared, ${failures} differences`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
