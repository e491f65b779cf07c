'use strict';
// Hostile content never becomes active content on the built pages. A site is built from the
// fixture plus pages, front matter, site.yaml and a bank full of script, event handlers,
// javascript: links, iframes and styles; then every built page is checked (1) as text: no
// script but the site's own <script src>, no inline handler, no javascript:/data: URL, no
// iframe/style/object/embed/svg/base/form-action element, the hostile titles shown escaped;
// (2) the data scripts (banks, search index) evaluated in a sandbox: nothing runs but the
// assignment; (3) when Chromium is there, every page loaded from file://: no dialog, no
// hostile element or attribute in the live DOM.
// Env: GUIDE_EXE, GUIDE_ROOT.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { execFileSync } = require('child_process');

const GUIDE = process.env.GUIDE_EXE;
const ROOT = process.env.GUIDE_ROOT || path.resolve(__dirname, '..', '..');

// Payloads that must end as inert text (or be dropped).
const MARKDOWN_ATTACKS = [
  '<script>alert("script")</script>',
  '<img src=x onerror=alert("onerror")>',
  '<svg onload=alert("svg")></svg>',
  '<iframe src="https://example.org/"></iframe>',
  '<style>body { display: none }</style>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<a href="javascript:alert(\'rawlink\')">raw</a>',
  '<form action="https://example.org/"><button>go</button></form>',
  '<base href="https://example.org/">',
  '[md link](javascript:alert("mdlink"))',
  '[md link upper](JaVaScRiPt:alert("mdlink2"))',
  '[entity link](jav&#x61;script:alert("entity"))',
  '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![image](javascript:alert("img"))',
  '<javascript:alert("autolink")>',
  '[title](https://example.org/ "t\\" onmouseover=\\"alert(1)")',
  '`<script>code span</script>`',
  '| a | <script>alert("cell")</script> |\n|---|---|\n| <img src=x onerror=alert(1)> | b |',
  '## Titre <script>alert("heading")</script>',
  '<!-- --><script>alert("comment")</script><!-- -->',
  '<div onclick="alert(1)">div</div>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
];

const HOSTILE_TITLE = '<script>alert("titre")</script> Titre "piégé" & <b>gras</b>';

function hostilePage() {
  return [
    '---',
    `title: '${HOSTILE_TITLE.replace(/'/g, "''")}'`,
    `description: '"><script>alert("description")</script>'`,
    `nav_title: '<img src=x onerror=alert("nav")>'`,
    '---',
    '',
    ...MARKDOWN_ATTACKS.map((a) => a + '\n'),
  ].join('\n');
}

const q = (s) => JSON.stringify(s); // a YAML double-quoted scalar is a JSON string
function hostileBank() {
  const h = (tag) => `<script>alert("${tag}")</script><img src=x onerror=alert("${tag}")>`;
  return `id: piege
version: 1
kind: grid
title: ${q('Outil ' + h('bank-title'))}
description: ${q(h('bank-description'))}
intro: ${q('Intro ' + h('bank-intro') + ' [x](javascript:alert(1))')}
sections:
  - id: s1
    title: ${q(h('section-title'))}
    intro: ${q(h('section-intro'))}
    questions:
      - id: q1
        text: ${q(h('question-text'))}
        help: ${q(h('question-help') + ' [x](javascript:alert(1))')}
        type: choice
        choices:
          - {id: a, label: ${q(h('choice-label'))}, score: 1}
          - {id: b, label: "</label></fieldset><script>alert('x')</script>", score: 0}
        red_line:
          when: "q1 == 'b'"
          message: ${q(h('red-line'))}
        source: {seed: x.txt, ref: ${q(h('source-ref'))}}
      - id: q2
        text: Nombre
        type: number
        unit: ${q(h('unit'))}
        min: 0
        max: 10
verdicts:
  - when: "red_lines > 0"
    level: rouge
    label: ${q(h('verdict-label'))}
    text: ${q(h('verdict-text'))}
    explain: ${q(h('verdict-explain'))}
  - level: autre
    label: Autre
    text: Autre.
    explain: ${q(h('fallback-explain'))}
`;
}

