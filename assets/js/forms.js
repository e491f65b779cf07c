/* forms.js — brings a bank's server-rendered form to life with the WebAssembly core (GuideCore):
 * conditional questions, live verdict, chart and progress, number checks, answers file export and
 * import, share link, printable report. Nothing is stored and nothing is sent: answers live in
 * the page, in a downloaded file or in the link the user copies. The DOM is built with
 * createElement/textContent; the bank's rendered texts are cloned from the page's <template>s. */
(function () {
  'use strict';
  const form = document.getElementById('tool-form');
  const bank = form && window.GUIDE_BANKS && window.GUIDE_BANKS[form.dataset.bank];
  if (!bank || !window.GuideCore) { reveal('core-unavailable'); return; }

  const version = Number(form.dataset.version) || 1;
  const bankJson = JSON.stringify(bank);
  const fmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
  const REASONS = { unknown: 'question inconnue de cet outil', removed: 'question retirée de l’outil',
    invalid: 'réponse non valable', out_of_range: 'valeur hors limites', hidden: 'question sans objet' };
  const questions = [];
  const byQuestion = {};
  (bank.sections || []).forEach((s) => (s.questions || []).forEach((q) => {
    const box = document.getElementById('q-' + q.id);
    if (!box) return;
    const item = { q: q, type: q.type || 'text', section: s.id, box: box,
      inputs: Array.prototype.slice.call(box.querySelectorAll('input, textarea')),
      number: (box.querySelector('.question__number') || { textContent: '' }).textContent.replace('.', '') };
    item.describedby = item.inputs[0] ? item.inputs[0].getAttribute('aria-describedby') || '' : '';
    questions.push(item);
    byQuestion[q.id] = item;
  }));
  let lastText = '', lastLevel = null, lastRedLines = null, chartKey = '', chartNode = null;
  let importError = '', current = null;

  function $(id) { return document.getElementById(id); }
  function reveal(id) { const e = document.getElementById(id); if (e) e.hidden = false; }
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function link(href, text) { const a = el('a', null, text); a.href = href; return a; }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
  function status(text) { $('action-status').textContent = text; }
  function plural(n, one, many) { return n + ' ' + (n > 1 ? many : one); }
  function fromTemplate(selector) {
    const t = document.querySelector(selector);
    return t ? document.importNode(t.content, true) : null;
  }

  // ---- answers --------------------------------------------------------------------------
  function numberError(input) {
    if (input.validity.badInput) return 'saisissez un nombre, par exemple 1,5.';
    if (input.value === '') return '';
    const n = Number(input.value), min = input.min === '' ? null : Number(input.min),
      max = input.max === '' ? null : Number(input.max);
    if ((min !== null && n < min) || (max !== null && n > max)) {
      if (min !== null && max !== null) return 'la valeur doit être comprise entre ' + fmt.format(min) + ' et ' + fmt.format(max) + '.';
      return min !== null ? 'la valeur doit être au moins ' + fmt.format(min) + '.' : 'la valeur doit être au plus ' + fmt.format(max) + '.';
    }
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
  // Hidden questions keep what was typed (it comes back if they reappear) but the core ignores
  // them; exports and links carry only the answers that count.
  function collect(onlyVisible) {
    const answers = {};
    questions.forEach((item) => {
      if (onlyVisible && item.box.hidden) return;
      const v = valueOf(item);
      if (v !== undefined) answers[item.q.id] = v;
    });
    return answers;
  }
  function answersFile(answers) { return { bank: bank.id, version: version, answers: answers }; }

  // ---- live evaluation -------------------------------------------------------------------
  function update() {
    const text = GuideCore.evaluate(bankJson, JSON.stringify(answersFile(collect(false))));
    if (text === lastText) return;
    lastText = text;
    const result = JSON.parse(text);
    if (!result.visible || !result.verdict) return;
    current = result;
    const visible = {};
    result.visible.forEach((id) => { visible[id] = true; });
    questions.forEach((item) => {
      const hide = !visible[item.q.id];
      if (item.box.hidden === hide) return;
      item.box.hidden = hide;
      item.inputs.forEach((i) => { i.disabled = hide; });
    });
    renderProgress();
    renderVerdict(result, text);
    renderRedLines(result);
  }

  function renderProgress() {
    const counts = {};
    questions.forEach((item) => {
      if (item.box.hidden) return;
      const c = counts[item.section] || (counts[item.section] = { n: 0, a: 0 });
      c.n++;
      if (valueOf(item) !== undefined) c.a++;
    });
    document.querySelectorAll('.progress li[data-section]').forEach((li) => {
      const c = counts[li.dataset.section] || { n: 0, a: 0 };
      const span = clear(li.querySelector('.progress__count'));
      span.textContent = '(' + c.a + '/' + c.n;
      span.appendChild(el('span', 'visually-hidden', ' questions répondues'));
      span.appendChild(document.createTextNode(')'));
      li.classList.toggle('is-complete', c.n > 0 && c.a === c.n);
    });
  }

  function renderVerdict(result, text) {
    const v = result.verdict, body = clear($('result-body'));
    const head = el('p', 'verdict verdict--' + v.level, 'Verdict : ');
    head.appendChild(el('strong', null, v.label));
    body.appendChild(head);
    const said = fromTemplate('template[data-verdict="' + v.level + '"]');
    if (said) { const d = el('div', 'verdict-text'); d.appendChild(said); body.appendChild(d); }
    const rank = result.verdicts.findIndex((b) => b.matched) + 1;
    const why = el('p', 'verdict-why');
    why.appendChild(el('strong', null, 'Comment ce verdict est atteint : '));
    why.appendChild(document.createTextNode('règle ' + rank + ' sur ' + result.verdicts.length +
      ' (la première vérifiée l’emporte) : ' + (v.explain || v.label) + '.'));
    body.appendChild(why);
    if (result.max_score > 0) {
      body.appendChild(el('p', 'score', 'Score : ' + fmt.format(result.score) + ' sur ' + fmt.format(result.max_score) +
        ' points (' + fmt.format(Math.round(100 * result.score / result.max_score)) + ' %), barème proposé par le guide.'));
    }
    const counts = el('p', 'answer-counts', plural(result.answered, 'question répondue', 'questions répondues') +
      ' sur ' + result.visible.length + ' affichées ; ' + plural(result.missing, 'attendue', 'attendues') + ' sans réponse. ');
    if (result.missing_ids.length) counts.appendChild(link('#q-' + result.missing_ids[0], 'Aller à la première question sans réponse'));
    body.appendChild(counts);
    if (result.max_score > 0) {
      const key = JSON.stringify([result.sections, v.label]);
      if (key !== chartKey) { chartKey = key; chartNode = svgChart(text); }
      if (chartNode) { const fig = el('div', 'chart'); fig.appendChild(chartNode); body.appendChild(fig); }
      body.appendChild(sectionTable(result));
    }
    recommendations(result, body);
    const dropped = result.ignored.filter((i) => i.reason !== 'hidden');
    if (dropped.length) body.appendChild(el('p', 'notice', 'Réponses non prises en compte : ' + describe(dropped) + '.'));
    $('live-verdict').textContent = v.label;
    document.querySelectorAll('.how-verdict li[data-level]').forEach((li) => {
      const on = li.dataset.level === v.level;
      li.classList.toggle('is-matched', on);
      if (on) li.setAttribute('aria-current', 'true'); else li.removeAttribute('aria-current');
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
    table.appendChild(el('caption', null, 'Points par section'));
    const head = table.appendChild(el('thead')).appendChild(el('tr'));
    ['Section', 'Points', 'Maximum'].forEach((t) => { const th = head.appendChild(el('th', null, t)); th.scope = 'col'; });
    const tbody = table.appendChild(el('tbody'));
    result.sections.forEach((s) => {
      const tr = tbody.appendChild(el('tr'));
      const th = tr.appendChild(el('th'));
      th.scope = 'row';
      th.appendChild(link('#s-' + s.id, s.title));
      tr.appendChild(el('td', null, fmt.format(s.score)));
      tr.appendChild(el('td', null, fmt.format(s.max_score)));
    });
    return table;
  }

  function recommendations(result, body) {
    if (!result.recommendations.length) return;
    body.appendChild(el('h3', null, 'Recommandations'));
    const ul = body.appendChild(el('ul', 'recommendations'));
    result.recommendations.forEach((r) => {
      const li = ul.appendChild(el('li'));
      const index = ((byQuestion[r.question] || { q: {} }).q.recommendations || []).findIndex((x) => x.text === r.text);
      const t = document.querySelector('template[data-recommendation="' + r.question + '/' + index + '"]');
      if (t) li.appendChild(document.importNode(t.content, true)); else li.appendChild(el('p', null, r.text));
      const p = li.appendChild(el('p', 'recommendation-links'));
      p.appendChild(link('#q-' + r.question, 'Question ' + ((byQuestion[r.question] || {}).number || r.question)));
      if (t && t.dataset.href) { p.appendChild(document.createTextNode(' · ')); p.appendChild(link(t.dataset.href, 'Ce que le guide en dit')); }
    });
  }

  // Rebuilt only when the set of crossed red lines changes, so the alert is announced once.
  function renderRedLines(result) {
    const key = result.red_lines.map((r) => r.question).join(' ');
    if (key === lastRedLines) return;
    lastRedLines = key;
    const region = clear($('red-line-alerts'));
    questions.forEach((item) => item.box.classList.remove('has-red-line'));
    if (!result.red_lines.length) return;
    region.appendChild(el('h3', null, result.red_lines.length > 1 ? 'Lignes rouges franchies' : 'Ligne rouge franchie'));
    const ul = region.appendChild(el('ul'));
    result.red_lines.forEach((r) => {
      const li = ul.appendChild(el('li'));
      const text = document.querySelector('[data-red-line="' + r.question + '"]');
      if (text) Array.prototype.forEach.call(text.childNodes, (n) => li.appendChild(n.cloneNode(true)));
      else li.appendChild(el('p', null, r.message));
      const item = byQuestion[r.question];
      if (item) { item.box.classList.add('has-red-line'); li.appendChild(link('#q-' + r.question, 'Voir la question ' + item.number)); }
    });
  }

  function describe(ignored) {
    const parts = ignored.slice(0, 6).map((i) => (byQuestion[i.question] ? 'question ' + byQuestion[i.question].number
      : '« ' + i.question + ' »') + ' (' + (REASONS[i.reason] || i.reason) + ')');
    if (ignored.length > 6) parts.push('et ' + (ignored.length - 6) + ' autres');
    return parts.join(', ');
  }

  // ---- errors ----------------------------------------------------------------------------
  function showErrors(focus) {
    const list = clear($('error-list')), summary = $('error-summary');
    if (importError) list.appendChild(el('li', null, importError));
    questions.forEach((item) => {
      if (item.type !== 'number' || !item.inputs[0]) return;
      const input = item.inputs[0], msg = item.box.hidden ? '' : numberError(input), err = $('err-' + item.q.id);
      if (err) { err.textContent = msg ? 'Erreur : ' + msg : ''; err.hidden = !msg; }
      if (msg) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', (item.describedby + ' err-' + item.q.id).trim());
        list.appendChild(el('li')).appendChild(link('#' + input.id, 'Question ' + item.number + ' : ' + msg));
      } else {
        input.removeAttribute('aria-invalid');
        if (item.describedby) input.setAttribute('aria-describedby', item.describedby); else input.removeAttribute('aria-describedby');
      }
    });
    summary.hidden = !list.firstChild;
    if (focus && !summary.hidden) summary.focus();
  }

  // ---- import, share link ----------------------------------------------------------------
  function fail(message) {
    importError = message.charAt(0).toUpperCase() + message.slice(1) + ' Rien n’a été modifié.';
    showErrors(true);
    return false;
  }

  // Validates everything before touching the form: on any error, nothing is overwritten.
  function load(text, origin) {
    let data;
    try { data = JSON.parse(text); } catch (e) { return fail(origin + ' est illisible (JSON mal formé).'); }
    if (!data || typeof data !== 'object' || Array.isArray(data) || !data.answers ||
        typeof data.answers !== 'object' || Array.isArray(data.answers)) {
      return fail(origin + ' ne contient pas de réponses au format attendu (bank, version, answers).');
    }
    if (data.bank !== bank.id) return fail(origin + ' contient des réponses pour un autre outil (« ' + String(data.bank) + ' »), pas pour « ' + form.dataset.title + ' ».');
    const v = data.version === undefined ? version : data.version;
    if (typeof v !== 'number' || v % 1 !== 0 || v < 1) return fail(origin + ' indique une version invalide.');
    if (v > version) return fail(origin + ' vient d’une version plus récente de cet outil (version ' + v + ', cette page : version ' + version + ').');
    const result = JSON.parse(GuideCore.evaluate(bankJson, JSON.stringify({ bank: bank.id, version: v, answers: data.answers })));
    if (!result.ok) return fail(origin + ' n’a pas pu être lu (' + result.errors.map((e) => e.message).join(' ; ') + ').');
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
    lastText = '';
    update();
    showErrors(false);
    const hidden = result.ignored.length - dropped.length;
    status('Réponses reprises depuis ' + origin + ' : ' + plural(count, 'réponse', 'réponses') + '.' +
      (dropped.length ? ' Ce fichier vient de la version ' + v + ' de l’outil (cette page : version ' + version + ') ; ' +
        plural(dropped.length, 'réponse ne s’applique', 'réponses ne s’appliquent') + ' plus et ' + (dropped.length > 1 ? 'n’ont' : 'n’a') +
        ' pas été reprise' + (dropped.length > 1 ? 's' : '') + ' : ' + describe(dropped) + '.' : '') +
      (hidden ? ' ' + plural(hidden, 'réponse porte', 'réponses portent') + ' sur des questions sans objet d’après vos autres réponses : elles ne comptent pas.' : ''));
    return true;
  }

  function toBase64Url(text) {
    let binary = '';
    new TextEncoder().encode(text).forEach((b) => { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function fromBase64Url(text) {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  }
  function loadFromHash() {
    if (location.hash.indexOf('#r=') !== 0) return;
    let text;
    try { text = fromBase64Url(location.hash.slice(3)); } catch (e) { fail('Le lien de partage est incomplet ou abîmé.'); return; }
    load(text, 'le lien de partage');
  }

  // ---- actions ---------------------------------------------------------------------------
  function isoDate() {
    const d = new Date(), pad = (n) => (n < 10 ? '0' : '') + n;
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }
  const actions = {
    export: function () {
      const answers = collect(true), name = bank.id + '-reponses-' + isoDate() + '.json';
      const data = { bank: bank.id, version: version, date: isoDate(), answers: answers };
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' }));
      const a = link(url, name);
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      status('Fichier « ' + name + ' » téléchargé (' + plural(Object.keys(answers).length, 'réponse', 'réponses') + ').');
    },
    import: function () { $('import-file').click(); },
    share: function () {
      const url = location.href.split('#')[0] + '#r=' + toBase64Url(JSON.stringify(answersFile(collect(true))));
      const field = $('share-url');
      field.value = url;
      field.parentNode.hidden = false;
      const manual = () => { status('Copiez le lien affiché ci-dessous.'); field.focus(); field.select(); };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(() => status('Lien copié dans le presse-papiers ; il est aussi affiché ci-dessous.'), manual);
      } else manual();
    },
    reset: function () {
      if (!window.confirm('Effacer toutes les réponses de ce formulaire ? Téléchargez-les d’abord si vous voulez les garder.')) return;
      form.reset();
      $('share-url').parentNode.hidden = true;
      try { history.replaceState(null, '', location.href.split('#')[0]); } catch (e) { /* file:// in some browsers */ }
      importError = '';
      update();
      showErrors(false);
      status('Toutes les réponses ont été effacées.');
    },
    print: function () { buildReport(); window.print(); }
  };

  // The report prints instead of the form once something is answered; a blank form prints whole.
  function buildReport() {
    const answered = current && current.answered > 0;
    document.body.classList.toggle('has-report', !!answered);
    if (!current) return;
    $('report-meta').textContent = form.dataset.title + ' — version ' + version + ' — établi le ' +
      new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }) +
      ' — verdict : ' + current.verdict.label + '.';
    const dl = clear($('report-answer-list'));
    questions.forEach((item) => {
      if (item.box.hidden) return;
      const v = valueOf(item);
      dl.appendChild(el('dt', null, item.number + '. ' + item.q.text));
      let shown = 'Sans réponse';
      if (v !== undefined && item.type === 'number') shown = fmt.format(v) + (item.q.unit ? ' ' + item.q.unit : '');
      else if (v !== undefined && item.type === 'text') shown = v;
      else if (v !== undefined) shown = item.inputs.filter((i) => i.checked).map((i) => i.parentNode.textContent.trim()).join(' ; ');
      dl.appendChild(el('dd', v === undefined ? 'is-missing' : null, shown));
    });
    $('report-header').hidden = false;
    $('report-answers').hidden = false;
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
    form.addEventListener('click', (e) => {
      const button = e.target.closest('[data-action]');
      if (button && actions[button.dataset.action]) actions[button.dataset.action]();
    });
    $('error-summary').addEventListener('click', (e) => {
      const a = e.target.closest('a[href^="#"]'), target = a && $(a.getAttribute('href').slice(1));
      if (target) { e.preventDefault(); target.focus(); }
    });
    const file = $('import-file');
    file.addEventListener('change', () => {
      const chosen = file.files[0];
      if (!chosen) return;
      const reader = new FileReader();
      reader.onload = () => { file.value = ''; load(String(reader.result), 'le fichier « ' + chosen.name + ' »'); };
      reader.onerror = () => { file.value = ''; fail('le fichier « ' + chosen.name + ' » n’a pas pu être lu.'); };
      reader.readAsText(chosen);
    });
    window.addEventListener('hashchange', loadFromHash);
    window.addEventListener('beforeprint', buildReport);
    update();
    loadFromHash();
    showErrors(false);
    document.body.classList.add('forms-ready');
  }

  GuideCore.ready.then(start, () => reveal('core-unavailable'));
})();
