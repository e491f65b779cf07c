'use strict';
// assets/js/search.js in headless Chromium, from file:// and under the site's CSP, against a
// search-index.js written by the generator's site_search_script (through site_search_tool).
// Checks lazy loading, results (a title link, then a plain snippet) and their links, <mark>ed
// snippets, ranking identical to lunr.js in node, keyboard use, announcements, bad syntax, the
// stop-word fallback, recherche.html?q=, and on a second data set the query-side synonyms, the
// search weights and straight apostrophes against typeset text.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { chromium } = require('playwright-core');
const { lunr } = require('./lunr-reference.js');

const ROOT = path.resolve(__dirname, '..', '..');
const TOOL = process.env.SITE_SEARCH_TOOL || path.join(ROOT, 'build', 'tests', 'site_search_tool');
const GUIDE = process.env.GUIDE || path.join(ROOT, 'build', 'guide');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SITE = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-search-ui-'));
// search.js as the generator writes it: with its texts from content/interface/search.yaml.
const BUILT_SEARCH_JS = (() => {
  const out = path.join(SITE, 'built');
  execFileSync(GUIDE, ['build', '--out', out], { cwd: ROOT, stdio: 'pipe' });
  return path.join(out, 'assets', 'js', 'search.js');
})();

const SECTIONS = [
  { page_title: 'Intelligence artificielle', section_title: '', url: 'ia/index.html',
    text: 'Le rôle de l’intelligence artificielle dans les marchés publics.' },
  { page_title: 'Intelligence artificielle', section_title: 'Risques', url: 'ia/index.html#risques',
    text: "Qu’elle soit générative ou non, l'intelligence doit être supervisée. </script><b>gras</b>" },
  { page_title: 'Impacts', section_title: 'Eau', url: 'impacts/eau.html#refroidissement',
    text: 'Le refroidissement des serveurs consomme de l’eau\u2028et de l’énergie.' },
  { page_title: 'Sobriété', section_title: 'Principes', url: 'sobriete.html#principes',
    text: "La sobriété énergétique d'un service numérique." },
];
for (let i = 0; i < 14; i++) {
  SECTIONS.push({ page_title: 'Service ' + i, section_title: 'Détail', url: `services/s${i}.html#detail`,
                  text: 'Un service public numérique. '.repeat(1 + (i % 4)) + 'Annexe ' + i + '.' });
}

const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
            "img-src 'self' data:; form-action 'self'; base-uri 'none'";

function page(root, extra = '') {
  return `<!doctype html><html lang="fr" data-root="${root}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}"><title>t</title>
<script src="${root}assets/js/search.js" defer></script></head><body>
<form class="site-search" role="search" action="${root}recherche.html" method="get"><label for="search-q">Rechercher dans le guide</label><input type="search" id="search-q" name="q" autocomplete="off" aria-controls="search-results" aria-describedby="search-status"><button type="submit">Rechercher</button><p id="search-status" class="visually-hidden" role="status" aria-live="polite"></p><div id="search-results" hidden></div></form>
<main>${extra}</main></body></html>`;
}

let browser;
let referenceIndex;

// Writes a site under `dir` whose search data the generator's site_search_script makes from
// `input` (a list of sections, or {sections, synonyms}); returns lunr.js's own index of it.
function makeSite(dir, input) {
  const sectionsFile = path.join(dir, 'sections.json');
  fs.writeFileSync(sectionsFile, JSON.stringify(input));
  const script = execFileSync(TOOL, [sectionsFile], { encoding: 'utf8' });
  fs.mkdirSync(path.join(dir, 'assets', 'vendor'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'assets', 'js'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'ia'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'assets', 'search-index.js'), script);
  fs.copyFileSync(BUILT_SEARCH_JS, path.join(dir, 'assets', 'js', 'search.js'));
  for (const f of ['lunr/lunr.min.js', 'lunr-languages/min/lunr.stemmer.support.min.js',
                   'lunr-languages/min/lunr.fr.min.js']) {
    fs.copyFileSync(path.join(ROOT, 'node_modules', f), path.join(dir, 'assets', 'vendor', path.basename(f)));
  }
  fs.writeFileSync(path.join(dir, 'ia', 'index.html'), page('../'));
  fs.writeFileSync(path.join(dir, 'recherche.html'), page('', '<div id="search-page-results"></div>'));
  // What lunr.js ranks for the same data, to compare the page's order with.
  const data = JSON.parse(script.slice(script.indexOf('=') + 1, script.lastIndexOf(';')));
  return lunr.Index.load(data.index);
}

