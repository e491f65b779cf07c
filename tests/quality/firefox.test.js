'use strict';
/* Firefox ESR from file://, the browser many public bodies deploy: a form page (its WebAssembly
 * core must compile under the page's CSP with 'wasm-unsafe-eval'), answers carried from one step
 * page to the next in the link, the search as the user types, and the steps of the clause annex
 * and of the footprint calculator carrying the selection or the answers in their links (Firefox
 * keeps one storage per file under file://: the address carries them, and the tab's memory of
 * them is window.name), Back, Forward, reload and the menu keeping every tool's answers, the sourcing
 * synthesis keeping its entries across pages. Fails on a console
 * or script error, a failed load, a request that is not a file of the site, or storage written.
 * Needs: node --experimental-websocket, Debian firefox-esr. */
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { buildSite } = require('./lib/site');
const { launchFirefox } = require('./lib/firefox');
const { assertNoProblems } = require('./lib/problems');

const site = buildSite();
const siteUrl = `${pathToFileURL(site.dir).href}/`;
const urlOf = (rel) => new URL(rel, siteUrl).href;

describe('Firefox ESR from file://', () => {
  let firefox;
  let problems = [];

  before(async () => {
    firefox = await launchFirefox();
    firefox.on((method, params) => {
      if (method === 'log.entryAdded' && params.level === 'error') {
        problems.push(`${params.type} error: ${params.text}`);
      } else if (method === 'network.beforeRequestSent') {
        const url = params.request.url;
        if (!url.startsWith(siteUrl) && !url.startsWith('data:') && url !== 'about:blank') {
          problems.push(`request leaving the site: ${url}`);
        }
      } else if (method === 'network.fetchError') {
        problems.push(`failed load: ${params.request.url} (${params.errorText})`);
      }
    });
  });

  after(async () => {
    await firefox?.close();
    site.cleanup();
  });

  it('a form page loads, and its WebAssembly core evaluates the bank', async () => {
    problems = [];
    await firefox.navigate(urlOf('outils/besoin-ia/besoin.html'));
    const page = await firefox.evaluate(`({ lang: document.documentElement.lang,
      h1: document.querySelectorAll('h1').length, form: !!document.querySelector('form[data-bank]'),
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content || '' })`);
    assert.equal(page.lang, 'fr');
    assert.equal(page.h1, 1);
    assert.ok(page.form, 'no form[data-bank]');
    assert.match(page.csp, /'wasm-unsafe-eval'/);
    const result = await firefox.evaluate(`Promise.race([
      GuideCore.ready.then((core) => JSON.parse(core.evaluate(JSON.stringify(window.GUIDE_BANKS['besoin-ia']), '{}'))),
      new Promise((_, reject) => setTimeout(() => reject(new Error('GuideCore.ready timed out')), 10000))])`);
    assert.equal(typeof result, 'object', 'GuideCore.evaluate returned no object');
    const storage = await firefox.evaluate('localStorage.length + sessionStorage.length');
    assert.equal(storage, 0, 'storage written on load');
    problems.push(...await firefox.pageProblems());
    assertNoProblems(problems);
  });

  it('the clause annex steps carry the selection from page to page in the address', async () => {
    problems = [];
    await firefox.navigate(urlOf('outils/clauses.html'));
    // Keep the hosting profile and the CCTP only, as a user would by clicking.
    await firefox.evaluate(`(() => {
      for (const sel of ['input[name="profils"][value="developpeur"]', 'input[name="profils"][value="integrateur"]',
        'input[name="pieces"][value="ccap"]', 'input[name="pieces"][value="rc"]',
        'input[name="pieces"][value="cadres_env"]', 'input[name="pieces"][value="cadre_social"]']) document.querySelector(sel).click();
      return true;
    })()`);
    const next = await firefox.evaluate(`document.querySelector('.step-nav a[rel="next"]').href`);
    assert.match(decodeURIComponent(next), /piece-cctp\.html#profils=hebergeur&pieces=cctp/);
    await firefox.navigate(next);
    const step = await firefox.evaluate(`({ progress: document.getElementById('step-progress').textContent,
      checked: [...document.querySelectorAll('input[name="clause"]:checked')].map((b) => b.value),
      next: document.querySelector('.step-nav a[rel="next"]').href })`);
    assert.equal(step.progress, 'Étape 2 sur 4');
    assert.ok(step.checked.length > 0, 'no clause of the hosting profile checked');
    await firefox.navigate(step.next);
    const annex = await firefox.evaluate(`document.querySelector('.step-nav a[rel="next"]').href`);
    await firefox.navigate(annex);
    const built = await firefox.evaluate(`document.querySelectorAll('#annexe article').length`);
    assert.equal(built, step.checked.length, 'the annex holds the clauses checked on the CCTP step');
    const storage = await firefox.evaluate('localStorage.length + sessionStorage.length');
    assert.equal(storage, 0, 'storage written');
    problems.push(...await firefox.pageProblems());
    assertNoProblems(problems);
  });

  it('the calculator carries its answers from step to step in the URL, nothing stored', async () => {
    problems = [];
    await firefox.navigate(urlOf('outils/empreinte.html'));
    // Wait for a polled condition in the page (bounded), returning its last value.
    const until = (condition) => firefox.evaluate(`new Promise((resolve) => {
      const started = Date.now();
      (function poll() {
        const value = (${condition})();
        if (value || Date.now() - started > 10000) resolve(value); else setTimeout(poll, 50);
      })();
    })`);
    assert.ok(await until(`() => document.getElementById('fp-status').textContent === 'Résultats à jour.'`),
      'the footprint module computes from file://');
    // The calculator starts empty: the labelled example gives it something to compute.
    await firefox.evaluate(`document.getElementById('fp-example-load').click()`);
    assert.ok(await until(`() => document.getElementById('fp-status').textContent === 'Exemple chargé. Résultats à jour.'`),
      'the example loads');
    // The user types a lifetime on step 1: the field has the focus, real key presses.
    await firefox.evaluate(`(() => { const f = document.getElementById('fp-projet-lifetime_years'); f.value = ''; f.focus(); })()`);
    await firefox.type('5');
    const next = await until(`() => { const a = document.querySelector('a[rel="next"]'); return /#r=./.test(a.href) && a.href.indexOf('empreinte.html') < 0 && a.href; }`);
    assert.match(String(next), /empreinte-entrainement\.html#r=/);
    await firefox.navigate(next);
    const summary = await until(`() => { const t = document.getElementById('fp-summary').textContent; return t.includes('sur 5\u00a0ans') && t; }`);
    assert.ok(summary, 'step 2 computes with the lifetime typed on step 1');
    const storage = await firefox.evaluate('localStorage.length + sessionStorage.length');
    assert.equal(storage, 0, 'storage written by the calculator');
    problems.push(...await firefox.pageProblems());
    assertNoProblems(problems);
  });

  // Resolves once forms-answers.js has started on the current page.
  const formsReady = `new Promise((resolve, reject) => {
    const started = Date.now();
    (function poll() {
      if (document.body.classList.contains('forms-ready')) resolve(true);
      else if (Date.now() - started > 10000) reject(new Error('the form scripts did not start'));
      else setTimeout(poll, 50);
    })();
  })`;

  it('answers travel from step to step and to the result in the link, with no storage', async () => {
    problems = [];
    await firefox.navigate(urlOf('outils/besoin-ia/besoin.html'));
    await firefox.evaluate(formsReady);
    await firefox.evaluate(`document.querySelector('input[name=origine_besoin]').click()`);
    const step = await firefox.evaluate(`({ hash: location.hash, next: document.querySelector('a[rel=next]').href })`);
    assert.match(step.hash, /^#r=/, 'the page address does not hold the answer');
    assert.match(step.next, /\/besoin-ia\/alternatives\.html#r=/, 'the next step link does not carry the answer');
    await firefox.navigate(step.next);
    await firefox.evaluate(formsReady);
    const carried = await firefox.evaluate(`({ answers: GuideForm.answers(), result: document.querySelector('a[href^="../besoin-ia.html"]').href })`);
    assert.deepEqual(Object.keys(carried.answers), ['origine_besoin'], 'the answer did not reach the next step');
    await firefox.navigate(carried.result);
    await firefox.evaluate(formsReady);
    const count = await firefox.evaluate(`document.querySelector('.progress li[data-questions~="origine_besoin"] .progress__count').textContent`);
    assert.equal(count, '(1 sur 3 questions)', 'the result page does not count the answer');
    const storage = await firefox.evaluate('localStorage.length + sessionStorage.length');
    assert.equal(storage, 0, 'storage written while answering');
    problems.push(...await firefox.pageProblems());
    assertNoProblems(problems);
  });

  // Navigation (#19 point 1). Firefox gives each file its own storage under file://: there the
  // tab's memory of the answers is window.name (tool-memory.js), so no storage is written at all.
  // Firefox also restores, with its arrows, the name each history entry had when it was left: Back
  // shows an earlier step as it was left (and says that later answers are one Forward away),
  // Forward, the result, a reload and the menu show every answer.
  // A page shown again (Back, Forward: maybe from the bfcache) updates itself on pageshow: the
  // expected state is polled, bounded, and errors while the page changes are retried.
  async function settled(expression, expected, message) {
    const deadline = Date.now() + 10000;
    let got;
    for (;;) {
      try { got = await firefox.evaluate(expression); } catch (e) { got = `error: ${e.message}`; }
      if (JSON.stringify(got) === JSON.stringify(expected) || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(got, expected, message);
  }
  // Each test starts with no memory of earlier tests' answers in the tab.
  const forget = () => firefox.evaluate(`(window.name = '', true)`);
  const noStorage = async () => assert.equal(await firefox.evaluate('localStorage.length + sessionStorage.length'), 0, 'storage written');

  it('the checklist keeps every answer through Back, Forward, the result, a reload and the menu', async () => {
    problems = [];
    await forget();
    await firefox.navigate(urlOf('outils/besoin-ia/besoin.html'));
    await firefox.evaluate(formsReady);
    // The first visible question with radio buttons gets its first choice, as a click would.
    const answerOne = `(() => {
      const box = [...document.querySelectorAll('form[data-bank] [data-question]')]
        .find((b) => !b.hidden && b.querySelector('input[type=radio]:not(:disabled)'));
      const radio = box.querySelector('input[type=radio]:not(:disabled)');
      radio.click();
      return { id: box.dataset.question, value: radio.value, selector: 'input[name="' + radio.name + '"][value="' + radio.value + '"]' };
    })()`;
    const first = await firefox.evaluate(answerOne);
    await firefox.navigate(await firefox.evaluate(`document.querySelector('a[rel=next]').href`));
    await firefox.evaluate(formsReady);
    const second = await firefox.evaluate(answerOne);
    const both = { [first.id]: first.value, [second.id]: second.value };
    const answers = `document.body.classList.contains('forms-ready') ? GuideForm.answers() : null`;
    await firefox.traverse(-1);
    await settled(`document.querySelector('${first.selector}').checked`, true, 'Back: the first answer is shown');
    await settled(`!!document.getElementById('memory-notice')`, true, 'Back: the page says where later answers are');
    await settled(`document.getElementById('memory-notice').textContent.slice(0, 46)`,
      'Page rouverte avec les flèches du navigateur\u00a0:', 'the notice is its text (content/interface/tool-memory.yaml), typeset');
    await firefox.traverse(1);
    await settled(answers, both, 'Forward: the first answer is kept');
    await settled(`document.querySelector('${second.selector}').checked`, true, 'Forward: the second answer is shown');
    await firefox.navigate(await firefox.evaluate(`document.querySelector('a[href^="../besoin-ia.html"]').href`));
    await firefox.evaluate(formsReady);
    await settled(answers, both, 'the start page has both answers');
    await firefox.reload();
    await firefox.evaluate(formsReady);
    await settled(answers, both, 'a reload keeps them');
    // Out by the menu, back in by the tools list: no answer in the link.
    await firefox.navigate(urlOf('outils/index.html'));
    await firefox.navigate(urlOf('outils/besoin-ia.html'));
    await firefox.evaluate(formsReady);
    await settled(answers, both, 'back in the tool by the menu: the answers are restored');
    await noStorage();
    problems.push(...await firefox.pageProblems());
    assertNoProblems(problems);
  });

  /* The flow of a tool in steps (#19 points 2 and 3): the identification typed on the start page
   * travels through "Commencer", survives Back (Firefox from file:// keeps its memory in
   * window.name, per history entry) and the menu, shows on "Vérifiez vos réponses", whose
   * "Modifier" opens the step with the question focused; the result opens with the advice. */
  it('the checklist flow: start page, identification, review of the answers, result', async () => {
    problems = [];
    await forget();
    await firefox.navigate(urlOf('outils/besoin-ia.html'));
    await firefox.evaluate(formsReady);
    await firefox.evaluate(`(document.querySelector('#identification > summary').click(), document.getElementById('id-organisation').focus(), true)`);
    await firefox.type('Ville de Test');
    await settled(`JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(location.hash.slice(3).split('&')[0].replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)))).identification`,
      { organisation: 'Ville de Test' }, 'the address holds the identification');
    await firefox.navigate(await firefox.evaluate(`document.querySelector('.button--start').href`));
    await firefox.evaluate(formsReady);
    await firefox.evaluate(`(document.querySelector('input[name=lr_biometrie][value=non]').click(), true)`);
    const identification = `document.body.classList.contains('forms-ready') ? GuideForm.identification() : null`;
    await firefox.traverse(-1);
    await settled(`document.getElementById('id-organisation').value`, 'Ville de Test', 'Back: the start page shows the identification');
    await firefox.traverse(1);
    await settled(`document.body.classList.contains('forms-ready') && document.querySelector('input[name=lr_biometrie][value=non]').checked`, true, 'Forward: the answer');
    await firefox.navigate(await firefox.evaluate(`document.querySelector('.step-nav a[href^="verifier-reponses.html"]').href`));
    await firefox.evaluate(formsReady);
    await settled(identification, { organisation: 'Ville de Test' }, 'the review has the identification');
    await settled(`document.querySelector('.check-identification dd').textContent`, 'Ville de Test', 'and shows it');
    await settled(`/Réponse\u00a0: Non, c.est établi/.test(document.querySelector('li[data-question="lr_biometrie"]').textContent)`, true, 'the answer is listed');
    await firefox.navigate(await firefox.evaluate(`document.querySelector('li[data-question="lr_biometrie"] a').href`));
    await firefox.evaluate(formsReady);
    await settled(`document.activeElement.id`, 'q-lr_biometrie', '"Modifier" focuses the question on its step');
    await firefox.navigate(urlOf('outils/index.html'));
    await firefox.navigate(urlOf('outils/besoin-ia/resultat-avis.html'));
    await firefox.evaluate(formsReady);
    await settled(identification, { organisation: 'Ville de Test' }, 'back in by the menu: the identification is restored');
    await settled(`(() => { const v = document.querySelector('#result-advice .verdict'), s = document.querySelector('.advice-scope');
      return !!v && v.getBoundingClientRect().top < s.getBoundingClientRect().top; })()`, true, 'the advice comes first');
    await noStorage();
    problems.push(...await firefox.pageProblems());
    assertNoProblems(problems);
  });

  it('the clause annex keeps its selection and parameters through Back, Forward, a reload and the menu', async () => {
    problems = [];
    const annexReady = `new Promise((resolve) => { const t = Date.now(); (function poll() {
      if ((window.GuideAnnexState && window.GuideAnnexState.ready) || Date.now() - t > 10000) resolve(true); else setTimeout(poll, 50); })(); })`;
    await forget();
    await firefox.navigate(urlOf('outils/clauses.html'));
    await firefox.evaluate(annexReady);
    await firefox.evaluate(`(document.querySelector('input[name=pieces][value=ccap]').click(), true)`);
    await firefox.navigate(await firefox.evaluate(`document.querySelector('#step-list a[href*="parametres.html"]').href`));
    await firefox.evaluate(annexReady);
    await firefox.evaluate(`(document.getElementById('param-acheteur').focus(), true)`);
    await firefox.type('Ville');
    await settled(`/acheteur=Ville/.test(location.hash)`, true, 'the address holds the value typed');
    const ccap = `document.readyState === 'complete' && document.querySelector('input[name=pieces][value=ccap]').checked`;
    await firefox.traverse(-1);
    await settled(ccap, false, 'Back: the entry page shows its choice');
    await settled(`!!document.getElementById('memory-notice')`, true, 'Back: the page says where later values are');
    await firefox.traverse(1);
    await settled(`document.getElementById('param-acheteur').value`, 'Ville', 'Forward: the value typed is shown');
    await firefox.reload();
    await firefox.evaluate(annexReady);
    await settled(`document.getElementById('param-acheteur').value`, 'Ville', 'reload');
    await firefox.navigate(urlOf('outils/index.html'));
    await firefox.navigate(urlOf('outils/clauses.html'));
    await firefox.evaluate(annexReady);
    await settled(ccap, false, 'back in by the menu: the choice is restored');
    await settled(`/acheteur=Ville/.test(location.hash)`, true, 'and the value typed');
    await noStorage();
    problems.push(...await firefox.pageProblems());
    assertNoProblems(problems);
  });

  it('the calculator keeps its answers through Back, Forward, a reload and the menu', async () => {
    problems = [];
    const computed = `document.getElementById('fp-status') && document.getElementById('fp-status').textContent === 'Résultats à jour.'`;
    await forget();
    await firefox.navigate(urlOf('outils/empreinte.html'));
    await settled(computed, true, 'the calculator computes');
    await firefox.evaluate(`(() => { const f = document.getElementById('fp-projet-lifetime_years'); f.value = ''; f.focus(); return true; })()`);
    await firefox.type('5');
    await settled(`/#r=./.test(document.querySelector('a[rel=next]').href) && /#r=./.test(location.hash)`, true, 'the links carry the answer');
    await firefox.navigate(await firefox.evaluate(`document.querySelector('a[rel=next]').href`));
    await settled(computed, true, 'step 2 computes');
    const later = await firefox.evaluate(`'#' + document.querySelector('#fp-form input[type=number]').id`);
    await firefox.evaluate(`(() => { const f = document.querySelector('${later}'); f.value = ''; f.focus(); return true; })()`);
    await firefox.type('7');
    await settled(`document.querySelector('${later}').value`, '7', 'typed on step 2');
    await new Promise((r) => setTimeout(r, 300));
    await firefox.traverse(-1);
    await settled(`${computed} && document.getElementById('fp-projet-lifetime_years').value`, '5', 'Back: step 1 shows its answer');
    await firefox.traverse(1);
    await settled(`${computed} && document.querySelector('${later}').value`, '7', 'Forward: the later step\'s answer is shown');
    await firefox.reload();
    await settled(`${computed} && document.querySelector('${later}').value`, '7', 'reload');
    await firefox.navigate(urlOf('outils/index.html'));
    await firefox.navigate(urlOf('outils/empreinte.html'));
    await settled(`${computed} && document.getElementById('fp-projet-lifetime_years').value`, '5', 'back in by the menu: the answers are restored');
    await noStorage();
    problems.push(...await firefox.pageProblems());
    assertNoProblems(problems);
  });

  /* The sourcing synthesis (#19 point 5) keeps what the buyer typed in the tab's memory, which
   * Firefox from file:// holds in window.name: a visit to another page of the guide and back by the
   * menu finds the supplier again, and nothing is written to the browser's storage. (Values are
   * set by script: no user activation, so leaving raises no "unsaved entries" prompt, which the
   * Chromium test checks.) */
  it('the sourcing synthesis keeps its entries through a visit to another page, with no storage', async () => {
    problems = [];
    await forget();
    const ready = `!!(window.GuideSynthesisPage && window.GuideSynthesisPage.ready)`;
    await firefox.navigate(urlOf('outils/synthese-sourcing.html'));
    await settled(ready, true, 'the synthesis starts');
    await firefox.evaluate(`(() => {
      document.querySelector('button[data-action="add-supplier"]').click();
      const name = [...document.querySelectorAll('#synthesis-suppliers input[name="name"]')].pop();
      name.value = 'Epsilon';
      name.dispatchEvent(new Event('input', { bubbles: true }));
      name.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    })()`);
    const names = `[...document.querySelectorAll('#synthesis-suppliers input[name="name"]')].map((i) => i.value)`;
    await settled(names, ['Epsilon'], 'the supplier is entered');
    await firefox.navigate(urlOf('outils/index.html'));
    await firefox.navigate(urlOf('outils/synthese-sourcing.html'));
    await settled(ready, true, 'the synthesis starts again');
    await settled(names, ['Epsilon'], 'back by the menu: the supplier is there');
    await noStorage();
    problems.push(...await firefox.pageProblems());
    assertNoProblems(problems);
  });

  it('the search answers as the user types', async () => {
    problems = [];
    await firefox.navigate(urlOf('index.html'));
    await firefox.evaluate(`document.getElementById('search-q').focus()`);
    await firefox.type('données');
    const hits = await firefox.evaluate(`new Promise((resolve) => {
      const started = Date.now();
      (function poll() {
        const links = document.querySelectorAll('#search-results:not([hidden]) a').length;
        if (links || Date.now() - started > 10000) resolve(links); else setTimeout(poll, 50);
      })();
    })`);
    assert.ok(hits > 0, 'no search result after typing');
    const storage = await firefox.evaluate('localStorage.length + sessionStorage.length');
    assert.equal(storage, 0, 'storage written while searching');
    problems.push(...await firefox.pageProblems());
    assertNoProblems(problems);
  });
});
