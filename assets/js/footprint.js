/* Footprint calculator pages (templates/calculator.mustache): one step of the form per page, then
 * the results page. Every page holds the answers of all the steps (window.GUIDE_FOOTPRINT_FORM, from
 * assets/footprint-data.js, gives each field's step and default), shows and edits its own fields,
 * and carries the rest in the URL fragment (#r=, the changed values in base64url JSON): the step
 * links are rewritten as the user types, so answers travel from page to page, from file:// too,
 * with nothing written to storage. Each page asks the WebAssembly module (GuideFootprint) for the
 * result (the same bytes as `guide footprint`) and shows it: a summary on the steps; totals, the
 * core's SVG chart, the link to the grid and the method on the results page; per-field errors
 * everywhere, linked to the step that holds the field. JSON and CSV downloads, import of a saved file.
 * Classic script, no modules, no eval, no inline handlers: CSP script-src 'self'. */
(function () {
  'use strict';

  var page = document.querySelector('.fp-calculator');
  var form = document.getElementById('fp-form');
  if (!page || !form) return;
  var reference = window.GUIDE_FOOTPRINT_DATA;
  var FORM = window.GUIDE_FOOTPRINT_FORM;
  var SCENARIOS = [{ prefix: 'avec', id: 'avec-ia', label: 'Avec IA' }, { prefix: 'sans', id: 'sans-ia', label: 'Sans IA' }];
  var SAVE_FORMAT = 'guide-empreinte';
  var lastRun = null;  // {input, result} of the latest computation, for the exports

  function $(id) { return document.getElementById(id); }

  // ---- The answers of every step: defaults, then what the fragment or a saved file says.
  var defaults = {}, stepOf = {}, choice = {}, stepById = {};
  (FORM ? FORM.fields : []).forEach(function (f) {
    defaults[f.name] = f.value;
    stepOf[f.name] = f.step;
    if (f.choice) choice[f.name] = true;
  });
  (FORM ? FORM.steps : []).forEach(function (s) { stepById[s.id] = s; });
  var state = {};
  var badInput = {};  // fields of this page whose text the browser could not read as a number

  function resetState(values) {
    state = {};
    Object.keys(defaults).forEach(function (name) {
      var v = values && Object.prototype.hasOwnProperty.call(values, name) ? values[name] : defaults[name];
      state[name] = v === null || v === undefined ? '' : String(v);
    });
    badInput = {};
  }

  function base64url(text) {
    var binary = '';
    new TextEncoder().encode(text).forEach(function (b) { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function fromBase64url(text) {
    var binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder().decode(bytes);
  }

  // The fragment: "r=<answers>" and, on a link from the error summary, "&champ=<field name>".
  function fragment() {
    var params = {};
    location.hash.slice(1).split('&').forEach(function (pair) {
      var at = pair.indexOf('=');
      if (at <= 0) return;
      try { params[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1)); } catch (e) { /* not ours: ignored */ }
    });
    return params;
  }
  function readAnswers(encoded) {
    try {
      var data = JSON.parse(fromBase64url(encoded));
      return data && data.format === SAVE_FORMAT && data.form && typeof data.form === 'object' ? data.form : null;
    } catch (e) {
      return null;
    }
  }
  // Only what differs from the defaults travels: the links stay short.
  function encodedAnswers() {
    var changed = {};
    Object.keys(defaults).forEach(function (name) { if (state[name] !== defaults[name]) changed[name] = state[name]; });
    return base64url(JSON.stringify({ format: SAVE_FORMAT, form: changed }));
  }
  function stepLink(stepId, field) {
    var step = stepById[stepId];
    return (step ? step.url.replace(/^.*\//, '') : '') + '#r=' + encodedAnswers() + (field ? '&champ=' + field : '');
  }

  // The step links and (after a change) this page's own address follow the answers, so that a
  // step link, a reload or a bookmark brings them back.
  function carryAnswers(changed) {
    var encoded = encodedAnswers();
    var links = document.querySelectorAll('a[data-fp-step]');
    for (var i = 0; i < links.length; i++) {
      links[i].href = links[i].getAttribute('href').split('#')[0] + '#r=' + encoded;
    }
    if (!changed) return;
    try { history.replaceState(null, '', '#r=' + encoded); } catch (e) { /* the links still carry them */ }
    if (window.GuideToolMemory) window.GuideToolMemory.remember(MEMORY, '#r=' + encoded);
  }

  // The tab's memory (tool-memory.js): an address without answers (a menu link) or with an older
  // copy of them (an earlier step's history entry) gets the latest answers of this tab; a page
  // shown again from the browser's memory with older answers is read anew.
  var MEMORY = 'empreinte';
  function addressAnswers() { return location.hash.indexOf('#r=') === 0 ? location.hash.split('&')[0] : ''; }
  function arriveFromMemory() {
    var here = addressAnswers();
    var decided = window.GuideToolMemory ? window.GuideToolMemory.arrive(MEMORY, here) : { fragment: here };
    if (decided.fragment === here) return false;
    try { history.replaceState(null, '', decided.fragment); } catch (e) { return false; }
    return true;
  }

  // ---- The fields of this page.
  function pageFields() {
    var list = [];
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (el.name && Object.prototype.hasOwnProperty.call(defaults, el.name)) list.push(el);
    }
    return list;
  }
  function showState() {
    pageFields().forEach(function (el) { el.value = state[el.name]; });
  }
  function readField(el) {
    state[el.name] = el.value;
    if (el.validity && el.validity.badInput) badInput[el.name] = true;
    else delete badInput[el.name];
  }

  // ---- Access to the core.
  var corePromise = null;
  function core() {
    if (corePromise) return corePromise;
    var GF = window.GuideFootprint;
    corePromise = GF && GF.ready
      ? Promise.resolve(GF.ready).then(function () {
        return { footprint: GF.footprint, chart: GF.footprintChart };
      })
      : Promise.reject(new Error('module de calcul absent'));
    return corePromise;
  }

  // ---- Number display (French), with as many decimals as the size of the number deserves.
  function fmt(value, decimals) {
    if (typeof value !== 'number' || !isFinite(value)) return '—';
    if (decimals === undefined) {
      var a = Math.abs(value);
      decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a >= 0.01 ? 3 : 6;
    }
    return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: decimals }).format(value);
  }
  // A count and its noun, singular below 2 as French has it ("1,5 an", "1 valeur", "3 ans").
  function counted(value, one, many) {
    return fmt(value) + '\u00a0' + (Math.abs(value) < 2 ? one : many);
  }
  function signed(value, unit) {
    return (value > 0 ? '+' : value < 0 ? '−' : '') + fmt(Math.abs(value)) + (unit ? '\u00a0' + unit : '');
  }
  function percent(pct) { return pct === null || pct === undefined ? '' : ' (' + signed(pct, '') + '\u00a0%)'; }

  function hardwareType(id) {
    var list = (reference && reference.hardware) || [];
    for (var i = 0; i < list.length; i++) if (list[i].id === id) return list[i].type;
    return '';
  }

  // ---- Answers → input JSON, remembering which field each JSON pointer comes from.
  function value(name) { return (state[name] || '').trim(); }
  function number(name, clientErrors) {
    var text = value(name);
    if (badInput[name] || (text !== '' && !isFinite(Number(text)))) {
      clientErrors.push({ name: name, message: 'Saisissez un nombre (chiffres et, au besoin, une virgule décimale).' });
      return undefined;
    }
    return text === '' ? undefined : Number(text);
  }

  function buildInput() {
    var map = {}, clientErrors = [];
    var input = {};
    var lifetime = number('projet-lifetime_years', clientErrors);
    var price = number('projet-carbon_price', clientErrors);
    if (lifetime !== undefined) input.lifetime_years = lifetime;
    if (price !== undefined) input.carbon_price_eur_per_t = price;
    map['/lifetime_years'] = 'projet-lifetime_years';
    map['/carbon_price_eur_per_t'] = 'projet-carbon_price';
    input.scenarios = [];

    SCENARIOS.forEach(function (sc, si) {
      var p = sc.prefix + '-';
      var items = [];
      var grid = {};
      var location = value(p + 'location'), ci = number(p + 'carbon_intensity', clientErrors), pue = number(p + 'pue', clientErrors);
      if (location) grid.location = location;
      if (ci !== undefined) grid.carbon_intensity = ci;
      if (pue !== undefined) grid.pue = pue;

      // A block counts when one of its number fields, or one of the choices named, is filled.
      function filled(block, choices) {
        var names = Object.keys(defaults).filter(function (n) { return n.indexOf(p + block + '-') === 0 && !choice[n]; });
        for (var i = 0; i < names.length; i++) if (value(names[i]) !== '' || badInput[names[i]]) return true;
        for (var j = 0; j < (choices || []).length; j++) if (value(p + choices[j])) return true;
        return false;
      }
      function add(item, fields, energy) {
        var base = '/scenarios/' + si + '/items/' + items.length;
        if (energy) {
          Object.keys(grid).forEach(function (k) { item[k] = grid[k]; });
          fields.location = p + 'location';
          fields.carbon_intensity = p + 'carbon_intensity';
          fields.pue = p + 'pue';
        }
        Object.keys(fields).forEach(function (k) { map[base + '/' + k] = fields[k]; });
        map[base] = fields._first;
        items.push(item);
      }
      function set(item, fields, key, name) {
        var v = number(name, clientErrors);
        fields[key] = name;
        if (v !== undefined) item[key] = v;
      }
      // A machine: a CPU model (units are cores) or a GPU model (units are cards).
      function machine(item, fields, prefix) {
        var hw = value(prefix + 'hardware'), type = hardwareType(hw);
        var countKey = type === 'gpu' ? 'gpus' : 'cores', tdpKey = type === 'gpu' ? 'tdp_per_gpu_w' : 'tdp_per_core_w';
        if (hw) {
          var hwKey = type === 'gpu' ? 'gpu' : type === 'cpu' ? 'cpu' : 'hardware';
          item[hwKey] = hw;
          fields[hwKey] = prefix + 'hardware';
        }
        set(item, fields, countKey, prefix + 'units');
        set(item, fields, tdpKey, prefix + 'tdp');
      }

      if (filled('train', ['train-hardware'])) {
        var t = { kind: 'compute', label: 'Entraînement ou affinage', phase: 'build', recurrence: 'once' };
        var tf = { _first: p + 'train-hardware', kind: p + 'train-hardware' };
        machine(t, tf, p + 'train-');
        set(t, tf, 'runtime_h', p + 'train-runtime_h');
        set(t, tf, 'memory_gb', p + 'train-memory_gb');
        set(t, tf, 'count', p + 'train-count');
        add(t, tf, true);
      }
      if (filled('infer', [])) {
        var inf = { kind: 'inference', label: 'Inférence du modèle de langage' };
        var inff = { _first: p + 'infer-model', model: p + 'infer-model', total_params_b: p + 'infer-active_params_b' };
        if (value(p + 'infer-model')) inf.model = value(p + 'infer-model');
        set(inf, inff, 'active_params_b', p + 'infer-active_params_b');
        set(inf, inff, 'input_tokens', p + 'infer-input_tokens');
        set(inf, inff, 'output_tokens', p + 'infer-output_tokens');
        set(inf, inff, 'requests_per_year', p + 'infer-requests_per_year');
        add(inf, inff, true);
      }
      if (filled('run', ['run-hardware'])) {
        var r = { kind: 'compute', label: 'Calcul en production', phase: 'use', recurrence: 'per_year' };
        var rf = { _first: p + 'run-hardware' };
        machine(r, rf, p + 'run-');
        var usage = number(p + 'run-usage', clientErrors);
        if (usage !== undefined) { if (r.gpu) r.gpu_usage = usage; else r.usage = usage; }
        rf.usage = rf.gpu_usage = p + 'run-usage';
        set(r, rf, 'runtime_h', p + 'run-runtime_h');
        set(r, rf, 'memory_gb', p + 'run-memory_gb');
        add(r, rf, true);
      }
      if (filled('storage', [])) {
        var s = { kind: 'storage', label: 'Stockage des données', media: value(p + 'storage-media') || 'ssd' };
        var sf = { _first: p + 'storage-tb', media: p + 'storage-media' };
        set(s, sf, 'tb', p + 'storage-tb');
        set(s, sf, 'replication', p + 'storage-replication');
        add(s, sf, true);
      }
      if (filled('transfer', [])) {
        var tr = { kind: 'transfer', label: 'Transfert de données' };
        var trf = { _first: p + 'transfer-gb_per_year' };
        set(tr, trf, 'gb_per_year', p + 'transfer-gb_per_year');
        add(tr, trf, true);
      }
      if (filled('equip', ['equip-hardware'])) {
        var e = { kind: 'equipment', label: 'Fabrication du matériel' };
        var ef = { _first: p + 'equip-hardware', hardware: p + 'equip-hardware' };
        if (value(p + 'equip-hardware')) e.hardware = value(p + 'equip-hardware');
        set(e, ef, 'quantity', p + 'equip-quantity');
        set(e, ef, 'embodied_kgco2e', p + 'equip-embodied_kgco2e');
        set(e, ef, 'share', p + 'equip-share');
        add(e, ef, false);
      }
      map['/scenarios/' + si] = p + 'location';
      input.scenarios.push({ id: sc.id, label: sc.label, items: items });
    });
    input.baseline = 'sans-ia';
    return { input: input, map: map, clientErrors: clientErrors };
  }

  // ---- Errors: next to each field of this page (aria-describedby already points there), and in
  // a summary whose links lead to the field, on this page or on the step that holds it.
  function clearErrors() {
    var shown = form.querySelectorAll('.fp-error');
    for (var i = 0; i < shown.length; i++) { shown[i].textContent = ''; shown[i].hidden = true; }
    var invalid = form.querySelectorAll('[aria-invalid="true"]');
    for (var j = 0; j < invalid.length; j++) invalid[j].removeAttribute('aria-invalid');
    $('fp-error-list').textContent = '';
    // The summary stays visible until showErrors decides: hiding it would drop its focus.
  }

  function fieldFor(pointer, map) {
    var p = pointer;
    while (p) {
      if (map[p]) return map[p];
      p = p.slice(0, p.lastIndexOf('/'));
    }
    return null;
  }

  // One message per field: a scenario's PUE or location is copied into each of its items, so the
  // core may report the same field several times.
  function unique(list) {
    var seen = {};
    return list.filter(function (err) {
      var key = (err.name || '') + '\n' + err.message;
      if (seen[key]) return false;
      seen[key] = true;
      return true;
    });
  }

  function showErrors(list) {
    var summary = $('fp-error-list');
    list.forEach(function (err) {
      var li = document.createElement('li');
      if (err.name) {
        var el = $('fp-' + err.name);
        var a = document.createElement('a');
        var where = '';
        if (el) {
          var box = $('fp-' + err.name + '-error');
          if (box) {
            box.textContent = box.textContent ? box.textContent + ' ' + err.message : err.message;
            box.hidden = false;
          }
          el.setAttribute('aria-invalid', 'true');
          a.href = '#fp-' + err.name;
        } else {
          var step = stepById[stepOf[err.name]];
          a.href = stepLink(stepOf[err.name], err.name);
          where = step ? 'Étape « ' + step.title + ' », ' : '';
        }
        var scenario = err.name.indexOf('avec-') === 0 ? 'Avec IA : ' : err.name.indexOf('sans-') === 0 ? 'Sans IA : ' : '';
        a.textContent = where + (where ? scenario.charAt(0).toLowerCase() + scenario.slice(1) : scenario) + err.message;
        li.appendChild(a);
      } else {
        li.textContent = err.message;
      }
      summary.appendChild(li);
    });
    $('fp-error-summary').hidden = list.length === 0;
  }

  // ---- Results.
  function cell(tr, text, header) {
    var c = document.createElement(header ? 'th' : 'td');
    if (header) c.scope = 'row';
    c.textContent = text;
    tr.appendChild(c);
  }

  // "Avec IA émet … de plus que …": the comparison every page shows.
  function comparison(result) {
    var diff = (result.differences || [])[0];
    var scenarios = result.scenarios || [];
    if (!diff) return '';
    var base = scenarios.filter(function (s) { return s.id === diff.baseline; })[0];
    var other = scenarios.filter(function (s) { return s.id === diff.scenario; })[0];
    if (!base || !other) return '';
    return other.label + ' émet ' + fmt(Math.abs(diff.co2e_kg)) + '\u00a0kg CO2e ' +
      (diff.co2e_kg >= 0 ? 'de plus' : 'de moins') + ' que le scénario « ' + base.label + ' »' + percent(diff.co2e_pct) +
      ' sur la durée de vie du projet.';
  }

  function renderSummary(result) {
    var box = $('fp-summary');
    if (!box) return;
    var scenarios = result.scenarios || [];
    if (!scenarios.length) { box.textContent = 'Aucun résultat : complétez les étapes.'; return; }
    box.textContent = scenarios.map(function (s) { return s.label + ' : ' + fmt(s.total.co2e_kg) + '\u00a0kg CO2e'; }).join(' ; ') +
      ' sur ' + counted(result.lifetime_years, 'an', 'ans') + '. ' + comparison(result);
  }

  function renderResult(result) {
    var body = $('fp-results-body');
    if (!body) return;
    body.textContent = '';
    var scenarios = result.scenarios || [];
    if (!scenarios.length) return;
    var diff = (result.differences || [])[0];
    var table = document.createElement('table');
    table.className = 'fp-table';
    var caption = document.createElement('caption');
    caption.textContent = 'Sur ' + counted(result.lifetime_years, 'an', 'ans') + ' de vie du projet';
    table.appendChild(caption);
    var head = document.createElement('tr');
    var corner = document.createElement('td');
    head.appendChild(corner);
    scenarios.forEach(function (s) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = s.label;
      head.appendChild(th);
    });
    if (diff) { var thd = document.createElement('th'); thd.scope = 'col'; thd.textContent = 'Différence'; head.appendChild(thd); }
    var thead = document.createElement('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var tbody = document.createElement('tbody');
    var rows = [
      ['Émissions (kg CO2e)', function (t) { return fmt(t.co2e_kg); }, diff && signed(diff.co2e_kg, 'kg') + percent(diff.co2e_pct)],
      ['Fourchette basse – haute (kg CO2e)', function (t) { return fmt(t.co2e_low_kg) + ' – ' + fmt(t.co2e_high_kg); }, ''],
      ['dont construction (kg CO2e)', function (t) { return fmt(t.by_phase.build.co2e_kg); }, ''],
      ['dont usage (kg CO2e)', function (t) { return fmt(t.by_phase.use.co2e_kg); }, ''],
      ['dont fabrication du matériel (kg CO2e)', function (t) { return fmt(t.co2e_embodied_kg); }, ''],
      ['Par an (kg CO2e)', function (t) { return fmt(t.per_year.co2e_kg); }, diff && signed(diff.per_year_co2e_kg, 'kg')],
      ['Électricité (kWh)', function (t) { return fmt(t.energy_kwh); }, diff && signed(diff.energy_kwh, 'kWh')],
      ['Eau (litres)', function (t) { return fmt(t.water_l); }, diff && signed(diff.water_l, 'L')],
      ['Coût des externalités (€, à ' + fmt(result.carbon_price_eur_per_t) + ' € la tonne)', function (t) { return fmt(t.external_cost_eur, 2); }, diff && signed(diff.external_cost_eur, '€')]
    ];
    rows.forEach(function (row) {
      var tr = document.createElement('tr');
      cell(tr, row[0], true);
      scenarios.forEach(function (s) { cell(tr, row[1](s.total)); });
      if (diff) cell(tr, row[2] || '');
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    body.appendChild(table);

    var sentence = comparison(result);
    if (sentence) {
      var verdict = document.createElement('p');
      verdict.className = 'fp-verdict';
      verdict.textContent = sentence + ' Le bénéfice attendu de l’IA justifie-t-il cet écart ?';
      body.appendChild(verdict);
    }
    scenarios.forEach(function (s) {
      var list = (s.total.comparisons || []).filter(function (c) { return c.value > 0; });
      if (!list.length) return;
      var p = document.createElement('p');
      p.className = 'fp-comparisons';
      p.textContent = s.label + ' : autant que ' + list.map(function (c) { return fmt(c.value) + ' ' + c.label; }).join(', ') + '.';
      var small = document.createElement('small');
      small.textContent = ' Sources : ' + list.map(function (c) { return c.source; }).filter(function (v, i, a) { return a.indexOf(v) === i; }).join(' ; ') + '.';
      p.appendChild(small);
      body.appendChild(p);
    });
    $('fp-method-text').textContent = result.method + ' Méthode ' + result.method_version + ', données ' +
      result.data_version + '. ' + result.rounding.description;
    $('fp-method').hidden = false;
  }

  function renderChart(api, resultText) {
    var box = $('fp-chart-svg');
    if (!box) return;
    var svg = api.chart ? api.chart(resultText) : '';
    box.innerHTML = svg;  // markup made by the core, which escapes every label
    $('fp-chart').hidden = !svg;
  }

  // ---- Criterion 5 of the assessment grid asks for these figures: the "Avec IA" scenario fills
  // them through the grid's share link (#r=, the answers file in base64url), which works from disk.
  function gridAnswers(input, result) {
    var si = 0, sc = input.scenarios[si], rs = result.scenarios && result.scenarios[si];
    if (!sc || !rs) return null;
    var years = input.lifetime_years || result.lifetime_years || 1, a = {};
    function round2(x) { return Math.round(x * 100) / 100; }
    function addTo(key, x) { a[key] = round2((a[key] || 0) + x); }
    sc.items.forEach(function (item, i) {
      var r = rs.items[i];
      if (!r || !r.valid) return;
      if (item.kind === 'compute') {
        var gpu = !!item.gpu, hours = (item.runtime_h || 0) * (item.recurrence === 'once' ? (item.count || 1) / years : 1);
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
    var link = $('fp-to-grid');
    if (!link) return;
    var file = gridAnswers(input, result);
    link.hidden = !file;
    if (!file) return;
    var binary = '';
    new TextEncoder().encode(JSON.stringify(file)).forEach(function (b) { binary += String.fromCharCode(b); });
    link.href = link.getAttribute('href').split('#')[0] +
      '#r=' + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  // ---- Computing.
  function compute(moveFocus, note) {
    var built = buildInput();
    core().then(function (api) {
      var input = built.input;
      var full = JSON.parse(JSON.stringify(input));
      full.reference = reference;
      var text = api.footprint(JSON.stringify(full));
      var result = JSON.parse(text);
      lastRun = { input: input, result: result };
      clearErrors();
      var errors = unique(built.clientErrors.concat(result.errors.map(function (e) {
        return { name: fieldFor(e.field, built.map), message: e.message };
      })));
      showErrors(errors);
      renderSummary(result);
      renderResult(result);
      renderChart(api, text);
      linkToGrid(input, result);
      $('fp-status').textContent = (note ? note + ' ' : '') +
        (errors.length ? counted(errors.length, 'valeur', 'valeurs') + ' à corriger\u202f; les blocs concernés ne sont pas comptés.' : 'Résultats à jour.');
      if (moveFocus) (errors.length ? $('fp-error-summary') : $('fp-results-title')).focus();
    }).catch(function (err) {
      $('fp-status').textContent = 'Le calcul n’est pas disponible dans ce navigateur (' + err.message + ').';
    });
  }

  var timer = null;
  function scheduleCompute() {
    clearTimeout(timer);
    timer = setTimeout(function () { compute(false); }, 300);
  }

  // ---- Save, export, import.
  function download(name, type, content) {
    var url = URL.createObjectURL(new Blob([content], { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function exportJson() {
    var run = lastRun || {};
    var saved = {
      format: SAVE_FORMAT, format_version: 1, saved_at: new Date().toISOString(),
      data_version: reference && reference.data_version, form: JSON.parse(JSON.stringify(state)),
      input: run.input || buildInput().input, result: run.result || null
    };
    download('empreinte-ia.json', 'application/json', JSON.stringify(saved, null, 2));
  }

  function csvNumber(v) { return typeof v === 'number' ? String(v).replace('.', ',') : ''; }
  function csvText(s) { return '"' + String(s === undefined || s === null ? '' : s).replace(/"/g, '""') + '"'; }

  function exportCsv() {
    if (!lastRun) return;
    var r = lastRun.result;
    var lines = [['scenario', 'element', 'type', 'phase', 'energie_kwh', 'co2e_kg', 'co2e_bas_kg', 'co2e_haut_kg', 'fabrication_kgco2e', 'eau_l'].join(';')];
    (r.scenarios || []).forEach(function (s) {
      s.items.forEach(function (it) {
        if (!it.valid) return;
        lines.push([csvText(s.label), csvText(it.label), it.kind, it.phase, csvNumber(it.energy_kwh), csvNumber(it.co2e_kg),
          csvNumber(it.co2e_low_kg), csvNumber(it.co2e_high_kg), csvNumber(it.co2e_embodied_kg), csvNumber(it.water_l)].join(';'));
      });
      var t = s.total;
      lines.push([csvText(s.label), csvText('Total'), '', '', csvNumber(t.energy_kwh), csvNumber(t.co2e_kg),
        csvNumber(t.co2e_low_kg), csvNumber(t.co2e_high_kg), csvNumber(t.co2e_embodied_kg), csvNumber(t.water_l)].join(';'));
    });
    lines.push(csvText('Méthode ' + r.method_version + ', données ' + r.data_version + ', durée de vie ' + r.lifetime_years + (Math.abs(r.lifetime_years) < 2 ? ' an' : ' ans')));
    download('empreinte-ia.csv', 'text/csv;charset=utf-8', '\ufeff' + lines.join('\r\n') + '\r\n');
  }

  // A saved file holds every field (older files too: the same names); it replaces the answers.
  function importFile(file) {
    var reader = new FileReader();
    reader.onload = function () {
      var saved;
      try { saved = JSON.parse(reader.result); } catch (e) { saved = null; }
      if (!saved || saved.format !== SAVE_FORMAT || !saved.form || typeof saved.form !== 'object') {
        $('fp-status').textContent = 'Ce fichier n’est pas une saisie enregistrée par ce calculateur.';
        return;
      }
      resetState(saved.form);
      showState();
      carryAnswers(true);
      var note = saved.data_version && reference && saved.data_version !== reference.data_version
        ? ' Les données de référence ont changé depuis (' + saved.data_version + ' → ' + reference.data_version + ') : les résultats peuvent différer.' : '';
      compute(false, 'Saisie reprise.' + note);
    };
    reader.readAsText(file);
  }

  // ---- Start: answers from the fragment, the JS-only controls, focus, first computation.
  ['fp-export-json', 'fp-export-csv', 'fp-import-wrap'].forEach(function (id) { if ($(id)) $(id).hidden = false; });
  if ($('fp-nojs')) $('fp-nojs').hidden = true;
  if (!reference || !FORM) {
    $('fp-status').textContent = 'Les données de référence (footprint-data.js) sont absentes : le calcul est impossible.';
    return;
  }
  arriveFromMemory();
  if (window.GuideToolMemory) window.GuideToolMemory.watch(function () { if (arriveFromMemory()) location.reload(); });
  var params = fragment();
  resetState(params.r ? readAnswers(params.r) : null);
  showState();
  carryAnswers(false);
  // Arriving from a step link: start at the step's heading, or at the field an error pointed to.
  if (params.champ && $('fp-' + params.champ)) $('fp-' + params.champ).focus();
  else if ('r' in params) $('fp-title').focus();

  form.addEventListener('submit', function (ev) { ev.preventDefault(); clearTimeout(timer); compute(true); });
  function onEdit(ev) {
    if (!ev.target.name || !Object.prototype.hasOwnProperty.call(defaults, ev.target.name)) return;
    readField(ev.target);
    carryAnswers(true);
    scheduleCompute();
  }
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  $('fp-export-json').addEventListener('click', exportJson);
  $('fp-export-csv').addEventListener('click', exportCsv);
  $('fp-import').addEventListener('change', function (ev) { if (ev.target.files[0]) importFile(ev.target.files[0]); });
  compute(false);
})();
