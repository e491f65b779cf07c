// Decision scenarios (scenarios.json): each answer set must give the advice level it names, the
// exact list of questions the advice names when one is given, and ignore as hidden the answers
// it says must not count. `native` evaluates with `guide eval --batch`; `wasm` with the
// WebAssembly module (GuideCore.evaluate) and also requires the same bytes as `guide eval`.
// usage: node run.js native|wasm GUIDE_EXE GUIDE_CORE_JS SOURCE_DIR
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const [mode, guide, coreJs, sourceDir] = process.argv.slice(2);
if (!['native', 'wasm'].includes(mode)) throw new Error('usage: node run.js native|wasm GUIDE_EXE GUIDE_CORE_JS SOURCE_DIR');
const table = JSON.parse(fs.readFileSync(path.join(__dirname, 'scenarios.json'), 'utf8'));

function answersOf(s) {
  const answers = Object.assign({}, s.base ? table.bases[s.base] : {}, s.set || {});
  for (const id of s.unset || []) delete answers[id];
  const file = { bank: s.bank, answers: answers };
  if (s.version) file.version = s.version;
  return JSON.stringify(file);
}

function nativeResults(bankFile, sets) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-decisions-'));
  try {
    const jsonl = path.join(tmp, 'answers.jsonl');
    fs.writeFileSync(jsonl, sets.join('\n') + '\n');
    const out = execFileSync(guide, ['eval', bankFile, '--batch', jsonl], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n');
    out.pop();
    return out;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const GuideCore = mode === 'wasm' ? require(path.resolve(coreJs)) : null;
  if (GuideCore) await GuideCore.ready;
  const byBank = new Map();
  for (const s of table.scenarios) {
    if (!byBank.has(s.bank)) byBank.set(s.bank, []);
    byBank.get(s.bank).push(s);
  }
  let passed = 0, failed = 0;
  const fail = (s, why) => { failed++; console.error(`FAIL ${s.bank}: ${s.name}: ${why}`); };
  for (const [bank, scenarios] of byBank) {
    const bankFile = path.join(sourceDir, 'content/banks', bank + '.yaml');
    const sets = scenarios.map(answersOf);
    const native = nativeResults(bankFile, sets);
    const bankJson = GuideCore ? execFileSync(guide, ['eval', bankFile, '--bank-json'], { encoding: 'utf8' }).trimEnd() : null;
    scenarios.forEach((s, i) => {
      const text = GuideCore ? GuideCore.evaluate(bankJson, sets[i]) : native[i];
      if (GuideCore && text !== native[i]) return fail(s, 'WebAssembly and guide eval differ');
      const r = JSON.parse(text);
      if (!r.ok) return fail(s, 'errors: ' + JSON.stringify(r.errors));
      if (r.verdict.level !== s.level) return fail(s, `advice '${r.verdict.level}', expected '${s.level}' (pending ${JSON.stringify(r.verdict.pending)})`);
      if (s.pending && JSON.stringify(r.verdict.pending) !== JSON.stringify(s.pending)) {
        return fail(s, `names ${JSON.stringify(r.verdict.pending)}, expected ${JSON.stringify(s.pending)}`);
      }
      for (const id of s.hidden || []) {
        if (r.visible.includes(id)) return fail(s, `'${id}' should be hidden`);
        if (!r.ignored.some((x) => x.question === id && x.reason === 'hidden')) return fail(s, `the answer to '${id}' should be ignored as hidden`);
      }
      passed++;
    });
  }
  console.log(`decisions (${mode}): ${passed} passed, ${failed} failed`);
  if (failed || passed < 40) process.exit(1);
}

main().catch((e) => { console.error(e); process.exit(1); });
