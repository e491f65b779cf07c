/* The last step of the annex tools: the document itself (clause annex or sourcing
   questionnaire), assembled from the selection the URL fragment carries (annex-state.js). The
   page ships the full document in its data script (assets/annex/<id>.js, written by the
   generator: the same escaped HTML as the step pages); this script parses it inert, keeps only
   the chosen documents, clauses or sections, renumbers them, fills the parameters through
   textContent (what the buyer typed is text, never markup), and only then puts it in the page:
   the page holds what will be printed or exported, nothing more.
   Exports: print (A4, running title), rich-text copy, .odt, .docx and Markdown (annex-export.js).
   Classic script, no eval: the pages run under a strict CSP from file://. */
(function () {
  'use strict';
  // Texts shown to the reader, from content/interface/annex.yaml (written in by the generator).
  const MESSAGES = /* guide:messages */ {};
  const message = window.GuideKit.messages(MESSAGES);  // tool-memory.js
  const el = window.GuideKit.el;  // el(tag, class, text, parent)

  const S = window.GuideAnnexState;
  const annex = document.getElementById('annexe');
  if (!S || !annex || !window.GuideAnnexExport) return;
  const data = (window.GUIDE_ANNEX || {})[annex.getAttribute('data-annex')];
  if (!data) return;
  const isClauses = !annex.classList.contains('questionnaire');
  const parameters = data.parameters || [];
  const errorsBox = document.getElementById('annex-errors');
  const status = document.getElementById('annex-status');
  let title = '';

  function $all(selector, root) { return Array.from((root || document).querySelectorAll(selector)); }
  function say(text) { status.textContent = ''; window.setTimeout(() => { status.textContent = text; }, 30); }
  function words(attr, node) { return (node.getAttribute(attr) || '').split(/\s+/).filter(Boolean); }
  function intersects(a, b) { return a.some((x) => b.includes(x)); }
  function remove(node) { if (node.parentNode) node.parentNode.removeChild(node); }
  function param(id) { return parameters.find((p) => p.id === id) || null; }

  let state = S.read();

  function paramValue(id) {
    const v = state.params[id];
    const p = param(id);
    return v !== undefined && v !== '' ? v : (p && p.default !== undefined ? String(p.default) : '[…]');
  }

  // ---------------------------------------------------------------- assembling
  function clauseChosen(article) {
    const id = article.getAttribute('data-clause');
    if (words('data-requires', article).some((p) => S.isRemoved(p, state))) return false;
    return intersects(words('data-profiles', article), state.profils) ? !state.sans.includes(id) : state.avec.includes(id);
  }

  // "Article 3" or "Annexe 3": the document's word stays, the number follows the selection.
  function renumber(num, n) { num.textContent = num.textContent.replace(/\d+$/, String(n)); }

  // Removes what the selection leaves out; returns how many items are left.
  function keepClauses(tree) {
    const chosen = {};
    let left = 0;
    $all('article[data-clause]', tree).forEach((c) => { chosen[c.getAttribute('data-clause')] = clauseChosen(c); });
    $all('.annex-doc', tree).forEach((doc) => {
      let n = 0;
      if (!state.pieces.includes(doc.getAttribute('data-document'))) { remove(doc); return; }
      $all('.annex-section', doc).forEach((section) => {
        $all('article[data-clause]', section).forEach((c) => {
          if (!chosen[c.getAttribute('data-clause')]) { remove(c); return; }
          n += 1;
          renumber(c.querySelector('.annex-num'), n);
        });
        if (!section.querySelector('article')) remove(section);
      });
      if (!n) remove(doc);
      left += n;
    });
    // The contents follow the same choice and numbering.
    $all('.annex-toc > ul > li', tree).forEach((entry) => {
      let n = 0;
      if (!state.pieces.includes(entry.getAttribute('data-document'))) { remove(entry); return; }
      $all('li[data-clause]', entry).forEach((li) => {
        if (!chosen[li.getAttribute('data-clause')]) { remove(li); return; }
        n += 1;
        renumber(li.querySelector('.annex-num'), n);
      });
      if (!n) remove(entry);
    });
    return left;
  }

  function keepSections(tree) {
    let section = 0, question = 0;
    $all('.q-section', tree).forEach((s) => {
      const profiles = words('data-profiles', s), theme = s.getAttribute('data-theme');
      const on = (!profiles.length || intersects(profiles, state.profils)) && (!theme || state.themes.includes(theme));
      if (!on) { remove(s); return; }
      section += 1;
      s.querySelector('h2 .annex-num').textContent = `${section}.`;
      $all('tbody tr', s).forEach((row) => {
        question += 1;
        row.querySelector('.annex-num').textContent = String(question);
        const answer = row.querySelector('textarea');
        if (answer) answer.setAttribute('aria-label', message('answer_label', { number: question }));
      });
    });
    return section;
  }

  // Parameters (clauses; the questionnaire's cover letter) take the buyer's values, as text.
  function fillParameters(tree) {
    $all('.annex-param', tree).forEach((span) => { span.textContent = paramValue(span.getAttribute('data-param')); });
    // A criterion weighted 0 is no criterion: the paragraph, item or table row stating it goes.
    $all('.annex-param[data-zero-removes]', tree).forEach((span) => {
      const block = span.closest('p, li, tr, dt, dd, h2, h3, h4, h5, h6');
      if (block && S.isRemoved(span.getAttribute('data-param'), state)) remove(block);
    });
  }

  function build() {
    const parsed = new DOMParser().parseFromString(data.html, 'text/html').body.firstElementChild;
    const left = isClauses ? keepClauses(parsed) : keepSections(parsed);
    fillParameters(parsed);
    const stamp = new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
    $all('.annex-date', parsed).forEach((d) => { d.textContent = ` ${message('made_on', { date: stamp })}`; });
    while (annex.firstChild) annex.removeChild(annex.firstChild);
    if (left) {
      while (parsed.firstChild) annex.appendChild(document.adoptNode(parsed.firstChild));
    }
    if (window.GuideIdentification) window.GuideIdentification.fill(state.identification);
    const coverTitle = annex.querySelector('.annex-cover__title');
    title = coverTitle ? coverTitle.textContent : document.title;
    if (isClauses) {
      runningTitle(marketTitle(), message('annex_title'));
    } else {
      // Pages get separated: each one carries a place for the company's name.
      runningTitle(title, message('company'));
    }
    return left;
  }

  // Nothing chosen yet (the page opened on its own) or nothing left: say so, and where to choose.
  function showEmpty(text) {
    const p = el('p', 'notice no-print', `${text} `);
    p.id = 'annex-empty';
    const a = el('a', null, isClauses ? message('back_clauses') : message('back_questionnaire'), p);
    a.href = S.href(S.steps[0], state);
    annex.parentNode.insertBefore(p, annex);
  }

  // ---------------------------------------------------------------- checks before printing
  function validate() {
    const errors = S.checkParameters(parameters, state).errors;
    while (errorsBox.firstChild) errorsBox.removeChild(errorsBox.firstChild);
    errorsBox.hidden = !errors.length;
    if (!errors.length) return errors;
    el('h2', null, errors.length > 1 ? message('errors', { count: errors.length }) : message('one_error'), errorsBox);
    const ul = el('ul');
    errors.forEach((e) => {
      // The link opens the step where the value is typed, with the selection.
      const p = param(e.id), li = el('li', null, null, ul), a = el('a', null, e.message, li);
      a.href = S.root + (p && p.page ? p.page : S.steps[0].url) + S.toFragment(state);
    });
    errorsBox.appendChild(ul);
    return errors;
  }

  // ---------------------------------------------------------------- applying the state
  function runningTitle(left, right) { window.GuideAnnexExport.runningTitle('annex', left, right); }
  function marketTitle() { return message('market', { market: paramValue('marche'), reference: paramValue('reference') }); }

  // ---------------------------------------------------------------- exports
  // The document as printed: hidden parts, buyer notes, explanations and form labels removed.
  function cleanTree() { return window.GuideAnnexExport.printable(annex); }

  function fileBase() {
    if (!isClauses) return 'questionnaire-sourcing';
    const slug = paramValue('reference').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return 'annexe-clauses' + (slug && slug !== 'reference' ? `-${slug}` : '');
  }

  function download(bytes, type, name) { window.GuideAnnexExport.download(bytes, type, name); }

  function documentTitle() {
    return isClauses ? `${title} — ${paramValue('marche')}` : title;
  }

  function copyBySelection() {
    const range = document.createRange(), sel = window.getSelection();
    range.selectNodeContents(annex);
    sel.removeAllRanges();
    sel.addRange(range);
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    sel.removeAllRanges();
    say(ok ? message('copied') : message('copy_refused'));
  }

  function copyRich() {
    const tree = cleanTree();
    const html = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title></title></head><body>${tree.outerHTML}</body></html>`;
    const text = window.GuideAnnexExport.markdown(tree, true);
    if (navigator.clipboard && navigator.clipboard.write && typeof window.ClipboardItem === 'function') {
      const item = new window.ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' })
      });
      navigator.clipboard.write([item]).then(() => {
        say(message('copied_rich'));
      }, copyBySelection);
    } else {
      copyBySelection();
    }
  }

  // `action`: what the button does, in the words of the texts below ("imprimer").
  function ready(action) {
    if (!annex.firstChild) {
      say(isClauses ? message('nothing_clauses', { action }) : message('nothing_sections', { action }));
      return false;
    }
    if (!validate().length) return true;
    errorsBox.focus();
    say(message('fix_first', { action }));
    return false;
  }

  const actions = {
    print() { if (ready(message('print'))) window.print(); },
    copy() { if (ready(message('copy'))) copyRich(); },
    odt() {
      if (!ready(message('download'))) return;
      const bytes = window.GuideAnnexExport.odt(cleanTree(), documentTitle(), isClauses ? marketTitle() : documentTitle());
      const name = `${fileBase()}.odt`;
      download(bytes, 'application/vnd.oasis.opendocument.text', name);
      say(message('downloaded', { name }));
    },
    docx() {
      if (!ready(message('download'))) return;
      const bytes = window.GuideAnnexExport.docx(cleanTree(), documentTitle(), isClauses ? marketTitle() : documentTitle());
      const name = `${fileBase()}.docx`;
      download(bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name);
      say(message('downloaded', { name }));
    },
    md() {
      if (!ready(message('download'))) return;
      const bytes = new TextEncoder().encode(window.GuideAnnexExport.markdown(cleanTree(), false));
      const name = `${fileBase()}.md`;
      download(bytes, 'text/markdown;charset=utf-8', name);
      say(message('downloaded', { name }));
    },
    link() {
      const url = window.location.href;
      const manual = () => { say(message('copy_address')); };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(() => { say(message('link_copied')); }, manual);
      } else {
        manual();
      }
    }
  };

  // ---------------------------------------------------------------- wiring
  function start() {
    const old = document.getElementById('annex-empty');
    if (old) remove(old);
    if (!state.present) {
      showEmpty(isClauses ? message('no_selection_clauses') : message('no_selection_questionnaire'));
      while (annex.firstChild) annex.removeChild(annex.firstChild);
      return;
    }
    if (!build()) {
      showEmpty(isClauses ? message('no_clause') : message('no_section'));
    }
    validate();
  }

  // The Word export beside the OpenDocument one. Made here rather than in the generated page so
  // that it appears with the script that makes the file (like the page's other JS-only buttons).
  $all('button[data-action="odt"]').forEach((odt) => {
    if (odt.parentNode.querySelector('button[data-action="docx"]')) return;
    const b = el('button', odt.className, message('docx'));
    b.type = 'button';
    b.setAttribute('data-action', 'docx');
    odt.parentNode.insertBefore(b, odt.nextSibling);
    odt.parentNode.insertBefore(document.createTextNode('\n'), b);
  });
  $all('[data-js-only]').forEach((n) => { n.hidden = false; });
  $all('.annex-nojs').forEach((n) => { n.hidden = true; });
  start();
  document.addEventListener('click', (ev) => {
    const b = ev.target.closest ? ev.target.closest('[data-action]') : null;
    if (b && actions[b.getAttribute('data-action')]) actions[b.getAttribute('data-action')]();
  });
  window.addEventListener('hashchange', () => {
    if (!window.location.hash.includes('=')) return;
    state = S.read();
    S.refresh(state);
    start();
  });
  // Shown again (Back, Forward): rebuilt only if the selection changed meanwhile, so that what
  // was typed in the document (a candidate's answers) stays.
  let shownFragment = S.toFragment(state);
  S.onShow((shown) => {
    if (S.toFragment(shown) === shownFragment && shown.present === state.present) return;
    state = shown;
    shownFragment = S.toFragment(state);
    start();
  });
  S.ready = true;  // the page's controls are live (tests wait for it)
}());
