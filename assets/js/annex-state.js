/* The selection of the annex tools (clause annex, sourcing questionnaire), shared by every step
   page. It lives in the URL fragment — #profils=…&pieces=…&sans=…&avec=…&<parameter>=… for the
   clauses, #profils=…&themes=… for the questionnaire, and the identification printed on the
   document (id-organisation=…, GuideIdentification in tool-memory.js) — because under file:// Firefox gives each
   page its own storage: the fragment is what carries the choices from one step to the next, and
   what a bookmark or a shared link keeps. The tab's memory (tool-memory.js) tells when the
   address holds an older copy of the selection (an earlier step's history entry) or none (a menu
   link back to the tool): the latest selection then replaces it. Nothing is sent.
   This script reads and writes the fragment, numbers the steps of the selection ("Étape n sur N"),
   points the previous/next links past the steps it leaves out and adds it to every step link.
   The page scripts (annex-builder.js, annex.js) go through window.GuideAnnexState.
   Classic script, no eval, no innerHTML: the pages run under a strict CSP from file://. */
(function () {
  'use strict';
  // Texts shown to the reader, from content/interface/annex-state.yaml (written in by the generator).
  const MESSAGES = /* guide:messages */ {};
  const message = window.GuideKit.messages(MESSAGES);  // tool-memory.js

  const nav = document.querySelector('.step-nav[data-steps]');
  if (!nav) return;
  const steps = JSON.parse(nav.getAttribute('data-steps'));
  const current = Number(nav.getAttribute('data-current'));
  const choices = JSON.parse(nav.getAttribute('data-choices') || '{}');
  const root = document.documentElement.getAttribute('data-root') || '';
  const LISTS = ['profils', 'pieces', 'themes', 'sans', 'avec'];
  // The identification printed on the document (tool-memory.js), as id-<field>=…: a hyphen, which
  // no parameter id holds.
  const ID = window.GuideIdentification;
  function isIdentification(key) { return !!ID && ID.fields.includes(key.replace(/^id-/, '')) && key.startsWith('id-'); }

  // A list absent from the fragment means all its values (links written before every list was
  // spelled out); `present` says whether the fragment holds a selection at all.
  function read() {
    let raw = window.location.hash.slice(1);
    if (!raw.includes('=')) raw = window.location.search.slice(1);  // a plain #anchor is no state
    const q = new URLSearchParams(raw), state = { present: raw.includes('='), params: {} };
    LISTS.forEach((key) => { state[key] = q.has(key) ? q.get(key).split(',').filter(Boolean) : null; });
    Object.keys(choices).forEach((key) => { if (state[key] === null) state[key] = choices[key].slice(); });
    state.sans = state.sans || [];
    state.avec = state.avec || [];
    q.forEach((value, key) => { if (!LISTS.includes(key) && !isIdentification(key)) state.params[key] = value; });
    const identification = {};
    q.forEach((value, key) => { if (isIdentification(key)) identification[key.slice(3)] = value; });
    state.identification = ID ? ID.clean(identification) : {};
    return state;
  }

  function defaults() {
    const state = { present: true, params: {}, sans: [], avec: [], identification: {} };
    Object.keys(choices).forEach((key) => { state[key] = choices[key].slice(); });
    return state;
  }

  function toFragment(state) {
    const q = new URLSearchParams();
    Object.keys(choices).forEach((key) => { q.set(key, state[key].join(',')); });
    if (state.sans.length) q.set('sans', state.sans.join(','));
    if (state.avec.length) q.set('avec', state.avec.join(','));
    Object.keys(state.params).forEach((k) => { if (state.params[k] !== '') q.set(k, state.params[k]); });
    const identification = ID ? ID.clean(state.identification) : {};
    Object.keys(identification).forEach((k) => { q.set(`id-${k}`, identification[k]); });
    return `#${q}`;
  }

  function active(step, state) {
    const f = step.filter || {};
    if (f.document && !(state.pieces || []).includes(f.document)) return false;
    if (f.profiles && !f.profiles.some((p) => (state.profils || []).includes(p))) return false;
    if (f.theme && !(state.themes || []).includes(f.theme)) return false;
    return true;
  }

  function href(step, state) { return root + step.url + toFragment(state); }

  // The nearest step of the selection before (-1) or after (+1) this page.
  function neighbour(state, direction) {
    for (let i = current + direction; i >= 0 && i < steps.length; i += direction) {
      if (active(steps[i], state)) return i;
    }
    return -1;
  }

  function refresh(state) {
    const order = [];
    steps.forEach((s, i) => { if (active(s, state)) order.push(i); });
    const progress = document.getElementById('step-progress');
    if (progress) {
      const at = order.indexOf(current);
      progress.textContent = at >= 0 ? message('step', { number: at + 1, count: order.length }) :
        message('not_selected', { count: order.length });
    }
    [['prev', -1], ['next', 1]].forEach(([rel, direction]) => {
      const link = nav.querySelector(`a[rel="${rel}"]`), i = neighbour(state, direction);
      if (!link) return;
      link.hidden = i < 0;
      if (i < 0) return;
      link.href = href(steps[i], state);
      link.textContent = direction < 0 ? message('previous', { title: steps[i].title }) : message('next', { title: steps[i].title });
    });
    // "Commencer" on the entry page: the first step of the selection.
    const first = neighbour(state, 1);
    document.querySelectorAll('a[data-next-step]').forEach((a) => {
      a.parentNode.hidden = first < 0;
      if (first >= 0) a.href = href(steps[first], state);
    });
    document.querySelectorAll('#step-list li[data-step]').forEach((li) => {
      const step = steps[Number(li.getAttribute('data-step'))], a = li.querySelector('a');
      li.hidden = !active(step, state);
      if (a) a.href = href(step, state);
    });
  }

  function setAddress(fragment) {
    const url = window.location.href.split('#')[0] + fragment;
    if (url === window.location.href) return;
    try { window.history.replaceState(window.history.state, '', url); } catch (e) { window.location.replace(url); }
  }

  // Every change replaces the address (no history entry per keystroke) and the step links.
  function write(state) {
    state.present = true;
    const fragment = toFragment(state);
    setAddress(fragment);
    if (memory) memory.remember(tool, fragment);
    refresh(state);
  }

  // ---------------------------------------------------------------- the tab's memory
  const memory = window.GuideToolMemory;
  const tool = steps[0].url.replace(/^.*\//, '').replace(/\.html$/, '');
  // The selection the address holds (a form sent without JavaScript puts it in the query).
  function addressState() {
    if (window.location.hash.includes('=')) return window.location.hash;
    return window.location.search.includes('=') ? `#${window.location.search.slice(1)}` : '';
  }
  // Puts in the address the selection to show: its own, or the tab's latest (tool-memory.js).
  function arrive() {
    const here = addressState();
    const decided = memory ? memory.arrive(tool, here) : { fragment: here };
    if (decided.fragment !== here && decided.fragment) setAddress(decided.fragment);
  }
  // The page scripts redraw from the address whenever the page is shown again (Back, Forward,
  // the bfcache) and once the browser has put back what it remembered in the fields: the
  // selection of the address wins over the browser's form restoration.
  const shownAgain = [];
  function onShow(redraw) { shownAgain.push(redraw); }
  function showAgain() {
    arrive();
    const state = read();
    refresh(state);
    shownAgain.forEach((redraw) => { redraw(state); });
  }
  if (memory) memory.watch(showAgain);
  window.addEventListener('pageshow', (e) => { if (!e.persisted) showAgain(); });

  // ---------------------------------------------------------------- parameters
  // Checks the parameters ({id, label, type, unit, min, max, default, zero_removes}) against the
  // selection: numbers within bounds (0 is also allowed where it removes what the parameter
  // shows, e.g. the social criterion), award-criteria weights (poids_*) between 0 and 100 % and
  // adding up to 100 %. Used where they are typed (annex-builder.js) and before the annex prints
  // (annex.js).
  function number(text) { return Number(String(text).replace(',', '.').replace(/\s/g, '')); }

  // True when the buyer set a zero_removes parameter to 0: what shows it leaves the document.
  function isRemoved(id, state) {
    const v = state.params[id];
    return v !== undefined && v !== '' && number(v) === 0;
  }

  function checkParameters(parameters, state) {
    const errors = [];
    let total = 0, weights = 0, weightsOk = true;
    parameters.forEach((p) => {
      if (p.type !== 'number') return;
      const raw = state.params[p.id] !== undefined ? state.params[p.id] : String(p.default);
      const v = number(raw), weight = /^poids_/.test(p.id), label = p.label || p.id;
      const unit = p.unit ? ` ${p.unit}` : '';
      let msg = '';
      if (!isFinite(v)) msg = message('not_a_number', { label });
      else if (p.zero_removes && v === 0) msg = '';
      else if (weight && (v < 0 || v > 100)) msg = message('weight_range', { label });
      else if (weight && typeof p.min === 'number' && v < p.min) msg = message('weight_min', { label, min: p.min, value: v });
      else if (typeof p.min === 'number' && v < p.min) msg = message('min', { label, min: p.min + unit });
      else if (typeof p.max === 'number' && v > p.max) msg = message('max', { label, max: p.max + unit });
      if (msg) errors.push({ id: p.id, message: msg });
      if (weight) {
        weights += 1;
        if (isFinite(v)) total += v; else weightsOk = false;
      }
    });
    let totalText = '';
    if (weights && weightsOk) {
      const fmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(total);
      totalText = message('weights_total', { total: fmt });
      if (Math.abs(total - 100) > 1e-9) {
        const first = parameters.find((p) => /^poids_/.test(p.id));
        errors.push({ id: first.id, total: true, message: message('weights_not_100', { total: fmt }) });
      }
    }
    return { errors, totalText };
  }

  arrive();
  const state = read();
  refresh(state);
  // Arriving from a step link (the fragment holds a selection): the step's heading takes the
  // focus, so that keyboard and screen-reader users start on the new step, not on the site menu.
  if (state.present) {
    const heading = document.querySelector('main h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  }

  window.GuideAnnexState = {
    read, write, refresh, defaults, active, toFragment, href, checkParameters, isRemoved, onShow,
    steps, current, choices, root
  };
}());
