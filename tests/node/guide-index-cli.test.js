'use strict';
// `guide index` as a command: output framing and GCC-style diagnostics for bad input.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const GUIDE = process.env.GUIDE_EXE || path.join(ROOT, 'build', 'guide');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-index-cli-'));
process.on('exit', () => fs.rmSync(TMP, { recursive: true, force: true }));

function runIndex(name, content) {
  const file = path.join(TMP, name);
  fs.writeFileSync(file, content);
  const r = spawnSync(GUIDE, ['index', file], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(TMP + path.sep, '') };
}

test('prints the index followed by exactly one newline', () => {
  const r = runIndex('ok.json', '[{"id":"a","title":"Eau","body":"L’eau.","url":"a.html"}]');
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.endsWith('}\n') && !r.stdout.endsWith('\n\n'));
  assert.equal(JSON.parse(r.stdout).version, '2.3.9');
});

test('invalid JSON: file:line:col of the failing byte', () => {
  const r = runIndex('bad.json', '[\n  {"id": "a", "title": "x"},\n  {"id": "b" "title": "y"}\n]\n');
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^bad\.json:3:20: error: invalid JSON: syntax error while parsing object/);
});

test('empty file', () => {
  const r = runIndex('empty.json', '');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^empty\.json:1:1: error: invalid JSON: /);
});

test('an entry without id is named by its index', () => {
  const r = runIndex('noid.json', '[{"id":"a"},{"id":"b"},{"title":"x","body":"y"}]');
  assert.equal(r.status, 1);
  assert.equal(r.stderr, 'noid.json: error: entry 2 has no "id" (a string or a number)\n');
});

test('a repeated id names both entries', () => {
  const r = runIndex('dup.json', '[{"id":"a"},{"id":"b"},{"id":"a"}]');
  assert.equal(r.status, 1);
  assert.equal(r.stderr, "dup.json: error: entry 2 repeats the id 'a' of entry 0\n");
});

test('not an array, missing file, wrong arguments', () => {
  assert.match(runIndex('obj.json', '{"id":"a"}').stderr, /^obj\.json: error: expected an array/);
  const missing = spawnSync(GUIDE, ['index', path.join(TMP, 'nope.json')], { encoding: 'utf8' });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.json: error: cannot open file/);
  assert.equal(spawnSync(GUIDE, ['index'], { encoding: 'utf8' }).status, 2);
});
