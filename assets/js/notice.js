/* notice.js: the draft of the "mention explicite" and of the inventory entry, filled from the
 * grid's answers. The page carries the draft with every field blank (it prints as a form without
 * JavaScript) and, in the document's data-notice, each field's question and phrases. The answers
 * come through forms-answers.js (GuideForm), as on the grid's own pages: from the link, from the
 * tab's memory of the grid, or from an answers file, checked and evaluated by the core, so that an
 * answer to a question the grid hides does not count. A field the grid answers shows the answer
 * (a choice as its phrase); a field it does not answer stays a marked blank; a phrase left empty
 * takes out the paragraph, item or row that shows it. What was typed is put in as text.
 * Printing and the exports load annex-export.js on first use (the page keeps to its budget of
 * requests). Nothing is sent. */
(function () {
  'use strict';
  const F = window.GuideForm, doc = document.getElementById('document');
  if (!F || !doc || !doc.dataset.notice) return;
  const spec = JSON.parse(doc.dataset.notice);
  const $ = (id) => document.getElementById(id);
  const parts = Array.from(doc.querySelectorAll('.draft-part'));
  const pristine = parts.map((p) => p.cloneNode(true));
  const madeOn = $('notice-made-on');
  let lastResult = null, source = '';

  const msg = window.GuideKit.messages(spec.messages);  // tool-memory.js
  function say(text) { const s = $('annex-status'); s.textContent = ''; window.setTimeout(() => { s.textContent = text; }, 30); }

  // The text of one field for these answers: null for a blank, '' to leave out what shows it.
  function valueOf(field, answers, visible) {
    const item = field.question ? F.byId[field.question] : null;
    if (!item || !visible[field.question]) return null;
    const a = answers[field.question];
    if (a === undefined || a === null || a === '') return null;
    const phrase = (id) => {
      if (Object.prototype.hasOwnProperty.call(field.choices, id)) return field.choices[id];
      const c = (item.q.choices || []).find((x) => x.id === id);
      return c ? c.label : id;
    };
    if (item.type === 'text') return String(a).trim() || null;
    if (item.type === 'number') return F.fmt(a) + (item.q.unit ? '\u00a0' + item.q.unit : '');
    if (item.type === 'multi') {
      if (!Array.isArray(a) || !a.length) return null;
      return a.map(phrase).filter(Boolean).join(', ');
    }
    return phrase(a);
  }

  function fill(result) {
    lastResult = result;
    const answers = F.answers(), visible = {};
    result.visible.forEach((id) => { visible[id] = true; });
    let filled = 0, blanks = 0;
    parts.forEach((part, i) => {
      const fresh = pristine[i].cloneNode(true);
      part.parentNode.replaceChild(fresh, part);
      parts[i] = fresh;
      spec.fields.forEach((field) => {
        fresh.querySelectorAll('[data-field="' + field.id + '"]').forEach((span) => {
          const v = valueOf(field, answers, visible);
          if (v === null) { blanks += 1; return; }
          if (v === '') {
            const block = span.closest('li, tr, dd, p');
            if (block && block.parentNode) block.parentNode.removeChild(block);
            return;
          }
          span.textContent = v;
          span.classList.remove('is-blank');
          filled += 1;
        });
      });
    });
    choose();
    const stamp = new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
    madeOn.textContent = msg('made_on', { date: stamp, grille: F.title });
    const said = Object.keys(answers).length ? source + ' ' + msg('counts', { remplis: filled, blancs: blanks }) : msg('no_answers');
    $('notice-source').textContent = said;
  }

  // The parts left unticked are not printed or exported.
  function choose() {
    const kept = Array.from(document.querySelectorAll('input[name="parts"]:checked')).map((b) => b.value);
    parts.forEach((p) => { p.hidden = kept.indexOf(p.dataset.part) < 0; });
    return kept.length;
  }

  // ---------------------------------------------------------------- print and exports
  let exporter = null;
  function withExport(run) {
    if (window.GuideAnnexExport) { run(window.GuideAnnexExport); return; }
    if (!exporter) {
      exporter = new Promise((resolve, reject) => {
        const s = document.createElement('script');
        s.src = (document.documentElement.dataset.root || '') + 'assets/js/annex-export.js';
        s.onload = resolve;
        s.onerror = reject;
        document.head.appendChild(s);
      });
    }
    exporter.then(() => run(window.GuideAnnexExport), () => { exporter = null; say(msg('export_unavailable')); });
  }

  const TYPES = {
    odt: 'application/vnd.oasis.opendocument.text',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    md: 'text/markdown;charset=utf-8',
  };
  function exportAs(kind) {
    withExport((X) => {
      const tree = X.printable(doc), name = spec.id + '.' + kind;
      const bytes = kind === 'md' ? new TextEncoder().encode(X.markdown(tree, false)) : X[kind](tree, spec.title, spec.title);
      X.download(bytes, TYPES[kind], name);
      say(msg('downloaded', { fichier: name }));
    });
  }

  const actions = {
    print: () => withExport((X) => { X.runningTitle('draft', spec.title, ''); window.print(); }),
    odt: () => exportAs('odt'),
    docx: () => exportAs('docx'),
    md: () => exportAs('md'),
    import: () => $('notice-file').click(),
  };
  document.addEventListener('click', (e) => {
    const b = e.target.closest && e.target.closest('button[data-action]');
    if (!b || !actions[b.dataset.action]) return;
    if (b.dataset.action !== 'import' && !choose()) { say(msg('nothing_chosen')); return; }
    actions[b.dataset.action]();
  });
  document.addEventListener('change', (e) => {
    if (e.target.name === 'parts') choose();
  });
  $('notice-file').addEventListener('change', (e) => {
    const file = e.target.files && e.target.files[0];
    e.target.value = '';
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      const before = source;
      source = msg('from_file', { fichier: file.name });
      if (!F.load(String(reader.result), msg('file_origin', { fichier: file.name }))) { source = before; return; }
      if (lastResult) fill(lastResult);
    };
    reader.readAsText(file);
  });

  F.use({
    render: (result) => fill(result),
    arrived: (loaded, origin, restored) => {
      source = restored ? msg('from_memory') : msg('from_link');
      if (lastResult) fill(lastResult);
    },
  });
}());
