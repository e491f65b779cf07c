'use strict';
// The EcoIndex formula against the method's own published vectors (cnumr unit tests) and the
// band-boundary property (each quantile row i gives exactly 100 - 5 i).
const test = require('node:test');
const assert = require('node:assert/strict');
const eco = require('./lib/ecoindex');

const close = (actual, expected, eps = 1e-9) =>
  assert.ok(Math.abs(actual - expected) < eps, `${actual} != ${expected}`);

test('quantile positions match the reference implementation', () => {
  close(eco.quantile(eco.QUANTILES.size, 2500), 14.086372025739513);
  close(eco.quantile(eco.QUANTILES.dom, 150), 2.892857142857143);
  close(eco.quantile(eco.QUANTILES.requests, 23), 2.8);
  assert.equal(eco.quantile(eco.QUANTILES.size, 310182.902), 20);
});

test('scores and grades match the published vectors', () => {
  const cases = [
    [100, 100, 100, 72.0158, 'B'],
    [240, 20, 331, 83.0043, 'A'],
    [2355, 267, 2493, 9.8735, 'G'],
    [150, 5, 60, 89.5424, 'A'],
    [600, 40, 1024, 60.9172, 'C'],
  ];
  for (const [dom, requests, sizeKb, expected, letter] of cases) {
    const s = eco.score({ dom, requests, sizeKb });
    close(s, expected, 5e-5);
    assert.equal(eco.grade(s), letter, `${dom}/${requests}/${sizeKb}`);
  }
  assert.equal(Math.round(eco.score({ dom: 100, requests: 100, sizeKb: 1000 })), 67);
  assert.equal(Math.round(eco.score({ dom: 100, requests: 100, sizeKb: 10000 })), 58);
  assert.equal(Math.round(eco.score({ dom: 200, requests: 200, sizeKb: 10000 })), 46);
});

test('grade bands are strict', () => {
  assert.equal(eco.grade(80), 'B');
  assert.equal(eco.grade(80.01), 'A');
  assert.equal(eco.grade(25), 'F');
  assert.equal(eco.grade(10), 'G');
  assert.equal(eco.grade(50.2), 'D');
});

test('each quantile row scores exactly 100 - 5 i', () => {
  for (let i = 0; i < 21; i++) {
    const s = eco.score({ dom: eco.QUANTILES.dom[i], requests: eco.QUANTILES.requests[i],
      sizeKb: eco.QUANTILES.size[i] });
    close(s, 100 - 5 * i);
  }
});
