// Browser tests of the annex tools (clause annex, sourcing questionnaire), from file:// in headless
// Chromium: the steps carrying the selection in the URL fragment from page to page, what the
// assembled document prints (PDF → pdftotext), what the .odt export holds (converted by
// LibreOffice), the RC weights validation, and every step page printed without JavaScript.
// Env: GUIDE_EXE (the generator), GUIDE_SOURCE_DIR (project root). Needs /usr/bin/chromium,
// pdftotext (poppler-utils), soffice (libreoffice-writer-nogui).
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const { exportsOf: sharedExportsOf } = require('./exports');

const root = process.env.GUIDE_SOURCE_DIR || path.resolve(__dirname, '../..');
const { chromium } = require(require.resolve('playwright-core', { paths: [root] }));
const guide = process.env.GUIDE_EXE || path.join(root, 'build/guide');

let tmp, site, browser;

// The generated clauses bank, read back from the built site (the test follows the content).
function loadBank(id) {
  const js = fs.readFileSync(path.join(site, 'assets/banks', id + '.js'), 'utf8');
  const window = {};
  new Function('window', js)(window);  // test-side only; the site itself never evaluates code
  return window.GUIDE_BANKS[id];
}

before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'annex-test-'));
  site = path.join(tmp, 'site');
  const templates = path.join(root, 'templates');
  execFileSync(guide, ['build', '--content', path.join(root, 'content'), '--templates', templates,
    '--assets', path.join(root, 'assets'), '--out', site], { cwd: tmp, stdio: 'pipe' });
});

