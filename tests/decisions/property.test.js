// Property: a random answer set never gets a favourable advice while a gate is open. "Open" is
// derived here from the answers alone, from this file's own list of red-line and legal-analysis
// questions, not from the banks' gates or verdict rules: a bank whose rules let a favourable
// advice through an open gate fails this test. The test also requires that both sides were
// reached (favourable advices and open gates), so that it cannot pass by never trying.
// usage: node property.test.js GUIDE_EXE GUIDE_CORE_JS SOURCE_DIR [SETS_PER_BANK]
'use strict';
const path = require('path');
const { execFileSync } = require('child_process');

const [guide, coreJs, sourceDir, setsArg] = process.argv.slice(2);
const SETS = Number(setsArg || 3000);

// For each bank: the levels that are favourable (or conclusive), and what keeps a gate open.
// Each rule lists, per question, the answers that establish it; any other answer given opens
// the gate (an unanswered visible question opens the completeness gate).
const RULES = {
  'grille-7-criteres': {
    favourable: (level) => level.startsWith('favorable'),
    established: {
      q01_donnees_discriminatoires: ['etabli'],
      q02_biometrie: ['etabli'],
      pratiques_interdites: ['etabli'],
      q69_biais: ['aucun', 'maitrises'],
      decision_automatisee: ['non'],
      ria_categorie: ['hors_champ', 'minimal', 'transparence', 'haut_risque'],
      q03_conformite_rgpd: ['risque_limite', 'risque_modere', 'risque_eleve'],
      q04_conformite_ria: ['risque_limite', 'risque_modere', 'risque_eleve'],
      q05_reglementations_sectorielles: ['aucune', 'analysees_ok', 'analysees_points'],
      q06_analyse_dict: ['faite_traitee', 'faite_en_cours'],
    },
  },
  'besoin-ia': {
    favourable: (level) => level === 'ia-envisageable',
    established: {
      lr_biometrie: ['non'], lr_decision_automatisee: ['non'], lr_pratique_interdite: ['non'],
      lr_donnees_ia_publique: ['non'],
    },
  },
  // A category is the tool's conclusion: none may be given while a prohibited practice is not
  // ruled out, an answer is "je ne sais pas", or a question is unanswered.
  'qualification-ria': {
    favourable: (level) => ['haut-risque', 'transparence', 'risque-minimal'].includes(level),
    established: {
      pratique_interdite: ['non'],
      est_ia: ['systeme_ia', 'regles'],
      annexe_i: ['oui', 'non'], annexe_iii: ['oui', 'non'],
      derogation: ['aucune', 'tache_procedurale', 'amelioration', 'detection_ecarts', 'preparatoire'],
    },
  },
};

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function questions(bank) {
  const out = [];
  for (const s of bank.sections) for (const q of s.questions) out.push(q);
  return out;
}

// The answer most likely to close gates and score: the established one, else the best score.
function bestAnswer(q, rules) {
  if (rules.established[q.id]) return rules.established[q.id][0];
  if (q.type === 'text') return 'Décrit dans le dossier.';
  if (q.type === 'number') return 1;
  const choices = q.choices || [{ id: 'oui', score: 0 }, { id: 'non', score: 0 }];
  if (q.type === 'multi') {
    const ids = choices.filter((c) => (c.score || 0) > 0).map((c) => c.id);
    return ids.length ? ids : [choices[0].id];
  }
  return choices.slice().sort((a, b) => (b.score || 0) - (a.score || 0))[0].id;
}

function randomAnswer(q, random) {
  if (q.type === 'text') return 'texte';
  if (q.type === 'number') return Math.round(random() * 100);
  const choices = q.choices || [{ id: 'oui' }, { id: 'non' }];
  if (q.type === 'multi') return choices.filter(() => random() < 0.5).map((c) => c.id);
  return choices[Math.floor(random() * choices.length)].id;
}

// Most answers good, a few random, a few missing: every mix of open and closed gates.
function generate(bank, rules, random) {
  const answers = {};
  const pGood = random(), pMissing = random() < 0.5 ? 0 : random() * 0.1;
  for (const q of questions(bank)) {
    const r = random();
    if (r < pMissing) continue;
    let a = r < pMissing + pGood * (1 - pMissing) ? bestAnswer(q, rules) : randomAnswer(q, random);
    if (Array.isArray(a) && !a.length) continue;
    answers[q.id] = a;
  }
  return answers;
}

function openGates(bank, rules, answers, result) {
  const open = [];
  const required = {};
  for (const q of questions(bank)) required[q.id] = q.required !== false;
  for (const id of result.visible) {
    const a = answers[id];
    if (a === undefined) {
      if (required[id]) open.push('unanswered ' + id);
      continue;
    }
    const ok = rules.established[id];
    if (ok && !ok.includes(a)) open.push(`${id} = ${a}`);
  }
  return open;
}

function main() {
  const GuideCore = require(path.resolve(coreJs));
  return GuideCore.ready.then(() => {
    let failures = 0;
    for (const [id, rules] of Object.entries(RULES)) {
      const file = path.join(sourceDir, 'content/banks', id + '.yaml');
      const bankJson = execFileSync(guide, ['eval', file, '--bank-json'], { encoding: 'utf8' }).trimEnd();
      const bank = JSON.parse(bankJson);
      const random = prng(0x6a7e5 + id.length);
      let favourable = 0, gated = 0;
      for (let i = 0; i < SETS; i++) {
        const answers = generate(bank, rules, random);
        const result = JSON.parse(GuideCore.evaluate(bankJson, JSON.stringify({ bank: id, answers: answers })));
        const open = openGates(bank, rules, answers, result);
        const fav = rules.favourable(result.verdict.level);
        if (fav) favourable++;
        if (open.length) gated++;
        if (fav && open.length) {
          failures++;
          if (failures <= 5) console.error(`FAIL ${id}: advice '${result.verdict.level}' while open: ${open.join(', ')}\n  answers: ${JSON.stringify(answers)}`);
        }
      }
      console.log(`${id}: ${SETS} answer sets, ${favourable} favourable advices, ${gated} with a gate open`);
      if (!favourable || !gated) {
        failures++;
        console.error(`FAIL ${id}: the generator must reach both favourable advices and open gates`);
      }
    }
    console.log(`property: ${failures ? 0 : 1} passed, ${failures ? 1 : 0} failed`);
    if (failures) process.exit(1);
  });
}

main().catch((e) => { console.error(e); process.exit(1); });