before(async () => {
  referenceIndex = makeSite(SITE, SECTIONS);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});

after(async () => {
  if (browser) await browser.close();
  fs.rmSync(SITE, { recursive: true, force: true });
});

async function open(file, site = SITE) {
  const p = await browser.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  await p.goto('file://' + path.join(site, file));
  return { p, errors };
}

// Types `q` in the field of an open page and waits for the list that answers it.
async function runQuery(p, q) {
  await p.fill('#search-q', q);
  await p.waitForFunction((text) => document.querySelector('#search-results').dataset.query === text, q);
  return resultState(p);
}

async function resultState(p) {
  return p.evaluate(() => ({
    hidden: document.querySelector('#search-results').hidden,
    status: document.querySelector('#search-status').textContent,
    links: Array.from(document.querySelectorAll('#search-results li')).map((li) => {
      const a = li.querySelector('a');
      return { href: a.getAttribute('href'), title: a.textContent, text: li.textContent,
               links: li.querySelectorAll('a').length,
               snippet: li.querySelector('p.search-result__snippet')?.textContent,
               snippetInLink: !!a.querySelector('.search-result__snippet'),
               marks: Array.from(li.querySelectorAll('mark')).map((m) => m.textContent) };
    }),
  }));
}

test('loads lazily, finds, links, marks, and ranks like lunr.js', async () => {
  const { p, errors } = await open('ia/index.html');
  assert.equal(await p.evaluate(() => typeof window.lunr), 'undefined', 'nothing loaded before focus');
  await p.focus('#search-q');
  await p.waitForFunction(() => window.GUIDE_SEARCH && window.lunr);

  await p.keyboard.type('intelligence');
  await p.waitForFunction(() => document.querySelector('#search-results').dataset.query === 'intelligence');
  await p.waitForFunction(() => !document.querySelector('#search-results').hidden);
  const state = await resultState(p);
  assert.equal(state.status, '2 résultats');
  const expected = referenceIndex.search('intelligence').map((r) => '../' + SECTIONS[r.ref].url);
  assert.deepEqual(state.links.map((l) => l.href), expected, 'same order as lunr.js');
  // Elided and capitalised occurrences are marked: "l’intelligence", "Intelligence" in titles.
  for (const link of state.links) {
    assert.ok(link.marks.some((m) => m.toLowerCase() === 'intelligence'), JSON.stringify(link));
  }
  // The text containing </script> is shown as text, not markup.
  assert.ok(state.links.some((l) => l.text.includes('</script><b>gras</b>')));
  // Each result is one link, its title, then its snippet as plain text beside it.
  for (const link of state.links) {
    assert.equal(link.links, 1, JSON.stringify(link));
    assert.equal(link.snippetInLink, false, 'the snippet is inside the link');
    assert.ok(link.snippet && link.text === link.title + link.snippet, JSON.stringify(link));
    assert.match(link.title, /^Intelligence artificielle/);
  }
  assert.deepEqual(errors, []);
  await p.close();
});

