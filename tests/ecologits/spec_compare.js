// Comparison of an estimator result with a spec vector's `expected` object (EcoLogits spec §7):
// the same keys in the same order, the same strings, every number within 1e-12 relative.
'use strict';

function mismatches(got, want, path = '') {
  if (want !== null && typeof want === 'object') {
    if (got === null || typeof got !== 'object' || Array.isArray(got) !== Array.isArray(want)) {
      return [`${path}: expected an object, got ${JSON.stringify(got)}`];
    }
    const gk = Object.keys(got), wk = Object.keys(want);
    if (gk.join(',') !== wk.join(',')) return [`${path}: keys ${gk} instead of ${wk}`];
    return wk.flatMap((k) => mismatches(got[k], want[k], `${path}.${k}`));
  }
  if (typeof want === 'number') {
    if (typeof got !== 'number') return [`${path}: expected a number, got ${JSON.stringify(got)}`];
    return Math.abs(got - want) <= 1e-12 * Math.abs(want) ? [] : [`${path}: ${got} instead of ${want}`];
  }
  return got === want ? [] : [`${path}: ${JSON.stringify(got)} instead of ${JSON.stringify(want)}`];
}

module.exports = { mismatches };
