// Seeded random answer sets for a bank: valid answers, and every kind of wrong one a file or a
// link can carry (hidden questions, unknown ids, wrong types, out-of-range numbers, other
// versions, another bank). Shared by the same-source test and the benchmark.
'use strict';

// mulberry32: small, fast, and the same sequence on every machine.
function prng(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES = [true, false, 0, -1, 1e308, -0, 0.1 + 0.2, 'x', '', 'oui', [], {}, [[1]],
  { a: [1, { b: 2 }] }, 'é"\\\u0001\u2028', null];
const ODD_NUMBERS = [-1e9, -0.5, 0, 0.005, 1.005, 2.675, 49.999, 50, 79.995, 80, 100, 100.0001,
  1e21, 123456789.125];

function questionsOf(bank) {
  const out = [];
  for (const section of bank.sections || []) {
    for (const q of section.questions || []) out.push(q);
  }
  return out;
}

function choiceIds(q) {
  if (Array.isArray(q.choices)) return q.choices.map((c) => c.id);
  return q.type === 'yesno' ? ['oui', 'non'] : [];
}

function makeGenerator(bank, seed) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const questions = questionsOf(bank);

  function validAnswer(q) {
    const ids = choiceIds(q);
    switch (q.type) {
      case 'yesno':
      case 'choice': return pick(ids);
      case 'multi': return ids.filter(() => random() < 0.4);
      case 'number': {
        const min = typeof q.min === 'number' ? q.min : -1000;
        const max = typeof q.max === 'number' ? q.max : 1000;
        return random() < 0.5 ? Math.round(min + random() * (max - min)) : min + random() * (max - min);
      }
      default: return pick(['Oui, documenté.', 'Réponse « libre »', 'x'.repeat(300), '']);
    }
  }

  function wrongAnswer(q) {
    const r = random();
    if (r < 0.3) return pick(ODD_VALUES);
    if (r < 0.5) return pick(ODD_NUMBERS);
    if (q.type === 'multi') return [...choiceIds(q), 'inconnu', pick(choiceIds(q) || ['a'])];
    if (q.type === 'number') return pick([String(q.max), (q.max || 0) + 1, (q.min || 0) - 1]);
    return 'choix_inexistant';
  }

  return function next() {
    const answers = {};
    const density = random();  // from nearly empty to nearly full
    for (const q of questions) {
      if (random() > density) continue;
      answers[q.id] = random() < 0.85 ? validAnswer(q) : wrongAnswer(q);
    }
    if (random() < 0.2) answers[pick(['inconnue', 'ancienne_question', 'Usage', 'a b'])] = pick(ODD_VALUES);
    const file = { bank: bank.id, version: bank.version, answers };
    const r = random();
    if (r < 0.05) file.version = Math.max(1, (bank.version || 1) - 1);
    else if (r < 0.08) file.version = (bank.version || 1) + 1;
    else if (r < 0.10) delete file.version;
    else if (r < 0.12) file.bank = 'autre-banque';
    else if (r < 0.13) file.version = 'deux';
    let text = JSON.stringify(file);
    const s = random();
    if (s < 0.01) text = text.slice(0, Math.floor(text.length / 2));   // truncated file
    else if (s < 0.02) text = JSON.stringify(answers);                 // bare answers object
    else if (s < 0.025) text = '[]';
    return text;
  };
}

module.exports = { prng, makeGenerator, questionsOf };
