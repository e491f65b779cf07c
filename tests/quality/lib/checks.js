'use strict';
/* Checks of a loaded page that need no measurement: structure (RGAA 8.3, 8.5, 8.6, 9.1, 12.6),
 * the Content-Security-Policy meta, and the absence of media or fonts (RGESN 4.1, 4.8).
 * Each returns a list of problems; empty means the page passes. */
const fs = require('node:fs');

async function structureProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const lang = document.documentElement.getAttribute('lang');
    if (lang !== 'fr') problems.push(`<html lang> is ${JSON.stringify(lang)}, expected "fr"`);
    const h1 = document.querySelectorAll('h1').length;
    if (h1 !== 1) problems.push(`${h1} <h1> elements, expected exactly 1`);
    if (!document.title.trim()) problems.push('empty or missing <title>');
    const count = (selector) => document.querySelectorAll(selector).length;
    if (count('body > header, [role="banner"]') < 1) problems.push('no header (banner) landmark');
    if (count('nav, [role="navigation"]') < 1) problems.push('no nav landmark');
    if (count('main, [role="main"]') !== 1) problems.push(`${count('main')} main landmarks, expected 1`);
    if (count('body > footer, [role="contentinfo"]') < 1) problems.push('no footer (contentinfo) landmark');
    if (!document.getElementById('contenu')) problems.push('no #contenu target for the skip link');
    // The statements every page must reach, and the legally required mention of the
    // accessibility status ("Accessibilité : totalement / partiellement / non conforme").
    for (const statement of ['accessibilite.html', 'donnees-personnelles.html', 'ecoconception.html']) {
      if (!document.querySelector(`body > footer a[href$="${statement}"]`)) problems.push(`no footer link to ${statement}`);
    }
    const a11y = document.querySelector('body > footer a[href$="accessibilite.html"]');
    if (a11y && !/^Accessibilité\s*:\s*(totalement|partiellement|non) conforme$/.test(a11y.textContent.trim())) {
      problems.push(`footer accessibility mention reads "${a11y.textContent.trim()}"`);
    }
    if (count('video, audio, [autoplay]') > 0) problems.push('video, audio or autoplay element');
    if (count('script:not([src])') > 0) problems.push('inline <script>');
    return problems;
  });
}

// The CSP must be in the page itself (it also holds under file://) and stay strict: the only
// eval-like permission is 'wasm-unsafe-eval', needed to compile the WebAssembly core.
async function cspProblems(page) {
  const metas = await page.$$eval('meta[http-equiv="Content-Security-Policy" i]',
    (list) => list.map((m) => m.getAttribute('content') || ''));
  if (metas.length !== 1) return [`${metas.length} CSP <meta> elements, expected 1`];
  const problems = [];
  const directives = new Map(metas[0].split(';').map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0]).map(([name, ...sources]) => [name.toLowerCase(), sources]));
  const all = [...directives.values()].flat();
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:', 'data:']) {
    if (all.includes(bad) && !(bad === 'data:' && directives.get('img-src')?.includes('data:'))) {
      problems.push(`CSP allows ${bad}`);
    }
  }
  if ((directives.get('default-src') || []).join(' ') !== "'none'") problems.push("CSP default-src is not 'none'");
  const script = directives.get('script-src') || [];
  for (const source of script) {
    if (!["'self'", "'wasm-unsafe-eval'"].includes(source) && !source.startsWith("'sha256-")) {
      problems.push(`CSP script-src allows ${source}`);
    }
  }
  for (const name of ['base-uri', 'form-action']) {
    if (!directives.has(name)) problems.push(`CSP has no ${name}`);
  }
  const referrer = await page.$eval('meta[name="referrer"]', (m) => m.content).catch(() => null);
  if (referrer !== 'no-referrer') problems.push('no <meta name="referrer" content="no-referrer">');
  return problems;
}

function fontProblems(urls) {
  return urls.filter((u) => /\.(woff2?|ttf|otf|eot)(\?|$)/i.test(u)).map((u) => `downloaded font ${u}`);
}

// Storage written. With toolMemory, the tab's memory of a tool's answers (tool-memory.js: one
// sessionStorage entry 'guide-outil:<tool>' holding {latest, earlier}, once the user answered)
// is allowed; nothing else ever is.
async function storageProblems(page, when, { toolMemory = false } = {}) {
  const s = await page.evaluate(() => ({ local: localStorage.length,
    session: Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k)]) }));
  const problems = [];
  if (s.local) problems.push(`${s.local} localStorage item(s) ${when}`);
  const other = s.session.filter(([k, v]) => {
    if (!toolMemory || k.indexOf('guide-outil:') !== 0) return true;
    try { const rec = JSON.parse(v); return typeof rec.latest !== 'string' || !Array.isArray(rec.earlier); } catch (e) { return true; }
  });
  if (other.length) problems.push(`${other.length} sessionStorage item(s) ${when}: ${other.map(([k]) => k).join(', ')}`);
  return problems;
}

/* axe-core is evaluated through the DevTools protocol rather than added as a <script>: the
 * page's CSP (rightly) forbids inline scripts, and this way the CSP stays enforced for the rest
 * of the visit. WCAG 2.1 A and AA rules only, like the RGAA's reference level. */
const AXE_PATH = require.resolve('axe-core/axe.min.js');
let axeSource = null;
async function axeViolations(page) {
  axeSource = axeSource || fs.readFileSync(AXE_PATH, 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')), count: v.nodes.length }))));
  return violations.map((v) => `axe ${v.id} (${v.impact}, ${v.count} node(s)): ${v.help} — ${v.targets.join(' | ')}`);
}

/* Pages that load a WebAssembly module (GuideCore on the bank pages, GuideFootprint on the
 * calculator's) must get it running: it compiles under the page's CSP ('wasm-unsafe-eval') from
 * file:// as well as over http. Waits for each module's `ready` (bounded). */
async function coreProblems(page) {
  const states = await page.evaluate(() => Promise.all(['GuideCore', 'GuideFootprint'].map((name) => {
    const module = window[name];
    if (typeof module === 'undefined') return 'absent';
    return Promise.race([module.ready.then(() => 'ready', (e) => `${name} failed: ${e && e.message}`),
      new Promise((resolve) => setTimeout(() => resolve(`${name} not ready after 10 s`), 10000))]);
  })));
  return states.filter((s) => s !== 'absent' && s !== 'ready').map((s) => `WebAssembly module ${s}`);
}

module.exports = { coreProblems, structureProblems, cspProblems, fontProblems, storageProblems, axeViolations };
