/* forms-result.js: the result of a bank's form (on its result page, or below the questions of a
 * one-page bank): the advice ("avis": the guide advises, elected officials decide) and its
 * reasons first (red lines crossed, what must still be established, the rule that decided, the
 * conditions not met), then the link that carries the advice into another tool, the score and each
 * section's share, chart, recommendations; and the actions on the answers (answers file export
 * and import, share link, reset, printed report), which the start page of a tool in steps also
 * has (resume from a file, clear). The answers come from the link or a
 * file (forms-answers.js, GuideForm) and, for a short bank, from the questions on the page. The
 * DOM is built with createElement/textContent; the bank's texts, rendered by the generator, are
 * cloned from the page's <template id="result-texts">. */
(function () {
  'use strict';
  const F = window.GuideForm;
  if (!F || !document.getElementById('tool-actions')) return;
  // Texts shown to the reader: content/interface/forms-result.yaml.
  const MESSAGES = /* guide:messages */ {};
  const message = F.messages(MESSAGES);
  const hasResult = !!document.getElementById('resultat');
  const el = F.el, link = F.link, clear = F.clear, plural = F.plural, fmt = F.fmt;
  const texts = document.getElementById('result-texts');
  const memo = {};
  let lastLevel = null;

  function $(id) { return document.getElementById(id); }
  function status(text) { $('action-status').textContent = text; }
  function clone(key) {
    const t = texts && texts.content.querySelector('[data-key="' + key + '"]');
    if (!t) return null;
    const out = document.createDocumentFragment();
    Array.from(t.childNodes).forEach((n) => out.appendChild(document.importNode(n, true)));
    return out;
  }
  // A block of the result is rebuilt only when its part of the result changes.
  function cached(name, key, make) {
    if (!memo[name] || memo[name].key !== key) memo[name] = { key: key, node: make() };
    return memo[name].node;
  }

  // The advice and its text, then the red lines crossed (renderRedLines), then the rest of its
  // reasons and the detail.
  function render(result, text) {
    const v = result.verdict, advice = clear($('result-advice')), body = clear($('result-body'));
    el('p', 'verdict verdict--' + v.level, message('verdict'), advice).appendChild(el('strong', null, v.label));
    const said = clone('verdict/' + v.level);
    if (said) el('div', 'verdict-text', null, advice).appendChild(said);
    if (v.pending && v.pending.length) body.appendChild(cached('pending', v.pending.join(' '), () => pendingList(v.pending)));
    el('p', 'verdict-why', null, body).append(el('strong', null, message('how')),
      message('rule', { rank: result.verdicts.findIndex((b) => b.matched) + 1, count: result.verdicts.length,
        explain: v.explain || v.label }));
    const open = (result.gates || []).filter((g) => g.open);
    if (open.length) {
      el('p', 'gates-open', message('gates', { list: open.map((g) => g.label).join(message('list_separator')) }), body);
    }
    const carry = texts && texts.content.querySelector('[data-key="carry/' + v.level + '"]');
    const carried = (F.bank.verdicts || []).find((b) => b.level === v.level && b.carry);
    if (carry && carried) {
      const a = link(carry.dataset.href + F.hashFor(carried.carry.bank, carried.carry.answers), carry.textContent,
        el('p', 'carry-link', null, body));
      a.id = 'carry-link';
    }
    if (result.max_score > 0) {
      el('p', 'score', message('score', { score: fmt(result.score), max: fmt(result.max_score),
        percent: Math.round(100 * result.score / result.max_score) }), body);
    }
    const counts = el('p', 'answer-counts', message('counts', {
      answered: plural(result.answered, message('answered_one'), message('answered')), shown: result.visible.length,
      missing: plural(result.missing, message('missing_one'), message('missing')) }) + ' ', body);
    if (result.missing_ids.length) F.questionLink(result.missing_ids[0], message('first_missing'), counts);
    if (result.max_score > 0) {
      const chart = cached('chart', JSON.stringify([result.sections, v.label]), () => svgChart(result, text));
      if (chart) el('div', 'chart', null, body).appendChild(chart);
      body.appendChild(cached('table', JSON.stringify(result.sections), () => sectionTable(result)));
    }
    if (result.recommendations.length) {
      body.appendChild(cached('advice', JSON.stringify(result.recommendations), () => recommendations(result)));
    }
    const dropped = result.ignored.filter((i) => i.reason !== 'hidden');
    if (dropped.length) el('p', 'notice', message('ignored', { list: F.describe(dropped) }), body);
    document.querySelectorAll('.how-verdict li[data-level]').forEach((li) => {
      li.classList.toggle('is-matched', li.dataset.level === v.level);
      if (li.dataset.level === v.level) li.setAttribute('aria-current', 'true'); else li.removeAttribute('aria-current');
    });
    if (lastLevel !== null && lastLevel !== v.level) $('verdict-status').textContent = message('new_verdict', { label: v.label });
    lastLevel = v.level;
    renderRedLines(result);
  }

  // The core draws, the page words: the title and the description, the chart's text alternative.
  // The core's SVG is parsed as XML and adopted, never assigned as HTML.
  function svgChart(result, resultText) {
    const sections = result.sections.map((s) => message('chart_section', { title: s.title, points: fmt(s.points),
      max: fmt(s.max_points), percent: s.max_points > 0 ? Math.round(Math.min(100, Math.max(0, 100 * s.points / s.max_points))) : 0 }));
    const words = { title: message('chart_title'), decimal: message('chart_decimal'),
      desc: message('chart_desc', { sections: sections.join(message('list_separator')), verdict: result.verdict.label }) };
    const doc = new DOMParser().parseFromString(GuideCore.chart(resultText, JSON.stringify(words)), 'image/svg+xml');
    const root = doc.documentElement;
    if (!root || root.localName !== 'svg' || root.namespaceURI !== 'http://www.w3.org/2000/svg' ||
        doc.getElementsByTagName('parsererror').length) return null;
    return document.adoptNode(root);
  }

  // The questions that explain the advice (not yet established, or unanswered), each a link;
  // past six, the rest are counted (a blank grid would list ninety; the page stays light).
  const PENDING_SHOWN = 6;
  function pendingList(ids) {
    const block = el('div', 'pending');
    el('p', null, message('pending'), block);
    const ul = el('ul', null, null, block);
    ids.slice(0, PENDING_SHOWN).forEach((id) => {
      const item = F.byId[id];
      F.questionLink(id, item ? message('question', { number: item.number, text: item.q.text }) : id, el('li', null, null, ul));
    });
    if (ids.length > PENDING_SHOWN) {
      // Said so that it reads the same on paper (the printed answers list them all).
      el('p', null, plural(ids.length - PENDING_SHOWN, message('pending_more_one'), message('pending_more')), block);
    }
    return block;
  }

  // Each section's points and its share of the note: what it really weighs.
  function sectionTable(result) {
    const table = el('table', 'table score-table');
    el('caption', null, message('table_caption'), table);
    const head = el('tr', null, null, el('thead', null, null, table)), rows = el('tbody', null, null, table);
    [message('col_section'), message('col_points'), message('col_max'), message('col_share')].forEach((t) => { el('th', null, t, head).scope = 'col'; });
    result.sections.forEach((s) => {
      const tr = el('tr', null, null, rows);
      el('th', null, s.title, tr).scope = 'row';
      el('td', null, fmt(s.points), tr);
      el('td', null, fmt(s.max_points), tr);
      el('td', null, fmt(s.share) + '\u00a0%', tr);
    });
    return table;
  }

  function recommendations(result) {
    const block = el('div');
    el('h3', null, message('recommendations'), block);
    const ul = el('ul', 'recommendations', null, block);
    result.recommendations.forEach((r) => {
      const li = el('li', null, null, ul), item = F.byId[r.question];
      const index = ((item && item.q.recommendations) || []).findIndex((x) => x.text === r.text);
      const key = 'recommendation/' + r.question + '/' + index, said = clone(key);
      li.appendChild(said || el('p', null, r.text));
      const p = el('p', 'recommendation-links', null, li);
      F.questionLink(r.question, message('question_link', { number: item ? item.number : r.question }), p);
      const source = texts && texts.content.querySelector('[data-key="' + key + '"]');
      if (source && source.dataset.href) { p.append(' · '); link(source.dataset.href, message('guide_says'), p); }
    });
    return block;
  }

  // Rebuilt only when the set of crossed red lines changes, so that the alert is announced once.
  function renderRedLines(result) {
    const key = result.red_lines.map((r) => r.question).join(' ');
    if (memo.red === key) return;
    memo.red = key;
    const region = clear($('red-line-alerts'));
    if (!result.red_lines.length) return;
    el('h3', null, result.red_lines.length > 1 ? message('red_lines') : message('red_line'), region);
    const ul = el('ul', null, null, region);
    result.red_lines.forEach((r) => {
      const li = el('li', null, null, ul), said = clone('red-line/' + r.question), item = F.byId[r.question];
      li.appendChild(said || el('p', null, r.message));
      if (item) F.questionLink(r.question, message('see_question', { number: item.number }), li);
    });
  }

  // ---- actions -------------------------------------------------------------------------------
  function isoDate() {
    const d = new Date(), pad = (n) => (n < 10 ? '0' : '') + n;
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }
  const answerCount = (n) => plural(n, message('answer_one'), message('answers'));
  function loaded(result, origin) {
    if (!result) return;
    const v = result.version, dropped = result.dropped;
    status(message('loaded', { origin, answers: answerCount(result.count) }) +
      (dropped.length ? ' ' + message('older', { version: v, current: F.version,
        dropped: plural(dropped.length, message('dropped_one'), message('dropped')), list: F.describe(dropped) }) : '') +
      (result.hidden ? ' ' + plural(result.hidden, message('hidden_one'), message('hidden')) : ''));
  }
  const actions = {
    export: function () {
      const answers = F.visibleAnswers(), name = F.bank.id + '-reponses-' + isoDate() + '.json';
      const saved = Object.assign({ bank: F.bank.id, version: F.version, date: isoDate() }, F.saved(answers));
      const url = URL.createObjectURL(new Blob([JSON.stringify(saved, null, 2) + '\n'], { type: 'application/json' }));
      const a = link(url, name, document.body);
      a.download = name;
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      status(message('downloaded', { name, answers: answerCount(Object.keys(answers).length) }));
    },
    import: function () { $('import-file').click(); },
    share: function () {
      const url = location.href.split('#')[0] + F.hashOf(F.visibleAnswers());
      const field = $('share-url');
      field.value = url;
      field.parentNode.hidden = false;
      const manual = () => { status(message('copy_link')); field.focus(); field.select(); };
      if (!navigator.clipboard) return manual();
      navigator.clipboard.writeText(url).then(() => status(message('link_copied')), manual);
    },
    reset: function () {
      if (!window.confirm(message('confirm_reset'))) return;
      if ($('share-url')) $('share-url').parentNode.hidden = true;
      F.reset();
      status(message('reset'));
    },
    print: function () { buildReport(); window.print(); },
  };

  // Once something is answered the report prints (header, result, answers); otherwise the page
  // as it is. The answers' copy exists only while printing.
  function buildReport() {
    const result = F.result(), answers = F.answers();
    document.body.classList.toggle('has-report', !!(result && result.answered > 0));
    if (!result) return;
    $('report-meta').textContent = message('report_meta', { title: F.title, version: F.version,
      date: new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }), verdict: result.verdict.label });
    const dl = clear($('report-answer-list'));
    result.visible.forEach((id) => {
      const item = F.byId[id], v = answers[id];
      if (!item) return;
      el('dt', null, (item.q.ref ? item.q.ref + ' ' : item.number + '. ') + item.q.text, dl);
      el('dd', v === undefined ? 'is-missing' : null, v === undefined ? message('unanswered') : F.answerText(id, v), dl);
    });
    $('report-header').hidden = false;
    $('report-answers').hidden = false;
  }
  function dropReport() {
    clear($('report-answer-list'));
    $('report-answers').hidden = true;
  }

  F.use({
    render: hasResult ? render : null,
    start: () => {
      $('tool-actions').addEventListener('click', (e) => {
        const button = e.target.closest('[data-action]');
        if (button && actions[button.dataset.action]) actions[button.dataset.action]();
      });
      const file = $('import-file');
      file.addEventListener('change', () => {
        const chosen = file.files[0], reader = new FileReader(), origin = message('file', { name: chosen && chosen.name });
        if (!chosen) return;
        reader.onload = () => { file.value = ''; loaded(F.load(String(reader.result), origin, true), origin); };
        reader.onerror = () => { file.value = ''; F.fail(message('unreadable', { origin })); };
        reader.readAsText(chosen);
      });
      if (!hasResult) return;
      window.addEventListener('beforeprint', buildReport);
      window.addEventListener('afterprint', dropReport);
    },
    arrived: (result, origin) => loaded(result, origin || message('link')),
  });
})();
