'use strict';
// How the browser scripts fill a text's {names} (GuideKit.fill in assets/js/tool-memory.js): by
// the rule guide check reads them with (core/placeholders.h: a lowercase letter, then lowercase
// letters, digits and '_'), each value read once, a name without a value left as written. The
// script runs here in a bare context: it only defines its functions until a page calls them.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const JS = path.resolve(__dirname, '..', '..', 'assets', 'js');

function guideKit() {
  const noop = () => {};
  const context = {
    window: { name: '' },
    document: { querySelector: () => null, querySelectorAll: () => [], getElementById: () => null, addEventListener: noop },
    sessionStorage: { getItem: () => null, setItem: noop, removeItem: noop },
    location: { hash: '', href: 'file:///site/outils/x.html', protocol: 'file:' },
    history: { replaceState: noop },
    TextEncoder, TextDecoder, btoa, atob,
  };
  vm.runInNewContext(fs.readFileSync(path.join(JS, 'tool-memory.js'), 'utf8'), context);
  assert.ok(context.window.GuideKit, 'tool-memory.js defines window.GuideKit');
  return context.window.GuideKit;
}

test('a name holds lowercase letters, digits and _, after a first letter', () => {
  const { fill } = guideKit();
  assert.equal(fill('{co2_year} kg CO2e, {n2} fois', { co2_year: '3,2', n2: 4 }), '3,2 kg CO2e, 4 fois');
  assert.equal(fill('{1} {_a} {A} { a } {a-b} {}', { 1: 'x', _a: 'x', A: 'x', a: 'x' }), '{1} {_a} {A} { a } {a-b} {}');
});

test('each value is read once; a name without a value stays as written', () => {
  const { fill } = guideKit();
  assert.equal(fill('{a} et {b}', { a: '{b}', b: 'x' }), '{b} et x');
  assert.equal(fill('{zero} {vide} {nul} {absent}', { zero: 0, vide: '', nul: null, absent: undefined }), '0  {nul} {absent}');
  assert.equal(fill('{a}'), '{a}');
});

test('a script\'s texts by key, filled; an unknown key is shown as itself', () => {
  const message = guideKit().messages({ saved: 'Enregistré : {file}' });
  assert.equal(message('saved', { file: 'grille.json' }), 'Enregistré : grille.json');
  assert.equal(message('no_such_text'), 'no_such_text');
});

test('search.js, on pages without tool-memory.js, fills by the same pattern', () => {
  const pattern = (file) => {
    const found = fs.readFileSync(path.join(JS, file), 'utf8').match(/\.replace\((\/\\\{\(.*?\)\\\}\/g)/);
    assert.ok(found, `${file} fills {names} with a .replace(/\\{(…)\\}/g, …)`);
    return found[1];
  };
  assert.equal(pattern('search.js'), pattern('tool-memory.js'));
});
