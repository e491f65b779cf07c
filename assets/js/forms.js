/* forms.js: brings a bank's server-rendered form to life with the WebAssembly core (GuideCore):
 * conditional questions, live verdict, chart and progress, number checks, answers file export and
 * import, share link, printable report. Nothing is stored and nothing is sent: answers live in
 * the page, in a downloaded file or in the link the user copies. The DOM is built with
 * createElement/textContent; the bank's texts, rendered by the generator, are cloned from the
 * page's <template>s. */
(function () {
  'use strict';
  const form = document.getElementById('tool-form');
  const bank = form && window.GUIDE_BANKS && window.GUIDE_BANKS[form.dataset.bank];
  if (!bank || !window.GuideCore) { show('core-unavailable'); return; }

  const version = Number(form.dataset.version) || 1;
  const bankJson = JSON.stringify(bank);
  const fmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format;
  const REASONS = { unknown: 'question inconnue', removed: 'question retirée de l\'outil',
    invalid: 'réponse non valable', out_of_range: 'valeur hors limites' };
  const templates = {};
  document.querySelectorAll('template[data-key]').forEach((t) => { templates[t.dataset.key] = t; });
  const questions = [], byId = {};
  (bank.sections || []).forEach((s) => (s.questions || []).forEach((q) => {
    const box = $('q-' + q.id);
    if (!box) return;
    const inputs = Array.from(box.querySelectorAll('input, textarea'));
    const item = { q: q, type: q.type || 'text', section: s.id, box: box, inputs: inputs,
      number: box.querySelector('.question__number').textContent.replace('.', ''),
      describedby: inputs[0] && inputs[0].getAttribute('aria-describedby') || '' };
    questions.push(item);
    byId[q.id] = item;
  }));
  const memo = {};
  let lastText = '', lastLevel = null, importError = '', current = null;

  function $(id) { return document.getElementById(id); }
  function show(id) { const e = $(id); if (e) e.hidden = false; }
  function el(tag, cls, text, parent) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }
  function link(href, text, parent) { const a = el('a', null, text, parent); a.href = href; return a; }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
  function clone(key) { const t = templates[key]; return t ? document.importNode(t.content, true) : null; }
  function status(text) { $('action-status').textContent = text; }
  function plural(n, one, many) { return n + ' ' + (n > 1 ? many : one); }
  // A block of the result is rebuilt only when its part of the result changes.
  function cached(name, key, make) {
    if (!memo[name] || memo[name].key !== key) memo[name] = { key: key, node: make() };
    return memo[name].node;
  }

  // ---- answers ---------------------------------------------------------------------------
  function numberError(input) {
    if (input.validity.badInput) return 'saisissez un nombre, par exemple 1,5.';
    if (input.value === '') return '';
    const n = Number(input.value), min = input.min === '' ? null : Number(input.min),
      max = input.max === '' ? null : Number(input.max);
    if (min !== null && max !== null && (n < min || n > max)) return 'la valeur doit être comprise entre ' + fmt(min) + ' et ' + fmt(max) + '.';
    if (min !== null && n < min) return 'la valeur doit être au moins ' + fmt(min) + '.';
    if (max !== null && n > max) return 'la valeur doit être au plus ' + fmt(max) + '.';
    return '';
  }
  function valueOf(item) {
    const checked = item.inputs.filter((i) => i.checked).map((i) => i.value);
    if (item.type === 'multi') return checked.length ? checked : undefined;
    if (item.type === 'yesno' || item.type === 'choice') return checked[0];
    const input = item.inputs[0];
    if (!input || input.value.trim() === '') return undefined;
    if (item.type === 'number') return numberError(input) ? undefined : Number(input.value);
    return input.value;
  }
  // Hidden questions keep what was typed (it comes back if they reappear) and the core ignores
  // them; exports and links carry only the answers that count.
  function answersFile(onlyVisible) {
    const answers = {};
    questions.forEach((item) => {
      const v = onlyVisible && item.box.hidden ? undefined : valueOf(item);
      if (v !== undefined) answers[item.q.id] = v;
    });
    return { bank: bank.id, version: version, answers: answers };
  }

  // ---- live evaluation -------------------------------------------------------------------
  function update() {
    const text = GuideCore.evaluate(bankJson, JSON.stringify(answersFile(false)));
    if (text === lastText) return;
    lastText = text;
    const result = JSON.parse(text);
    if (!result.visible || !result.verdict) return;
    current = result;
    const visible = {};
    result.visible.forEach((id) => { visible[id] = true; });
    const counts = {};
    questions.forEach((item) => {
      const hide = !visible[item.q.id];
      if (item.box.hidden !== hide) {
        item.box.hidden = hide;
        item.inputs.forEach((i) => { i.disabled = hide; });
      }
      const c = counts[item.section] || (counts[item.section] = [0, 0]);
      if (!hide) { c[1]++; if (valueOf(item) !== undefined) c[0]++; }
    });
    document.querySelectorAll('.progress li[data-section]').forEach((li) => {
      const c = counts[li.dataset.section] || [0, 0], span = clear(li.querySelector('.progress__count'));
      span.append('(' + c[0] + '/' + c[1], el('span', 'visually-hidden', ' questions répondues'), ')');
      li.classList.toggle('is-complete', c[1] > 0 && c[0] === c[1]);
    });
    renderResult(result, text);
    renderRedLines(result);
  }

  function renderResult(result, text) {
    const v = result.verdict, body = clear($('result-body'));
    el('p', 'verdict verdict--' + v.level, 'Verdict : ', body).appendChild(el('strong', null, v.label));
    const said = clone('verdict/' + v.level);
    if (said) el('div', 'verdict-text', null, body).appendChild(said);
    el('p', 'verdict-why', null, body).append(el('strong', null, 'Comment ce verdict est atteint : '),
      'règle ' + (result.verdicts.findIndex((b) => b.matched) + 1) + ' sur ' + result.verdicts.length +
      ' (la première vérifiée l\'emporte) : ' + (v.explain || v.label) + '.');
    if (result.max_score > 0) {
      el('p', 'score', 'Score : ' + fmt(result.score) + ' sur ' + fmt(result.max_score) + ' points (' +
        Math.round(100 * result.score / result.max_score) + ' %), barème proposé par le guide.', body);
    }
    const counts = el('p', 'answer-counts', plural(result.answered, 'question répondue', 'questions répondues') + ' sur ' +
      result.visible.length + ' affichées ; ' + plural(result.missing, 'attendue', 'attendues') + ' sans réponse. ', body);
    if (result.missing_ids.length) link('#q-' + result.missing_ids[0], 'Aller à la première question sans réponse', counts);
    if (result.max_score > 0) {
      const chart = cached('chart', JSON.stringify([result.sections, v.label]), () => svgChart(text));
      if (chart) el('div', 'chart', null, body).appendChild(chart);
      body.appendChild(cached('table', JSON.stringify(result.sections), () => sectionTable(result)));
    }
    if (result.recommendations.length) {
      body.appendChild(cached('advice', JSON.stringify(result.recommendations), () => recommendations(result)));
    }
    const dropped = result.ignored.filter((i) => i.reason !== 'hidden');
    if (dropped.length) el('p', 'notice', 'Réponses non prises en compte : ' + describe(dropped) + '.', body);
    $('live-verdict').textContent = v.label;
    document.querySelectorAll('.how-verdict li[data-level]').forEach((li) => {
      li.classList.toggle('is-matched', li.dataset.level === v.level);
      if (li.dataset.level === v.level) li.setAttribute('aria-current', 'true'); else li.removeAttribute('aria-current');
    });
    if (lastLevel !== null && lastLevel !== v.level) $('verdict-status').textContent = 'Nouveau verdict : ' + v.label;
    lastLevel = v.level;
  }

  // The core's SVG is parsed as XML and adopted, never assigned as HTML.
  function svgChart(resultText) {
    const doc = new DOMParser().parseFromString(GuideCore.chart(resultText), 'image/svg+xml');
    const root = doc.documentElement;
    if (!root || root.localName !== 'svg' || root.namespaceURI !== 'http://www.w3.org/2000/svg' ||
        doc.getElementsByTagName('parsererror').length) return null;
    return document.adoptNode(root);
  }

  function sectionTable(result) {
    const table = el('table', 'table score-table');
    el('caption', null, 'Points par section', table);
    const head = el('tr', null, null, el('thead', null, null, table)), rows = el('tbody', null, null, table);
    ['Section', 'Points', 'Maximum'].forEach((t) => { el('th', null, t, head).scope = 'col'; });
    result.sections.forEach((s) => {
      const tr = el('tr', null, null, rows), th = el('th', null, null, tr);
      th.scope = 'row';
      link('#s-' + s.id, s.title, th);
      el('td', null, fmt(s.score), tr);
      el('td', null, fmt(s.max_score), tr);
    });
    return table;
  }

  function recommendations(result) {
    const block = el('div');
    el('h3', null, 'Recommandations', block);
    const ul = el('ul', 'recommendations', null, block);
    result.recommendations.forEach((r) => {
      const li = el('li', null, null, ul), item = byId[r.question];
      const index = ((item && item.q.recommendations) || []).findIndex((x) => x.text === r.text);
      const t = templates['recommendation/' + r.question + '/' + index];
      li.appendChild(t ? document.importNode(t.content, true) : el('p', null, r.text));
      const p = el('p', 'recommendation-links', null, li);
      link('#q-' + r.question, 'Question ' + (item ? item.number : r.question), p);
      if (t && t.dataset.href) { p.append(' · '); link(t.dataset.href, 'Ce que le guide en dit', p); }
    });
    return block;
  }

  // Rebuilt only when the set of crossed red lines changes, so that the alert is announced once.
  function renderRedLines(result) {
    const key = result.red_lines.map((r) => r.question).join(' ');
    if (memo.red === key) return;
    memo.red = key;
    const region = clear($('red-line-alerts'));
    questions.forEach((item) => item.box.classList.remove('has-red-line'));
    if (!result.red_lines.length) return;
    el('h3', null, result.red_lines.length > 1 ? 'Lignes rouges franchies' : 'Ligne rouge franchie', region);
    const ul = el('ul', null, null, region);
    result.red_lines.forEach((r) => {
      const li = el('li', null, null, ul), text = document.querySelector('[data-red-line="' + r.question + '"]'), item = byId[r.question];
      if (text) li.appendChild(text.cloneNode(true)).removeAttribute('data-red-line'); else el('p', null, r.message, li);
      if (item) { item.box.classList.add('has-red-line'); link('#q-' + r.question, 'Voir la question ' + item.number, li); }
    });
  }

  function describe(ignored) {
    const parts = ignored.slice(0, 6).map((i) => (byId[i.question] ? 'question ' + byId[i.question].number
      : '« ' + i.question + ' »') + ' (' + (REASONS[i.reason] || i.reason) + ')');
    if (ignored.length > 6) parts.push('et ' + (ignored.length - 6) + ' autres');
    return parts.join(', ');
  }

  // ---- errors ----------------------------------------------------------------------------
  function showErrors(focus) {
    const list = clear($('error-list')), summary = $('error-summary');
    if (importError) el('li', null, importError, list);
    questions.forEach((item) => {
      const input = item.inputs[0], err = $('err-' + item.q.id);
      if (item.type !== 'number' || !input || !err) return;
      const msg = item.box.hidden ? '' : numberError(input);
      err.textContent = msg ? 'Erreur : ' + msg : '';
      err.hidden = !msg;
      const describedby = (item.describedby + (msg ? ' ' + err.id : '')).trim();
      if (describedby) input.setAttribute('aria-describedby', describedby); else input.removeAttribute('aria-describedby');
      if (msg) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
      if (msg) link('#' + input.id, 'Question ' + item.number + ' : ' + msg, el('li', null, null, list));
    });
    summary.hidden = !list.firstChild;
    if (focus && !summary.hidden) summary.focus();
  }

  // ---- import, share link ----------------------------------------------------------------
  function fail(message) {
    importError = message.charAt(0).toUpperCase() + message.slice(1) + ' Rien n\'a été modifié.';
    showErrors(true);
  }

  // Everything is checked before the form is touched: on any error, nothing is overwritten.
  function load(text, origin) {
    let data;
    try { data = JSON.parse(text); } catch (e) { return fail(origin + ' est illisible (JSON mal formé).'); }
    if (!data || typeof data !== 'object' || !data.answers || typeof data.answers !== 'object' || Array.isArray(data.answers)) {
      return fail(origin + ' ne contient pas de réponses au format attendu (bank, version, answers).');
    }
    if (data.bank !== bank.id) return fail(origin + ' contient des réponses pour un autre outil (« ' + data.bank + ' »), pas pour « ' + form.dataset.title + ' ».');
    const v = data.version === undefined ? version : data.version;
    if (!Number.isInteger(v) || v < 1) return fail(origin + ' indique une version invalide.');
    if (v > version) return fail(origin + ' vient d\'une version plus récente de cet outil (version ' + v + ', cette page : version ' + version + ').');
    const result = JSON.parse(GuideCore.evaluate(bankJson, JSON.stringify({ bank: bank.id, version: v, answers: data.answers })));
    if (!result.ok) return fail(origin + ' n\'a pas pu être lu (' + result.errors.map((e) => e.message).join(' ; ') + ').');
    const dropped = result.ignored.filter((i) => i.reason !== 'hidden');
    if (dropped.length && v === version) return fail(origin + ' contient des réponses qui ne correspondent pas à cet outil : ' + describe(dropped) + '.');
    const skip = {};
    dropped.forEach((i) => { skip[i.question] = true; });
    form.reset();
    let count = 0;
    questions.forEach((item) => {
      const a = data.answers[item.q.id];
      if (a === undefined || a === null || (skip[item.q.id] && item.type !== 'multi')) return;
      count++;
      item.inputs.forEach((input) => {
        if (input.type === 'radio') input.checked = input.value === a;
        else if (input.type === 'checkbox') input.checked = Array.isArray(a) && a.indexOf(input.value) >= 0;
        else input.value = String(a);
      });
    });
    importError = '';
    update();
    showErrors(false);
    const hidden = result.ignored.length - dropped.length;
    status('Réponses reprises depuis ' + origin + ' : ' + plural(count, 'réponse', 'réponses') + '.' +
      (dropped.length ? ' Il vient de la version ' + v + ' de l\'outil (cette page : version ' + version + ') ; ' +
        plural(dropped.length, 'réponse ne s\'applique plus', 'réponses ne s\'appliquent plus') + ' : ' + describe(dropped) + '.' : '') +
      (hidden ? ' ' + plural(hidden, 'réponse porte', 'réponses portent') + ' sur des questions sans objet d\'après vos autres réponses.' : ''));
  }

  function toBase64Url(text) {
    let binary = '';
    new TextEncoder().encode(text).forEach((b) => { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  // Once per link: coming back to it through the history must not undo later edits.
  function loadFromHash() {
    if (location.hash.indexOf('#r=') !== 0 || location.hash === memo.hash) return;
    memo.hash = location.hash;
    let text;
    try {
      const binary = atob(location.hash.slice(3).replace(/-/g, '+').replace(/_/g, '/'));
      text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    } catch (e) { return fail('le lien de partage est incomplet ou abîmé.'); }
    load(text, 'le lien de partage');
  }

  // ---- actions ---------------------------------------------------------------------------
  function isoDate() {
    const d = new Date(), pad = (n) => (n < 10 ? '0' : '') + n;
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }
  const actions = {
    export: function () {
      const data = answersFile(true), name = bank.id + '-reponses-' + isoDate() + '.json';
      const url = URL.createObjectURL(new Blob([JSON.stringify({ bank: data.bank, version: data.version, date: isoDate(),
        answers: data.answers }, null, 2) + '\n'], { type: 'application/json' }));
      const a = link(url, name, document.body);
      a.download = name;
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      status('Fichier « ' + name + ' » téléchargé (' + plural(Object.keys(data.answers).length, 'réponse', 'réponses') + ').');
    },
    import: function () { $('import-file').click(); },
    share: function () {
      const url = location.href.split('#')[0] + '#r=' + toBase64Url(JSON.stringify(answersFile(true)));
      const field = $('share-url');
      field.value = url;
      field.parentNode.hidden = false;
      const manual = () => { status('Copiez le lien affiché ci-dessous.'); field.focus(); field.select(); };
      if (!navigator.clipboard) return manual();
      navigator.clipboard.writeText(url).then(() => status('Lien copié dans le presse-papiers ; il est aussi affiché ci-dessous.'), manual);
    },
    reset: function () {
      if (!window.confirm('Effacer toutes les réponses de ce formulaire ? Téléchargez-les d\'abord pour les garder.')) return;
      form.reset();
      $('share-url').parentNode.hidden = true;
      try { history.replaceState(null, '', location.href.split('#')[0]); } catch (e) { /* some file:// pages */ }
      memo.hash = '';
      importError = '';
      update();
      showErrors(false);
      status('Toutes les réponses ont été effacées.');
    },
    print: function () { buildReport(); window.print(); }
  };

  // Once something is answered the report prints instead of the form; otherwise the blank form.
  function buildReport() {
    document.body.classList.toggle('has-report', !!(current && current.answered > 0));
    if (!current) return;
    $('report-meta').textContent = form.dataset.title + ' — version ' + version + ' — établi le ' +
      new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }) +
      ' — verdict : ' + current.verdict.label + '.';
    const dl = clear($('report-answer-list'));
    questions.forEach((item) => {
      if (item.box.hidden) return;
      const v = valueOf(item);
      el('dt', null, item.number + '. ' + item.q.text, dl);
      let shown = v === undefined ? 'Sans réponse' : v;
      if (v !== undefined && item.type === 'number') shown = fmt(v) + (item.q.unit ? ' ' + item.q.unit : '');
      else if (v !== undefined && item.type !== 'text') shown = item.inputs.filter((i) => i.checked).map((i) => i.parentNode.textContent.trim()).join(' ; ');
      el('dd', v === undefined ? 'is-missing' : null, shown, dl);
    });
    show('report-header');
    show('report-answers');
  }

  function start() {
    document.querySelectorAll('[data-js-only]').forEach((e) => { e.hidden = false; });
    form.addEventListener('submit', (e) => e.preventDefault());
    // An edit dismisses a refused import's message; a number is checked once it is left.
    form.addEventListener('input', (e) => {
      if (!e.target.closest('[data-question]')) return;
      update();
      if (importError) { importError = ''; showErrors(false); }
    });
    form.addEventListener('change', (e) => { if (e.target.type === 'number') showErrors(false); });
    $('tool-actions').addEventListener('click', (e) => {
      const button = e.target.closest('[data-action]');
      if (button && actions[button.dataset.action]) actions[button.dataset.action]();
    });
    $('error-summary').addEventListener('click', (e) => {
      const a = e.target.closest('a[href^="#"]'), target = a && $(a.getAttribute('href').slice(1));
      if (target) { e.preventDefault(); target.focus(); }
    });
    const file = $('import-file');
    file.addEventListener('change', () => {
      const chosen = file.files[0], reader = new FileReader(), origin = 'le fichier « ' + (chosen && chosen.name) + ' »';
      if (!chosen) return;
      reader.onload = () => { file.value = ''; load(String(reader.result), origin); };
      reader.onerror = () => { file.value = ''; fail(origin + ' n\'a pas pu être lu.'); };
      reader.readAsText(chosen);
    });
    window.addEventListener('hashchange', loadFromHash);
    window.addEventListener('beforeprint', buildReport);
    update();
    loadFromHash();
    showErrors(false);
    document.body.classList.add('forms-ready');
  }

  GuideCore.ready.then(start, () => show('core-unavailable'));
})();
