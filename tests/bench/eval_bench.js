// Evaluation time per answer change on every scored bank (test fixtures and content/banks),
// natively (eval_bench, C++) and through the WebAssembly module in node, as the page calls it:
// GuideCore.evaluate(bankJson, answersJson) after each change. Target: under 1 ms of CPU time
// per change (mean); wall-time median and p95 are reported beside it. The target is printed, not
// enforced: a loaded machine's CPU time says little about a quiet one's (BENCH_STRICT=1 enforces it,
// on a quiet machine). The run still fails when an evaluation fails or the two builds disagree.
// usage: node eval_bench.js GUIDE_EXE EVAL_BENCH_EXE GUIDE_CORE_JS SOURCE_DIR [CHANGES]
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const [guide, nativeBench, coreJs, sourceDir, changesArg] = process.argv.slice(2);
const CHANGES = Number(changesArg || 2000);
const TARGET_US = 1000;

// Every bank but clauses (not evaluated) and the calculator (no question bank: its own benchmarks
// are bench_ecologits and tests/bench/calculator_bench.js), largest first.
function banks() {
  const found = [];
  for (const dir of ['tests/fixtures/banks', 'content/banks']) {
    const full = path.join(sourceDir, dir);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full)) {
      if (!/\.ya?ml$/.test(name)) continue;
      const file = path.join(full, name);
      const text = fs.readFileSync(file, 'utf8');
      if (/^kind:\s*(clauses|calculator)\s*$/m.test(text)) continue;
      found.push({ file, size: Buffer.byteLength(text) });
    }
  }
  return found.sort((a, b) => b.size - a.size).map((b) => b.file);
}

function stats(us) {
  const sorted = [...us].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  const r = (v) => Math.round(v * 10) / 10;
  return { mean: r(mean), median: r(sorted[sorted.length >> 1]), p95: r(sorted[Math.floor(sorted.length * 0.95)]) };
}

// Same sequence of answer changes as eval_bench.cpp (same LCG), so both sides do the same work.
function answerChanges(bank, count) {
  const questions = [];
  for (const s of bank.sections) for (const q of s.questions) questions.push(q);
  let state = 12345;
  const next = () => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return (state >>> 8) & 0xffff; };
  const answers = {};
  const out = [];
  for (let i = 0; i < count; i++) {
    const q = questions[next() % questions.length];
    const ids = q.choices ? q.choices.map((c) => c.id) : (q.type === 'yesno' ? ['oui', 'non'] : []);
    let value;
    if (q.type === 'number') value = next() % 101;
    else if (q.type === 'text') value = 'texte ' + i;
    else if (q.type === 'multi') value = ids.filter(() => next() % 2);
    else value = ids[next() % ids.length];
    answers[q.id] = value;
    out.push(JSON.stringify({ bank: bank.id, version: bank.version, answers }));
  }
  return out;
}

async function benchBank(GuideCore, file) {
  const native = JSON.parse(execFileSync(nativeBench, [file, String(CHANGES)], { encoding: 'utf8' }));
  const bankJson = execFileSync(guide, ['eval', file, '--bank-json'], { encoding: 'utf8' }).trimEnd();
  const bank = JSON.parse(bankJson);
  const sets = answerChanges(bank, CHANGES);
  const c0 = performance.now();
  const first = GuideCore.evaluate(bankJson, sets[0]);  // first call compiles the bank
  const firstUs = (performance.now() - c0) * 1000;
  const times = [];
  const cpu0 = process.cpuUsage();
  for (const answers of sets) {
    const a = performance.now();
    GuideCore.evaluate(bankJson, answers);
    times.push((performance.now() - a) * 1000);
  }
  const cpu = process.cpuUsage(cpu0);
  // A benchmark of failing evaluations measures nothing: the answers it generates must be valid.
  for (const result of [first, GuideCore.evaluate(bankJson, sets[sets.length - 1])]) {
    const parsed = JSON.parse(result);
    if (!parsed.ok) throw new Error(`${file}: an evaluation failed: ${JSON.stringify(parsed.errors)}`);
  }
  const cpuMean = Math.round(((cpu.user + cpu.system) / sets.length) * 10) / 10;
  const wasm = {
    side: 'wasm-node', bank_bytes: Buffer.byteLength(bankJson), changes: sets.length,
    first_call_us: Math.round(firstUs), per_change_us: { cpu_mean: cpuMean, ...stats(times) },
  };
  const questions = bank.sections.reduce((n, s) => n + s.questions.length, 0);
  console.log(`bank: ${path.relative(sourceDir, file)} (${bank.kind}, ${questions} questions)`);
  console.log('  ' + JSON.stringify(native));
  console.log('  ' + JSON.stringify(wasm));
  // CPU time is the criterion: wall time on a loaded machine measures the other processes.
  return Math.max(native.per_change_us.cpu_mean, wasm.per_change_us.cpu_mean);
}

async function main() {
  const GuideCore = require(path.resolve(coreJs));
  const t0 = performance.now();
  await GuideCore.ready;
  console.log(`module ready in ${Math.round((performance.now() - t0) * 10) / 10} ms`);
  let worst = 0;
  for (const file of banks()) worst = Math.max(worst, await benchBank(GuideCore, file));
  const verdict = worst > TARGET_US ? 'OVER' : 'within';
  console.log(`worst mean CPU per answer change: ${worst} us, ${verdict} the ${TARGET_US} us target`);
  if (worst > TARGET_US && process.env.BENCH_STRICT === '1') process.exit(1);
}

main().catch((e) => { console.error(e); process.exit(1); });
