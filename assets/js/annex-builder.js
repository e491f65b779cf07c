/* The controls of the annex tools' step pages: profiles and documents or themes (entry page),
   one checkbox per clause (document pages), the parameters (parameters page, weights beside the
   award-criteria clause). Each page holds only its own controls; the whole selection stays in the
   URL fragment (annex-state.js), so a change here keeps every other step's choices.
   What the buyer types is written with textContent only: text, never markup. */
(function () {
  'use strict';
  // Texts shown to the reader, from content/interface/annex-builder.yaml (written in by the generator).
  const MESSAGES = /* guide:messages */ {};
  const message = window.GuideKit.messages(MESSAGES);  // tool-memory.js

  const S = window.GuideAnnexState;
  if (!S) return;
  let state = S.read();
  const errorsBox = document.getElementById('annex-errors');
  const status = document.getElementById('annex-status');

  function $all(selector) { return Array.from(document.querySelectorAll(selector)); }
  function boxes(name) { return $all(`input[type="checkbox"][name="${name}"]`); }
  function checked(name) { return boxes(name).filter((b) => b.checked).map((b) => b.value); }
  function words(node, attr) { return (node.getAttribute(attr) || '').split(/\s+/).filter(Boolean); }
  function say(text) {
    if (!status) return;
    status.textContent = '';
    window.setTimeout(() => { status.textContent = text; }, 30);
  }
  function without(list, value) { return list.filter((x) => x !== value); }

  // ---------------------------------------------------------------- clauses on a document page
  function inScope(article) {
    return words(article, 'data-profiles').some((p) => state.profils.includes(p));
  }
  function clauseChosen(article) {
    const id = article.getAttribute('data-clause');
    return inScope(article) ? !state.sans.includes(id) : state.avec.includes(id);
  }
  function articleOf(box) { return box.closest('article[data-clause]'); }

  // ---------------------------------------------------------------- parameters on this page
  const fields = $all('.annex-field[data-field]').map((f) => {
    const input = f.querySelector('input'), label = f.querySelector('label');
    function bound(name) { return input.hasAttribute(name) ? Number(input.getAttribute(name)) : undefined; }
    return {
      id: f.getAttribute('data-field'), label: label ? label.textContent : '', input, box: f,
      type: input.type === 'number' ? 'number' : 'text', unit: input.getAttribute('data-unit') || '',
      min: bound('min'), max: bound('max'), default: input.getAttribute('data-default'),
      zero_removes: input.hasAttribute('data-zero-removes')
    };
  });
  // Parameter placeholders in the clause texts: the page shows the defaults, the script the values.
  const spans = $all('.annex-param[data-param]');
  const shown = spans.map((s) => s.textContent);
  // A parameter set to 0 where 0 removes it (a criterion without weight): the paragraph, item or
  // row that shows it, and the clauses that require it, are hidden as the annex will leave them out.
  const BLOCK = 'p, li, tr, dt, dd, h2, h3, h4, h5, h6';
  function fillParams() {
    spans.forEach((s, i) => {
      const v = state.params[s.getAttribute('data-param')];
      s.textContent = v !== undefined && v !== '' ? v : shown[i];
      const block = s.hasAttribute('data-zero-removes') && s.closest(BLOCK);
      if (block) block.hidden = S.isRemoved(s.getAttribute('data-param'), state);
    });
    $all('article[data-requires]').forEach((a) => {
      a.hidden = words(a, 'data-requires').some((id) => S.isRemoved(id, state));
    });
  }

  function showErrors(errors) {
    fields.forEach((f) => {
      const mine = errors.filter((e) => e.id === f.id && !e.total);
      let box = document.getElementById(`error-param-${f.id}`);
      if (mine.length && !box) {
        box = document.createElement('span');
        box.className = 'field-error';
        box.id = `error-param-${f.id}`;
        f.box.insertBefore(box, f.input);
      }
      if (box) box.hidden = !mine.length;
      if (box) box.textContent = mine.map((e) => e.message).join(' ');
      f.input.setAttribute('aria-describedby', (mine.length ? `${box.id} ` : '') + `hint-param-${f.id}`);
      if (mine.length) f.input.setAttribute('aria-invalid', 'true'); else f.input.removeAttribute('aria-invalid');
    });
    if (!errorsBox) return;
    while (errorsBox.firstChild) errorsBox.removeChild(errorsBox.firstChild);
    errorsBox.hidden = !errors.length;
    if (!errors.length) return;
    const h = document.createElement('h2');
    h.textContent = errors.length > 1 ? message('errors', { count: errors.length }) : message('one_error');
    const ul = document.createElement('ul');
    errors.forEach((e) => {
      const target = e.id ? document.getElementById(`param-${e.id}`) : e.field;
      const li = document.createElement('li'), a = document.createElement('a');
      a.textContent = e.message;
      a.href = `#${target && target.id ? target.id : 'contenu'}`;
      a.addEventListener('click', (ev) => { if (target) { ev.preventDefault(); target.focus(); } });
      li.appendChild(a);
      ul.appendChild(li);
    });
    errorsBox.appendChild(h);
    errorsBox.appendChild(ul);
  }

  function validate() {
    const errors = [];
    [['profils', message('no_profile')], ['pieces', message('no_document')],
      ['themes', message('no_theme')]].forEach(([name, text]) => {
      const list = boxes(name);
      if (list.length && !checked(name).length) errors.push({ field: list[0], message: text });
    });
    const checkedParams = S.checkParameters(fields, state);
    const total = document.getElementById('weights-total');
    if (total) {
      total.textContent = checkedParams.totalText;
      total.classList.toggle('field-error', checkedParams.errors.some((e) => e.total));
    }
    showErrors(errors.concat(checkedParams.errors));
  }

  // ---------------------------------------------------------------- state → page
  function show() {
    ['profils', 'pieces', 'themes'].forEach((name) => {
      boxes(name).forEach((b) => { b.checked = (state[name] || []).includes(b.value); });
    });
    boxes('clause').forEach((b) => {
      const article = articleOf(b);
      b.checked = clauseChosen(article);
      article.classList.toggle('clause--off', !b.checked);
    });
    fields.forEach((f) => { f.input.value = state.params[f.id] || ''; });
    if (window.GuideIdentification) window.GuideIdentification.fill(state.identification);
    fillParams();
    validate();
  }

  // ---------------------------------------------------------------- page → state
  function onChange(ev) {
    const t = ev.target;
    if (!t || !t.name) return;
    if (t.closest && t.closest('[data-identification]')) {
      // The identification printed on the document (tool-memory.js reads its fields).
      state.identification = window.GuideIdentification ? window.GuideIdentification.values() : {};
      S.write(state);
      return;
    }
    if (t.type === 'checkbox' && ['profils', 'pieces', 'themes'].includes(t.name)) {
      state[t.name] = checked(t.name);
      // A new profile choice restores its preselection of clauses.
      if (t.name === 'profils') { state.sans = []; state.avec = []; }
    } else if (t.type === 'checkbox' && t.name === 'clause') {
      const article = articleOf(t), id = t.value;
      state.sans = without(state.sans, id);
      state.avec = without(state.avec, id);
      if (inScope(article) && !t.checked) state.sans.push(id);
      if (!inScope(article) && t.checked) state.avec.push(id);
      article.classList.toggle('clause--off', !t.checked);
    } else if (t.closest && t.closest('.annex-field')) {
      if (t.value.trim() === '') delete state.params[t.name]; else state.params[t.name] = t.value.trim();
      fillParams();
    } else {
      return;
    }
    validate();
    S.write(state);
  }

  // The selection and the parameters go back to their defaults; the identification stays.
  function reset() {
    const identification = state.identification;
    state = S.defaults();
    state.identification = identification;
    show();
    S.write(state);
    say(message('reset'));
  }

  $all('[data-js-only]').forEach((n) => { n.hidden = false; });
  $all('.annex-nojs').forEach((n) => { n.hidden = true; });
  show();
  document.addEventListener('change', onChange);
  document.addEventListener('input', (ev) => { if (ev.target.type !== 'checkbox') onChange(ev); });
  $all('form.annex-form, form.annex-params').forEach((f) => { f.addEventListener('submit', (ev) => { ev.preventDefault(); }); });
  $all('[data-action="reset"]').forEach((b) => { b.addEventListener('click', reset); });
  window.addEventListener('hashchange', () => {
    if (!window.location.hash.includes('=')) return;
    state = S.read();
    show();
    S.refresh(state);
  });
  S.onShow((shown) => { state = shown; show(); });
  S.ready = true;  // the page's controls are live (tests wait for it)
}());