function hostileQuestionnaire() {
  const h = (tag) => `<script>alert("${tag}")</script><img src=x onerror=alert("${tag}")>`;
  return `id: piege-q
version: 1
kind: questionnaire
title: Questionnaire
description: Questions.
sections:
  - id: s1
    title: Profil
    questions:
      - id: q3
        text: Texte
        type: text
        expected: ${q(h('expected'))}
        proof: ${q(h('proof'))}
        required: false
verdicts:
  - level: questionnaire
    label: Questionnaire
    text: ${q(h('q-verdict'))}
`;
}

function hostileClauses() {
  const h = (tag) => `<script>alert("${tag}")</script><img src=x onerror=alert("${tag}")>`;
  return `id: piege-c
version: 1
kind: clauses
title: ${q('Clauses ' + h('clauses-title'))}
description: Clauses.
profiles:
  - {id: dev, label: ${q(h('profile-label'))}}
documents:
  - {id: ccap, label: ${q(h('document-label'))}}
parameters:
  - {id: acheteur, label: ${q(h('parameter-label'))}, type: text, default: ${q(h('parameter-default'))}}
sections:
  - id: s1
    document: ccap
    title: ${q(h('clause-section'))}
    clauses:
      - id: c1
        title: ${q(h('clause-title'))}
        profiles: [dev]
        body: ${q('Par {acheteur}. ' + h('clause-body') + ' [x](javascript:alert(1))')}
        deliverables: [${q(h('deliverable') + ' {acheteur}')}]
        buyer_note: ${q(h('buyer-note'))}
`;
}

function buildHostileSite() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-hostile-'));
  const content = path.join(work, 'content');
  fs.cpSync(path.join(ROOT, 'tests/fixtures/mini'), content, { recursive: true });
  fs.writeFileSync(path.join(content, 'pages/chapitre/piege.md'), hostilePage());
  fs.writeFileSync(path.join(content, 'banks/piege.yaml'), hostileBank());
  fs.writeFileSync(path.join(content, 'banks/piege-q.yaml'), hostileQuestionnaire());
  fs.writeFileSync(path.join(content, 'banks/piege-c.yaml'), hostileClauses());
  fs.writeFileSync(path.join(content, 'site.yaml'),
    `title: ${q('<script>alert("site")</script>Guide')}\ntagline: ${q('<img src=x onerror=alert("tagline")>')}\n`);
  const out = path.join(work, 'site');
  execFileSync(GUIDE, ['build', '--content', content, '--templates', path.join(ROOT, 'templates'),
    '--assets', path.join(ROOT, 'assets'), '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
  return { work, out };
}

function walk(dir, ext) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, ext));
    else if (p.endsWith(ext)) out.push(p);
  }
  return out;
}

