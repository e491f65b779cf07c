/* footprint-state.js: the footprint calculator's answers, shared by its pages (templates/tools/
 * calculator.mustache: one step of the form per page, then the results page). All answers live in
 * this page's memory and in its address: under file:// pages share no storage, so they travel in
 * the link fragment (#r=, the changed values in base64url JSON) and the step links are rewritten
 * as the user types. Nothing is stored and nothing is sent.
 *
 * The page only reads its fields: the WebAssembly module maps the answers to a footprint input and
 * computes it (GuideFootprint.calculatorAnswers, the same bytes as `guide footprint --answers`),
 * with the calculator's definition (window.GUIDE_FOOTPRINT_FORM, from content/banks/empreinte.yaml)
 * and the reference tables (window.GUIDE_FOOTPRINT_DATA), which the module keeps from the first
 * computation on (GuideFootprint.calculatorLoad): each change sends only the answers. This script shows the errors next to their
 * fields, offers the example (labelled as one, loaded and cleared in one action) and "clear
 * everything", words what every page says of the comparison, and hands the output to the view
 * registered with GuideCalculator.use: footprint-steps.js on a step page (the summary),
 * footprint-result.js on the results page (results, chart, report, files).
 * Classic script, ES2017, no modules, no eval, no inline handlers: CSP script-src 'self'. */
