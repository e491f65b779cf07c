// Benchmark (not a test): what one change costs in the footprint calculator, in headless Chromium
// from file://, with the labelled example loaded (both scenarios filled). "update" is what the page
// runs after each change: footprint-state.js sends the answers to GuideFootprint.calculator (the
// WebAssembly core maps them to a footprint input and computes it), then shows the errors, the
// blocks that count and the comparison, and the view redraws (the summary on a step page; on the
// results page the per-request figures, the table, the chart and the print report). Target: under
// 16 ms, one frame. Prints medians of 5 rounds.
// usage: node tests/bench/calculator_bench.js   (GUIDE_EXE defaults to build/guide)
'use strict';
const fs = require('fs');
const { buildSite, launch } = require('../forms/harness');

async function openCalculator(browser, url) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.GuideCalculator && /Résultats à jour/.test(document.getElementById('fp-status').textContent));
  await page.evaluate(() => window.GuideCalculator.replace(window.GuideCalculator.definition.example.answers, ''));
  await page.waitForFunction(() => window.GuideCalculator.output() && window.GuideCalculator.output().input.scenarios[0].items.length > 0);
  return page;
}

(async () => {
  const built = buildSite();
  const browser = await launch();
  const ms = (v) => v.toFixed(3) + ' ms';
  try {
    for (const step of ['empreinte-inference.html', 'empreinte-resultats.html']) {
      const page = await openCalculator(browser, built.url('outils/' + step));
      const c = await page.evaluate(() => {
        const C = window.GuideCalculator, GF = window.GuideFootprint;
        const time = (n, f) => { const t0 = performance.now(); for (let i = 0; i < n; i++) f(i); return (performance.now() - t0) / n; };
        const median = (f) => { const v = [0, 1, 2, 3, 4].map(f).sort((a, b) => a - b); return v[2]; };
        const request = '{"calculator":' + JSON.stringify(C.definition) + ',"reference":' + JSON.stringify(C.reference) +
          ',"answers":' + JSON.stringify(C.answers()) + '}';
        const result = JSON.stringify(JSON.parse(GF.calculator(request)).result);
        return {
          update: median(() => time(30, () => C.computeNow(GF))),
          layout: median(() => time(30, () => { C.computeNow(GF); return document.body.offsetHeight; })),
          calculator: median(() => time(50, () => GF.calculator(request))),
          chart: median(() => time(50, () => GF.footprintChart(result, ''))),
          requestKb: request.length / 1000,
        };
      });
      console.log(`calculator, ${step} (example loaded; request ${c.requestKb.toFixed(1)} KB); medians of 5 rounds`);
      console.log(`  update (footprint-*.js, module included): ${ms(c.update)}`);
      console.log(`  update + style and layout:              ${ms(c.layout)}`);
      console.log(`  GuideFootprint.calculator alone:        ${ms(c.calculator)}`);
      console.log(`  GuideFootprint.footprintChart alone:    ${ms(c.chart)}`);
    }
  } finally {
    await browser.close();
    fs.rmSync(built.work, { recursive: true, force: true });
  }
})().catch((e) => { console.error(e.stack || e); process.exit(1); });
