/* footprint-result.js: the footprint calculator's results page (footprint-state.js calls render
 * with the module's output after each change). One language-model request first (energy,
 * emissions, water, energy class), then the table of the lifetime totals, whose parts are those of
 * the chart beside it (the module draws it from the same numbers), a neutral comparison sentence,
 * everyday equivalents, the method, its versions and the sources of every reference value used.
 * Then what is done with the result as a whole: the saved file (JSON: the answers, the input they
 * make and its result, with the identification block) and its import, the CSV, and the printed
 * report (identification, every assumption entered, versions; kept up to date in the page and
 * shown only in print, so the browser's own print command prints it too).
 * Every word comes from the calculator's texts and labels, or from content/interface/footprint-result.yaml
 * (the files' names, the CSV's header, separator and decimal sign, its total row).
 * Classic script, ES2017, no modules. */
(function () {
  'use strict';
  const C = window.GuideCalculator;
  if (!C || !document.getElementById('fp-results-body')) return;
  // Texts shown to the reader, from content/interface/footprint-result.yaml (written in by the generator).
  const MESSAGES = /* guide:messages */ {};
  const message = window.GuideKit.messages(MESSAGES);  // tool-memory.js
  const t = C.t, el = C.el, def = C.definition;
  const fmt = C.fmt, signed = C.signed, percent = C.percent, allocationText = C.allocationText;
  function $(id) { return document.getElementById(id); }

  // ---- One request first: what one answer of the model costs, whatever the volume.
  function renderRequests(result, body) {
    const lines = [];
    (result.scenarios || []).forEach((s) => (s.items || []).forEach((item) => {
      if (item.kind === 'inference' && item.valid) lines.push({ scenario: s.label, item: item });
    }));
    if (!lines.length) return;
    const section = el('section', 'fp-requests', null, body);
    el('h4', null, t('request_title'), section);
    lines.forEach((line) => {
      const d = line.item.details, r = d.per_request;
      el('p', 'fp-request', t('request_line', { scenario: line.scenario, energy: fmt(r.energy_wh), co2: fmt(r.co2e_g),
        embodied: fmt(r.co2e_embodied_g), water: fmt(r.water_ml), low: fmt(r.energy_wh_low), high: fmt(r.energy_wh_high) }), section);
      if (d.input_tokens > 0) el('p', null, t('request_input_share', { share: fmt(d.input_share_of_energy_pct, 1) }), section);
      el('p', null, t('request_year', { requests: fmt(d.requests_per_year), energy_year: fmt(line.item.per_year.energy_kwh),
        co2_year: fmt(line.item.per_year.co2e_kg), years: C.counted(result.lifetime_years, 'year'), co2_life: fmt(line.item.co2e_kg) }), section);
      if (d.energy_class) {
        const p = el('p', 'fp-class', null, section);
        el('span', 'fp-class-label fp-class-' + d.energy_class.label, d.energy_class.label, p);
        p.appendChild(document.createTextNode(' ' + t('energy_class', { label: d.energy_class.label,
          value: fmt(d.energy_class.wh_per_million_output_tokens) })));
      }
    });
    el('p', 'fp-hint', t('ecologits_version', { version: result.ecologits_version }), section);
  }

  function cell(tr, text, header) {
    const c = el(header ? 'th' : 'td', null, text, tr);
    if (header) c.scope = 'row';
  }

  // ---- The table: the chart's parts, each shown when some scenario has it (never a row of zeros
  // beside the part that holds the figure).
  function renderTable(result, body) {
    const scenarios = result.scenarios || [];
    const diff = (result.differences || [])[0];
    const table = el('table', 'fp-table', null, body);
    el('caption', null, t('table_caption', { years: C.counted(result.lifetime_years, 'year') }), table);
    const head = el('tr', null, null, el('thead', null, null, table));
    el('td', null, null, head);
    scenarios.forEach((s) => { el('th', null, s.label, head).scope = 'col'; });
    if (diff) el('th', null, t('table_difference'), head).scope = 'col';
    const part = (key) => scenarios.some((s) => s.total.breakdown[key] > 0);
    const rows = [
      [t('row_total'), (x) => fmt(x.co2e_kg), diff && signed(diff.co2e_kg, 'kg') + percent(diff.co2e_pct)],
      [t('row_range'), (x) => t('range', { low: fmt(x.co2e_low_kg), high: fmt(x.co2e_high_kg) }), ''],
      part('build_electricity_kg') && [t('row_build_electricity'), (x) => fmt(x.breakdown.build_electricity_kg), ''],
      part('use_electricity_kg') && [t('row_use_electricity'), (x) => fmt(x.breakdown.use_electricity_kg), ''],
      part('embodied_kg') && [t('row_embodied'), (x) => fmt(x.breakdown.embodied_kg), ''],
      [t('row_per_year'), (x) => fmt(x.per_year.co2e_kg), diff && signed(diff.per_year_co2e_kg, 'kg')],
      [t('row_energy'), (x) => fmt(x.energy_kwh), diff && signed(diff.energy_kwh, 'kWh')],
      [t('row_water'), (x) => fmt(x.water_l), diff && signed(diff.water_l, 'L')],
      [t('row_cost', { price: fmt(result.carbon_price_eur_per_t) }), (x) => fmt(x.external_cost_eur, 2), diff && signed(diff.external_cost_eur, '€')],
    ].filter(Boolean);
    const tbody = el('tbody', null, null, table);
    rows.forEach((row) => {
      const tr = el('tr', null, null, tbody);
      cell(tr, row[0], true);
      scenarios.forEach((s) => cell(tr, row[1](s.total)));
      if (diff) cell(tr, row[2] || '');
    });
    const tr = el('tr', null, null, tbody);
    cell(tr, t('row_allocation'), true);
    scenarios.forEach((s) => cell(tr, allocationText(s.allocation)));
    if (diff) cell(tr, '');
  }

  function renderComparisons(result, body) {
    (result.scenarios || []).forEach((s) => {
      const list = (s.total.comparisons || []).filter((c) => c.value > 0);
      if (!list.length) return;
      const p = el('p', 'fp-comparisons', t('comparisons', { scenario: s.label,
        list: list.map((c) => fmt(c.value) + ' ' + c.label).join(', ') }), body);
      const sources = list.map((c) => c.source).filter((v, i, a) => v && a.indexOf(v) === i);
      if (sources.length) el('small', null, ' ' + t('comparisons_sources', { list: sources.join(t('list_separator')) }), p);
    });
  }

  function renderSources(result) {
    const box = $('fp-sources');
    if (!box) return;
    const list = $('fp-sources-list');
    list.textContent = '';
    const seen = [];
    (result.scenarios || []).forEach((s) => (s.total.sources || []).concat((s.total.comparisons || []).map((c) => c.source))
      .forEach((source) => { if (source && seen.indexOf(source) < 0) seen.push(source); }));
    seen.forEach((source) => el('li', null, source, list));
    box.hidden = seen.length === 0;
  }

  // The chart's words are the calculator's texts (chart_*), read by the core.
  function chartOptions() {
    return JSON.stringify(def.texts || {});
  }

  // ---- Criterion 5 of the assessment grid asks for these figures: the first scenario fills them
  // through the grid's share link (#r=, the answers file in base64url), which works from disk.
  function gridAnswers(input, result) {
    const sc = input.scenarios[0], rs = result.scenarios && result.scenarios[0];
    if (!sc || !rs) return null;
    const years = input.lifetime_years || result.lifetime_years || 1, a = {};
    const round2 = (x) => Math.round(x * 100) / 100;
    const addTo = (key, x) => { a[key] = round2((a[key] || 0) + x); };
    sc.items.forEach((item, i) => {
      const r = rs.items[i];
      if (!r || !r.valid) return;
      if (item.kind === 'compute') {
        const gpu = !!item.gpu || item.gpus !== undefined;
        const hours = r.details.runtime_h * (item.recurrence === 'once' ? (item.count || 1) / years : 1);
        addTo(gpu ? 'q46_heures_gpu' : 'q40_heures_cpu', hours);
        addTo(gpu ? 'q51_emissions_gpu' : 'q45_emissions_cpu', r.co2e_kg);
        if (item.pue !== undefined) a[gpu ? 'q49_pue_gpu' : 'q43_pue_cpu'] = item.pue;
        if (gpu) a.usage_gpu = 'oui';
      } else if (item.kind === 'transfer') {
        a.transfert_donnees = 'oui';
        addTo('q58_volume_transfere', item.gb_per_year || 0);
        addTo('q59_emissions_transfert', r.per_year.co2e_kg);
      } else if (item.kind === 'storage') {
        a.stockage_donnees = 'oui';
        addTo('q53_volume_stocke', item.tb || 0);
      }
    });
    return Object.keys(a).length ? { bank: 'grille-7-criteres', answers: a } : null;
  }
  function linkToGrid(input, result) {
    const link = $('fp-to-grid');
    if (!link) return;
    const file = gridAnswers(input, result);
    link.hidden = !file;
    if (!file) return;
    let binary = '';
    new TextEncoder().encode(JSON.stringify(file)).forEach((b) => { binary += String.fromCharCode(b); });
    link.href = link.getAttribute('href').split('#')[0] + '#r=' + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function renderResults(output, api) {
    const body = $('fp-results-body');
    if (!body) return;
    const result = output.result;
    body.textContent = '';
    const scenarios = result.scenarios || [];
    const counted = scenarios.some((s) => (s.items || []).length);
    $('fp-chart').hidden = !counted;
    $('fp-method').hidden = !counted;
    if (!counted) {
      el('p', null, t('results_empty'), body);
      renderSources(result);
      linkToGrid(output.input, result);
      return;
    }
    renderRequests(result, body);
    renderTable(result, body);
    const sentence = C.comparison(result);
    if (sentence) el('p', 'fp-verdict', sentence + ' ' + t('comparison_question'), body);
    renderComparisons(result, body);
    $('fp-method-text').textContent = result.method + ' ' + result.rounding.description;
    $('fp-versions').textContent = t('method_versions', { method: result.method_version, data: result.data_version,
      ecologits: result.ecologits_version });
    renderSources(result);
    // The chart is the module's, drawn from the same result: its markup escapes every label.
    $('fp-chart-svg').innerHTML = api.footprintChart(JSON.stringify(result), chartOptions());
    linkToGrid(output.input, result);
  }

  // ---- Files: the saved answers (with their input and result), the CSV, the import.
  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type: type }));
    const a = el('a', null, null, document.body);
    a.href = url;
    a.download = name;
    a.click();
    document.body.removeChild(a);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function exportJson() {
    const output = C.output() || {};
    const saved = {
      format: C.format, format_version: 2, calculator: def.id, version: def.version, saved_at: new Date().toISOString(),
      data_version: C.reference && C.reference.data_version, form: C.answers(),
      input: output.input || null, result: output.result || null,
    };
    download(message('json_file'), 'application/json', JSON.stringify(saved, null, 2));
  }

  // The CSV's conventions are the content's: a spreadsheet set to French reads ';' and ','.
  function csvNumber(v) { return typeof v === 'number' ? String(v).replace('.', message('csv_decimal')) : ''; }
  function csvText(s) { return '"' + String(s === undefined || s === null ? '' : s).replace(/"/g, '""') + '"'; }
  function exportCsv() {
    const output = C.output();
    if (!output) return;
    const r = output.result;
    const separator = message('csv_separator');
    const lines = [message('csv_header')];
    (r.scenarios || []).forEach((s) => {
      s.items.forEach((it) => {
        if (!it.valid) return;
        lines.push([csvText(s.label), csvText(it.label), it.kind, it.phase, it.allocation || '', csvNumber(it.energy_kwh),
          csvNumber(it.co2e_kg), csvNumber(it.co2e_low_kg), csvNumber(it.co2e_high_kg), csvNumber(it.co2e_embodied_kg),
          csvNumber(it.water_l)].join(separator));
      });
      const x = s.total;
      lines.push([csvText(s.label), csvText(message('total')), '', '', s.allocation, csvNumber(x.energy_kwh), csvNumber(x.co2e_kg),
        csvNumber(x.co2e_low_kg), csvNumber(x.co2e_high_kg), csvNumber(x.co2e_embodied_kg), csvNumber(x.water_l)].join(separator));
    });
    lines.push(csvText(t('csv_method', { method: r.method_version, data: r.data_version, ecologits: r.ecologits_version,
      years: C.counted(r.lifetime_years, 'year') })));
    download(message('csv_file'), 'text/csv;charset=utf-8', '\ufeff' + lines.join('\r\n') + '\r\n');
  }

  // A saved file holds every answer (older files too: the same names); it replaces the answers.
  function importFile(file) {
    const reader = new FileReader();
    reader.onload = () => {
      let saved = null;
      try { saved = JSON.parse(reader.result); } catch (e) { saved = null; }
      if (!saved || saved.format !== C.format || !saved.form || typeof saved.form !== 'object') {
        C.status(t('status_import_failed'));
        return;
      }
      const changed = saved.data_version && C.reference && saved.data_version !== C.reference.data_version;
      C.replace(saved.form, t('status_imported') +
        (changed ? ' ' + t('status_data_changed', { old: saved.data_version, new: C.reference.data_version }) : ''));
    };
    reader.readAsText(file);
  }

  // ---- The printed report: who, for what, with which assumptions.
  function optionLabel(field, value) {
    const fixed = (field.options || []).filter((o) => o.value === value)[0];
    if (fixed) return fixed.label;
    const ref = C.reference || {};
    const rows = field.from === 'locations' ? (ref.locations || []).map((x) => [x.code, t('option_with_code', { label: x.label, code: x.code })])
      : field.from === 'hardware' ? (ref.hardware || []).map((x) => [x.id, x.label])
        : field.from === 'models' ? ((ref.ecologits || {}).models || []).map((x) => [x.provider + '/' + x.name, x.label])
          : [];
    const row = rows.filter((r) => r[0] === value)[0];
    return row ? row[1] : value;
  }
  // One definition list: each field's label and value ("par défaut" when left empty).
  function fieldList(parent, block, nameOf, answers) {
    const dl = el('dl', 'fp-report-fields', null, parent);
    block.fields.forEach((field) => {
      const value = answers[nameOf(field)];
      el('dt', null, field.label, dl);
      let shown = value === undefined ? null : field.type === 'choice' ? optionLabel(field, value) : value + (field.unit ? ' ' + field.unit : '');
      // An empty choice reads as its first option when that one is the default ("Part d'un serveur partagé…").
      if (shown === null && field.type === 'choice' && field.options && field.options[0] && field.options[0].value === '')
        shown = field.options[0].label;
      el('dd', shown === null ? 'is-default' : null, shown === null ? t('report_default') : shown, dl);
    });
  }
  function buildReport() {
    const box = $('fp-report');
    const answers = C.answers(), output = C.output();
    box.textContent = '';
    el('h3', null, t('report_title'), box);
    const blocks = def.blocks || [];
    blocks.filter((b) => b.scope === 'meta').forEach((b) => {
      el('h4', null, t('report_identification'), box);
      const dl = el('dl', 'fp-report-fields', null, box);
      b.fields.forEach((field) => {
        const v = answers[b.id + '-' + field.id];
        el('dt', null, field.label, dl);
        el('dd', v ? null : 'is-default', v || t('report_not_given'), dl);
      });
    });
    el('h4', null, t('report_assumptions'), box);
    blocks.filter((b) => b.scope === 'project').forEach((b) => fieldList(box, b, (f) => b.id + '-' + f.id, answers));
    (def.scenarios || []).forEach((sc) => {
      const section = el('section', 'fp-report-scenario', null, box);
      el('h5', null, sc.label, section);
      blocks.filter((b) => b.scope === 'scenario').forEach((b) => fieldList(section, b, (f) => sc.prefix + '-' + f.id, answers));
      blocks.filter((b) => b.scope === 'item' && (!b.scenarios || b.scenarios.indexOf(sc.id) >= 0)).forEach((b) => {
        const on = output && output.blocks && output.blocks[sc.prefix + '-' + b.id];
        const p = el('p', 'fp-report-block', on ? b.legend : t('labelled', { label: b.legend, text: t('report_block_off') }), section);
        p.classList.toggle('is-off', !on);
        if (on) fieldList(section, b, (f) => sc.prefix + '-' + b.id + '-' + f.id, answers);
      });
    });
    if (output && output.result) {
      const r = output.result;
      el('p', 'fp-report-method', r.method, box);
      el('p', 'fp-report-versions', t('method_versions', { method: r.method_version, data: r.data_version, ecologits: r.ecologits_version }), box);
    }
  }

  $('fp-export-json').addEventListener('click', exportJson);
  $('fp-export-csv').addEventListener('click', exportCsv);
  $('fp-import').addEventListener('change', (ev) => { if (ev.target.files[0]) importFile(ev.target.files[0]); });
  $('fp-print').addEventListener('click', () => window.print());
  ['fp-export-json', 'fp-export-csv', 'fp-import-wrap', 'fp-print'].forEach((id) => { $(id).hidden = false; });

  C.use({
    render: (output, api) => {
      renderResults(output, api);
      buildReport();
    },
  });
})();
