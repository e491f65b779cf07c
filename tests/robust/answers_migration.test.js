'use strict';
// Answers files across bank versions, through `guide eval` (the same core the browser runs):
// answers saved with an older version keep what still applies and list what was dropped, with
// a reason; a newer version or another bank is reported, never silently applied; a hostile
// answers file comes back as plain JSON data (echoed texts stay strings, nothing breaks out).
// Env: GUIDE_EXE.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const GUIDE = process.env.GUIDE_EXE;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-answers-'));
test.after(() => fs.rmSync(work, { recursive: true, force: true }));

// Version 2 of a bank whose version 1 had a question 'ancienne', a choice 'd' for 'usage' and a
// choice 'traduction' for 'usages'; 'nouvelle' is new in version 2.
const BANK_V2 = `id: migration
version: 2
kind: checklist
title: Migration
sections:
  - id: s
    title: S
    questions:
      - id: usage
        text: Usage ?
        type: choice
        choices:
          - {id: a, label: A, score: 2}
          - {id: b, label: B, score: 1}
          - {id: c, label: C, score: 0}
      - id: usages
        text: Usages ?
        type: multi
        choices:
          - {id: ocr, label: OCR, score: 1}
          - {id: llm, label: LLM, score: 1}
      - id: volume
        text: Volume ?
        type: number
        min: 0
        max: 100
      - id: note
        text: Note
        type: text
        required: false
      - id: nouvelle
        text: Nouvelle ?
        type: yesno
verdicts:
  - when: "score >= 3"
    level: haut
    label: Haut
    text: Haut.
  - level: bas
    label: Bas
    text: Bas.
`;
const bankFile = path.join(work, 'migration.yaml');
fs.writeFileSync(bankFile, BANK_V2);

function evaluate(answers) {
  const file = path.join(work, 'answers.json');
  fs.writeFileSync(file, typeof answers === 'string' ? answers : JSON.stringify(answers));
  const r = spawnSync(GUIDE, ['eval', bankFile, file], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const byQuestion = (result) => Object.fromEntries(result.ignored.map((i) => [i.question, i]));

test('answers from version 1 keep what still applies and report what was dropped', () => {
  const result = evaluate({
    bank: 'migration', version: 1,
    answers: { usage: 'a', usages: ['ocr', 'traduction'], volume: 40, ancienne: 'oui', note: 'gardée' },
  });
  assert.equal(result.version, 2);
  assert.equal(result.answers_version, 1);
  assert.deepEqual(result.errors, []);
  // usage (2) + the remaining choice ocr (1): kept and scored.
  assert.equal(result.score, 3);
  assert.equal(result.verdict.level, 'haut');
  assert.deepEqual(result.missing_ids, ['nouvelle'], 'the new question is reported as missing');
  const ignored = byQuestion(result);
  assert.deepEqual(Object.keys(ignored).sort(), ['ancienne', 'usages']);
  assert.equal(ignored.ancienne.reason, 'removed');
  assert.match(ignored.ancienne.detail, /version 2/);
  assert.equal(ignored.usages.reason, 'invalid');
  assert.match(ignored.usages.detail, /'traduction'/);
});

test('a choice removed since version 1 drops only that answer', () => {
  const result = evaluate({ bank: 'migration', version: 1, answers: { usage: 'd', volume: 250 } });
  const ignored = byQuestion(result);
  assert.equal(ignored.usage.reason, 'invalid');
  assert.equal(ignored.volume.reason, 'out_of_range');
  assert.equal(result.score, 0);
  assert.equal(result.verdict.level, 'bas');
});

test('the same version: an unknown question is "unknown", not "removed"', () => {
  const result = evaluate({ bank: 'migration', version: 2, answers: { ancienne: 'oui', usage: 'b' } });
  assert.equal(byQuestion(result).ancienne.reason, 'unknown');
  assert.equal(result.score, 1);
});

test('answers from a newer version, or for another bank, are reported', () => {
  const newer = evaluate({ bank: 'migration', version: 3, answers: { usage: 'a' } });
  assert.equal(newer.ok, false);
  assert.match(newer.errors[0].message, /version 3, newer than this bank \(version 2\)/);
  const other = evaluate({ bank: 'autre', version: 1, answers: { usage: 'a' } });
  assert.equal(other.ok, false);
  assert.match(other.errors[0].message, /for bank 'autre', not 'migration': none of them was applied/);
  assert.equal(other.score, 0, 'answers for another bank are not applied');
});

test('malformed answers files are reported, not crashed on', () => {
  for (const text of ['', 'not json', '[]', '{"answers": []}', '{"version": "1", "answers": {}}',
    '{"answers": {"usage": {"a": 1}, "usages": "ocr", "volume": "12"}}', '{"answers":' + '['.repeat(5000)]) {
    const result = evaluate(text);
    assert.equal(typeof result.ok, 'boolean', text.slice(0, 40));
    assert.ok(result.ok === false || result.ignored.length > 0, `nothing reported for ${text.slice(0, 40)}`);
  }
});

test('a hostile answers file comes back as data: echoed texts stay strings', () => {
  const payload = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
  const result = evaluate({ bank: 'migration', version: 2, answers: { usage: payload, usages: [payload], note: payload, [payload]: 'x' } });
  const ignored = byQuestion(result);
  assert.equal(ignored.usage.reason, 'invalid');
  assert.equal(ignored[payload].reason, 'unknown', 'an unknown key is reported under its own name');
  // The result is JSON: whatever it echoes is a string value, for the page to show as text.
  for (const entry of result.ignored) {
    assert.equal(typeof entry.question, 'string');
    assert.equal(typeof entry.detail, 'string');
  }
});
