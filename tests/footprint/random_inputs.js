// Seeded random footprint inputs, valid and invalid, for the native/WASM equivalence test.
'use strict';

// mulberry32: small, seedable, identical on every machine.
function prng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeGenerator(seed, reference) {
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const chance = (p) => rnd() < p;
  // Mostly plausible numbers with awkward decimals, sometimes out of range or of the wrong type.
  const num = (lo, hi, decimals) => {
    if (chance(0.008)) return pick([-1, 0, 1e9, -0.5, 'abc', null, true, [], 1e300, 3.0000001]);
    const v = lo + (hi - lo) * rnd();
    return decimals === undefined ? v : Number(v.toFixed(decimals));
  };
  // A name is occasionally wrong (unknown, or of the wrong kind) to exercise the suggestions.
  const sometimesWrong = (good, wrong) => () => (chance(0.03) ? pick(wrong) : pick(good));
  const location = sometimesWrong(reference.locations.map((l) => l.code).concat(['fr']), ['FRA', 'xx']);
  const cpu = sometimesWrong(reference.hardware.filter((h) => h.type === 'cpu').map((h) => h.id), ['A100', 'i9']);
  const gpu = sometimesWrong(reference.hardware.filter((h) => h.type === 'gpu').map((h) => h.id).concat(['h100']), ['TPU', 'A10O']);
  const anyHw = sometimesWrong(reference.hardware.map((h) => h.id), ['A10O', 'serveur']);
  const model = sometimesWrong(reference.ecologits.models.map((m) => m.provider + '/' + m.name), ['gpt-9', 'mistral-7b']);
  const provider = sometimesWrong(reference.ecologits.providers.map((p) => p.id), ['azure']);
  const word = (good, wrong) => (chance(0.03) ? wrong : pick(good));

  function grid(item) {
    if (chance(0.3)) item.carbon_intensity = num(0, 900, 2);
    if (chance(0.75) || (!('carbon_intensity' in item) && chance(0.95))) item.location = location();
    if (chance(0.5)) item.pue = num(1, 2.2, 3);
    if (chance(0.2)) item.wue_onsite = num(0, 3, 2);
  }
  const kinds = {
    compute() {
      const it = { kind: 'compute', label: 'calcul ' + Math.floor(rnd() * 100), runtime_h: num(0.1, 5000, 3) };
      const mode = pick(['cpu', 'gpu', 'both', 'hardware', 'custom-gpu']);
      if (mode === 'cpu' || mode === 'both') { it.cpu = cpu(); it.cores = num(1, 128, 0); it.usage = num(0, 1, 2); }
      if (mode === 'gpu' || mode === 'both') { it.gpu = gpu(); it.gpus = num(1, 64, 0); it.gpu_usage = num(0.1, 1, 2); }
      if (mode === 'hardware') { it.hardware = anyHw(); it.cores = num(1, 64, 0); }
      if (mode === 'custom-gpu') { it.gpus = num(1, 8, 0); it.tdp_per_gpu_w = num(50, 1000, 1); }
      if (chance(0.7)) it.memory_gb = num(0, 2048, 1);
      if (chance(0.4)) it.count = num(1, 50, 0);
      if (chance(0.3)) it.recurrence = word(['once', 'per_year'], 'weekly');
      if (chance(0.2)) it.phase = word(['build', 'use'], 'run');
      grid(it);
      return it;
    },
    inference() {
      const it = { kind: 'inference', output_tokens: num(1, 4000, 0), requests_per_year: num(0, 1e9, 0) };
      if (chance(0.6)) it.model = model();
      else { it.active_params_b = num(0.5, 500, 2); if (chance(0.5)) it.total_params_b = num(0.5, 1000, 2); }
      if (chance(0.6)) it.input_tokens = num(0, 100000, 0);
      if (chance(0.3)) it.reasoning_factor = num(1, 50, 1);
      if (chance(0.3)) it.datacenter = word(['location', 'provider'], 'cloud');
      if (it.datacenter === 'provider' && !it.model) it.provider = provider();
      if (chance(0.2)) it.gpu_usage = num(0, 1, 2);
      grid(it);
      return it;
    },
    storage() {
      const it = { kind: 'storage', tb: num(0, 500, 3) };
      if (chance(0.6)) it.media = word(['ssd', 'hdd'], 'tape');
      if (chance(0.5)) it.replication = num(1, 4, 0);
      grid(it);
      return it;
    },
    transfer() {
      const it = { kind: 'transfer', gb_per_year: num(0, 1e6, 2) };
      grid(it);
      return it;
    },
    equipment() {
      const it = { kind: 'equipment', quantity: num(1, 50, 0) };
      if (chance(0.6)) it.hardware = anyHw();
      const known = reference.hardware.find((h) => h.id === it.hardware && h.embodied_kgco2e);
      if (chance(known ? 0.3 : 0.97)) it.embodied_kgco2e = num(10, 8000, 1);
      if (chance(0.4)) it.lifetime_years = num(1, 8, 1);
      if (chance(0.4)) it.share = num(0, 1, 2);
      return it;
    },
  };
  function item() {
    if (chance(0.01)) return pick([42, 'compute', null, { kind: 'quantum' }, { label: 'sans type' }]);
    const it = kinds[pick(Object.keys(kinds))]();
    if (chance(0.01)) it.unknwon_field = 1;
    if (chance(0.02)) delete it[pick(Object.keys(it))];
    return it;
  }
  const items = () => Array.from({ length: 1 + Math.floor(rnd() * 5) }, item);

  return function next() {
    const input = {};
    if (chance(0.7)) input.lifetime_years = num(1, 10, 1);
    if (chance(0.2)) input.allocation = word(['shared', 'dedicated'], 'both');
    if (chance(0.3)) input.carbon_price_eur_per_t = num(0, 1000, 0);
    if (chance(0.35)) {
      input.scenarios = [
        { id: 'avec-ia', label: 'Avec IA', items: items() },
        { id: 'sans-ia', label: 'Sans IA', items: items() },
      ];
      input.scenarios.forEach((s) => { if (chance(0.3)) s.allocation = word(['shared', 'dedicated'], 'partial'); });
      if (chance(0.2)) input.baseline = word(['avec-ia', 'sans-ia'], 'autre');
    } else {
      input.items = items();
    }
    input.reference = reference;
    if (chance(0.01)) return '{"items": [';  // not JSON at all
    return JSON.stringify(input);
  };
}

