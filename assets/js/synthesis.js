/* synthesis.js: the page of the sourcing synthesis. The buyer lists the suppliers who answered
 * (name, profiles), keeps the themes of the questionnaire sent, and enters, section by section,
 * how each supplier answered each question: one column per supplier. Below, the comparison table
 * (built from the page's <template>s) counts the answers question by question and theme by theme;
 * it prints (A4 landscape) and exports (.odt, .docx, .md: annex-export.js).
 *
 * Where the entries live: they are too large for the address, so they stay in the page, in the
 * tab's memory (tool-memory.js: kept while the tab is open, across the guide's pages) and in the
 * file the buyer saves ("Enregistrer dans un fichier"), the only copy that outlives the tab. The
 * page says when something is not saved to a file, and the browser asks before the page closes.
 * What the buyer types is text, put in the page with textContent. Nothing is sent. */
(function () {
  'use strict';
  const S = window.GuideSynthesis, X = window.GuideAnnexExport, memory = window.GuideToolMemory;
  const doc = document.getElementById('document');
  if (!S || !X || !doc) return;
  const data = S.data, msg = S.msg;
  const TOOL = data.id;
  const $ = (id) => document.getElementById(id);
  const form = $('synthesis-form');

  let state = S.empty();
  let saved = true;      // no change since the last file saved or read
  let section = '';      // the section being entered
  let newProfiles = [];  // the profiles a new supplier starts with: the questionnaire's selection

  const { el, clear } = window.GuideKit;  // tool-memory.js
  function fromTemplate(id) { return document.importNode($(id).content, true); }
  function say(text) { const s = $('annex-status'); s.textContent = ''; window.setTimeout(() => { s.textContent = text; }, 30); }
  function refOf(q) { return q.ref || q.id; }
  function levelOf(id) { return data.levels.find((l) => l.id === id); }

  // ---------------------------------------------------------------- keeping the entries
  function remember() {
    if (memory) memory.remember(TOOL, state.suppliers.length ? JSON.stringify({ state: state, saved: saved }) : '');
  }
  function showSaved() {
    $('synthesis-save-state').textContent = saved ? '' : msg('unsaved');
  }
  let redraw = 0;
  // After every change: remembered at once, the document redrawn (after a pause in typing).
  function changed(typing) {
    saved = false;
    remember();
    showSaved();
    window.clearTimeout(redraw);
    if (typing) redraw = window.setTimeout(renderDocument, 250);
    else renderDocument();
  }

  // The tab's latest entries, or a new synthesis taking the questionnaire's last selection (its
  // themes and profiles, from the tab's memory of the questionnaire).
  function arrive() {
    const kept = memory ? memory.arrive(TOOL, '') : { fragment: '' };
    if (kept.fragment) {
      try {
        const rec = JSON.parse(kept.fragment);
        const checked = S.fromFile(S.toFile(rec.state));
        if (checked.state) {
          state = checked.state;
          saved = rec.saved !== false;
          return msg('restored');
        }
      } catch (e) { /* an unreadable memory is left: a new synthesis starts */ }
    }
    state = S.empty();
    const q = memory ? memory.arrive(data.questionnaire, '').fragment : '';
    if (q) {
      const params = new URLSearchParams(q.replace(/^#/, ''));
      if (params.has('themes')) state.themes = params.get('themes').split(',').filter((t) => data.themes.some((x) => x.id === t));
      if (params.has('profils')) newProfiles = params.get('profils').split(',').filter((p) => data.profiles.some((x) => x.id === p));
    }
    return '';
  }

  // ---------------------------------------------------------------- suppliers and themes
  function renderSuppliers() {
    const list = clear($('synthesis-suppliers'));
    state.suppliers.forEach((sup, i) => {
      const row = fromTemplate('synthesis-supplier');
      const li = row.querySelector('li');
      li.dataset.index = String(i);
      const name = li.querySelector('input[name="name"]');
      name.value = sup.name;
      name.setAttribute('aria-label', msg('name_label', { n: i + 1 }));
      li.querySelectorAll('input[name="profile"]').forEach((box) => { box.checked = sup.profiles.indexOf(box.value) >= 0; });
      const legend = li.querySelector('legend');
      legend.dataset.heading = legend.textContent;
      showName(li, sup.name);
      list.appendChild(row);
    });
    form.querySelector('[data-action="add-supplier"]').disabled = state.suppliers.length >= S.maxSuppliers;
  }

  // Where a supplier's row shows its name: the frame's heading (the template's, then the name, in
  // the document's words) and the remove button's spoken label.
  function showName(li, name) {
    const legend = li.querySelector('legend');
    legend.textContent = msg('supplier_legend', { legend: legend.dataset.heading, entreprise: name });
    li.querySelector('[data-action="remove-supplier"]').setAttribute('aria-label', msg('remove_label', { entreprise: name }));
  }

  // A new name, in place (the list is not redrawn: the keyboard focus stays where it went).
  function nameSupplier(input) {
    const i = supplierIndex(input), li = input.closest('li'), sup = state.suppliers[i];
    showName(li, sup.name);
  }

  function renderThemes() {
    form.querySelectorAll('input[name="themes"]').forEach((box) => { box.checked = state.themes.indexOf(box.value) >= 0; });
  }

  // ---------------------------------------------------------------- entering the answers
  function renderSections() {
    const select = $('synthesis-section'), shown = S.sections(state);
    clear(select);
    shown.forEach((s) => {
      const o = el('option', null, s.title, select);
      o.value = s.id;
    });
    if (!shown.some((s) => s.id === section)) section = shown.length ? shown[0].id : '';
    select.value = section;
    select.disabled = !shown.length;
    renderEntry();
  }

  function renderEntry() {
    const box = clear($('synthesis-entry')), note = $('synthesis-entry-empty');
    const s = data.sections.find((x) => x.id === section);
    note.hidden = !!s;
    if (!s) {
      note.textContent = state.suppliers.length ? msg('no_section') : msg('no_supplier');
      return;
    }
    const table = fromTemplate('synthesis-entry-table');
    table.querySelector('caption').textContent = s.title;
    const head = table.querySelector('thead tr'), body = table.querySelector('tbody');
    const columns = [];
    state.suppliers.forEach((sup, i) => {
      if (!S.concerned(s, sup)) return;
      columns.push(i);
      const th = el('th', null, sup.name, head);
      th.scope = 'col';
    });
    s.questions.forEach((q) => {
      const tr = el('tr', null, null, body);
      tr.dataset.question = q.id;
      const ref = el('th', 'q-table__n', refOf(q), tr);
      ref.scope = 'row';
      const text = el('td', 'q-table__question', q.text, tr);
      if (q.expected) el('span', 'hint synthesis-expected', q.expected, text);
      columns.forEach((i) => {
        const sup = state.suppliers[i], a = sup.answers[q.id] || {};
        const td = el('td', 'synthesis-cell', null, tr);
        td.dataset.supplier = String(i);
        td.appendChild(fromTemplate('synthesis-cell'));
        const who = { entreprise: sup.name, question: refOf(q) };
        const level = td.querySelector('select'), proof = td.querySelector('input[name="proof"]'), noteBox = td.querySelector('input[name="note"]');
        level.value = a.level || '';
        level.setAttribute('aria-label', msg('level_label', who));
        proof.checked = !!a.proof;
        proof.setAttribute('aria-label', msg('proof_label', who));
        noteBox.value = a.note || '';
        noteBox.setAttribute('aria-label', msg('note_label', who));
      });
    });
    box.appendChild(table);
  }

  // ---------------------------------------------------------------- the document
  // A question no answer was entered for yet shows no count (not "0 of 0").
  function countText(n, total) { return total ? msg('count', { n: n, total: total }) : ''; }
  function shareText(n, total) {
    return msg('share', { n: n, total: total, part: Math.round(S.percent(n, total)) });
  }
  function cellText(a) {
    const l = levelOf(a.level);
    if (!l) return msg('not_entered');
    return l.short + (a.proof && a.level !== 'aucune' && a.level !== 'non_posee' ? ', ' + data.proof.short : '');
  }

  function renderDocument() {
    clear(doc);
    const t = S.tally(state);
    if (!t.entered) return;
    doc.appendChild(fromTemplate('synthesis-document'));
    const stamp = new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
    doc.querySelector('[data-slot="made-on"]').textContent = msg('made_on', { date: stamp });
    const themes = doc.querySelector('[data-slot="themes"]');
    t.themes.forEach((th) => {
      if (!th.expected) return;
      const tr = el('tr', null, null, themes);
      el('th', null, th.label.charAt(0).toUpperCase() + th.label.slice(1), tr).scope = 'row';
      el('td', null, String(th.questions), tr);
      el('td', null, String(th.suppliers), tr);
      el('td', null, shareText(th.reponse, th.expected), tr);
      el('td', null, shareText(th.complete, th.expected), tr);
      el('td', null, shareText(th.justificatif, th.expected), tr);
      const situation = el('td', 'synthesis-band', null, tr);
      el('strong', null, th.band.label, situation);
    });
    const sections = doc.querySelector('[data-slot="sections"]');
    t.sections.forEach((entry) => {
      // Only the questions something was entered for: a question nobody was asked about yet says
      // nothing of the market.
      const entered = entry.questions.filter((row) => row.t.cells.some((c) => c.answer.level));
      if (!entered.length) return;
      const part = fromTemplate('synthesis-section-table');
      part.querySelector('[data-slot="title"]').textContent = entry.section.title;
      const placeholder = part.querySelector('[data-slot="suppliers"]');
      const columns = [];
      state.suppliers.forEach((sup, i) => {
        if (!S.concerned(entry.section, sup)) return;
        columns.push(i);
        const th = el('th', null, S.displayName(state, i));
        th.scope = 'col';
        placeholder.parentNode.insertBefore(th, placeholder);
      });
      placeholder.parentNode.removeChild(placeholder);
      const rows = part.querySelector('[data-slot="rows"]');
      entered.forEach((row) => {
        const tr = el('tr', null, null, rows);
        el('th', null, refOf(row.q), tr).scope = 'row';
        el('td', null, row.q.text, tr);
        row.t.cells.forEach((c) => {
          const td = el('td', null, cellText(c.answer), tr);
          if (c.answer.note) el('span', 'synthesis-note', ' (' + c.answer.note + ')', td);
        });
        el('td', null, countText(row.t.reponse, row.t.expected), tr);
        el('td', null, countText(row.t.complete, row.t.expected), tr);
        el('td', null, countText(row.t.justificatif, row.t.expected), tr);
      });
      sections.appendChild(part);
    });
    // The printed pages' running title: the synthesis and the day it was made.
    X.runningTitle('synthesis', data.title, stamp);
  }

  // ---------------------------------------------------------------- reading the form
  function supplierIndex(node) { const li = node.closest('li[data-index]'); return li ? Number(li.dataset.index) : -1; }

  form.addEventListener('input', (e) => {
    const t = e.target;
    if (t.name === 'name') {
      const i = supplierIndex(t);
      if (i < 0) return;
      state.suppliers[i].name = t.value;
      changed(true);
      return;
    }
    if (t.name === 'note') { updateCell(t); changed(true); }
  });
  form.addEventListener('change', (e) => {
    const t = e.target;
    if (t.name === 'name') { nameSupplier(t); renderEntry(); return; }  // names head the columns
    if (t.name === 'profile') {
      const sup = state.suppliers[supplierIndex(t)];
      sup.profiles = Array.from(t.closest('fieldset').querySelectorAll('input:checked')).map((b) => b.value);
      changed();
      renderSections();
    } else if (t.name === 'themes') {
      state.themes = Array.from(form.querySelectorAll('input[name="themes"]:checked')).map((b) => b.value);
      changed();
      renderSections();
    } else if (t.id === 'synthesis-section') {
      section = t.value;
      renderEntry();
    } else if (t.name === 'level' || t.name === 'proof') {
      updateCell(t);
      changed();
    }
  });

  function updateCell(control) {
    const td = control.closest('td[data-supplier]'), tr = control.closest('tr[data-question]');
    const sup = state.suppliers[Number(td.dataset.supplier)];
    const a = {
      level: td.querySelector('select').value,
      proof: td.querySelector('input[name="proof"]').checked,
      note: td.querySelector('input[name="note"]').value,
    };
    if (!a.level && !a.proof && !a.note) delete sup.answers[tr.dataset.question];
    else sup.answers[tr.dataset.question] = a;
  }

  // ---------------------------------------------------------------- files
  function showErrors(title, errors) {
    const box = $('synthesis-errors'), list = clear($('synthesis-error-list'));
    box.hidden = !errors.length;
    if (!errors.length) return;
    $('synthesis-errors-title').textContent = title;
    errors.forEach((e) => el('li', null, e, list));
    box.focus();
  }

  function load(file) {
    const reader = new FileReader();
    reader.onload = () => {
      const read = S.fromFile(String(reader.result));
      if (read.errors) { showErrors(msg('load_failed', { fichier: file.name }), read.errors); return; }
      showErrors('', []);
      state = read.state;
      saved = true;
      remember();
      renderAll();
      const dropped = read.dropped.length ? ' ' + msg('loaded_dropped', { questions: read.dropped.join(', ') }) : '';
      $('synthesis-save-state').textContent = msg('loaded', { fichier: file.name }) + dropped;
    };
    reader.readAsText(file);
  }

  function fileName(ext) { return TOOL + '.' + ext; }

  function ready() {
    if (doc.firstChild) return true;
    say(msg('nothing_to_print'));
    return false;
  }
  function exported(name) { say(msg('downloaded', { fichier: name })); }

  const actions = {
    'add-supplier': () => {
      if (state.suppliers.length >= S.maxSuppliers) return;
      state.suppliers.push(S.newSupplier(state, newProfiles));
      changed();
      renderSuppliers();
      renderSections();
      const names = $('synthesis-suppliers').querySelectorAll('input[name="name"]');
      names[names.length - 1].focus();
      names[names.length - 1].select();
    },
    'remove-supplier': (button) => {
      const i = supplierIndex(button);
      if (i < 0) return;
      state.suppliers.splice(i, 1);
      changed();
      renderSuppliers();
      renderSections();
      const add = form.querySelector('[data-action="add-supplier"]');
      add.focus();
    },
    save: () => {
      X.download(new TextEncoder().encode(S.toFile(state)), 'application/json', fileName('json'));
      saved = true;
      remember();
      $('synthesis-save-state').textContent = msg('saved', { fichier: fileName('json') });
    },
    load: () => { $('synthesis-file').click(); },
    clear: () => {
      if (!window.confirm(msg('confirm_clear'))) return;
      state = S.empty();
      saved = true;
      remember();
      renderAll();
      $('synthesis-save-state').textContent = msg('cleared');
    },
    print: () => { if (ready()) window.print(); },
    odt: () => {
      if (!ready()) return;
      X.download(X.odt(X.printable(doc), data.title, data.title), 'application/vnd.oasis.opendocument.text', fileName('odt'));
      exported(fileName('odt'));
    },
    docx: () => {
      if (!ready()) return;
      X.download(X.docx(X.printable(doc), data.title, data.title),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fileName('docx'));
      exported(fileName('docx'));
    },
    md: () => {
      if (!ready()) return;
      X.download(new TextEncoder().encode(X.markdown(X.printable(doc), false)), 'text/markdown;charset=utf-8', fileName('md'));
      exported(fileName('md'));
    },
  };

  document.addEventListener('click', (e) => {
    const b = e.target.closest && e.target.closest('button[data-action]');
    if (b && actions[b.dataset.action]) actions[b.dataset.action](b);
  });
  $('synthesis-file').addEventListener('change', (e) => {
    if (e.target.files && e.target.files[0]) load(e.target.files[0]);
    e.target.value = '';
  });
  $('synthesis-anonymous').addEventListener('change', (e) => {
    state.anonymous = e.target.checked;
    changed();
  });
  // Closing the tab (or leaving the site) with entries not saved to a file loses them.
  window.addEventListener('beforeunload', (e) => {
    if (saved || !state.suppliers.length) return;
    e.preventDefault();
    e.returnValue = '';
  });

  function renderAll() {
    $('synthesis-anonymous').checked = state.anonymous;
    renderSuppliers();
    renderThemes();
    renderSections();
    renderDocument();
    showSaved();
  }

  document.querySelectorAll('[data-js-only]').forEach((n) => { n.hidden = false; });
  document.querySelectorAll('.annex-nojs').forEach((n) => { n.hidden = true; });
  const restored = arrive();
  renderAll();
  if (restored) $('synthesis-save-state').textContent = restored + (saved ? '' : ' ' + msg('unsaved'));
  window.GuideSynthesisPage = { ready: true };  // the page's controls are live (tests wait for it)
}());
