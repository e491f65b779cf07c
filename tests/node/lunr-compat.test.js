'use strict';
// `guide index` against lunr.js itself: for each corpus, the serialized index must be
// byte-identical to JSON.stringify of the index lunr.js 2.3.9 + lunr-languages 1.22.0 build with
// the site's configuration (lunr-reference.js), and the index loaded in lunr must rank every
// query exactly as lunr's own index does (same refs, same order, same scores).
// Run from the project root (CTest sets the working directory) so require('lunr') resolves.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const { lunr, buildIndex } = require('./lunr-reference.js');
const { syntheticPages } = require('./french-corpus.js');

const ROOT = path.resolve(__dirname, '..', '..');
const GUIDE = process.env.GUIDE_EXE || path.join(ROOT, 'build', 'guide');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-lunr-compat-'));
process.on('exit', () => fs.rmSync(TMP, { recursive: true, force: true }));

function guideIndex(name, docs) {
  const file = path.join(TMP, name + '.json');
  fs.writeFileSync(file, JSON.stringify(docs));
  return execFileSync(GUIDE, ['index', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
}

// A readable failure instead of two multi-megabyte strings.
function assertSameText(actual, expected, what) {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  const around = (s) => JSON.stringify(s.slice(Math.max(0, i - 120), i + 120));
  assert.fail(`${what}: first difference at character ${i} (lengths ${actual.length} vs ` +
              `${expected.length})\n  guide:  ${around(actual)}\n  lunr:   ${around(expected)}`);
}

function loadQuietly(json) {
  const warn = lunr.utils.warn;
  const warnings = [];
  lunr.utils.warn = (m) => warnings.push(m);
  try {
    return { index: lunr.Index.load(JSON.parse(json)), warnings };
  } finally {
    lunr.utils.warn = warn;
  }
}

function search(index, query) {
  try {
    return index.search(query).map((r) => [r.ref, r.score]);
  } catch (e) {
    if (e instanceof lunr.QueryParseError) return 'QueryParseError: ' + e.message;
    throw e;
  }
}

// Checks byte identity and identical rankings; returns {reference, loaded} indexes for
// corpus-specific assertions.
function checkCorpus(name, docs, queries) {
  const reference = buildIndex(docs);
  const expected = JSON.stringify(reference);
  const output = guideIndex(name, docs);
  assert.ok(output.endsWith('\n'), 'guide index ends its output with one newline');
  assertSameText(output.slice(0, -1), expected, `${name}: serialized index`);

  const { index: loaded, warnings } = loadQuietly(output);
  assert.deepEqual(warnings, [], 'lunr.Index.load accepts the index without warnings');
  const fromJson = loadQuietly(expected).index;
  let nonEmpty = 0;
  for (const q of queries) {
    const want = search(reference, q);
    assert.deepEqual(search(fromJson, q), want, `${name}: reloaded reference, query ${q}`);
    assert.deepEqual(search(loaded, q), want, `${name}: query ${JSON.stringify(q)}`);
    if (Array.isArray(want) && want.length) nonEmpty++;
  }
  return { reference, loaded, nonEmpty };
}

// 70 queries: accents and none, case, singular/plural, elisions (' and ’), hyphens, field
// scoping, wildcards (with accent folding of wildcard terms), presence, fuzzy, boosts,
// numbers, stop words, lone punctuation, and syntax errors (which must fail identically).
const QUERIES = [
  'intelligence', 'Intelligence', 'intelligences', 'intelligence artificielle',
  'donnée', 'données', 'donnees', 'DONNÉES', 'donnee',
  'marché', 'marches', 'marchés publics', 'achat public', 'achats publics',
  'énergie', 'energie', 'énergétique', 'sobriété', 'sobriete', 'éthique', 'ethique',
  'numérique', 'numerique', 'algorithme', 'algorithmes', 'équipe', 'equipes',
  "l'intelligence", 'l’intelligence', "d'un", 'd’une', 'qu’elle', 'elle', 'un', "l'achat",
  'aujourd’hui', 'c’est', 'presqu’île',
  'co-construction', 'co construction', 'sous-traitance', 'peut-être', 'mise-en-œuvre',
  'œuvre', 'oeuvre', 'cœur', 'coeur', 'CŒUR', 'ambiguïté', 'ambiguite', 'naïf', 'noël', 'aiguë',
  'title:intelligence', 'title:données', 'body:sobriété', 'title:eau body:eau',
  'inte*', 'écono*', 'éner*', 'ener*', '*ique', 'don*es', 'algo*',
  '+données +énergie', '+marché -public', '-énergie +eau', '+des marché',
  'donnés~1', 'algoritme~1', 'sobriété~1', 'energi~2',
  'énergie^10 eau', 'title:eau^5 refroidissement',
  '2024', '2030', '3,5', '42', '1er', 'iso', 'rgpd', 'ai act',
  'été', 'ete', 'des', 'dès',
  '%', '?', '«', 'straße', 'ﬁnance', 'istanbul', 'ΟΔΟΣ', '😀',
  'title:', 'inconnu:eau', 'eau~', 'eau^', '+', '-',
];

test('the query list is as broad as promised', () => {
  assert.ok(QUERIES.length >= 60, `${QUERIES.length} queries`);
});

test('synthetic French corpus of 1,000 pages: byte-identical index and identical rankings', () => {
  const docs = syntheticPages(1000, 20261123, 100, 500);
  const { nonEmpty } = checkCorpus('synthetic', docs, QUERIES);
  // Most queries must actually match something, or identical rankings prove little.
  assert.ok(nonEmpty >= 60, `${nonEmpty} queries with results`);
});

test('integer-like refs: JavaScript key order and tie ranking', () => {
  // Insertion order deliberately unlike numeric order; "07" and "4294967295" are not array
  // indices (kept in insertion order after the integer-like keys), "4294967294" is.
  const ids = ['10', '2', 'x-intro', '1', '12', '07', '3', '11', '4294967295', '9', '4',
               '4294967294', '5', '8', '6', '7', 'a/b'];
  const bodies = {
    '10': 'Le rôle de l’intelligence artificielle dans les marchés publics.',
    '2': "Une question d'un acheteur sur l'énergie.",
    '1': 'Il faut qu’elle reste sobre : l’eau et l’énergie comptent.',
    '12': 'Refroidissement des serveurs par eau.',
    '3': 'Refroidissement des serveurs par eau.',  // same text as "12": a tie
    'x-intro': 'Refroidissement des serveurs par eau.',
    '07': 'Refroidissement des serveurs par eau.',
    '4294967295': 'ÉNERGIE et Énergies renouvelables, sobriété énergétique.',
    '4294967294': 'Co-construction et sous-traitance du projet.',
    // Final sigma inside Latin tokens (Greek letters alone are trimmed away): σ or ς by context.
    '5': 'xΣy abΣ1 ΣA1 zΣ\u0301w İi ǅ 1Σ2',
  };
  const docs = ids.map((id) => ({ id, title: id === '12' ? 'Eau' : 'Page ' + id,
                                  body: bodies[id] || 'Texte de remplissage numéro ' + id + '.' }));
  const { loaded } = checkCorpus('numeric-refs', docs, QUERIES.concat(['serveurs', 'page']));

  const refs = (q) => loaded.search(q).map((r) => r.ref);
  // Ties keep JavaScript key order: integer-like refs ascending, then the others as added.
  assert.deepEqual(refs('body:serveurs'), ['3', '12', 'x-intro', '07']);
  // Elisions are split on both apostrophes, so the word itself is found.
  assert.deepEqual(refs('intelligence'), ['10']);
  assert.ok(refs('energie').includes('2'), "d'énergie/l'énergie found without accents");
  assert.ok(refs('energie').includes('1'));
  assert.ok(refs('construction').includes('4294967294'), 'hyphenated words are split');
  // "un" and "elle" are in lunr.fr's stop word list: lunr indexes neither, elided or not.
  assert.deepEqual(refs('elle'), []);
  assert.deepEqual(refs('un'), []);
});

test("the guide's own pages: byte-identical index and identical rankings", (t) => {
  const pagesDir = path.join(ROOT, 'content', 'pages');
  const files = [];
  (function walk(dir) {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) files.push(full);
    }
  })(pagesDir);
  if (files.length === 0) {
    t.diagnostic('no content/pages/**/*.md yet: nothing to compare for the guide itself');
    t.skip('no content pages');
    return;
  }
  const docs = files.map((file) => {
    let text = fs.readFileSync(file, 'utf8');
    let title = path.basename(file, '.md');
    const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (fm) {
      text = text.slice(fm[0].length);
      const m = /^title:\s*(.*)$/m.exec(fm[1]);
      if (m) title = m[1].trim().replace(/^(['"])(.*)\1$/, '$2');
    }
    return { id: path.relative(pagesDir, file).replace(/\\/g, '/').replace(/\.md$/, ''),
             title, body: text, url: '' };
  });
  t.diagnostic(`${docs.length} content pages`);
  checkCorpus('content', docs, QUERIES);
});

test("the site's own search data, typeset text included: the shipped index is lunr.js's", () => {
  // Built as the site is: the documents carry the generator's French typography (’, U+00A0,
  // U+202F, « »), which the tokenizer must split exactly as lunr.js does on both sides.
  const out = path.join(TMP, 'site');
  execFileSync(GUIDE, ['build', '--out', out], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const script = fs.readFileSync(path.join(out, 'assets', 'search-index.js'), 'utf8');
  const sandbox = { window: {} };
  require('vm').runInNewContext(script, sandbox);
  const data = sandbox.window.GUIDE_SEARCH;
  const docs = data.docs.map((d, i) => ({ id: String(i), title: d.section ? d.page + ' \u2014 ' + d.section : d.page,
                                          body: d.text }));
  const typeset = docs.filter((d) => /[\u00a0\u202f\u2019«]/.test(d.title + d.body)).length;
  assert.ok(typeset > docs.length / 2, `${typeset} of ${docs.length} documents hold typeset text`);
  assertSameText(JSON.stringify(data.index), JSON.stringify(buildIndex(docs)), 'site: shipped index');
  const queries = QUERIES.concat(["l'ecran", "d'IA", 'l’IA', 'données personnelles', '10 000', 'kbit']);
  const { nonEmpty } = checkCorpus('site-docs', docs, queries);
  assert.ok(nonEmpty >= 40, `${nonEmpty} queries with results`);
});