test('keyboard: arrows move through results, Escape closes', async () => {
  const { p, errors } = await open('ia/index.html');
  await p.focus('#search-q');
  await p.keyboard.type('service');
  // The list of the whole word: a list for a shorter prefix can have the same links and be
  // replaced after the arrows moved the focus into it (the cause of a failure on a loaded machine).
  await p.waitForFunction(() => document.querySelector('#search-results').dataset.query === 'service');
  await p.waitForFunction(() => !document.querySelector('#search-results').hidden);
  const state = await resultState(p);
  assert.equal(state.links.length, 10, 'at most 10 results');
  assert.match(state.status, /^1[5-9] résultats, les 10 premiers affichés$/);
  const expected = referenceIndex.search('service').slice(0, 10).map((r) => '../' + SECTIONS[r.ref].url);
  assert.deepEqual(state.links.map((l) => l.href), expected);

  const focused = () => p.evaluate(() => document.activeElement.getAttribute('href') || document.activeElement.id);
  await p.keyboard.press('ArrowDown');
  assert.equal(await focused(), expected[0]);
  await p.keyboard.press('ArrowDown');
  assert.equal(await focused(), expected[1]);
  await p.keyboard.press('ArrowUp');
  await p.keyboard.press('ArrowUp');
  assert.equal(await focused(), 'search-q');
  await p.keyboard.press('ArrowDown');
  await p.keyboard.press('Escape');
  assert.equal(await focused(), 'search-q');
  assert.equal(await p.evaluate(() => document.querySelector('#search-results').hidden), true);
  assert.deepEqual(errors, []);
  await p.close();
});

test('bad syntax, accents, stop words and prefixes never throw and find sensible pages', async () => {
  const { p, errors } = await open('ia/index.html');
  await p.focus('#search-q');
  await p.waitForFunction(() => window.GUIDE_SEARCH && window.lunr);
  const run = async (q) => {
    await p.fill('#search-q', q);
    await p.waitForFunction((text) => document.querySelector('#search-results').dataset.query === text, q);
    return resultState(p);
  };
  assert.equal((await run('title:')).status, 'Aucun résultat');
  assert.ok((await run('eau~')).links.some((l) => l.href.endsWith('#refroidissement')));
  assert.ok((await run('energie')).links.some((l) => l.href.endsWith('#refroidissement')));
  assert.ok((await run('sobriete')).links.some((l) => l.href.endsWith('#principes')));
  // "elle" and "un" are stop words lunr does not index: found literally, whole words only.
  const elle = await run('elle');
  assert.deepEqual(elle.links.map((l) => l.href), ['../ia/index.html#risques']);
  assert.deepEqual(elle.links[0].marks, ['elle']);
  // 15 sections say "un" (14 "Un service…" and "d'un service"), the most frequent first.
  const un = await run('un');
  assert.equal(un.status, '15 résultats, les 10 premiers affichés');
  assert.ok(un.links[0].href.endsWith('services/s3.html#detail'));
  // An unfinished word is completed as a prefix ("intellig" is no stem of the index).
  assert.equal(referenceIndex.search('intellig').length, 0);
  assert.equal((await run('intellig')).links.length, 2);
  assert.deepEqual(errors, []);
  await p.close();
});

test('recherche.html?q= shows its results at load', async () => {
  const { p, errors } = await open('recherche.html');
  await p.goto('file://' + path.join(SITE, 'recherche.html') + '?q=' + encodeURIComponent('sobriété'));
  await p.waitForSelector('#search-page-results li');
  const hrefs = await p.evaluate(() => Array.from(document.querySelectorAll('#search-page-results a'))
    .map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, referenceIndex.search('sobriété').map((r) => SECTIONS[r.ref].url));
  assert.match(await p.textContent('#search-page-results'), /1 résultat pour «\u00a0sobriété\u00a0»/);
  // The summary is also announced to screen readers (it once announced the formatter's source).
  assert.equal(await p.textContent('#search-status'), '1 résultat pour «\u00a0sobriété\u00a0»');
  assert.equal(await p.inputValue('#search-q'), 'sobriété');
  assert.deepEqual(errors, []);
  await p.close();
});

/* ---- Synonyms, search weights, typeset text -------------------------------------------------- */

