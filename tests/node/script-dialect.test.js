'use strict';
// The browser scripts keep one dialect (#17 step 8): ES2017 classic scripts (no modules, no
// syntax newer than the browsers the site supports parse), declaring with const and let only.
// Read by acorn (Debian's node-acorn, an emscripten dependency, found through NODE_PATH), so a
// `var` in a comment, a string, a template or a regular expression is not a declaration.
// SCRIPTS_DIR checks another folder (default assets/js; the vendored libraries are elsewhere).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const acorn = require('acorn');

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.resolve(ROOT, process.env.SCRIPTS_DIR || path.join('assets', 'js'));

// `file:line:col: error: message` for each problem of one script's source.
function dialectProblems(file, source) {
  let tree;
  try {
    tree = acorn.parse(source, { ecmaVersion: 2017, sourceType: 'script', locations: true });
  } catch (e) {
    const at = e.loc ? `${e.loc.line}:${e.loc.column + 1}` : '1:1';
    return [`${file}:${at}: error: not an ES2017 classic script: ${e.message.replace(/ \(\d+:\d+\)$/, '')}`];
  }
  const problems = [];
  (function walk(node) {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'VariableDeclaration' && node.kind === 'var') {
      const { line, column } = node.loc.start;
      problems.push(`${file}:${line}:${column + 1}: error: 'var' declaration: declare with const (let if it is reassigned)`);
    }
    for (const key of Object.keys(node)) if (key !== 'loc') walk(node[key]);
  }(tree));
  return problems;
}

test('the check finds var declarations, not the word var in comments, strings, templates or patterns', () => {
  const source = [
    '(function () {',
    "  // var in a comment; 'var' in a string, then in a template and a pattern",
    "  const a = 'var x = 1', b = `var ${a}`, c = /var y/;",
    '  for (var i = 0; i < 2; i++) {}',
    '  let d; var e = 1;',
    '}());',
  ].join('\n');
  assert.deepEqual(dialectProblems('t.js', source), [
    "t.js:4:8: error: 'var' declaration: declare with const (let if it is reassigned)",
    "t.js:5:10: error: 'var' declaration: declare with const (let if it is reassigned)",
  ]);
  assert.match(dialectProblems('m.js', 'export const a = 1;')[0], /^m\.js:1:1: error: not an ES2017 classic script/);
  assert.match(dialectProblems('n.js', 'const a = b?.c;')[0], /^n\.js:1:\d+: error: not an ES2017 classic script/);
});

test('every browser script is an ES2017 classic script declaring with const and let', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.js')).sort();
  assert.ok(files.length > 0, `no scripts in ${DIR}`);
  const problems = [];
  for (const f of files) {
    const rel = path.relative(ROOT, path.join(DIR, f));
    problems.push(...dialectProblems(rel, fs.readFileSync(path.join(DIR, f), 'utf8')));
  }
  assert.deepEqual(problems, [], `\n${problems.join('\n')}\n`);
});
