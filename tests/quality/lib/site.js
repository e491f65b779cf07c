'use strict';
/* Builds the guide into a fresh temporary folder with the project's own generator, the way a user
 * would (`guide build --out DIR` from the project root), and lists the HTML pages it wrote.
 * The tests never look at site/: a stale build there must not make them pass. */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const PROJECT_DIR = process.env.GUIDE_SOURCE_DIR || path.resolve(__dirname, '..', '..', '..');

function buildSite() {
  const exe = process.env.GUIDE_EXE;
  if (!exe) throw new Error('GUIDE_EXE is not set (CTest passes the built guide binary)');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-quality-'));
  const out = path.join(tmp, 'site');
  let log;
  try {
    log = execFileSync(exe, ['build', '--out', out], { cwd: PROJECT_DIR, encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`guide build failed:\n${error.stderr || error.message}`);
  }
  return { dir: out, tmp, log: log.trim(), cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}

// Every *.html file under the site, as '/'-separated paths relative to it, sorted.
function listPages(siteDir) {
  const pages = [];
  (function walk(rel) {
    for (const entry of fs.readdirSync(path.join(siteDir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.html')) pages.push(child);
    }
  })('');
  return pages.sort();
}

// Tool pages are the interactive ones under outils/ (not the list of tools itself), the step pages
// of a tool (outils/<id>/<step>.html) included.
function pageType(rel) {
  return /^outils\/(?!index\.html$)[^/]+(\/[^/]+)?\.html$/.test(rel) ? 'tool' : 'reading';
}

module.exports = { PROJECT_DIR, buildSite, listPages, pageType };
