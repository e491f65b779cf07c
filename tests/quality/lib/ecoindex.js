'use strict';
/* EcoIndex score and grade, written from the published method (ecoindex.fr, GreenIT.fr / cnumr):
 * three quantile positions (DOM elements, HTTP requests, transferred KB) weighted 3 : 2 : 1.
 * Our own code on purpose: the npm packages carrying the method are CC BY-NC-ND, which a project
 * may neither vendor nor adapt. This is the ecoindex.fr variant (position i - 1 + fraction); the
 * GreenIT-Analysis browser extension uses i + fraction and scores exactly 5 points lower.
 * Sizes are KB of 1000 bytes. GHG and water conversions are left out: their coefficients are
 * reserved by their author and the site only publishes score and grade. */

const QUANTILES = {
  dom: [0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459,
    1801, 2479, 594601],
  requests: [0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281,
    3920],
  size: [0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32,
    1648.27, 1876.08, 2142.06, 2465.37, 2866.31, 3401.59, 4155.73, 5400.08, 8037.54, 223212.26],
};

// Position of a value in a 21-entry quantile table, linear inside a band, in [0, 20].
function quantile(table, value) {
  for (let i = 1; i < table.length; i++) {
    if (value < table[i]) return i - 1 + (value - table[i - 1]) / (table[i] - table[i - 1]);
  }
  return table.length - 1;
}

// Raw score in [0, 100], not rounded: budgets compare the raw value so that 80.4 is not "81".
function score({ dom, requests, sizeKb }) {
  const q = 3 * quantile(QUANTILES.dom, dom) + 2 * quantile(QUANTILES.requests, requests) +
    quantile(QUANTILES.size, sizeKb);
  return 100 - (5 * q) / 6;
}

// Grades use strict ">" on the score: 80 is a B, 10 is a G.
function grade(value) {
  const bands = [[80, 'A'], [70, 'B'], [55, 'C'], [40, 'D'], [25, 'E'], [10, 'F']];
  for (const [floor, letter] of bands) if (value > floor) return letter;
  return 'G';
}

module.exports = { QUANTILES, quantile, score, grade };
