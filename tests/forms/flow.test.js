// The flow of the tools in steps (#19 points 2 and 3), in headless Chromium from file://, as
// public online services run theirs (GOV.UK): a start page (how long, what to have at hand,
// "Commencer"), the review of every answer ("Vérifiez vos réponses") with a link to change each,
// a result page that opens with the advice and its reasons, and the identification of the report
// (organisation, project, participants, meeting date) carried in the link and the answers file,
// printed on every report: checked in Chromium's PDF (page.pdf, then pdftotext), with nothing cut
// at the margins and no control printed. Screenshots for the note in tests/artifacts/flow/.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { root, buildSite, launch, openPage, follow, answersInUrl } = require('./harness');

let built, browser;
before(async () => { built = buildSite(); browser = await launch(); });
after(async () => {
  if (browser) await browser.close();
  if (built) fs.rmSync(built.work, { recursive: true, force: true });
});

const SHOTS = path.join(root, 'tests', 'artifacts', 'flow');
const MAIN = { x: 300, y: 100, width: 740, height: 800 };  // the page's content at 1280 × 900, beside the menu
fs.mkdirSync(SHOTS, { recursive: true });

const IDENTIFICATION = { organisation: 'Ville de Sainte-Essai', projet: 'Tri du courrier entrant',
  participants: 'A. Martin (DSI), B. Leroy (achats)', date: '2027-03-12' };
const DATE_SHOWN = '12 mars 2027';
// The whole state a page carries in its address (#r=…): answers and identification.
function stateInUrl(url) {
  const hash = new URL(url).hash;
  if (!hash.startsWith('#r=')) return {};
  return JSON.parse(Buffer.from(hash.slice(3).split('&')[0], 'base64url').toString('utf8'));
}
async function identify(page, values) {
  if (!(await page.$eval('#identification', (d) => d.open))) await page.click('#identification > summary');
  for (const [key, value] of Object.entries(values)) await page.fill(`[data-identification] [name=${key}]`, value);
}
const shownIdentification = (page, block) => page.$eval(block, (dl) => Object.fromEntries(
  [...dl.querySelectorAll('dd')].map((dd) => [dd.dataset.identificationField, dd.textContent])));
const SHOWN = { organisation: IDENTIFICATION.organisation, projet: IDENTIFICATION.projet,
  participants: IDENTIFICATION.participants, date: DATE_SHOWN };

