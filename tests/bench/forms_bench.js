// Benchmark (not a test): time per answer change on a step of the 7-criteria grid in headless
// Chromium, i.e. the forms-*.js update (collect answers, GuideCore.evaluate, visibility, step
// state, links carrying the answers), and the core calls alone. usage: node tests/bench/forms_bench.js
// (GUIDE_EXE defaults to build/guide).
'use strict';
const fs = require('fs');
const { buildSite, launch, openPage } = require('../forms/harness');

(async () => {
  const built = buildSite();
  const browser = await launch();
  try {
    const { page } = await openPage(browser, built.url('outils/grille-7-criteres/c6_transparence.html'));
    // Medians over 5 rounds: the machine is shared, single rounds are noisy.
    const numbers = await page.evaluate(() => {
      // Every choice of every visible radio question, in turn: each click is one answer change
      // whose 'input' handler runs the whole update synchronously; "with layout" then forces
      // style and layout as the next frame would.
      const radios = Array.from(document.querySelectorAll('form[data-bank] [data-question] input[type=radio]'));
      const time = (n, f) => { const t0 = performance.now(); for (let i = 0; i < n; i++) f(i); return (performance.now() - t0) / n; };
      const median = (f) => { const v = [0, 1, 2, 3, 4].map(f).sort((a, b) => a - b); return v[2]; };
      const bank = JSON.stringify(window.GUIDE_BANKS['grille-7-criteres']);
      const answers = JSON.stringify({ bank: 'grille-7-criteres', version: 1, answers: { q02_biometrie: 'etabli', usage_gpu: 'oui', q28_pue: 1.3 } });
      const result = GuideCore.evaluate(bank, answers);
      return {
        radios: radios.length,
        change: median((r) => time(200, (i) => radios[(i * 7 + r) % radios.length].click())),
        layout: median((r) => time(100, (i) => { radios[(i * 5 + r) % radios.length].click(); return document.body.offsetHeight; })),
        evaluate: median(() => time(500, () => GuideCore.evaluate(bank, answers))),
        chart: median(() => time(500, () => GuideCore.chart(result))),
        chart_and_parse: median(() => time(500, () => new DOMParser().parseFromString(GuideCore.chart(result), 'image/svg+xml'))),
      };
    });
    const ms = (v) => v.toFixed(3) + ' ms';
    console.log(`grid: ${numbers.radios} radio inputs; medians of 5 rounds`);
    console.log(`  answer change (full forms-*.js update): ${ms(numbers.change)}`);
    console.log(`  answer change + style and layout:     ${ms(numbers.layout)}`);
    console.log(`  GuideCore.evaluate alone:             ${ms(numbers.evaluate)}`);
    console.log(`  GuideCore.chart alone:                ${ms(numbers.chart)}`);
    console.log(`  chart + DOMParser:                    ${ms(numbers.chart_and_parse)}`);
  } finally {
    await browser.close();
    fs.rmSync(built.work, { recursive: true, force: true });
  }
})().catch((e) => { console.error(e); process.exit(1); });
