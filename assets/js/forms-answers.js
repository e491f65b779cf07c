/* forms-answers.js: the answers of a bank's form, shared by every page of the tool (its entry
 * page and its step pages). All answers, every step included, live in this page's memory and in
 * its address: under file:// pages share no storage, so they travel in the link fragment
 * (#r=, the share-link format), and the links marked data-keep-answers are rewritten as the
 * user answers. The address is the truth: the page reads it whenever it is shown (load, Back and
 * Forward, bfcache), and fills the fields from it, over whatever the browser restored in them.
 * The tab's memory (tool-memory.js) tells when the address holds an older copy of the answers
 * (an earlier step's history entry, a menu link without them). Nothing is sent. The page's views register with
 * GuideForm.use: forms-questions.js (the questions of this page), forms-result.js (advice,
 * chart, actions) and forms-check.js (the review of every answer). Loaded answers are checked here
 * before any view is touched. The identification of the report (organisation, project,
 * participants, date: GuideIdentification, in tool-memory.js) travels with the answers, in the
 * link and the answers file, under "identification". */
(function () {
  'use strict';
  const root = document.querySelector('[data-bank]');
  const bank = root && window.GUIDE_BANKS && window.GUIDE_BANKS[root.dataset.bank];
  if (!bank || !window.GuideCore) { show('core-unavailable'); return; }

  const messages = window.GuideKit.messages;  // tool-memory.js; the form's other scripts take it from F
  const MESSAGES = /* guide:messages */ {};
  const message = messages(MESSAGES);

  const version = Number(root.dataset.version) || 1;
  const bankJson = JSON.stringify(bank);
  const fmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format;
  const REASONS = { unknown: message('reason_unknown'), removed: message('reason_removed'),
    invalid: message('reason_invalid'), out_of_range: message('reason_out_of_range') };
  // How each type is answered, its default choices: core/question_types.cpp, filled in at build.
  const TYPES = /* guide:question-types */ {};
  // Every question of the bank, numbered as the pages number them.
  const questions = [], byId = {};
  (bank.sections || []).forEach((s) => (s.questions || []).forEach((q) => {
    const type = TYPES[q.type] || TYPES.text;
    const item = { q: q, answer: type.answer, choices: q.choices || type.choices || [], section: s.id,
      number: q.ref || questions.length + 1 };  // its public id when the site gives them
    questions.push(item);
    byId[q.id] = item;
  }));
  const views = [];
  const memory = window.GuideToolMemory;
  const ID = window.GuideIdentification || { clean: () => ({}), isEmpty: () => true, fill: () => {}, onChange: () => {} };
  let answers = {}, identification = {}, result = null, resultText = '', loadError = '', linkHash = '';

  function $(id) { return document.getElementById(id); }
  function show(id) { const e = $(id); if (e) e.hidden = false; }
  const { el, clear, toBase64Url, fromBase64Url } = window.GuideKit;  // tool-memory.js
  function link(href, text, parent) { const a = el('a', null, text, parent); a.href = href; return a; }
  // The first text for a count of 0 or 1, the second above, each with its {count} filled in.
  function plural(n, one, many) { return (n > 1 ? many : one).replace('{count}', n); }
  function file(list) { return { bank: bank.id, version: version, answers: list }; }
  // What the link and the answers file carry: the answers, and the identification when there is one.
  function saved(list) {
    const out = file(list);
    if (!ID.isEmpty(identification)) out.identification = identification;
    return out;
  }

  // A link to a question: in this page when it is here, else to the step page that holds it,
  // with the answers (keepInLinks adds them, then "&at=q-<id>" so that the page focuses it). The
  // step pages are those of the list of steps (the start page) or of the result page's inert
  // <template id="step-links">.
  const stepLinks = $('step-links');
  function questionLink(id, text, parent) {
    if ($('q-' + id)) return link('#q-' + id, text, parent);
    const step = document.querySelector('li[data-questions~="' + id + '"] a') ||
      (stepLinks && stepLinks.content.querySelector('a[data-questions~="' + id + '"]'));
    const a = link(step ? step.getAttribute('href').split('#')[0] : '#', text, parent);
    a.dataset.keepAnswers = '';
    a.dataset.at = 'q-' + id;
    return a;
  }

  // An answer as the reader gave it: choice labels, a number with its unit, the text typed.
  function answerText(id, v) {
    const item = byId[id];
    if (!item || v === undefined) return '';
    if (item.answer === 'number') return fmt(v) + (item.q.unit ? ' ' + item.q.unit : '');
    if (item.answer === 'text') return String(v);
    return [].concat(v).map((c) => {
      const choice = item.choices.find((x) => x.id === c);
      return choice ? choice.label || choice.id : c;
    }).join(message('list_separator'));
  }

  function describe(ignored) {
    const parts = ignored.slice(0, 6).map((i) => {
      const reason = REASONS[i.reason] || i.reason;
      return byId[i.question] ? message('ignored', { number: byId[i.question].number, reason })
        : message('ignored_unknown', { id: i.question, reason });
    });
    if (ignored.length > 6) parts.push(message('and_others', { count: ignored.length - 6 }));
    return parts.join(', ');
  }

  // ---- the link ----------------------------------------------------------------------------
  function hashOf(list) {
    return Object.keys(list).length || !ID.isEmpty(identification) ? '#r=' + toBase64Url(JSON.stringify(saved(list))) : '';
  }
  // The link fragment that opens another tool with these answers (an advice carried there), and
  // the identification: the same project goes on in the other tool.
  function hashFor(bankId, list) {
    const out = { bank: bankId, answers: list };
    if (!ID.isEmpty(identification)) out.identification = identification;
    return '#r=' + toBase64Url(JSON.stringify(out));
  }

  // Every answer, hidden ones included (they come back if their question reappears), in the
  // links to the other pages of the tool and in this page's own address (a reload keeps them).
  function keepInLinks(force) {
    const hash = hashOf(answers);
    if (hash === linkHash && !force) return;
    const moved = hash !== linkHash;
    linkHash = hash;
    document.querySelectorAll('a[data-keep-answers]').forEach((a) => {
      const at = a.dataset.at;
      a.setAttribute('href', a.getAttribute('href').split('#')[0] + (hash ? hash + (at ? '&at=' + at : '') : (at ? '#' + at : '')));
    });
    if (!moved) return;
    if (memory) memory.remember(bank.id, hash);
    setAddress(hash);
  }
  function setAddress(hash) {
    try { history.replaceState(history.state, '', location.href.split('#')[0] + hash); } catch (e) { /* some file:// pages */ }
  }
  // The answers part of an address (#r=…), without the question to focus (&at=…).
  function statePart(hash) { return hash.indexOf('#r=') === 0 ? hash.split('&')[0] : ''; }

  // ---- evaluation ----------------------------------------------------------------------------
  function update() {
    views.forEach((v) => {
      if (!v.collect) return;
      v.ids.forEach((id) => { delete answers[id]; });
      Object.assign(answers, v.collect());
    });
    const text = GuideCore.evaluate(bankJson, JSON.stringify(file(answers)));
    const changed = text !== resultText;
    if (changed) {
      const parsed = JSON.parse(text);
      if (!parsed.visible || !parsed.verdict) return;
      resultText = text;
      result = parsed;
      progress(result);
      views.forEach((v) => { if (v.render) v.render(result, text); });
    }
    keepInLinks(changed);
  }

  // The count of each step (or part) in the lists of steps: visible questions answered.
  function progress(r) {
    const visible = {};
    r.visible.forEach((id) => { visible[id] = true; });
    document.querySelectorAll('li[data-questions]').forEach((li) => {
      let shown = 0, done = 0;
      li.dataset.questions.split(' ').forEach((id) => {
        if (!visible[id]) return;
        shown++;
        if (answers[id] !== undefined) done++;
      });
      li.querySelector('.progress__count').textContent = plural(shown, message('progress_one', { done }), message('progress', { done }));
      li.classList.toggle('is-complete', shown > 0 && done === shown);
    });
    const live = $('live-verdict');
    if (live) live.textContent = r.verdict.label;
  }

  // ---- errors --------------------------------------------------------------------------------
  function showErrors(focus) {
    const list = $('error-list'), summary = $('error-summary');
    if (!list) return;
    clear(list);
    if (loadError) el('li', null, loadError, list);
    views.forEach((v) => (v.errors ? v.errors() : []).forEach((e) => link('#' + e.id, e.text, el('li', null, null, list))));
    summary.hidden = !list.firstChild;
    if (focus && !summary.hidden) summary.focus();
  }
  function fail(error) {
    loadError = message('unchanged', { error: error.charAt(0).toUpperCase() + error.slice(1) });
    showErrors(true);
    return null;
  }

  // ---- loading answers (file or link) --------------------------------------------------------
  // Everything is checked before anything is replaced: on any error, nothing changes. Returns
  // what was loaded ({count, version, dropped, hidden}) or null. A link is the whole state; a file
  // saved before the identification existed (or without one) leaves the identification as it is.
  function load(text, origin, fromFile) {
    let data;
    try { data = JSON.parse(text); } catch (e) { return fail(message('bad_json', { origin })); }
    if (!data || typeof data !== 'object' || !data.answers || typeof data.answers !== 'object' || Array.isArray(data.answers)) {
      return fail(message('bad_format', { origin }));
    }
    if (data.bank !== bank.id) return fail(message('other_tool', { origin, bank: data.bank, title: root.dataset.title }));
    const v = data.version === undefined ? version : data.version;
    if (!Number.isInteger(v) || v < 1) return fail(message('bad_version', { origin }));
    if (v > version) return fail(message('newer', { origin, version: v, current: version }));
    const checked = JSON.parse(GuideCore.evaluate(bankJson, JSON.stringify({ bank: bank.id, version: v, answers: data.answers })));
    if (!checked.ok) return fail(message('unreadable', { origin, errors: checked.errors.map((e) => e.message).join(message('list_separator')) }));
    const dropped = checked.ignored.filter((i) => i.reason !== 'hidden');
    if (dropped.length && v === version) return fail(message('mismatch', { origin, list: describe(dropped) }));
    const skip = {};
    dropped.forEach((i) => { skip[i.question] = true; });
    const next = {};
    questions.forEach((item) => {
      let a = data.answers[item.q.id];
      const several = item.answer === 'several_choices';
      if (a === undefined || a === null || (skip[item.q.id] && !several)) return;
      // Several choices from an older version: those that still exist.
      if (several) a = (Array.isArray(a) ? a : []).filter((c) => item.choices.some((x) => x.id === c));
      if (several && !a.length) return;
      next[item.q.id] = a;
    });
    answers = next;
    if (data.identification !== undefined || !fromFile) identification = ID.clean(data.identification);
    ID.fill(identification);
    loadError = '';
    views.forEach((v) => { if (v.fill) v.fill(answers); });
    update();
    showErrors(false);
    return { count: Object.keys(next).length, version: v, dropped: dropped, hidden: checked.ignored.length - dropped.length };
  }

  // Once per link: coming back to it through the history must not undo later edits.
  function loadFromHash() {
    const hash = location.hash;
    if (hash.indexOf('#r=') !== 0 || hash === linkHash) return null;
    const parts = hash.slice(3).split('&'), at = parts.filter((p) => p.indexOf('at=') === 0).map((p) => p.slice(3))[0];
    linkHash = hash;
    let text;
    try { text = fromBase64Url(parts[0]); } catch (e) { return fail(message('broken_link')); }
    const loaded = load(text, message('link'));
    if (loaded && at) focusOn(at);
    return loaded;
  }

  // In-page links (a question, a field, the result) move the focus without touching the
  // address, which holds the answers.
  function focusOn(id) {
    const target = $(id);
    if (!target) return false;
    const fold = target.closest('details');
    if (fold) fold.open = true;  // a folded field (the identification) opens to take the focus
    if (!target.matches('input, textarea, select, a, button, [tabindex]')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView({ block: 'start' });
    return true;
  }

  function reset() {
    answers = {};
    identification = {};
    ID.fill(identification);
    loadError = '';
    views.forEach((v) => { if (v.fill) v.fill(answers); });
    update();
    showErrors(false);
  }

  function start() {
    document.querySelectorAll('[data-js-only]').forEach((e) => { e.hidden = false; });
    document.addEventListener('click', (e) => {
      const a = e.target.closest && e.target.closest('a[href^="#"]');
      if (a && a.getAttribute('href').length > 1 && focusOn(a.getAttribute('href').slice(1))) e.preventDefault();
    });
    // Whenever the page is shown: the state of the address, or the tab's latest when the address
    // holds none or an older copy; then the fields show that state, whatever the browser put in
    // them when it restored the page (its form autofill on Back and Forward).
    const arrive = () => {
      const here = statePart(location.hash);
      const decided = memory ? memory.arrive(bank.id, here) : { fragment: here, restored: false };
      if (decided.fragment !== here) setAddress(decided.fragment);
      if (!decided.fragment && linkHash) { answers = {}; identification = {}; linkHash = ''; }  // erased in another page of the tab
      const loaded = loadFromHash();
      if (!loaded) {
        ID.fill(identification);
        views.forEach((v) => { if (v.fill) v.fill(answers); });
        update();
      }
      const origin = decided.restored ? message('memory') : message('link');
      views.forEach((v) => { if (v.arrived) v.arrived(loaded, origin, decided.restored); });
    };
    window.addEventListener('hashchange', arrive);
    ID.onChange((typed) => {
      identification = typed || {};
      keepInLinks(false);
    });
    if (memory) memory.watch(arrive);
    views.forEach((v) => { if (v.start) v.start(); });
    arrive();
    showErrors(false);
    document.body.classList.add('forms-ready');
  }

  window.GuideForm = {
    bank: bank, version: version, title: root.dataset.title, questions: questions, byId: byId,
    fmt: fmt, el: el, link: link, clear: clear, plural: plural, describe: describe, answerText: answerText, messages: messages,
    questionLink: questionLink, focusOn: focusOn,
    use: (view) => { views.push(view); },
    update: update, load: load, fail: fail, reset: reset, showErrors: showErrors,
    answers: () => answers,
    identification: () => identification,
    saved: saved,
    result: () => result,
    // What a saved file or a shared link carries: the answers that count (visible questions).
    visibleAnswers: () => {
      const out = {};
      (result ? result.visible : []).forEach((id) => { if (answers[id] !== undefined) out[id] = answers[id]; });
      return out;
    },
    hashOf: hashOf,
    hashFor: hashFor,
    dismissLoadError: () => { if (loadError) { loadError = ''; showErrors(false); } },
  };

  // Start once every view has registered, i.e. once every deferred script has run, which only
  // DOMContentLoaded tells: deferred scripts run while readyState is already "interactive", so
  // that state does not mean the views that follow this script have run (when the core was ready
  // before the next script arrived, the page started without it: no result, no import).
  const parsed = new Promise((resolve) => {
    if (document.readyState === 'complete') resolve();
    else document.addEventListener('DOMContentLoaded', resolve);
  });
  Promise.all([GuideCore.ready, parsed]).then(start, () => show('core-unavailable'));
})();
