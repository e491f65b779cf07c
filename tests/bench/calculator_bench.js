// Benchmark (not a test): what one change costs in the footprint calculator, in headless Chromium
// from file://, with the labelled example loaded (both scenarios filled). "update" is what the page
// runs after each change: footprint-state.js sends the answers to GuideFootprint.calculatorAnswers
// (the WebAssembly core, which holds the definition and the reference tables since the first
// computation, maps them to a footprint input and computes it), then shows the errors, the blocks
// that count and the comparison, and the view redraws (the summary on a step page; on the results
// page the per-request figures, the table, the chart and the print report). Target: under 16 ms,
// one frame. Prints medians of 5 rounds, each also measured with the definition and the tables
// sent along with every change (~75 KB), as the page did before they stayed in the module.
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
        const answers = '{"answers":' + JSON.stringify(C.answers()) + '}';
        const prefix = '{"calculator":' + JSON.stringify(C.definition) + ',"reference":' + JSON.stringify(C.reference) + ',';
        const request = prefix + answers.slice(1);
        const result = JSON.stringify(JSON.parse(GF.calculator(request)).result);
        if (GF.calculatorAnswers(answers) !== GF.calculator(request)) throw new Error('calculatorAnswers differs from calculator');
        // The page as it was: the definition and the tables sent along with every change.
        const loaded = GF.calculatorAnswers;
        const resend = (a) => GF.calculator(prefix + a.slice(1));
        const update = (layout) => () => { C.computeNow(GF); return layout ? document.body.offsetHeight : 0; };
        // Rounds interleave the two ways, so that a busy machine weighs on both alike.
        const rounds = { update: [], layout: [], resendUpdate: [], resendLayout: [], answers: [], calculator: [], chart: [] };
        for (let r = 0; r < 5; r++) {
          rounds.update.push(time(30, update(false)));
          rounds.layout.push(time(30, update(true)));
          GF.calculatorAnswers = resend;
          rounds.resendUpdate.push(time(30, update(false)));
          rounds.resendLayout.push(time(30, update(true)));
          GF.calculatorAnswers = loaded;
          rounds.answers.push(time(50, () => GF.calculatorAnswers(answers)));
          rounds.calculator.push(time(50, () => GF.calculator(request)));
          rounds.chart.push(time(50, () => GF.footprintChart(result, '')));
        }
        const out = { requestKb: request.length / 1000, answersKb: answers.length / 1000 };
        Object.keys(rounds).forEach((k) => { out[k] = rounds[k].sort((a, b) => a - b)[2]; });
        return out;
      });
      console.log(`calculator, ${step} (example loaded; answers ${c.answersKb.toFixed(1)} KB, whole request ${c.requestKb.toFixed(1)} KB); medians of 5 rounds`);
      console.log(`  update (footprint-*.js, module included): ${ms(c.update)}   (tables re-sent each time: ${ms(c.resendUpdate)})`);
      console.log(`  update + style and layout:              ${ms(c.layout)}   (tables re-sent each time: ${ms(c.resendLayout)})`);
      console.log(`  GuideFootprint.calculatorAnswers alone: ${ms(c.answers)}`);
      console.log(`  GuideFootprint.calculator alone:        ${ms(c.calculator)}   (the whole request)`);
      console.log(`  GuideFootprint.footprintChart alone:    ${ms(c.chart)}`);
    }
  } finally {
    await browser.close();
    fs.rmSync(built.work, { recursive: true, force: true });
  }
})().catch((e) => { console.error(e.stack || e); process.exit(1); });
