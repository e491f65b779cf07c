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
  var MESSAGES = /* guide:messages */ {};
  var message = window.GuideKit.messages(MESSAGES);  // tool-memory.js

  var S = window.GuideAnnexState;
  var annex = document.getElementById('annexe');
  if (!S || !annex || !window.GuideAnnexExport) return;
  var data = (window.GUIDE_ANNEX || {})[annex.getAttribute('data-annex')];
  if (!data) return;
  var isClauses = !annex.classList.contains('questionnaire');
  var parameters = data.parameters || [];
  var errorsBox = document.getElementById('annex-errors');
  var status = document.getElementById('annex-status');
  var title = '';

  function $all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function say(text) { status.textContent = ''; window.setTimeout(function () { status.textContent = text; }, 30); }
  function words(attr, node) { return (node.getAttribute(attr) || '').split(/\s+/).filter(Boolean); }
  function intersects(a, b) { return a.some(function (x) { return b.indexOf(x) >= 0; }); }
  function remove(node) { if (node.parentNode) node.parentNode.removeChild(node); }
  function param(id) { for (var i = 0; i < parameters.length; i++) if (parameters[i].id === id) return parameters[i]; return null; }

  var state = S.read();

  function paramValue(id) {
    var v = state.params[id];
    var p = param(id);
    return v !== undefined && v !== '' ? v : (p && p['default'] !== undefined ? String(p['default']) : '[…]');
  }

  // ---------------------------------------------------------------- assembling
  function clauseChosen(article) {
    var id = article.getAttribute('data-clause');
    if (words('data-requires', article).some(function (p) { return S.isRemoved(p, state); })) return false;
    return intersects(words('data-profiles', article), state.profils) ? state.sans.indexOf(id) < 0 : state.avec.indexOf(id) >= 0;
  }

  // "Article 3" or "Annexe 3": the document's word stays, the number follows the selection.
  function renumber(num, n) { num.textContent = num.textContent.replace(/\d+$/, String(n)); }

  // Removes what the selection leaves out; returns how many items are left.
  function keepClauses(tree) {
    var chosen = {}, left = 0;
    $all('article[data-clause]', tree).forEach(function (c) { chosen[c.getAttribute('data-clause')] = clauseChosen(c); });
    $all('.annex-doc', tree).forEach(function (doc) {
      var n = 0;
      if (state.pieces.indexOf(doc.getAttribute('data-document')) < 0) { remove(doc); return; }
      $all('.annex-section', doc).forEach(function (section) {
        $all('article[data-clause]', section).forEach(function (c) {
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
    $all('.annex-toc > ul > li', tree).forEach(function (entry) {
      var n = 0;
      if (state.pieces.indexOf(entry.getAttribute('data-document')) < 0) { remove(entry); return; }
      $all('li[data-clause]', entry).forEach(function (li) {
        if (!chosen[li.getAttribute('data-clause')]) { remove(li); return; }
        n += 1;
        renumber(li.querySelector('.annex-num'), n);
      });
      if (!n) remove(entry);
    });
    return left;
  }

  function keepSections(tree) {
    var section = 0, question = 0;
    $all('.q-section', tree).forEach(function (s) {
      var profiles = words('data-profiles', s), theme = s.getAttribute('data-theme');
      var on = (!profiles.length || intersects(profiles, state.profils)) && (!theme || state.themes.indexOf(theme) >= 0);
      if (!on) { remove(s); return; }
      section += 1;
      s.querySelector('h2 .annex-num').textContent = section + '.';
      $all('tbody tr', s).forEach(function (row) {
        question += 1;
        row.querySelector('.annex-num').textContent = String(question);
        var answer = row.querySelector('textarea');
        if (answer) answer.setAttribute('aria-label', message('answer_label', { number: question }));
      });
    });
    return section;
  }

  // Parameters (clauses; the questionnaire's cover letter) take the buyer's values, as text.
  function fillParameters(tree) {
    $all('.annex-param', tree).forEach(function (span) { span.textContent = paramValue(span.getAttribute('data-param')); });
    // A criterion weighted 0 is no criterion: the paragraph, item or table row stating it goes.
    $all('.annex-param[data-zero-removes]', tree).forEach(function (span) {
      var block = span.closest('p, li, tr, dt, dd, h2, h3, h4, h5, h6');
      if (block && S.isRemoved(span.getAttribute('data-param'), state)) remove(block);
    });
  }

  function build() {
    var parsed = new DOMParser().parseFromString(data.html, 'text/html').body.firstElementChild;
    var left = isClauses ? keepClauses(parsed) : keepSections(parsed);
    fillParameters(parsed);
    var stamp = new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
    $all('.annex-date', parsed).forEach(function (d) { d.textContent = ' ' + message('made_on', { date: stamp }); });
    while (annex.firstChild) annex.removeChild(annex.firstChild);
    if (left) {
      while (parsed.firstChild) annex.appendChild(document.adoptNode(parsed.firstChild));
    }
    if (window.GuideIdentification) window.GuideIdentification.fill(state.identification);
    var coverTitle = annex.querySelector('.annex-cover__title');
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
    var p = el('p', text + ' ', 'notice no-print');
    p.id = 'annex-empty';
    var a = el('a', isClauses ? message('back_clauses') : message('back_questionnaire'));
    a.href = S.href(S.steps[0], state);
    p.appendChild(a);
    annex.parentNode.insertBefore(p, annex);
  }

  // ---------------------------------------------------------------- checks before printing
  function validate() {
    var errors = S.checkParameters(parameters, state).errors;
    while (errorsBox.firstChild) errorsBox.removeChild(errorsBox.firstChild);
    errorsBox.hidden = !errors.length;
    if (!errors.length) return errors;
    errorsBox.appendChild(el('h2', errors.length > 1 ? message('errors', { count: errors.length }) : message('one_error')));
    var ul = el('ul');
    errors.forEach(function (e) {
      // The link opens the step where the value is typed, with the selection.
      var p = param(e.id), li = el('li'), a = el('a', e.message);
      a.href = S.root + (p && p.page ? p.page : S.steps[0].url) + S.toFragment(state);
      li.appendChild(a);
      ul.appendChild(li);
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
    var slug = paramValue('reference').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return 'annexe-clauses' + (slug && slug !== 'reference' ? '-' + slug : '');
  }

  function download(bytes, type, name) { window.GuideAnnexExport.download(bytes, type, name); }

  function documentTitle() {
    return isClauses ? title + ' — ' + paramValue('marche') : title;
  }

  function copyBySelection() {
    var range = document.createRange(), sel = window.getSelection();
    range.selectNodeContents(annex);
    sel.removeAllRanges();
    sel.addRange(range);
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    sel.removeAllRanges();
    say(ok ? message('copied') : message('copy_refused'));
  }

  function copyRich() {
    var tree = cleanTree();
    var html = '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title></title></head><body>' +
      tree.outerHTML + '</body></html>';
    var text = window.GuideAnnexExport.markdown(tree, true);
    if (navigator.clipboard && navigator.clipboard.write && typeof window.ClipboardItem === 'function') {
      var item = new window.ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' })
      });
      navigator.clipboard.write([item]).then(function () {
        say(message('copied_rich'));
      }, copyBySelection);
    } else {
      copyBySelection();
    }
  }

  // `action`: what the button does, in the words of the texts below ("imprimer").
  function ready(action) {
    if (!annex.firstChild) {
      say(isClauses ? message('nothing_clauses', { action: action }) : message('nothing_sections', { action: action }));
      return false;
    }
    if (!validate().length) return true;
    errorsBox.focus();
    say(message('fix_first', { action: action }));
    return false;
  }

  var actions = {
    print: function () { if (ready(message('print'))) window.print(); },
    copy: function () { if (ready(message('copy'))) copyRich(); },
    odt: function () {
      if (!ready(message('download'))) return;
      var bytes = window.GuideAnnexExport.odt(cleanTree(), documentTitle(), isClauses ? marketTitle() : documentTitle());
      download(bytes, 'application/vnd.oasis.opendocument.text', fileBase() + '.odt');
      say(message('downloaded', { name: fileBase() + '.odt' }));
    },
    docx: function () {
      if (!ready(message('download'))) return;
      var bytes = window.GuideAnnexExport.docx(cleanTree(), documentTitle(), isClauses ? marketTitle() : documentTitle());
      download(bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fileBase() + '.docx');
      say(message('downloaded', { name: fileBase() + '.docx' }));
    },
    md: function () {
      if (!ready(message('download'))) return;
      download(new TextEncoder().encode(window.GuideAnnexExport.markdown(cleanTree(), false)),
        'text/markdown;charset=utf-8', fileBase() + '.md');
      say(message('downloaded', { name: fileBase() + '.md' }));
    },
    link: function () {
      var url = window.location.href;
      var manual = function () { say(message('copy_address')); };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(function () { say(message('link_copied')); }, manual);
      } else {
        manual();
      }
    }
  };

  // ---------------------------------------------------------------- wiring
  function start() {
    var old = document.getElementById('annex-empty');
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
  $all('button[data-action="odt"]').forEach(function (odt) {
    if (odt.parentNode.querySelector('button[data-action="docx"]')) return;
    var b = el('button', message('docx'), odt.className);
    b.type = 'button';
    b.setAttribute('data-action', 'docx');
    odt.parentNode.insertBefore(b, odt.nextSibling);
    odt.parentNode.insertBefore(document.createTextNode('\n'), b);
  });
  $all('[data-js-only]').forEach(function (n) { n.hidden = false; });
  $all('.annex-nojs').forEach(function (n) { n.hidden = true; });
  start();
  document.addEventListener('click', function (ev) {
    var b = ev.target.closest ? ev.target.closest('[data-action]') : null;
    if (b && actions[b.getAttribute('data-action')]) actions[b.getAttribute('data-action')]();
  });
  window.addEventListener('hashchange', function () {
    if (window.location.hash.indexOf('=') < 0) return;
    state = S.read();
    S.refresh(state);
    start();
  });
  // Shown again (Back, Forward): rebuilt only if the selection changed meanwhile, so that what
  // was typed in the document (a candidate's answers) stays.
  var shownFragment = S.toFragment(state);
  S.onShow(function (shown) {
    if (S.toFragment(shown) === shownFragment && shown.present === state.present) return;
    state = shown;
    shownFragment = S.toFragment(state);
    start();
  });
  S.ready = true;  // the page's controls are live (tests wait for it)
}());