// A page printed by Chromium (A4, the print stylesheet), as text in reading order.
async function printed(page, name) {
  const file = path.join(built.work, name + '.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  return { file, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
}
// Words of the PDF outside the page's printable width (cut by the margin).
function wordsPastMargin(file) {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const out = [];
  for (const page of xml.split('<page ').slice(1)) {
    const width = Number(/width="([\d.]+)"/.exec(page)[1]);
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      if (Number(m[1]) < 0 || Number(m[2]) > width) out.push(m[3]);
    }
  }
  return out;
}
// Boxes drawn past the printable width in print layout: a box's right edge, or its outline's,
// beyond the width the page gives its content (A4 less the margins of print.css).
function boxesPastMargin(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('main *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = el.getBoundingClientRect();
      if (!rect.width) continue;
      const outline = style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset || 0) : 0;
      if (rect.right + outline > width + 0.5) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(rect.right + outline)} > ${width}`);
    }
    return out;
  });
}
// Print layout at the printable width of A4 (210 mm less 2 × 16 mm of margin: 178 mm).
async function printLayout(page) {
  await page.setViewportSize({ width: Math.round(178 / 25.4 * 96), height: 1000 });
  await page.emulateMedia({ media: 'print' });
}
const CONTROLS = ['Imprimer le rapport', 'Télécharger', 'Reprendre des réponses', 'Copier le lien', 'Tout effacer',
  'Modifier', 'Commencer', 'Vérifiez', 'Rechercher', 'Aller au contenu', 'Identifier le document'];

// A tool page, once its scripts are ready: forms-*.js mark the body, the annex tools their state.
async function openTool(url, options) {
  if (!/\/(clauses|questionnaire-sourcing)(\.html|\/)/.test(url)) return openPage(browser, url, options);
  const context = await browser.newContext(Object.assign({ acceptDownloads: true }, options));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  page.on('request', (r) => { if (!/^(file|blob|data):/.test(r.url())) problems.push('request outside file://: ' + r.url()); });
  await page.goto(url);
  await page.waitForFunction(() => window.GuideAnnexState && window.GuideAnnexState.ready);
  return { page, context, problems };
}

const FORMS = [
  { id: 'besoin-ia', first: 'outils/besoin-ia/lignes_rouges.html' },
  { id: 'qualification-ria', first: 'outils/qualification-ria/champ.html' },
  { id: 'grille-7-criteres', first: 'outils/grille-7-criteres/c1_biometrie.html' },
];

test('start pages: what the tool is for, how long it takes, what to have at hand, then "Commencer" opens the first step', async () => {
  const tools = FORMS.concat([
    { id: 'clauses', first: 'outils/clauses/piece-ccap.html' },
    { id: 'questionnaire-sourcing', first: 'outils/questionnaire-sourcing/dev_ecoconception.html' },
  ]);
  for (const tool of tools) {
    const { page, context, problems } = await openTool(built.url(`outils/${tool.id}.html`), { viewport: { width: 1280, height: 900 } });
    assert.ok((await page.textContent('.page-lead')).length > 40, tool.id + ': the lead says what the tool is for');
    assert.match(await page.textContent('.tool-start__duration'), /^Durée\u00a0: .*estimation du guide/, tool.id + ': how long');
    assert.equal(await page.textContent('#start-title'), 'Avant de commencer');
    assert.ok(await page.$$eval('.tool-start li', (l) => l.length) >= 3, tool.id + ': what to have at hand');
    const start = await page.$('.button--start');
    assert.equal(await start.textContent(), 'Commencer');
    const box = await start.boundingBox();
    assert.ok(box.y + box.height < 900 || tool.id === 'clauses' || tool.id === 'questionnaire-sourcing',
      `${tool.id}: "Commencer" on the first screen (y = ${Math.round(box.y)})`);
    const order = await page.evaluate(() => ['.tool-start', '.button--start', '#etapes, #steps-title', '.tool-about']
      .map((sel) => document.querySelector(sel).getBoundingClientRect().top));
    assert.deepEqual([...order].sort((a, b) => a - b), order, tool.id + ': start, Commencer, the steps, then how the tool works');
    if (tool.id === 'grille-7-criteres') await page.screenshot({ path: path.join(SHOTS, 'page-de-demarrage.png'), clip: MAIN });
    const href = await start.getAttribute('href');
    await page.click('.button--start');
    await page.waitForURL((url) => url.pathname.endsWith(tool.first.replace(/^outils/, '')), { waitUntil: 'load' });
    assert.ok(href.split('#')[0].endsWith(path.basename(tool.first)), tool.id + ': ' + href);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('"Vérifiez vos réponses" lists each answer with its public id and a link that changes it', async () => {
  const { page, context, problems } = await openPage(browser, built.url('outils/grille-7-criteres.html'),
    { viewport: { width: 1280, height: 900 } });
  await identify(page, IDENTIFICATION);
  await follow(page, '.button--start');
  await page.check('input[name=q02_biometrie][value=etabli]');
  await follow(page, 'a[rel=next]');
  await page.check('input[name=q03_conformite_rgpd][value=risque_limite]');
  // The last step leads to the review.
  await follow(page, 'a[href^="../grille-7-criteres.html"]');
  await follow(page, '.progress a[href*="c7_alternative.html"]');
  assert.equal(await page.textContent('a[rel=next]'), 'Étape suivante\u00a0: vérifiez vos réponses');
  await follow(page, 'a[rel=next]');
  assert.equal(await page.textContent('main h1'), 'Vérifiez vos réponses');
  assert.deepEqual(await shownIdentification(page, '.check-identification dl'), SHOWN);
  const row = (id) => page.$eval(`li[data-question="${id}"]`, (li) => li.textContent);
  assert.match(await row('q02_biometrie'), /^G-1\.2 Est-il démontré .*\nRéponse\u00a0: Oui, c’est établiModifier$/s);
  assert.match(await row('q03_conformite_rgpd'), /\nRéponse\u00a0: Analyse faite\u00a0: risque limité/);
  assert.match(await row('q01_donnees_discriminatoires'), /^G-1\.1 .*\nRéponse\u00a0: non renseignée/s);
  assert.equal(await page.$('li[data-question="q46_heures_gpu"]'), null, 'a question that does not apply is not listed');
  assert.equal(await page.getAttribute('li[data-question="q02_biometrie"] a', 'aria-label'), 'Modifier la réponse G-1.2');
  await page.screenshot({ path: path.join(SHOTS, 'verifiez-vos-reponses.png'), clip: MAIN });
  // "Modifier": the step, the question focused, the answers kept.
  const before = stateInUrl(page.url());
  assert.deepEqual(before.identification, IDENTIFICATION);
  assert.match(await page.getAttribute('li[data-question="q02_biometrie"] a', 'href'), /^c1_biometrie\.html#r=.*&at=q-q02_biometrie$/);
  await follow(page, 'li[data-question="q02_biometrie"] a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q-q02_biometrie');
  await page.check('input[name=q02_biometrie][value=a_verifier]');
  await follow(page, '.step-nav a[href^="verifier-reponses.html"]');
  assert.match(await row('q02_biometrie'), /Réponse\u00a0: Pas encore établi/);
  assert.deepEqual(stateInUrl(page.url()).identification, IDENTIFICATION, 'the identification travels with the answers');
  // The identification's own link opens its fields on the start page.
  await follow(page, '.check-identification a');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'id-organisation');
  assert.equal(await page.inputValue('#id-projet'), IDENTIFICATION.projet);
  await follow(page, '.progress a[href*="verifier-reponses.html"]');
  await follow(page, '.check-go a');
  assert.match(await page.getAttribute('#result-advice .verdict', 'class'), /verdict--instruction-suspendue/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the result page opens with the advice and its reasons, then the rest', async () => {
  for (const width of [1280, 375]) {
    const { page, context, problems } = await openPage(browser, built.url('outils/grille-7-criteres/resultat-avis.html') +
      '#r=' + Buffer.from(JSON.stringify({ bank: 'grille-7-criteres', answers: { q02_biometrie: 'biometrie', q28_pue: 1.8 } })).toString('base64url'),
      { viewport: { width, height: 812 } });
    const top = (sel) => page.$eval(sel, (e) => e.getBoundingClientRect().top);
    const order = [];
    for (const sel of ['main h1', '#result-advice .verdict', '#result-advice .verdict-text', '#red-line-alerts h3',
      '.verdict-why', '.score', '.chart', '.recommendations', '#tool-actions', '.advice-scope', '.how-verdict']) {
      order.push([sel, await top(sel)]);
    }
    for (let i = 1; i < order.length; i++) assert.ok(order[i][1] > order[i - 1][1], `${width} px: ${order[i - 1][0]} before ${order[i][0]}`);
    assert.ok(order[1][1] < 812, `${width} px: the advice on the first screen (y = ${Math.round(order[1][1])})`);
    assert.match(await page.textContent('#result-advice .verdict'), /^Avis\u00a0: Non recevable$/);
    assert.deepEqual(problems, []);
    await context.close();
  }
  // What the advice texts say about the order is true: nothing comes before the advice, so no
  // advice text says "ci-dessus"; the red line a text announces "ci-dessous" is printed below it.
  for (const tool of ['besoin-ia', 'grille-7-criteres', 'qualification-ria']) {
    const html = fs.readFileSync(path.join(built.site, 'outils', tool, 'resultat-avis.html'), 'utf8');
    const verdicts = html.slice(html.indexOf('<template id="result-texts">')).split('data-key="verdict/').slice(1);
    assert.ok(verdicts.length > 3);
    for (const v of verdicts) assert.doesNotMatch(v.slice(0, v.indexOf('</div>')), /ci-dessus/, tool + ': ' + v.slice(0, 40));
  }
  const { page, context } = await openPage(browser, built.url('outils/besoin-ia/resultat-avis.html') + '#r=' +
    Buffer.from(JSON.stringify({ bank: 'besoin-ia', answers: { lr_biometrie: 'oui' } })).toString('base64url'));
  const { text } = await printed(page, 'ligne-rouge');
  const flat = text.replace(/\s+/g, ' ');
  assert.ok(flat.indexOf('Le message ci-dessous dit laquelle') >= 0, 'the red-line advice is printed');
  assert.ok(flat.indexOf('Le message ci-dessous dit laquelle') < flat.indexOf('Ligne rouge franchie'), '"ci-dessous" is below');
  await context.close();
});

test('the identification travels in the link, is saved in the answers file, and an older file still imports', async () => {
  const { page, context, problems } = await openPage(browser, built.url('outils/besoin-ia.html'));
  await identify(page, IDENTIFICATION);
  assert.deepEqual(stateInUrl(page.url()), { bank: 'besoin-ia', version: 2, answers: {}, identification: IDENTIFICATION });
  await follow(page, '.button--start');
  await page.check('input[name=lr_biometrie][value=non]');
  await follow(page, '.step-nav a[href^="verifier-reponses.html"]');
  await follow(page, '.check-go a');
  assert.deepEqual(await shownIdentification(page, '#report-header dl'), SHOWN);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export]')]);
  const file = await download.path();
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.deepEqual(saved.identification, IDENTIFICATION);
  assert.deepEqual(saved.answers, { lr_biometrie: 'non' });
  await page.click('[data-action=reset]');
  assert.deepEqual(await shownIdentification(page, '#report-header dl'), { organisation: '', projet: '', participants: '', date: '' });
  assert.equal(new URL(page.url()).hash, '', 'nothing left in the address');
  await page.setInputFiles('#import-file', file);
  await page.waitForFunction(() => /Réponses reprises/.test(document.getElementById('action-status').textContent));
  assert.deepEqual(await shownIdentification(page, '#report-header dl'), SHOWN, 'the file brings the identification back');
  // A file saved before the identification existed: its answers load, the identification stays.
  await page.setInputFiles('#import-file', { name: 'ancien.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ bank: 'besoin-ia', version: 2, date: '2026-11-02', answers: { lr_biometrie: 'oui' } })) });
  await page.waitForFunction(() => GuideForm.answers().lr_biometrie === 'oui');
  assert.deepEqual(stateInUrl(page.url()).identification, IDENTIFICATION);
  assert.equal(await page.isHidden('#error-summary'), true);
  // A link states the whole state: a malformed identification in it is dropped, the answers kept.
  const link = built.url('outils/besoin-ia/resultat-avis.html') + '#r=' + Buffer.from(JSON.stringify({ bank: 'besoin-ia',
    answers: { lr_biometrie: 'non' }, identification: { organisation: 42, projet: 'P', date: 'mardi', autre: 'x' } })).toString('base64url');
  const second = await openPage(browser, link);
  assert.deepEqual(await second.page.evaluate(() => GuideForm.identification()), { projet: 'P' });
  // What was typed is text, never markup.
  const markup = '<img src=x onerror="window.hit=1">';
  await second.page.goto(built.url('outils/besoin-ia/resultat-avis.html') + '#r=' + Buffer.from(JSON.stringify({ bank: 'besoin-ia',
    answers: {}, identification: { organisation: markup } })).toString('base64url'));
  await second.page.waitForFunction(() => document.querySelector('[data-identification-field="organisation"]').textContent !== '');
  assert.equal(await second.page.textContent('[data-identification-field="organisation"]'), markup);
  assert.equal(await second.page.evaluate(() => document.querySelectorAll('#report-header img').length + (window.hit || 0)), 0);
  assert.deepEqual(second.problems, []);
  await second.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test('an advice carried into another tool takes the identification along', async () => {
  const answers = { est_ia: 'systeme_ia', role: 'deployeur', modification_substantielle: 'non', organisme_public: 'oui', en_service: 'non',
    pratique_interdite: 'non', annexe_i: 'non', annexe_iii: 'oui', profilage: 'oui', interaction: 'non',
    contenus_generes: 'non', emotions_categorisation: 'non', modele_general: 'non' };
  const { page, context, problems } = await openPage(browser, built.url('outils/qualification-ria/resultat-avis.html') + '#r=' +
    Buffer.from(JSON.stringify({ bank: 'qualification-ria', answers, identification: IDENTIFICATION })).toString('base64url'));
  await follow(page, '#carry-link');
  assert.deepEqual(stateInUrl(page.url()).identification, IDENTIFICATION);
  assert.equal(await page.inputValue('#id-organisation'), IDENTIFICATION.organisation);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every report prints its identification, no control, and nothing cut at the margins', async () => {
  const states = {
    'grille-7-criteres': { q02_biometrie: 'etabli', q07_usagers_concernes: 'Environ 40 agents', q28_pue: 1.35 },
    'besoin-ia': { lr_biometrie: 'non', solution_simple: 'oui' },
    'qualification-ria': { est_ia: 'systeme_ia', role: 'deployeur' },
  };
  for (const [tool, answers] of Object.entries(states)) {
    const { page, context, problems } = await openPage(browser, built.url(`outils/${tool}/resultat-avis.html`) + '#r=' +
      Buffer.from(JSON.stringify({ bank: tool, answers, identification: IDENTIFICATION })).toString('base64url'));
    await page.evaluate(() => { window.print = () => {}; });
    await page.click('[data-action=print]');
    const { file, text } = await printed(page, tool);
    const flat = text.replace(/\s+/g, ' ');
    for (const value of [IDENTIFICATION.organisation, IDENTIFICATION.projet, IDENTIFICATION.participants, DATE_SHOWN]) {
      assert.ok(flat.includes(value), `${tool}: "${value}" printed`);
    }
    assert.ok(flat.indexOf(IDENTIFICATION.organisation) < flat.indexOf('Avis : '), tool + ': the identification heads the report');
    for (const control of CONTROLS) assert.ok(!flat.includes(control), `${tool}: "${control}" printed`);
    assert.deepEqual(wordsPastMargin(file), [], tool + ': words past the margin');
    await printLayout(page);
    assert.deepEqual(await boxesPastMargin(page), [], tool + ': boxes past the margin');
    if (tool === 'grille-7-criteres') {
      execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', file, path.join(SHOTS, 'rapport-imprime')]);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the clause annex and the sourcing questionnaire print the identification typed on their start page', async () => {
  for (const [tool, compose] of [['clauses', 'clauses/annexe.html'], ['questionnaire-sourcing', 'questionnaire-sourcing/questionnaire-compose.html']]) {
    const { page, context, problems } = await openTool(built.url(`outils/${tool}.html`));
    const ready = () => page.waitForFunction(() => window.GuideAnnexState && window.GuideAnnexState.ready);
    await identify(page, { organisation: IDENTIFICATION.organisation, projet: IDENTIFICATION.projet });
    // The address as the page holds it (Playwright learns of history.replaceState a moment later).
    const address = await page.evaluate(() => location.href);
    assert.match(decodeURIComponent(address), /id-organisation=Ville\+de\+Sainte-Essai&id-projet=Tri\+du\+courrier\+entrant/);
    assert.match(decodeURIComponent(await page.getAttribute('.button--start', 'href')), /id-projet=Tri\+du/, 'Commencer carries it');
    await page.goto(built.url('outils/' + compose) + new URL(address).hash);
    await ready();
    const { file, text } = await printed(page, tool);
    const flat = text.replace(/\s+/g, ' ');
    assert.ok(flat.includes('Organisation ' + IDENTIFICATION.organisation), tool + ': organisation printed');
    assert.ok(flat.includes('Projet ' + IDENTIFICATION.projet), tool + ': project printed');
    assert.ok(!/Participants|Date de la réunion/.test(flat), tool + ': a document sent out prints only what was filled in');
    for (const control of CONTROLS) assert.ok(!flat.includes(control), `${tool}: "${control}" printed`);
    assert.deepEqual(wordsPastMargin(file), [], tool + ': words past the margin');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=md]')]);
    const md = fs.readFileSync(await download.path(), 'utf8');
    assert.match(md, new RegExp('Organisation\u00a0: ' + IDENTIFICATION.organisation), tool + ': in the Markdown export, typeset');
    assert.doesNotMatch(md, /Participants/, tool + ': no empty identification line in the export');
    // No identification: no block.
    await page.goto(built.url('outils/' + compose) + new URL(address).hash.replace(/&id-[a-z]+=[^&]*/g, ''));
    await ready();
    assert.equal(await page.isVisible('.annex [data-identification-report]'), false, tool + ': no empty block');
    assert.deepEqual(problems, []);
    await context.close();
  }
});
