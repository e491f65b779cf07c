/* footprint-steps.js: what a step page of the footprint calculator shows of the result
 * (footprint-state.js calls render after each change): one line per scenario and the comparison,
 * in the calculator's words. The details, the chart and the files are on the results page
 * (footprint-result.js). Classic script, ES2017, no modules: CSP script-src 'self'. */
(function () {
  'use strict';
  const C = window.GuideCalculator;
  if (!C) return;
  const box = document.getElementById('fp-summary');
  if (!box) return;
  C.use({
    render: (output) => {
      const result = output.result;
      const scenarios = result.scenarios || [];
      if (!scenarios.some((s) => (s.items || []).length)) { box.textContent = C.t('summary_none'); return; }
      box.textContent = scenarios.map((s) => C.t('summary_scenario', { scenario: s.label, value: C.fmt(s.total.co2e_kg) })).join(C.t('list_separator')) +
        ' ' + C.t('summary_years', { years: C.counted(result.lifetime_years, 'year') }) + ' ' + C.comparison(result);
    },
  });
})();
