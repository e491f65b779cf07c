// node cli_contract.js GUIDE_EXE CONTENT_DIR WORK_DIR
// `guide footprint`: exit 0 and the result on stdout when valid; exit 1 with the result (and its
// "errors") on stdout and one "FILE: error: FIELD: message" line per error on stderr; exit 2 and
// file:line:col diagnostics when the reference data is broken.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const [guide, contentDir, workDir] = process.argv.slice(2);
fs.mkdirSync(workDir, { recursive: true });
let failures = 0;
function check(condition, message) {
  if (!condition) { console.error('FAIL: ' + message); failures++; }
}
function run(args) {
  const r = spawnSync(guide, ['footprint', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
function write(name, value) {
  const file = path.join(workDir, name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

// Valid: reference filled from content/data, exit 0, nothing on stderr.
const ok = run([write('ok.json', { items: [{ kind: 'transfer', gb_per_year: 1000, location: 'FR' }] }), '--content', contentDir]);
check(ok.status === 0, `valid input: exit ${ok.status}, stderr ${ok.stderr}`);
const okJson = JSON.parse(ok.stdout);
check(okJson.errors.length === 0 && okJson.total.energy_kwh > 0, 'valid input: a total and no errors');
check(typeof okJson.data_version === 'string' && okJson.method_version, 'valid input: method and data version');
check(ok.stderr === '', 'valid input: empty stderr');

// Invalid field: exit 1, JSON still printed, the error on stderr with its pointer.
const badFile = write('bad.json', { items: [{ kind: 'compute', runtime_h: 2, cores: 2, tdp_per_core_w: 10, pue: 0.8, location: 'FR' }] });
const bad = run([badFile, '--content', contentDir]);
check(bad.status === 1, `invalid input: exit ${bad.status}`);
const badJson = JSON.parse(bad.stdout);
check(badJson.errors.length === 1 && badJson.errors[0].field === '/items/0/pue', 'invalid input: one error on /items/0/pue');
check(bad.stderr.startsWith(badFile + ': error: /items/0/pue: Le PUE doit'), `invalid input: stderr was ${bad.stderr}`);

// Unreadable input: exit 2.
const missing = run([path.join(workDir, 'absent.json')]);
check(missing.status === 2 && /cannot read/.test(missing.stderr), 'missing file: exit 2 with a message');

// Broken reference data: exit 2 and a GCC-style diagnostic.
const broken = path.join(workDir, 'content');
fs.mkdirSync(path.join(broken, 'data'), { recursive: true });
fs.writeFileSync(path.join(broken, 'data', 'footprint.yaml'), 'data_version: "x"\nfactors:\n  pue_default: 1.56\n');
const br = run([path.join(workDir, 'ok.json'), '--content', broken]);
check(br.status === 2, `broken data: exit ${br.status}`);
check(/footprint\.yaml:3:16: error: a number without its source/.test(br.stderr), `broken data: stderr was ${br.stderr}`);

// An input carrying its own reference does not need content/ at all.
const ref = JSON.parse(run(['--print-reference', '--content', contentDir]).stdout);
const own = run([write('own.json', { items: [{ kind: 'transfer', gb_per_year: 1000, location: 'FR' }], reference: ref }), '--content', broken]);
check(own.status === 0 && own.stdout === ok.stdout, 'input with reference: same result, content dir unused');

if (failures) process.exit(1);
console.log('guide footprint CLI contract holds');