// The attributes of one start tag, as [lower-case name, raw value] pairs.
function attributes(tag) {
  const out = [];
  const re = /\s([^\s=>"'/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
  const body = tag.replace(/^<[a-zA-Z0-9-]+/, '').replace(/\/?>$/, '');
  let m;
  while ((m = re.exec(body))) out.push([m[1].toLowerCase(), (m[2] || '').replace(/^["']|["']$/g, '')]);
  return out;
}

// The problems a built HTML file may show, as short descriptions (empty: the file is inert).
function staticProblems(html) {
  const problems = [];
  const tags = html.match(/<[a-zA-Z][^>]*>/g) || [];
  for (const tag of tags) {
    const name = tag.match(/^<([a-zA-Z0-9-]+)/)[1].toLowerCase();
    if (['iframe', 'style', 'object', 'embed', 'svg', 'base', 'frame', 'applet'].includes(name)) {
      problems.push(`element <${name}>: ${tag}`);
    }
    if (name === 'script' && !/^<script src="[^"]*assets\/[a-z0-9/._-]+\.js"( defer)?>$/.test(tag)) {
      problems.push(`script that is not the site's own: ${tag}`);
    }
    if (name === 'meta' && /http-equiv="refresh"/i.test(tag)) problems.push(`refresh: ${tag}`);
    for (const [attr, value] of attributes(tag)) {
      if (/^on/.test(attr)) problems.push(`event handler: ${tag}`);
      // The templates' own empty favicon (<link rel="icon" href="data:,">, no request) is inert.
      const emptyIcon = name === 'link' && value === 'data:,';
      if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(attr) && !emptyIcon &&
          /^\s*(javascript|vbscript|data):/i.test(value)) {
        problems.push(`active URL: ${tag}`);
      }
    }
    if (name === 'form' && /action="\s*([a-z][a-z0-9+.-]*:|\/\/)/i.test(tag)) {
      problems.push(`form posting to another site: ${tag}`);
    }
  }
  // Inline script bodies: every <script ...> must be immediately closed.
  const bodies = html.match(/<script[^>]*>[\s\S]*?<\/script>/g) || [];
  for (const b of bodies) {
    if (!/^<script[^>]*><\/script>$/.test(b)) problems.push(`inline script body: ${b.slice(0, 80)}`);
  }
  return problems;
}

// The generator's French typography turns the hostile strings' quotes into « » (“ ” inside them)
// with no-break spaces, and ' into ’: what these tests check is that < > & " never reach a page
// unescaped, whichever quotes surround the text.
const Q = '(?:&quot;|"|«\u00a0|\u00a0»|“|”)';
const escapedAlert = (tag) => new RegExp(`&lt;script&gt;alert\\(${Q}${tag}${Q}\\)&lt;/script&gt;`);

const built = buildHostileSite();
test.after(() => fs.rmSync(built.work, { recursive: true, force: true }));

test('every built page is inert text, with the hostile strings escaped', () => {
  const pages = walk(built.out, '.html');
  assert.ok(pages.length >= 10, `only ${pages.length} pages built`);
  for (const file of pages) {
    const problems = staticProblems(fs.readFileSync(file, 'utf8'));
    assert.deepEqual(problems, [], path.relative(built.out, file));
  }
  const page = fs.readFileSync(path.join(built.out, 'chapitre/piege.html'), 'utf8');
  // The title shows as text in <title> and <h1>; the code span keeps its text, escaped.
  assert.match(page, new RegExp(`<h1>${escapedAlert('titre').source} Titre ${Q}piégé${Q} &amp; &lt;b&gt;gras&lt;/b&gt;</h1>`));
  assert.match(page, new RegExp(`<title>${escapedAlert('titre').source}`));
  assert.match(page, /<code>&lt;script&gt;code span&lt;\/script&gt;<\/code>/);
  assert.match(page, new RegExp(`content="${Q}&gt;${escapedAlert('description').source}`));
  const tool = fs.readFileSync(path.join(built.out, 'outils/piege.html'), 'utf8');
  // The questionnaire's and the clauses' texts are on their step pages (one per section, per document).
  const questionnaire = fs.readFileSync(path.join(built.out, 'outils/piege-q/s1.html'), 'utf8');
  for (const tag of ['bank-title', 'section-title', 'question-text', 'choice-label', 'unit',
    'source-ref', 'verdict-label', 'verdict-explain', 'expected', 'proof']) {
    const html = ['expected', 'proof'].includes(tag) ? questionnaire : tool;
    assert.match(html, escapedAlert(tag), `bank field ${tag} is not shown as escaped text`);
  }
  assert.ok(tool.includes('&lt;/label&gt;&lt;/fieldset&gt;&lt;script&gt;'), 'choice label escaped');
  const clauses = fs.readFileSync(path.join(built.out, 'outils/piege-c/piece-ccap.html'), 'utf8');
  // Markdown fields (the body) drop raw HTML; plain-text fields escape it.
  assert.match(clauses, new RegExp(`<!-- raw HTML omitted -->alert\\(${Q}clause-body${Q}\\)`),
    'clause body: raw HTML not dropped');
  for (const tag of ['clause-title', 'clause-section', 'deliverable', 'parameter-default']) {
    assert.match(clauses, escapedAlert(tag), `clauses field ${tag} is not shown as escaped text`);
  }
  const home = fs.readFileSync(path.join(built.out, 'index.html'), 'utf8');
  assert.match(home, new RegExp(`${escapedAlert('site').source}Guide`), 'site title escaped');
});

test('the data scripts only assign their global', () => {
  const scripts = [path.join(built.out, 'assets/banks/piege.js'), path.join(built.out, 'assets/search-index.js'),
    path.join(built.out, 'assets/annex/piege-q.js'), path.join(built.out, 'assets/annex/piege-c.js')];
  for (const file of scripts) {
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(!/<\/script/i.test(text), `${file} contains </script`);
    const calls = [];
    const sandbox = { alert: (m) => calls.push(m), document: {}, console };
    sandbox.window = sandbox;
    vm.runInNewContext(text, sandbox, { timeout: 5000 });
    assert.deepEqual(calls, [], `${path.basename(file)} ran code`);
  }
  const sandbox = {};
  sandbox.window = sandbox;
  vm.runInNewContext(fs.readFileSync(scripts[0], 'utf8'), sandbox);
  const bank = sandbox.GUIDE_BANKS.piege;
  assert.equal(bank.sections[0].questions[0].choices[1].label, "</label></fieldset><script>alert('x’)</script>",
    'the bank data keeps the text as typeset, unescaped (escaping is the page\'s job)');
});

const CHROMIUM = '/usr/bin/chromium';
const PLAYWRIGHT = path.join(ROOT, 'node_modules/playwright-core');
const noBrowser = !fs.existsSync(CHROMIUM) ? 'no Chromium at ' + CHROMIUM
  : !fs.existsSync(PLAYWRIGHT) ? 'no node_modules/playwright-core (run ./build.sh)' : false;
test('in Chromium, no page runs hostile code or shows hostile elements', { skip: noBrowser }, async () => {
  const { chromium } = require(PLAYWRIGHT);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs = [];
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    const requests = [];
    page.on('request', (r) => { if (!r.url().startsWith('file://')) requests.push(r.url()); });
    // The assembled annex and questionnaire are built from their data scripts once a selection
    // is in the address: every item chosen.
    for (const rel of ['chapitre/piege.html', 'outils/piege.html', 'outils/piege-q.html', 'outils/piege-q/s1.html',
      'outils/piege-q/questionnaire-compose.html#profils=', 'outils/piege-c.html', 'outils/piege-c/piece-ccap.html',
      'outils/piege-c/parametres.html', 'outils/piege-c/annexe.html#profils=dev&pieces=ccap',
      'index.html', 'plan-du-site.html', 'recherche.html']) {
      await page.goto('file://' + path.join(built.out, rel.split('#')[0]) + (rel.includes('#') ? '#' + rel.split('#')[1] : ''));
      await page.waitForTimeout(200);
      const found = await page.evaluate(() => {
        const out = [];
        for (const el of document.querySelectorAll('*')) {
          const name = el.tagName.toLowerCase();
          // The result chart (core's SVG, parsed by forms-result.js) is the only SVG allowed; what it
          // holds is still checked below (no script, no handler, no foreignObject).
          const chartSvg = el.closest('.chart') !== null;
          if (['iframe', 'style', 'object', 'embed', 'base', 'frame', 'foreignobject'].includes(name) ||
              (name === 'svg' && !chartSvg)) out.push(name);
          if (name === 'script' && (!el.src || el.textContent.trim())) out.push('inline script');
          for (const a of el.attributes) {
            if (/^on/i.test(a.name)) out.push(`${name}[${a.name}]`);
            const emptyIcon = name === 'link' && a.value === 'data:,';  // the templates' own favicon
            if (!emptyIcon && /^\s*(javascript|vbscript|data):/i.test(a.value) && ['href', 'src', 'action'].includes(a.name)) out.push(`${name}[${a.name}=${a.value}]`);
          }
        }
        return out;
      });
      assert.deepEqual(found, [], rel);
      if (rel.includes('#')) {
        assert.ok(await page.evaluate(() => document.querySelectorAll('#annexe article, #annexe tbody tr').length > 0),
          `${rel}: the assembled document holds the hostile items`);
      }
    }
    assert.deepEqual(dialogs, [], 'a dialog opened');
    assert.deepEqual(requests, [], 'a page made a network request');
  } finally {
    await browser.close();
  }
});
