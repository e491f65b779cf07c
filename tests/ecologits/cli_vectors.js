// node cli_vectors.js GUIDE_EXE VECTORS.json WORK_DIR
// `guide ecologits INPUT.json` on every spec vector: exit status 0 and the expected impacts
// within 1e-12 relative, or, for the inputs the reference rejects, exit status 2 with the
// {"errors":[...]} document on stdout and one "INPUT: error: FIELD: message" line per error on
// stderr. Then the usage errors, stdin ("-"), and --batch agreeing with single runs.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { mismatches } = require('./spec_compare');

const [guide, vectorsFile, workDir] = process.argv.slice(2);
fs.mkdirSync(workDir, { recursive: true });
const { cases } = JSON.parse(fs.readFileSync(vectorsFile, 'utf8'));
let passed = 0, failed = 0;

function check(ok, what) {
  if (ok) passed++;
  else { failed++; console.error('FAIL: ' + what); }
}

function guideRun(args, input) {
  return spawnSync(guide, ['ecologits', ...args], { input, encoding: 'utf8' });
}

const singles = [];
cases.forEach((c, i) => {
  const file = path.join(workDir, `case-${i}.json`);
  fs.writeFileSync(file, JSON.stringify(c.inputs));
  const run = guideRun([file]);
  singles.push(run.stdout);
  let out = null;
  try { out = JSON.parse(run.stdout); } catch (e) { /* reported below */ }
  if (!out) return check(false, `${c.name}: stdout is not JSON: ${run.stdout.slice(0, 200)}`);
  if (c.pythonError) {
    check(run.status === 2, `${c.name}: exit status ${run.status} for an input the reference rejects`);
    check(Array.isArray(out.errors) && out.errors.length === 1, `${c.name}: no errors document`);
    const lines = run.stderr.split('\n').filter((l) => l.length > 0);
    check(lines.length === 1 && lines[0].startsWith(`${file}: error: ${out.errors[0].field}: `),
          `${c.name}: stderr ${JSON.stringify(run.stderr)}`);
  } else {
    check(run.status === 0 && run.stderr === '', `${c.name}: exit status ${run.status}, stderr ${run.stderr}`);
    const diff = mismatches(out, c.expected);
    check(diff.length === 0, `${c.name}: ${diff.slice(0, 3).join('; ')}`);
  }
});

// One result per line with --batch, the same bytes as one run per file.
const batchFile = path.join(workDir, 'all.jsonl');
fs.writeFileSync(batchFile, cases.map((c) => JSON.stringify(c.inputs)).join('\n') + '\n');
const batch = guideRun(['--batch', batchFile]);
check(batch.status === 0, `--batch exit status ${batch.status}`);
check(batch.stdout === singles.join(''), '--batch differs from the single runs');

// stdin, and the usage errors.
const stdin = guideRun(['-'], JSON.stringify(cases[0].inputs));
check(stdin.status === 0 && stdin.stdout === singles[0], 'reading "-" from stdin');
check(guideRun([]).status === 2, 'no argument: exit status 2');
check(guideRun([path.join(workDir, 'missing.json')]).status === 2, 'unreadable file: exit status 2');
check(guideRun(['a.json', 'b.json']).status === 2, 'two inputs: exit status 2');
const malformed = path.join(workDir, 'malformed.json');
fs.writeFileSync(malformed, '{"tps": ');
const bad = guideRun([malformed]);
check(bad.status === 2 && /error: /.test(bad.stderr), 'malformed JSON: exit status 2 and a message');

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > cases.length ? 0 : 1);