(function () {
  'use strict';
  const page = document.querySelector('.fp-calculator');
  const form = document.getElementById('fp-form');
  if (!page || !form) return;
  // Texts shown to the reader, from content/interface/footprint-state.yaml (written in by the generator).
  const MESSAGES = /* guide:messages */ {};
  const message = window.GuideKit.messages(MESSAGES);  // tool-memory.js
  const FORM = window.GUIDE_FOOTPRINT_FORM;
  const reference = window.GUIDE_FOOTPRINT_DATA;
  const definition = FORM && FORM.definition;
  const texts = (definition && definition.texts) || {};
  const SAVE_FORMAT = 'guide-empreinte';
  const views = [];
  let state = {};          // field name → text, only the fields answered
  let badInput = {};       // fields of this page whose text the browser could not read as a number
  let lastOutput = null;   // the module's output for the current answers
  let timer = null;

  function $(id) { return document.getElementById(id); }
  const { el, fill, toBase64Url, fromBase64Url } = window.GuideKit;  // tool-memory.js
  // A text of the definition with its {placeholders} filled (none for a key it lacks).
  const t = (key, values) => fill(texts[key] || '', values);
  function status(text) { $('fp-status').textContent = text; }

  const fields = {}, stepById = {};
  (FORM ? FORM.fields : []).forEach((f) => { fields[f.name] = f; });
  (FORM ? FORM.steps : []).forEach((s) => { stepById[s.id] = s; });
  const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

  // ---- The fragment: "r=<answers>" and, on a link from the error summary, "&champ=<field name>".
  function fragment() {
    const params = {};
    location.hash.slice(1).split('&').forEach((pair) => {
      const at = pair.indexOf('=');
      if (at <= 0) return;
      try { params[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1)); } catch (e) { /* not ours: ignored */ }
    });
    return params;
  }
  function readAnswers(encoded) {
    try {
      const data = JSON.parse(fromBase64Url(encoded));
      return data && data.format === SAVE_FORMAT && data.form && typeof data.form === 'object' ? data.form : null;
    } catch (e) {
      return null;
    }
  }
  function encodedAnswers() { return toBase64Url(JSON.stringify({ format: SAVE_FORMAT, form: state })); }
  function stepLink(stepId, field) {
    const step = stepById[stepId];
    return (step ? step.url.replace(/^.*\//, '') : '') + '#r=' + encodedAnswers() + (field ? '&champ=' + field : '');
  }
  // The step links and (after a change) this page's own address follow the answers, so that a
  // step link, a reload or a bookmark brings them back.
  function carryAnswers(changed) {
    const encoded = encodedAnswers();
    document.querySelectorAll('a[data-fp-step]').forEach((a) => {
      a.href = a.getAttribute('href').split('#')[0] + '#r=' + encoded;
    });
    if (!changed) return;
    try { history.replaceState(null, '', '#r=' + encoded); } catch (e) { /* the links still carry them */ }
    if (window.GuideToolMemory) window.GuideToolMemory.remember(MEMORY, '#r=' + encoded);
  }

  // The tab's memory (tool-memory.js): an address without answers (a menu link) or with an older
  // copy of them (an earlier step's history entry) gets the latest answers of this tab; a page
  // shown again from the browser's memory with older answers is read anew.
  const MEMORY = (definition && definition.id) || 'empreinte';
  function addressAnswers() { return location.hash.indexOf('#r=') === 0 ? location.hash.split('&')[0] : ''; }
  function arriveFromMemory() {
    const here = addressAnswers();
    const decided = window.GuideToolMemory ? window.GuideToolMemory.arrive(MEMORY, here) : { fragment: here };
    if (decided.fragment === here) return false;
    try { history.replaceState(null, '', decided.fragment); } catch (e) { return false; }
    return true;
  }

  // ---- The answers: only known fields, as text.
  function setAnswers(values) {
    state = {};
    badInput = {};
    if (values && typeof values === 'object') {
      Object.keys(values).forEach((name) => {
        const v = values[name];
        if (own(fields, name) && v !== null && v !== undefined && String(v) !== '') state[name] = String(v);
      });
    }
  }
  function pageFields() {
    return Array.prototype.filter.call(form.elements, (e) => e.name && own(fields, e.name));
  }
  function showAnswers() { pageFields().forEach((e) => { e.value = own(state, e.name) ? state[e.name] : ''; }); }
  function readField(e) {
    if (e.value === '') delete state[e.name];
    else state[e.name] = e.value;
    if (e.validity && e.validity.badInput) badInput[e.name] = true;
    else delete badInput[e.name];
  }

  // ---- The module: the definition and the reference tables are sent to it once (about 75 KB),
  // then only the answers.
  let loadedIn = null;  // the module that holds them
  function loadInto(api) {
    if (loadedIn === api) return;
    api.calculatorLoad('{"calculator":' + JSON.stringify(definition) + ',"reference":' + JSON.stringify(reference) + '}');
    loadedIn = api;
  }
  let modulePromise = null;
  function module() {
    if (modulePromise) return modulePromise;
    const GF = window.GuideFootprint;
    modulePromise = GF && GF.ready ? Promise.resolve(GF.ready).then(() => GF) : Promise.reject(new Error(message('no_module')));
    return modulePromise;
  }
  // What the module reads: a field the browser could not read as a number is sent as "?", which
  // the core reports as not a number, next to the field.
  function request() {
    const answers = Object.assign({}, state);
    Object.keys(badInput).forEach((name) => { answers[name] = '?'; });
    return '{"answers":' + JSON.stringify(answers) + '}';
  }

  // ---- Errors: next to each field of this page (aria-describedby already points there), and in a
  // summary whose links lead to the field, on this page or on the step that holds it.
  function clearErrors() {
    form.querySelectorAll('.fp-error').forEach((box) => { box.textContent = ''; box.hidden = true; });
    form.querySelectorAll('[aria-invalid="true"]').forEach((e) => e.removeAttribute('aria-invalid'));
    $('fp-error-list').textContent = '';
  }
  function scenarioLabel(name) {
    const f = fields[name];
    const sc = f && f.scenario && (definition.scenarios || []).filter((s) => s.id === f.scenario)[0];
    return sc ? t('labelled', { label: sc.label, text: '' }) : '';
  }
  function showErrors(list) {
    const summary = $('fp-error-list');
    list.forEach((err) => {
      const li = el('li', null, null, summary);
      if (!err.name || !fields[err.name]) { li.textContent = err.message; return; }
      const input = $('fp-' + err.name);
      const a = el('a', null, null, li);
      let where = '';
      if (input) {
        const box = $('fp-' + err.name + '-error');
        if (box) { box.textContent = box.textContent ? box.textContent + ' ' + err.message : err.message; box.hidden = false; }
        input.setAttribute('aria-invalid', 'true');
        a.href = '#fp-' + err.name;
      } else {
        const stepId = fields[err.name].step;
        a.href = stepLink(stepId, err.name);
        where = stepById[stepId] ? t('error_step', { title: stepById[stepId].title }) : '';
      }
      const scenario = scenarioLabel(err.name);
      a.textContent = where + (where ? scenario.charAt(0).toLowerCase() + scenario.slice(1) : scenario) + err.message;
    });
    $('fp-error-summary').hidden = list.length === 0;
  }
  // A block that does not count ("aucun", or nothing filled) is shown dimmed.
  function showBlocks(blocks) {
    Object.keys(blocks || {}).forEach((id) => {
      const box = $('fp-' + id);
      if (box) box.classList.toggle('fp-block-off', !blocks[id]);
    });
  }

  // ---- Computing: synchronous once the module is ready (the benchmark times this).
  function computeNow(api, moveFocus, note) {
    loadInto(api);
    const text = api.calculatorAnswers(request());
    const output = JSON.parse(text);
    lastOutput = output;
    clearErrors();
    const errors = output.errors || [];
    showErrors(errors);
    showBlocks(output.blocks);
    showAllocation(output.result);
    showEmbodiedMissing(output.result);
    views.forEach((view) => view.render(output, api));
    status((note ? note + ' ' : '') + (errors.length ? t('status_errors', { count: counted(errors.length, 'value') }) : t('status_ok')));
    if (moveFocus) (errors.length ? $('fp-error-summary') : $('fp-results-title')).focus();
    return output;
  }
  function compute(moveFocus, note) {
    return module().then((api) => computeNow(api, moveFocus, note)).catch((err) => {
      status(t('status_unavailable', { reason: err.message }));
    });
  }
  function scheduleCompute() {
    clearTimeout(timer);
    timer = setTimeout(() => compute(false), 250);
  }

  // ---- Words every page uses: numbers in French, how the scenarios are counted, the comparison.
  function fmt(value, decimals) {
    if (typeof value !== 'number' || !isFinite(value)) return '—';
    if (decimals === undefined) {
      const a = Math.abs(value);
      decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a >= 0.01 ? 3 : 6;
    }
    return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: decimals }).format(value);
  }
  // A count and its noun from the texts ("year" → year_one / year_many), singular below 2.
  function counted(value, noun) {
    return fmt(value) + '\u00a0' + t(Math.abs(value) < 2 ? noun + '_one' : noun + '_many');
  }
  function signed(value, unit) {
    return (value > 0 ? '+' : value < 0 ? '−' : '') + fmt(Math.abs(value)) + (unit ? '\u00a0' + unit : '');
  }
  function percent(pct) { return pct === null || pct === undefined ? '' : t('percent', { value: signed(pct, '') }); }
  function allocationText(id) { return t(id === 'dedicated' ? 'allocation_dedicated' : 'allocation_shared'); }
  // The comparison, worded the same whichever side emits less.
  function comparison(result) {
    const diff = (result.differences || [])[0];
    const scenarios = result.scenarios || [];
    if (!diff) return '';
    const base = scenarios.filter((s) => s.id === diff.baseline)[0];
    const other = scenarios.filter((s) => s.id === diff.scenario)[0];
    if (!base || !other) return '';
    if (diff.co2e_kg === 0) return t('comparison_equal');
    return t(diff.co2e_kg > 0 ? 'comparison_more' : 'comparison_less',
      { scenario: other.label, other: base.label, value: fmt(Math.abs(diff.co2e_kg)), percent: percent(diff.co2e_pct) });
  }
  // How the scenarios are counted: one sentence, or a visible warning when they differ.
  function showAllocation(result) {
    const box = $('fp-allocation');
    if (!box) return;
    const scenarios = result.scenarios || [];
    const diff = (result.differences || [])[0];
    box.hidden = !scenarios.some((s) => (s.items || []).length);
    if (box.hidden) return;
    const different = diff && diff.same_allocation === false;
    box.classList.toggle('fp-warning', !!different);
    box.setAttribute('role', different ? 'alert' : 'note');
    if (different) {
      const a = scenarios.filter((s) => s.id === diff.scenario)[0], b = scenarios.filter((s) => s.id === diff.baseline)[0];
      box.textContent = t('allocation_warning', { scenario: a.label, method: allocationText(a.allocation),
        other: b.label, other_method: allocationText(b.allocation) });
    } else {
      box.textContent = t('allocation_same', { method: allocationText(scenarios[0].allocation) });
    }
  }

  // Cards whose manufacturing the data cannot count (no published figure): named in a visible
  // warning, since their scenario would otherwise look lighter than it is.
  function showEmbodiedMissing(result) {
    const box = $('fp-embodied-missing');
    if (!box) return;
    const names = [];
    (result.scenarios || []).forEach((s) => (s.items || []).forEach((item) => {
      const name = item.details && item.details.embodied_missing_hardware;
      if (name && names.indexOf(name) < 0) names.push(name);
    }));
    box.hidden = !names.length;
    box.textContent = names.length ? t('embodied_missing', { hardware: names.join(', ') }) : '';
  }

  // ---- The example: a set of answers labelled as such, never counted silently as the user's.
  const example = definition && definition.example && definition.example.answers;
  function isExample() {
    if (!example) return false;
    const a = Object.keys(state), b = Object.keys(example);
    return a.length === b.length && b.every((k) => String(example[k]) === state[k]);
  }
  function showExample() {
    if (!example || !$('fp-example')) return;
    const loaded = isExample();
    $('fp-example').hidden = false;
    $('fp-example-banner').hidden = !loaded;
    $('fp-example-load').hidden = loaded;
    $('fp-example-clear').hidden = !loaded;
  }
  // Replaces every answer (the example, a saved file, a clear) and computes again.
  function replace(values, note) {
    setAnswers(values);
    showAnswers();
    carryAnswers(true);
    showExample();
    return compute(false, note);
  }

  // What the views share.
  window.GuideCalculator = {
    definition: definition,
    reference: reference,
    fields: fields,
    format: SAVE_FORMAT,
    t: t,
    el: el,
    status: status,
    answers: () => Object.assign({}, state),
    output: () => lastOutput,
    use: (view) => { views.push(view); },
    replace: replace,
    computeNow: (api) => computeNow(api, false),
    fmt: fmt,
    counted: counted,
    signed: signed,
    percent: percent,
    allocationText: allocationText,
    comparison: comparison,
  };

  // ---- Start: answers from the fragment, the JS-only controls, focus, first computation.
  if ($('fp-clear')) $('fp-clear').hidden = false;
  if ($('fp-nojs')) $('fp-nojs').hidden = true;
  if (!reference || !FORM || !definition) { status(t('status_no_data') || message('no_data')); return; }
  arriveFromMemory();
  if (window.GuideToolMemory) window.GuideToolMemory.watch(() => { if (arriveFromMemory()) location.reload(); });
  const params = fragment();
  setAnswers(params.r ? readAnswers(params.r) : null);
  showAnswers();
  carryAnswers(false);
  showExample();
  // Arriving from a step link: start at the step's heading, or at the field an error pointed to.
  if (params.champ && $('fp-' + params.champ)) $('fp-' + params.champ).focus();
  else if ('r' in params) $('fp-title').focus();

  form.addEventListener('submit', (ev) => { ev.preventDefault(); clearTimeout(timer); compute(true); });
  function onEdit(ev) {
    if (!ev.target.name || !own(fields, ev.target.name)) return;
    readField(ev.target);
    carryAnswers(true);
    showExample();
    scheduleCompute();
  }
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  if ($('fp-example-load')) $('fp-example-load').addEventListener('click', () => replace(example, t('status_example')));
  if ($('fp-example-clear')) $('fp-example-clear').addEventListener('click', () => replace({}, t('status_cleared')));
  if ($('fp-clear')) {
    $('fp-clear').addEventListener('click', () => {
      if (Object.keys(state).length && !window.confirm(t('clear_confirm'))) return;
      replace({}, t('status_cleared'));
    });
  }
  // The other scripts register their views before the module is ready.
  setTimeout(() => compute(false), 0);
})();