// Seeded random answers of the calculator defined by `definition` (its bank as JSON): what a user
// could type in its fields, sometimes not a number, an unknown choice or a field that does not exist.
function makeAnswers(seed, definition, reference) {
  const rnd = prng(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const chance = (p) => rnd() < p;
  const tables = {
    locations: reference.locations.map((l) => l.code),
    hardware: reference.hardware.map((h) => h.id),
    models: reference.ecologits.models.map((m) => m.provider + '/' + m.name),
    providers: reference.ecologits.providers.map((p) => p.id),
  };
  const number = () => {
    if (chance(0.05)) return pick(['abc', '-', '1,2,3', '1e999', '']);
    const v = (rnd() * pick([1, 10, 1000, 1e6])).toFixed(pick([0, 1, 3]));
    return chance(0.2) ? v.replace('.', ',') : v;
  };
  const value = (field) => {
    if (field.type === 'number') return number();
    if (field.type === 'choice') {
      const values = (field.options || []).map((o) => o.value).concat(tables[field.from] || []);
      return chance(0.03) ? 'inconnu' : pick(values);
    }
    return pick(['Ville de Nantes', 'Projet « accueil »', '2026-12-06', '']);
  };
  return function next() {
    const answers = {};
    const fillBlock = chance(0.5) ? 0.9 : 0.35;
    definition.blocks.forEach((block) => {
      const shared = block.scope === 'project' || block.scope === 'meta';
      const prefixes = shared ? [null] : definition.scenarios.map((s) => s.prefix);
      prefixes.forEach((prefix) => {
        const on = chance(fillBlock);
        block.fields.forEach((field) => {
          const name = shared ? block.id + '-' + field.id
            : block.scope === 'scenario' ? prefix + '-' + field.id : prefix + '-' + block.id + '-' + field.id;
          if (on && chance(0.7)) answers[name] = value(field);
        });
      });
    });
    if (chance(0.02)) answers.champ_inconnu = '1';
    return JSON.stringify({ answers: answers });
  };
}

module.exports = { makeGenerator, makeAnswers, prng };