before(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

function pageUrl(file, hash) {
  return pathToFileURL(path.join(site, file)).href + (hash ? '#' + hash : '');
}

// Opens a page and fails the test on any script error or CSP violation.
async function open(file, hash, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
  page.on('console', (m) => {
    // The site search script is another area's (and may be absent from this test's build).
    if (m.type() === 'error' && !/\/assets\/js\/search\.js$/.test(m.location().url || '')) problems.push(m.text());
  });
  await page.goto(pageUrl(file, hash));
  if (options.javaScriptEnabled !== false) await ready(page);
  return { page, context, problems };
}

// The step scripts have run: the assembled document is built (or said to be empty).
async function ready(page) {
  await page.waitForFunction(() => window.GuideAnnexState && window.GuideAnnexState.ready);
}

function escapeRe(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

async function printedText(page, name) {
  const pdf = path.join(tmp, name + '.pdf');
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  // -raw keeps table cells whole where -layout interleaves wrapped header cells.
  const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { text, pages, raw, flat: text.replace(/\s+/g, ' ') };
}

// Titles of the clauses a profile set and document set select, in bank order.
function expectedClauses(bank, profiles, documents) {
  const out = [];
  for (const doc of documents) {
    for (const s of bank.sections.filter((x) => x.document === doc)) {
      for (const c of s.clauses) if (c.profiles.some((p) => profiles.includes(p))) out.push(c);
    }
  }
  return out;
}

function allClauses(bank) { return bank.sections.flatMap((s) => s.clauses); }

// A text with its {parameters} at their defaults, as pages show it without JavaScript.
function withDefaults(bank, text) {
  return text.replace(/\{([a-z_]+)\}/g, (m, id) => {
    const p = bank.parameters.find((x) => x.id === id);
    return p ? String(p.default) : m;
  });
}

// The generator sets French typography (no-break spaces before : ; % and inside « », curly
// apostrophes): texts are compared as a reader sees them, whatever spaces and apostrophes.
const plain = (s) => s.replace(/\s+/g, ' ').replace(/'/g, '’');

function indexesInOrder(flat, titles) {
  let at = -1;
  flat = plain(flat);
  for (const t of titles) {
    const next = flat.indexOf(plain(t), at + 1);
    assert.ok(next > at, `"${t}" missing or out of order`);
    at = next;
  }
}

const CLAUSES = 'outils/clauses.html';
const ANNEX = 'outils/clauses/annexe.html';
const docPage = (id) => `outils/clauses/piece-${id}.html`;
const QUESTIONNAIRE = 'outils/questionnaire-sourcing.html';
const COMPOSED = 'outils/questionnaire-sourcing/questionnaire-compose.html';
const sectionPage = (id) => `outils/questionnaire-sourcing/${id}.html`;

const HOST_HASH = 'profils=hebergeur&pieces=cctp&acheteur=' + encodeURIComponent('Métropole de Test') +
  '&titulaire=' + encodeURIComponent('la société <b>Héberge & Cie</b>') +
  '&marche=' + encodeURIComponent('Plateforme IA 2027') + '&reference=' + encodeURIComponent('MT-2026-042');

// The address as the page sees it (page.url() may lag behind history.replaceState).
async function fragment(page) {
  return decodeURIComponent((await page.evaluate(() => window.location.hash)).replace(/\+/g, ' '));
}

test('clauses: the steps carry the selection from page to page, skipping the documents left out', async () => {
  const bank = loadBank('clauses');
  const { page, context, problems } = await open(CLAUSES);
  const docs = bank.documents.map((d) => d.id);
  assert.equal(await page.textContent('#step-progress'), `Étape 1 sur ${docs.length + 3}`);
  await page.uncheck('input[name="profils"][value="developpeur"]');
  await page.uncheck('input[name="profils"][value="integrateur"]');
  for (const doc of ['ccap', 'cadres_env', 'cadre_social']) await page.uncheck(`input[name="pieces"][value="${doc}"]`);
  assert.match(await fragment(page), /profils=hebergeur&pieces=cctp,rc(&|$)/);
  // The list of steps and the progress follow the choice: CCAP and the response frames are no
  // longer steps (entry page, CCTP, RC, parameters, annex).
  assert.equal(await page.textContent('#step-progress'), 'Étape 1 sur 5');
  assert.equal(await page.isHidden(`#step-list a[href*="piece-ccap.html"]`), true);
  // Next: the CCTP page, with the selection in its address; the step's heading has the focus.
  await Promise.all([page.waitForURL(/piece-cctp\.html#/), page.click('.step-nav a[rel="next"]')]);
  await ready(page);
  assert.equal(await page.textContent('#step-progress'), 'Étape 2 sur 5');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  const cctp = bank.sections.filter((s) => s.document === 'cctp').flatMap((s) => s.clauses);
  for (const c of cctp) {
    assert.equal(await page.isChecked(`input[name="clause"][value="${c.id}"]`), c.profiles.includes('hebergeur'), c.id);
  }
  const dropped = cctp.find((c) => c.profiles.includes('hebergeur'));
  await page.uncheck(`input[name="clause"][value="${dropped.id}"]`);
  assert.match(await fragment(page), new RegExp(`sans=${dropped.id}`));
  // Back: the entry page keeps the choices (from the address, not from any storage).
  await Promise.all([page.waitForURL(/clauses\.html#/), page.click('.step-nav a[rel="prev"]')]);
  await ready(page);
  assert.equal(await page.isChecked('input[name="pieces"][value="ccap"]'), false);
  assert.equal(await page.isChecked('input[name="profils"][value="hebergeur"]'), true);
  // Forward through RC and the parameters to the annex.
  await Promise.all([page.waitForURL(/piece-cctp/), page.click('.step-nav a[rel="next"]')]);
  await Promise.all([page.waitForURL(/piece-rc/), page.click('.step-nav a[rel="next"]')]);
  await Promise.all([page.waitForURL(/parametres/), page.click('.step-nav a[rel="next"]')]);
  await ready(page);
  await page.fill('#param-acheteur', 'Ville de Test');
  assert.match(await fragment(page), /acheteur=Ville de Test/);
  await Promise.all([page.waitForURL(/annexe\.html#/), page.click('.step-nav a[rel="next"]')]);
  await ready(page);
  assert.equal(await page.textContent('#step-progress'), 'Étape 5 sur 5');
  const annexText = await page.textContent('#annexe');
  assert.ok(annexText.includes('Acheteur\u00a0: Ville de Test'));
  assert.ok(!annexText.includes(dropped.title), 'the clause unchecked on its page is left out');
  assert.equal(await page.locator('#annexe .annex-doc').count(), 2, 'CCTP and RC only');
  // No storage but the tab's memory of the selection (tool-memory.js); the address holds it too.
  assert.equal(await page.evaluate(() => localStorage.length +
    Object.keys(sessionStorage).filter((k) => k !== 'guide-outil:clauses').length), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('clauses: host profile and CCTP only print exactly their clauses, filled, without chrome', async () => {
  const bank = loadBank('clauses');
  const expected = expectedClauses(bank, ['hebergeur'], ['cctp']);
  const excluded = allClauses(bank).filter((c) => !expected.includes(c));
  assert.ok(expected.length >= 2 && excluded.length >= 2, 'the fixture must select some clauses and leave others');
  const { page, context, problems } = await open(ANNEX, HOST_HASH);
  const { flat, pages } = await printedText(page, 'host-cctp');
  // Each selected clause twice: in the contents on the cover page, then as its article.
  const count = (s) => flat.split(s).length - 1;
  expected.forEach((c, i) => assert.equal(count(`Article ${i + 1} — ${c.title}`), 2, `Article ${i + 1} — ${c.title}`));
  indexesInOrder(flat, expected.map((c) => c.title).concat(expected.map((c) => c.title)));
  for (const c of excluded) assert.ok(!flat.includes(c.title), `unselected clause printed: ${c.title}`);
  assert.match(flat, /Acheteur : Métropole de Test/);
  assert.ok(flat.includes('la société <b>Héberge & Cie</b>'), 'typed text is printed as text');
  assert.ok(!flat.includes('{titulaire}') && !flat.includes('@@P'), 'no placeholder left');
  for (const chrome of ['Aller au contenu', 'Rechercher', 'Imprimer l', 'Télécharger', 'Copier',
    'Note à l', 'Composer l', 'Profils visés', 'Fil d', 'Étape']) {
    assert.ok(!flat.includes(chrome), `printed page shows "${chrome}"`);
  }
  // Buyer notes of the selected clauses, and CCAP/RC headings, stay off paper.
  for (const c of expected) assert.ok(!flat.includes(c.buyer_note.split('\n')[0].trim().slice(0, 40)), 'buyer note printed');
  for (const d of bank.documents.filter((x) => x.id !== 'cctp')) assert.ok(!flat.includes(d.label), `${d.label} printed`);
  // Margin boxes (Chromium): page numbers and the contract as running title on every page.
  assert.ok(flat.includes(`Page 1 / ${pages}`), 'page numbers');
  assert.equal((flat.match(/Marché « Plateforme IA 2027 » — réf\. MT-2026-042/g) || []).length, pages, 'running title on each page');
  // The page holds the chosen clauses only, not the others hidden.
  assert.equal(await page.locator('#annexe article').count(), expected.length);
  assert.deepEqual(problems, []);
  // The same address on the steps: the choices are there, and each clause keeps its buyer note.
  await page.goto(pageUrl(CLAUSES, HOST_HASH));
  await ready(page);
  assert.equal(await page.locator('input[name="profils"]:checked').count(), 1);
  await page.goto(pageUrl(docPage('cctp'), HOST_HASH));
  await ready(page);
  const cctp = bank.sections.filter((s) => s.document === 'cctp').flatMap((s) => s.clauses);
  assert.equal(await page.locator('article.clause .buyer-note').count(), cctp.length);
  assert.equal(await page.locator('input[name="clause"]:checked').count(), expected.length);
  await page.goto(pageUrl('outils/clauses/parametres.html', HOST_HASH));
  await ready(page);
  assert.equal(await page.locator('#param-acheteur').inputValue(), 'Métropole de Test');
  assert.deepEqual(problems, []);
  await context.close();
});

test('clauses and questionnaire: the .docx export is a Word document with the .odt\'s text, page numbers and running title', async () => {
  for (const [url, hash, name] of [[ANNEX, HOST_HASH, 'annexe-docx'], [COMPOSED, 'profils=hebergeur', 'questionnaire-docx']]) {
    const { page, context, problems } = await open(url, hash);
    const buttons = await page.$$eval('.annex-actions button, [data-action]', (bs) => bs.map((b) => b.getAttribute('data-action')));
    assert.ok(buttons.indexOf('docx') === buttons.indexOf('odt') + 1, 'the Word button follows the ODT one');
    const { odt, docx } = await exportsOf(page, name);
    assert.equal(docx, odt);
    const bytes = fs.readFileSync(path.join(tmp, name + '.docx'));
    assert.equal(bytes.readUInt32LE(0), 0x04034b50, 'a ZIP package');
    // Stored entries (no compression): the parts and the footer's fields read in the bytes.
    const raw = bytes.toString('utf8');
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/footer1.xml']) {
      assert.ok(raw.includes(part), part);
    }
    assert.match(raw, /<w:ftr [^]*PAGE [^]*NUMPAGES [^]*<\/w:ftr>/, 'page numbers in the footer');
    // What LibreOffice lays out: the running title on top of the pages, "Page n / N" below.
    const pdfDir = path.join(tmp, name + '-pdf');
    execFileSync('soffice', ['-env:UserInstallation=' + pathToFileURL(path.join(tmp, 'lo-profile')).href,
      '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, path.join(tmp, name + '.docx')], { stdio: 'pipe', timeout: 120000 });
    const laid = execFileSync('pdftotext', [path.join(pdfDir, name + '.pdf'), '-'], { encoding: 'utf8' });
    const pages = (laid.match(/\f/g) || []).length;
    assert.ok(pages >= 1 && laid.includes(`Page 1 / ${pages}`), 'numbered pages');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('clauses: the .odt export opens in LibreOffice with the same clauses and parameters', async () => {
  const bank = loadBank('clauses');
  const expected = expectedClauses(bank, ['hebergeur'], ['cctp']);
  const { page, context, problems } = await open(ANNEX, HOST_HASH);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="odt"]')]);
  assert.match(download.suggestedFilename(), /^annexe-clauses-mt-2026-042\.odt$/);
  const odt = path.join(tmp, 'annexe.odt');
  await download.saveAs(odt);
  const bytes = fs.readFileSync(odt);
  // mimetype first, stored, no extra field: what ODF readers sniff.
  assert.equal(bytes.readUInt32LE(0), 0x04034b50);
  assert.equal(bytes.readUInt16LE(8), 0, 'stored');
  assert.equal(bytes.toString('latin1', 30, 38), 'mimetype');
  assert.equal(bytes.toString('latin1', 38, 38 + 39), 'application/vnd.oasis.opendocument.text');
  const out = path.join(tmp, 'odt-out');
  execFileSync('soffice', ['-env:UserInstallation=' + pathToFileURL(path.join(tmp, 'lo-profile')).href,
    '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', out, odt], { stdio: 'pipe', timeout: 120000 });
  const text = fs.readFileSync(path.join(out, 'annexe.txt'), 'utf8').replace(/^\uFEFF/, '');
  const flat = text.replace(/\s+/g, ' ');
  expected.forEach((c, i) => assert.ok(flat.includes(`Article ${i + 1} — ${c.title}`), `odt: ${c.title}`));
  indexesInOrder(flat, expected.map((c) => c.title));
  for (const c of allClauses(bank).filter((x) => !expected.includes(x))) assert.ok(!flat.includes(c.title));
  assert.ok(flat.includes('Métropole de Test'));
  assert.ok(flat.includes('la société <b>Héberge & Cie</b>'));
  assert.ok(!flat.includes('Note à l') && !flat.includes('Étape'));
  // Markdown export: same content, emphasis kept, typed markup escaped.
  const [md] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="md"]')]);
  const mdText = fs.readFileSync(await md.path(), 'utf8');
  assert.match(mdText, /^# Annexe environnementale et sociale/m);
  assert.ok(mdText.includes(`### Article 1 — ${expected[0].title}`), 'numbered article heading');
  assert.ok(mdText.includes('la société \\<b\\>Héberge & Cie\\</b\\>'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('clauses: "Copier" puts the tailored annex on the clipboard as HTML and plain text', async () => {
  const bank = loadBank('clauses');
  const expected = expectedClauses(bank, ['hebergeur'], ['cctp']);
  const { page, context, problems } = await open(ANNEX, HOST_HASH);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('button[data-action="copy"]');
  await page.waitForFunction(() => /copié/.test(document.getElementById('annex-status').textContent));
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const out = {};
    for (const type of item.types) out[type] = await (await item.getType(type)).text();
    return out;
  });
  const has = (text, title) => text.includes(title) || text.includes(title.replace(/'/g, '&#39;'));
  for (const type of ['text/html', 'text/plain']) {
    assert.ok(clip[type], type);
    for (const c of expected) assert.ok(has(clip[type], c.title), `${type}: ${c.title}`);
    for (const c of allClauses(bank).filter((x) => !expected.includes(x))) {
      assert.ok(!has(clip[type], c.title), `${type}: unselected ${c.title}`);
    }
    assert.ok(!clip[type].includes('Note à l'), `${type}: no buyer note`);
  }
  assert.ok(clip['text/html'].includes('la société &lt;b&gt;Héberge &amp; Cie&lt;/b&gt;'), 'typed text escaped in HTML');
  assert.ok(clip['text/plain'].includes('la société <b>Héberge & Cie</b>'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('clauses: RC weights are checked where typed and before printing, with described fields', async () => {
  const { page, context, problems } = await open(docPage('rc'), 'pieces=rc');
  assert.equal(await page.locator('#annex-errors').isHidden(), true, 'defaults are valid');
  await page.fill('#param-poids_social', '5');
  const summary = page.locator('#annex-errors');
  await summary.waitFor({ state: 'visible' });
  const text = await summary.textContent();
  assert.match(text, /Pondération du critère de performance sociale\u00a0: au moins 10\u00a0%/);
  assert.match(text, /Le total des pondérations fait 95\u00a0%\u00a0: il doit faire 100\u00a0%\./);
  assert.equal(await page.getAttribute('#param-poids_social', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#param-poids_social', 'aria-describedby'), /error-param-poids_social/);
  assert.match(await page.textContent('#error-param-poids_social'), /au moins 10\u00a0%/);
  await page.fill('#param-poids_prix', '120');
  assert.match(await summary.textContent(), /Pondération du critère prix\u00a0: la pondération doit être comprise entre 0 et 100\u00a0%/);
  // The annex page refuses to print while something is wrong, and its summary leads back here.
  const invalid = await fragment(page);
  await page.goto(pageUrl(ANNEX, invalid.slice(1)));
  await ready(page);
  await page.click('button[data-action="print"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'annex-errors');
  assert.match(await page.getAttribute('#annex-errors a', 'href'), /piece-rc\.html#/);
  await page.goto(pageUrl(docPage('rc'), invalid.slice(1)));
  await ready(page);
  await page.fill('#param-poids_prix', '35');
  await page.fill('#param-poids_social', '15');
  await page.locator('#annex-errors').waitFor({ state: 'hidden' });
  assert.equal(await page.textContent('#weights-total'), 'Total des pondérations\u00a0: 100\u00a0%');
  assert.match(await page.textContent('article[data-clause="criteres_attribution"]'), /Prix\s*35\s%/);
  assert.match(await fragment(page), /poids_prix=35/);
  // The URL is the saved state: reopened (bookmark, shared link), it gives back the same annex.
  await page.uncheck('input[name="clause"][value="criteres_attribution"]');
  await page.uncheck('input[name="clause"][value="notation_environnement"]');
  const saved = (await fragment(page)).slice(1);
  const again = await context.newPage();
  await again.goto(pageUrl(CLAUSES, saved));
  await ready(again);
  assert.equal(await again.isChecked('input[name="pieces"][value="rc"]'), true);
  assert.equal(await again.isChecked('input[name="pieces"][value="ccap"]'), false);
  await again.goto(pageUrl(docPage('rc'), saved));
  await ready(again);
  assert.equal(await again.inputValue('#param-poids_prix'), '35');
  assert.equal(await again.isChecked('input[name="clause"][value="criteres_attribution"]'), false);
  await again.goto(pageUrl(ANNEX, saved));
  await ready(again);
  assert.equal(await again.isVisible('#annex-empty'), true, 'nothing left to print is said');
  assert.deepEqual(problems, []);
  await context.close();
});

test('clauses: the annex page opened on its own says where to choose, and holds no clause', async () => {
  const { page, context, problems } = await open(ANNEX, '');
  assert.equal(await page.isVisible('#annex-empty'), true);
  assert.equal(await page.locator('#annexe *').count(), 0);
  assert.match(await page.getAttribute('#annex-empty a', 'href'), /clauses\.html#profils=/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('clauses: without JavaScript each document page prints all its clauses with their defaults', async () => {
  const bank = loadBank('clauses');
  for (const doc of bank.documents) {
    const { page, context } = await open(docPage(doc.id), '', { javaScriptEnabled: false });
    const { flat } = await printedText(page, 'nojs-' + doc.id);
    const clauses = bank.sections.filter((s) => s.document === doc.id).flatMap((s) => s.clauses);
    indexesInOrder(flat, clauses.map((c) => withDefaults(bank, c.title)));
    assert.ok(!flat.includes('Note à l') && !flat.includes('Reprendre cette clause') && !flat.includes('Étape'),
      `${doc.id}: no buyer note, no checkbox, no step navigation`);
    assert.ok(!/\{[a-z_]+\}/.test(flat), 'no raw parameter');
    if (doc.id === 'ccap') assert.ok(flat.includes('le titulaire'), 'defaults shown');
    await context.close();
  }
});

test('questionnaire: host profile prints only host sections, as tables with the answer column', async () => {
  const bank = loadBank('questionnaire-sourcing');
  const host = bank.sections.filter((s) => s.profiles.includes('hebergeur'));
  const others = bank.sections.filter((s) => !s.profiles.includes('hebergeur'));
  const { page, context, problems } = await open(COMPOSED, 'profils=hebergeur');
  const { flat, raw, pages } = await printedText(page, 'questionnaire-host');
  // Each chosen section renumbered from 1, its public id (Q-n) after its title, and each question's
  // (Q-n.m) beside its number: the same ids whatever the sections chosen.
  const rawJoined = raw.replace(/- /g, '-');  // words cut at a hyphen by a line end
  const headings = (await page.locator('#annexe .q-section h2').allTextContents()).map((h) => h.replace(/\s+/g, ' ').trim());
  host.forEach((s, i) => {
    assert.match(headings[i], new RegExp(`^${i + 1}\\. ${escapeRe(s.title)} Q-\\d+$`), s.title);
    assert.ok(rawJoined.includes(`${i + 1}. ${s.title.slice(0, 40)}`), `printed: ${s.title}`);
  });
  const ids = await page.locator('#annexe tbody tr .q-table__id').allTextContents();
  assert.equal(ids.length, host.reduce((sum, s) => sum + s.questions.length, 0), 'a public id on every question');
  assert.ok(ids.every((id) => /^Q-\d+\.\d+$/.test(id)) && new Set(ids).size === ids.length, ids.join(' '));
  for (const id of ids) assert.ok(rawJoined.includes(` ${id} `), `printed: ${id}`);
  for (const s of others) assert.ok(!flat.includes(s.title), `other profile printed: ${s.title}`);
  for (const col of ['Question', 'Réponse attendue', 'Réponse du candidat', 'Moyen de preuve']) {
    assert.ok(raw.includes(col), `column ${col}`);
  }
  assert.ok(rawJoined.includes(host[0].questions[0].text.slice(0, 40)), 'first question printed');
  assert.ok(!flat.includes('Pourquoi cette question') && !flat.includes('Étape'));
  assert.ok(flat.includes(`Page 1 / ${pages}`));
  const n = host.reduce((sum, s) => sum + s.questions.length, 0);
  assert.equal(await page.locator('#annexe tbody tr').count(), n, 'only the chosen rows are in the page');
  assert.equal(await page.locator('#annexe tbody tr textarea').last().getAttribute('aria-label'),
    `Réponse du candidat à la question ${n}`);
  // An answer typed on screen (during an interview) goes into the Markdown export.
  await page.fill('#annexe tbody tr:first-child textarea', 'Oui, depuis 2024');
  const [md] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="md"]')]);
  assert.ok(fs.readFileSync(await md.path(), 'utf8').includes('Oui, depuis 2024'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('questionnaire: themes narrow the steps; section pages carry the choice to the questionnaire', async () => {
  const bank = loadBank('questionnaire-sourcing');
  const { page, context, problems } = await open(QUESTIONNAIRE, 'profils=hebergeur');
  const host = bank.sections.filter((s) => s.profiles.includes('hebergeur'));
  // The sections, the cover letter and the questionnaire.
  assert.equal(await page.locator('#step-list li:visible').count(), host.length + 2);
  await page.uncheck('input[name="themes"][value="volet-social"]');
  assert.match(await fragment(page), /profils=hebergeur&themes=[a-z-,]+/);
  const kept = host.filter((s) => s.theme !== 'volet social');
  assert.equal(await page.locator('#step-list li:visible').count(), kept.length + 2);
  assert.equal(await page.textContent('#step-progress'), `Étape 1 sur ${kept.length + 3}`);
  // Through every kept section to the questionnaire.
  for (const s of kept) {
    await Promise.all([page.waitForURL(new RegExp(`${s.id}\\.html#`)), page.click('.step-nav a[rel="next"]')]);
    await ready(page);
    assert.equal(await page.locator(`#s-${s.id} tbody tr`).count(), s.questions.length);
  }
  await Promise.all([page.waitForURL(/lettre-accompagnement\.html#/), page.click('.step-nav a[rel="next"]')]);
  await ready(page);
  await Promise.all([page.waitForURL(/questionnaire-compose\.html#/), page.click('.step-nav a[rel="next"]')]);
  await ready(page);
  assert.equal(await page.locator('#annexe .q-section').count(), kept.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('questionnaire: without JavaScript every section page prints its table, with public ids', async () => {
  const bank = loadBank('questionnaire-sourcing');
  for (const [i, s] of bank.sections.entries()) {
    if (i !== 0 && i !== bank.sections.length - 1) continue;  // the first and the last are enough to print
    const { page, context } = await open(sectionPage(s.id), '', { javaScriptEnabled: false });
    const printed = await printedText(page, 'questionnaire-nojs-' + s.id);
    const raw = printed.raw.replace(/- /g, '-'), flat = printed.flat;  // words cut at a hyphen by a line end
    // The section's and the questions' public ids (Q-n, Q-n.m) where the running numbers were.
    const sectionRef = await page.textContent(`#s-${s.id}-title .q-ref`);
    const refs = await page.locator('tbody .q-table__n').allTextContents();
    assert.match(sectionRef, /^Q-\d+$/);
    assert.equal(refs.length, s.questions.length);
    refs.forEach((ref) => assert.ok(ref.startsWith(sectionRef + '.'), `${ref} in ${sectionRef}`));
    assert.ok(raw.includes(`${sectionRef} ${s.title}`), s.title);
    assert.ok(raw.includes(`${refs[0]} ${s.questions[0].text.slice(0, 30)}`), 'first question with its id');
    assert.ok(raw.includes(`${refs[refs.length - 1]} ${s.questions[s.questions.length - 1].text.slice(0, 30)}`), 'last question with its id');
    assert.ok(!flat.includes('Pourquoi cette question') && !flat.includes('Étape'));
    await context.close();
  }
});

// The .odt, .docx and .md exports of the document on the page (tests/annex/exports.js).
function exportsOf(page, name) { return sharedExportsOf(page, tmp, name); }

const LETTER = 'outils/questionnaire-sourcing/lettre-accompagnement.html';
const TENDER_DOCS = 'profils=developpeur,integrateur,hebergeur&pieces=rc,cadres_env,cadre_social';
// What a social criterion leaves in the RC and the annex (the annex's own title says "sociale").
const SOCIAL = /(performance|critère|questionnaire|réponse) social|engagements sociaux/i;

test('questionnaire: the cover letter takes its parameters and prints and exports before the questions', async () => {
  const bank = loadBank('questionnaire-sourcing');
  const { page, context, problems } = await open(LETTER, 'profils=hebergeur');
  for (const p of bank.parameters) assert.equal(await page.locator(`#param-${p.id}`).count(), 1, `field ${p.id}`);
  await page.fill('#param-objet', 'une solution de transcription des réunions');
  await page.fill('#param-date_limite', '15 janvier 2027');
  await page.fill('#param-contact_courriel', 'achats@exemple.fr');
  await page.fill('#param-acheteur', 'Ville de <i>Test</i>');
  // The letter on the page follows what is typed, as text.
  assert.match(plain(await page.textContent('.q-letter')), /l’achat suivant : une solution de transcription des réunions/);
  assert.ok((await page.textContent('.q-letter')).includes('Ville de <i>Test</i>'));
  // A number out of bounds is reported where it is typed, then blocks printing.
  await page.fill('#param-duree_reponse_minutes', '5');
  await page.locator('#annex-errors').waitFor({ state: 'visible' });
  assert.match(await page.textContent('#annex-errors'), /Temps de réponse estimé pour les questions envoyées\u00a0: 10 minutes au minimum/);
  const invalid = await fragment(page);
  await page.goto(pageUrl(COMPOSED, invalid.slice(1)));
  await ready(page);
  await page.click('button[data-action="print"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'annex-errors');
  assert.match(await page.getAttribute('#annex-errors a', 'href'), /lettre-accompagnement\.html#/);
  await page.goto(pageUrl(LETTER, invalid.slice(1)));
  await ready(page);
  await page.fill('#param-duree_reponse_minutes', '45');
  await page.locator('#annex-errors').waitFor({ state: 'hidden' });
  const valid = await fragment(page);
  // The assembled questionnaire: the letter on its own first page, then the sections.
  await page.goto(pageUrl(COMPOSED, valid.slice(1)));
  await ready(page);
  const { text } = await printedText(page, 'questionnaire-letter');
  const pages = text.split('\f').map((t) => t.replace(/\s+/g, ' '));
  const host = bank.sections.filter((s) => s.profiles.includes('hebergeur'));
  for (const words of ['l’achat suivant : une solution de transcription des réunions', '15 janvier 2027',
    'achats@exemple.fr', 'Ville de <i>Test</i>', '45 minutes', 'Absence d’engagement', 'Confidentialité',
    'secret des affaires', 'Égalité de traitement', 'Contact']) {
    assert.ok(pages[0].includes(words), `letter page: ${words}`);
  }
  assert.ok(!pages[0].includes(host[0].title), 'the questions start on a new page');
  assert.ok(pages.slice(1).join(' ').includes(`1. ${host[0].title}`), 'the questions follow');
  assert.ok(!/\{[a-z_]+\}|\[objet/.test(pages[0]), 'no parameter left blank or raw');
  const { odt, md } = await exportsOf(page, 'questionnaire-letter');
  for (const doc of [odt, md.replace(/\\/g, '').replace(/\*\*/g, '').replace(/\s+/g, ' ')]) {
    assert.ok(doc.includes('l’achat suivant : une solution de transcription des réunions'), 'export: object');
    assert.ok(doc.includes('Absence d’engagement.') && doc.includes('achats@exemple.fr'), 'export: letter');
    assert.ok(doc.indexOf('Madame, Monsieur') < doc.indexOf(host[0].title), 'export: letter first');
  }
  assert.ok(md.includes('Ville de \\<i\\>Test\\</i\\>'), 'typed markup escaped in Markdown');
  assert.deepEqual(problems, []);
  await context.close();
});

test('clauses: a social weight of 0 removes the social criterion; the weights still add up to 100 %', async () => {
  const bank = loadBank('clauses');
  const social = allClauses(bank).find((c) => (c.requires || []).includes('poids_social'));
  assert.ok(social, 'a clause requires the social weight');
  const { page, context, problems } = await open(docPage('rc'), TENDER_DOCS);
  await page.fill('#param-poids_social', '0');
  await page.locator('#annex-errors').waitFor({ state: 'visible' });
  // 0 is accepted (no "at least 10 %"), but the total must still be 100 %.
  const summary = await page.textContent('#annex-errors');
  assert.doesNotMatch(summary, /au moins 10\u00a0%/);
  assert.match(summary, /Le total des pondérations fait 90\u00a0%\u00a0: il doit faire 100\u00a0%\./);
  await page.fill('#param-poids_prix', '45');
  await page.fill('#param-poids_technique', '45');
  await page.locator('#annex-errors').waitFor({ state: 'hidden' });
  assert.equal(await page.textContent('#weights-total'), 'Total des pondérations\u00a0: 100\u00a0%');
  // The RC on its page already reads as it will print.
  // The RC on its page already reads as it will print (its buyer note aside).
  // (innerText of an element that is itself hidden is its whole text: hidden children are skipped.)
  const rc = await page.evaluate(() => Array.from(document.querySelector('article[data-clause="criteres_attribution"]').children)
    .filter((c) => !c.hidden && !c.classList.contains('buyer-note')).map((c) => c.innerText).join(' '));
  assert.doesNotMatch(rc, SOCIAL);
  assert.match(rc, /Prix\s*45\s%/);
  const zero = (await fragment(page)).slice(1);
  await page.goto(pageUrl(ANNEX, zero));
  await ready(page);
  const { flat } = await printedText(page, 'annex-social-0');
  assert.doesNotMatch(flat, SOCIAL, 'nothing printed about a social criterion');
  assert.ok(!flat.includes(social.title.replace(/\{[a-z_]+\}/g, '')), 'no social questionnaire');
  assert.match(flat, /Prix 45 % Valeur technique 45 % Performance environnementale de l’offre 10 %/);
  const { odt, md } = await exportsOf(page, 'annexe-social-0');
  assert.doesNotMatch(odt, SOCIAL);
  assert.doesNotMatch(md, SOCIAL);
  // The same selection with the social criterion at 10 %: everything is there (the test can fail).
  await page.goto(pageUrl(ANNEX, zero.replace(/poids_social=0/, 'poids_social=10').replace(/poids_prix=45/, 'poids_prix=35')));
  await ready(page);
  const withSocial = (await page.textContent('#annexe')).replace(/\s+/g, ' ');
  assert.match(withSocial, /Performance sociale de l’offre\s*10 %/);
  assert.match(withSocial, /La performance sociale, pondérée à 10 %/);
  assert.ok(withSocial.includes('Questionnaire « Engagements sociaux'), 'social questionnaire');
  assert.deepEqual(problems, []);
  await context.close();
});

test('clauses: the environmental notation grid and the response frames print and export with the RC', async () => {
  const bank = loadBank('clauses');
  const hash = TENDER_DOCS + '&methode_calcul=' + encodeURIComponent('EcoLogits 0.11.2, inférence seule') +
    '&memoire_pages_max=8';
  const { page, context, problems } = await open(ANNEX, hash);
  const expected = expectedClauses(bank, ['developpeur', 'integrateur', 'hebergeur'], ['rc', 'cadres_env', 'cadre_social']);
  assert.equal(await page.locator('#annexe article').count(), expected.length);
  // -layout cuts table cells over lines; -raw keeps them whole.
  const { flat, raw } = await printedText(page, 'annex-tender-docs');
  const musts = ['Notation du critère de performance environnementale', 'E1. Connaissance de l’empreinte de la solution',
    'niveau 4 possible si', 'Examen des justificatifs', '35 × 3/4 + 30 × 2/4 + 20 × 4/4 + 15 × 1/4 = 65',
    'partie A : la solution d\'IA', 'A14 (non notée).', 'partie B : l\'hébergement', 'B7.', 'Cadre du mémoire environnemental',
    'au plus 8 pages', 'EcoLogits 0.11.2, inférence seule', 'Questionnaire « Engagements sociaux', 'S5 (non notée).'];
  for (const m of musts) assert.ok(plain(flat).includes(plain(m)) || plain(raw).includes(plain(m)), `printed: ${m}`);
  indexesInOrder(flat, ['Critères d\'attribution et pondération', 'Notation du critère', 'Annexe environnementale 1 — Questionnaire', 'partie B',
    'Cadre du mémoire', 'Engagements sociaux']);
  assert.ok(!flat.includes('Note à l'), 'no buyer note');
  const { odt, md } = await exportsOf(page, 'annexe-tender-docs');
  for (const m of musts) assert.ok(plain(odt).includes(plain(m)), `odt: ${m}`);
  assert.match(md, /^\| E1\. Connaissance de l’empreinte de la solution \| 35 % \|/m, 'grid as a Markdown table');
  assert.match(md, /^\| A1\. Quelle énergie .* \| {3}\| rapport de mesure ou fiche publiée du modèle \|$/m,
    'questionnaire row with an empty answer cell');
  // A host-only market keeps the hosting part and drops the part on the model.
  await page.goto(pageUrl(ANNEX, hash.replace('profils=developpeur,integrateur,hebergeur', 'profils=hebergeur')));
  await ready(page);
  const host = (await page.textContent('#annexe')).replace(/\s+/g, ' ');
  assert.ok(plain(host).includes('partie B : l’hébergement') && !plain(host).includes('partie A : la solution'));
  assert.deepEqual(problems, []);
  await context.close();
});
