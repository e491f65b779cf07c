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
  var MESSAGES = /* guide:messages */ {};
  var message = window.GuideKit.messages(MESSAGES);  // tool-memory.js

  var nav = document.querySelector('.step-nav[data-steps]');
  if (!nav) return;
  var steps = JSON.parse(nav.getAttribute('data-steps'));
  var current = Number(nav.getAttribute('data-current'));
  var choices = JSON.parse(nav.getAttribute('data-choices') || '{}');
  var root = document.documentElement.getAttribute('data-root') || '';
  var LISTS = ['profils', 'pieces', 'themes', 'sans', 'avec'];
  // The identification printed on the document (tool-memory.js), as id-<field>=…: a hyphen, which
  // no parameter id holds.
  var ID = window.GuideIdentification;
  function isIdentification(key) { return !!ID && ID.fields.indexOf(key.replace(/^id-/, '')) >= 0 && key.indexOf('id-') === 0; }

  function has(list, value) { return list.indexOf(value) >= 0; }

  // A list absent from the fragment means all its values (links written before every list was
  // spelled out); `present` says whether the fragment holds a selection at all.
  function read() {
    var raw = window.location.hash.slice(1);
    if (raw.indexOf('=') < 0) raw = window.location.search.slice(1);  // a plain #anchor is no state
    var q = new URLSearchParams(raw), state = { present: raw.indexOf('=') >= 0, params: {} };
    LISTS.forEach(function (key) { state[key] = q.has(key) ? q.get(key).split(',').filter(Boolean) : null; });
    Object.keys(choices).forEach(function (key) { if (state[key] === null) state[key] = choices[key].slice(); });
    state.sans = state.sans || [];
    state.avec = state.avec || [];
    q.forEach(function (value, key) { if (!has(LISTS, key) && !isIdentification(key)) state.params[key] = value; });
    var identification = {};
    q.forEach(function (value, key) { if (isIdentification(key)) identification[key.slice(3)] = value; });
    state.identification = ID ? ID.clean(identification) : {};
    return state;
  }

  function defaults() {
    var state = { present: true, params: {}, sans: [], avec: [], identification: {} };
    Object.keys(choices).forEach(function (key) { state[key] = choices[key].slice(); });
    return state;
  }

  function toFragment(state) {
    var q = new URLSearchParams();
    Object.keys(choices).forEach(function (key) { q.set(key, state[key].join(',')); });
    if (state.sans.length) q.set('sans', state.sans.join(','));
    if (state.avec.length) q.set('avec', state.avec.join(','));
    Object.keys(state.params).forEach(function (k) { if (state.params[k] !== '') q.set(k, state.params[k]); });
    var identification = ID ? ID.clean(state.identification) : {};
    Object.keys(identification).forEach(function (k) { q.set('id-' + k, identification[k]); });
    return '#' + q.toString();
  }

  function active(step, state) {
    var f = step.filter || {};
    if (f.document && !has(state.pieces || [], f.document)) return false;
    if (f.profiles && !f.profiles.some(function (p) { return has(state.profils || [], p); })) return false;
    if (f.theme && !has(state.themes || [], f.theme)) return false;
    return true;
  }

  function href(step, state) { return root + step.url + toFragment(state); }

  // The nearest step of the selection before (-1) or after (+1) this page.
  function neighbour(state, direction) {
    for (var i = current + direction; i >= 0 && i < steps.length; i += direction) {
      if (active(steps[i], state)) return i;
    }
    return -1;
  }

  function refresh(state) {
    var order = [];
    steps.forEach(function (s, i) { if (active(s, state)) order.push(i); });
    var progress = document.getElementById('step-progress');
    if (progress) {
      var at = order.indexOf(current);
      progress.textContent = at >= 0 ? message('step', { number: at + 1, count: order.length }) :
        message('not_selected', { count: order.length });
    }
    [['prev', -1], ['next', 1]].forEach(function (d) {
      var link = nav.querySelector('a[rel="' + d[0] + '"]'), i = neighbour(state, d[1]);
      if (!link) return;
      link.hidden = i < 0;
      if (i < 0) return;
      link.href = href(steps[i], state);
      link.textContent = d[1] < 0 ? message('previous', { title: steps[i].title }) : message('next', { title: steps[i].title });
    });
    // "Commencer" on the entry page: the first step of the selection.
    var first = neighbour(state, 1);
    Array.prototype.forEach.call(document.querySelectorAll('a[data-next-step]'), function (a) {
      a.parentNode.hidden = first < 0;
      if (first >= 0) a.href = href(steps[first], state);
    });
    Array.prototype.forEach.call(document.querySelectorAll('#step-list li[data-step]'), function (li) {
      var step = steps[Number(li.getAttribute('data-step'))], a = li.querySelector('a');
      li.hidden = !active(step, state);
      if (a) a.href = href(step, state);
    });
  }

  function setAddress(fragment) {
    var url = window.location.href.split('#')[0] + fragment;
    if (url === window.location.href) return;
    try { window.history.replaceState(window.history.state, '', url); } catch (e) { window.location.replace(url); }
  }

  // Every change replaces the address (no history entry per keystroke) and the step links.
  function write(state) {
    state.present = true;
    var fragment = toFragment(state);
    setAddress(fragment);
    if (memory) memory.remember(tool, fragment);
    refresh(state);
  }

  // ---------------------------------------------------------------- the tab's memory
  var memory = window.GuideToolMemory;
  var tool = steps[0].url.replace(/^.*\//, '').replace(/\.html$/, '');
  // The selection the address holds (a form sent without JavaScript puts it in the query).
  function addressState() {
    if (window.location.hash.indexOf('=') >= 0) return window.location.hash;
    return window.location.search.indexOf('=') >= 0 ? '#' + window.location.search.slice(1) : '';
  }
  // Puts in the address the selection to show: its own, or the tab's latest (tool-memory.js).
  function arrive() {
    var here = addressState();
    var decided = memory ? memory.arrive(tool, here) : { fragment: here };
    if (decided.fragment !== here && decided.fragment) setAddress(decided.fragment);
  }
  // The page scripts redraw from the address whenever the page is shown again (Back, Forward,
  // the bfcache) and once the browser has put back what it remembered in the fields: the
  // selection of the address wins over the browser's form restoration.
  var shownAgain = [];
  function onShow(redraw) { shownAgain.push(redraw); }
  function showAgain() {
    arrive();
    var state = read();
    refresh(state);
    shownAgain.forEach(function (redraw) { redraw(state); });
  }
  if (memory) memory.watch(showAgain);
  window.addEventListener('pageshow', function (e) { if (!e.persisted) showAgain(); });

  // ---------------------------------------------------------------- parameters
  // Checks the parameters ({id, label, type, unit, min, max, default, zero_removes}) against the
  // selection: numbers within bounds (0 is also allowed where it removes what the parameter
  // shows, e.g. the social criterion), award-criteria weights (poids_*) between 0 and 100 % and
  // adding up to 100 %. Used where they are typed (annex-builder.js) and before the annex prints
  // (annex.js).
  function number(text) { return Number(String(text).replace(',', '.').replace(/\s/g, '')); }

  // True when the buyer set a zero_removes parameter to 0: what shows it leaves the document.
  function isRemoved(id, state) {
    var v = state.params[id];
    return v !== undefined && v !== '' && number(v) === 0;
  }

  function checkParameters(parameters, state) {
    var errors = [], total = 0, weights = 0, weightsOk = true;
    parameters.forEach(function (p) {
      if (p.type !== 'number') return;
      var raw = state.params[p.id] !== undefined ? state.params[p.id] : String(p['default']);
      var v = number(raw), weight = /^poids_/.test(p.id), msg = '', label = p.label || p.id;
      var unit = p.unit ? ' ' + p.unit : '';
      if (!isFinite(v)) msg = message('not_a_number', { label: label });
      else if (p.zero_removes && v === 0) msg = '';
      else if (weight && (v < 0 || v > 100)) msg = message('weight_range', { label: label });
      else if (weight && typeof p.min === 'number' && v < p.min) msg = message('weight_min', { label: label, min: p.min, value: v });
      else if (typeof p.min === 'number' && v < p.min) msg = message('min', { label: label, min: p.min + unit });
      else if (typeof p.max === 'number' && v > p.max) msg = message('max', { label: label, max: p.max + unit });
      if (msg) errors.push({ id: p.id, message: msg });
      if (weight) {
        weights += 1;
        if (isFinite(v)) total += v; else weightsOk = false;
      }
    });
    var totalText = '';
    if (weights && weightsOk) {
      var fmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(total);
      totalText = message('weights_total', { total: fmt });
      if (Math.abs(total - 100) > 1e-9) {
        var first = parameters.filter(function (p) { return /^poids_/.test(p.id); })[0];
        errors.push({ id: first.id, total: true, message: message('weights_not_100', { total: fmt }) });
      }
    }
    return { errors: errors, totalText: totalText };
  }

  arrive();
  var state = read();
  refresh(state);
  // Arriving from a step link (the fragment holds a selection): the step's heading takes the
  // focus, so that keyboard and screen-reader users start on the new step, not on the site menu.
  if (state.present) {
    var heading = document.querySelector('main h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  }

  window.GuideAnnexState = {
    read: read, write: write, refresh: refresh, defaults: defaults, active: active, toFragment: toFragment,
    href: href, checkParameters: checkParameters, isRemoved: isRemoved, onShow: onShow,
    steps: steps, current: current, choices: choices, root: root
  };
}());