// Text as the generator typesets it (’, no-break spaces), a statement with a low search weight,
// and pages that hold "agent" without "conversationnel" (a synonym's phrase is all required).
const TYPESET = {
  sections: [
    { page_title: 'Données personnelles', section_title: '', url: 'donnees-personnelles.html', weight: 0.1,
      text: 'Le guide ne collecte aucune donnée personnelle\u202f: vos données personnelles restent chez vous.' },
    { page_title: 'RGPD et IA', section_title: 'Les données personnelles', url: 'rgpd.html#donnees',
      text: 'Traiter des données personnelles avec un système d’IA demande une analyse d’impact.' },
    { page_title: 'Agents conversationnels', section_title: '', url: 'agents.html',
      text: 'Un agent conversationnel répond aux usagers à toute heure.' },
    { page_title: 'Usages', section_title: 'Relation usager', url: 'usages.html#relation',
      text: 'Les agents conversationnels du service public, et leurs limites.' },
    { page_title: 'Agences', section_title: '', url: 'agences.html',
      text: 'Un agent de l’agence répond au téléphone\u00a0: « conversation » enregistrée.' },
    { page_title: 'Écrans', section_title: '', url: 'ecrans.html',
      text: 'L’écran d’accueil affiche 10\u202f000 pages à 10\u00a0% d’IA générative.' },
  ],
  synonyms: [
    { query: 'chatbot', also: ['agent conversationnel'] },
    { query: 'LLM', also: ['grand modèle de langage', 'modèle de langage'] },
    { query: 'de la', also: ['rien'] },  // stop words only: never matches (guide check refuses it)
  ],
};
const SITE2 = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-search-ui-'));
let typesetIndex;
before(() => { typesetIndex = makeSite(SITE2, TYPESET); });
after(() => fs.rmSync(SITE2, { recursive: true, force: true }));

test('a synonym finds the pages that use the guide\'s own words, and only those', async () => {
  const { p, errors } = await open('ia/index.html', SITE2);
  await p.focus('#search-q');
  await p.waitForFunction(() => window.GUIDE_SEARCH && window.lunr);
  assert.equal(typesetIndex.search('chatbot').length, 0, 'lunr alone finds nothing');
  for (const q of ['chatbot', 'Chatbots', 'un chatbot']) {
    const state = await runQuery(p, q);
    assert.deepEqual(state.links.map((l) => l.href).sort(), ['../agents.html', '../usages.html#relation'], q);
    assert.ok(state.links.every((l) => l.marks.some((m) => /^agents?$/i.test(m))), JSON.stringify(state.links));
  }
  // The typed words still count: a synonym adds results, it takes none away.
  const mixed = await runQuery(p, 'chatbot agence');
  assert.ok(mixed.links.some((l) => l.href === '../agences.html'), JSON.stringify(mixed.links));
  assert.ok(mixed.links.some((l) => l.href === '../agents.html'), JSON.stringify(mixed.links));
  assert.deepEqual(errors, []);
  await p.close();
});

test('a low search weight puts a statement after the pages about the subject', async () => {
  const { p, errors } = await open('ia/index.html', SITE2);
  await p.focus('#search-q');
  await p.waitForFunction(() => window.GUIDE_SEARCH && window.lunr);
  // Without its weight the statement would come first (its title is the query).
  assert.equal(typesetIndex.search('données personnelles')[0].ref, '0');
  const state = await runQuery(p, 'données personnelles');
  assert.equal(state.links[0].href, '../rgpd.html#donnees');
  assert.ok(state.links.some((l) => l.href === '../donnees-personnelles.html'), 'the statement is still found');
  assert.deepEqual(errors, []);
  await p.close();
});

test('straight apostrophes and plain spaces find text typeset with ’ and no-break spaces', async () => {
  const { p, errors } = await open('ia/index.html', SITE2);
  await p.focus('#search-q');
  await p.waitForFunction(() => window.GUIDE_SEARCH && window.lunr);
  for (const q of ["l'ecran", "L'Écran", 'l’écran', '10 000', 'accueil']) {
    const state = await runQuery(p, q);
    assert.equal(state.links[0]?.href, '../ecrans.html', q);
    assert.ok(state.links[0].marks.length > 0, `${q}: nothing marked`);
  }
  const ia = await runQuery(p, "d'IA");
  assert.deepEqual(ia.links.map((l) => l.href).sort(), ['../ecrans.html', '../rgpd.html#donnees']);
  // The snippet shows the typeset text as it is.
  const state = await runQuery(p, "l'ecran");
  assert.match(state.links[0].snippet, /L’écran d’accueil affiche 10\u202f000 pages à 10\u00a0%/);
  assert.deepEqual(errors, []);
  await p.close();
});
