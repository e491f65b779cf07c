/* Turns the server-rendered annex pages into builders: the clause annex (profiles, documents,
   clauses, parameters, RC weights checked) and the sourcing questionnaire (profiles, themes).
   The page already holds the full document; this script only hides, renumbers and fills it,
   always through textContent: what the buyer types is text, never markup.
   The selection lives in the URL fragment (#profils=…&pieces=…&acheteur=…) so that a tailored
   annex can be bookmarked, shared and reopened from disk; nothing is stored in the browser.
   Classic script, no eval, no innerHTML: the pages run under a strict CSP from file://. */
(function () {
  'use strict';

  var form = document.getElementById('annex-form') || document.getElementById('questionnaire-form');
  var annex = document.getElementById('annexe');
  if (!form || !annex) return;
  var isClauses = form.id === 'annex-form';
  var errorsBox = document.getElementById('annex-errors');
  var status = document.getElementById('annex-status');
  var RESERVED = { profils: 1, pieces: 1, themes: 1, sans: 1, avec: 1 };

  function $all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function say(text) { status.textContent = ''; window.setTimeout(function () { status.textContent = text; }, 30); }
  function boxes(name) { return $all('input[type="checkbox"][name="' + name + '"]', form); }
  function checkedValues(name) { return boxes(name).filter(function (b) { return b.checked; }).map(function (b) { return b.value; }); }
  function words(attr, node) { return (node.getAttribute(attr) || '').split(/\s+/).filter(Boolean); }
  function intersects(a, b) { return a.some(function (x) { return b.indexOf(x) >= 0; }); }

  // Parameters as the page describes them (label, default, unit, bounds): no bank copy needed.
  var parameters = $all('.annex-field[data-field]', form).map(function (f) {
    var input = f.querySelector('input'), lab = f.querySelector('label');
    function bound(name) { return input.hasAttribute(name) ? Number(input.getAttribute(name)) : undefined; }
    return {
      id: f.getAttribute('data-field'), label: lab ? lab.textContent : '', type: input.type === 'number' ? 'number' : 'text',
      unit: input.getAttribute('data-unit') || '', min: bound('min'), max: bound('max'), 'default': input.getAttribute('data-default')
    };
  });
  var coverTitle = annex.querySelector('.annex-cover__title');
  var title = coverTitle ? coverTitle.textContent : document.title;
  function param(id) { for (var i = 0; i < parameters.length; i++) if (parameters[i].id === id) return parameters[i]; return null; }

  // ---------------------------------------------------------------- state <-> URL
  function readUrl() {
    var raw = window.location.hash.slice(1);
    if (raw.indexOf('=') < 0) raw = window.location.search.slice(1);  // a plain #anchor is no state
    var q = new URLSearchParams(raw), state = { params: {} };
    function list(key) { return q.has(key) ? q.get(key).split(',').filter(Boolean) : null; }
    state.profils = list('profils');
    state.pieces = list('pieces');
    state.themes = list('themes');
    state.sans = list('sans') || [];
    state.avec = list('avec') || [];
    q.forEach(function (value, key) { if (!RESERVED[key] && param(key)) state.params[key] = value; });
    return state;
  }

  function writeUrl(state) {
    var q = new URLSearchParams();
    function all(name) { return boxes(name).length === state[name].length; }
    if (!all('profils')) q.set('profils', state.profils.join(','));
    if (isClauses) {
      if (!all('pieces')) q.set('pieces', state.pieces.join(','));
      if (state.sans.length) q.set('sans', state.sans.join(','));
      if (state.avec.length) q.set('avec', state.avec.join(','));
      Object.keys(state.params).forEach(function (k) { if (state.params[k] !== '') q.set(k, state.params[k]); });
    } else if (!all('themes')) {
      q.set('themes', state.themes.join(','));
    }
    var hash = q.toString();
    var url = window.location.href.split('#')[0] + (hash ? '#' + hash : '');
    if (url === window.location.href) return;
    try { window.history.replaceState(null, '', url); } catch (e) { window.location.replace(url); }
  }

  // ---------------------------------------------------------------- form <-> state
  function setBoxes(name, values) {
    boxes(name).forEach(function (b) { b.checked = values === null || values.indexOf(b.value) >= 0; });
  }

  function clauseInScope(box, profiles) {
    var article = document.getElementById('q-' + box.value);
    return article ? intersects(words('data-profiles', article), profiles) : true;
  }

  function stateToForm(state) {
    setBoxes('profils', state.profils);
    if (isClauses) {
      setBoxes('pieces', state.pieces);
      var profiles = checkedValues('profils');
      boxes('clause').forEach(function (b) {
        b.checked = (clauseInScope(b, profiles) && state.sans.indexOf(b.value) < 0) || state.avec.indexOf(b.value) >= 0;
      });
      parameters.forEach(function (p) {
        var input = document.getElementById('param-' + p.id);
        if (input) input.value = state.params[p.id] || '';
      });
    } else {
      setBoxes('themes', state.themes);
    }
  }

  function formToState() {
    var state = { profils: checkedValues('profils'), params: {}, sans: [], avec: [] };
    if (isClauses) {
      state.pieces = checkedValues('pieces');
      boxes('clause').forEach(function (b) {
        var scope = clauseInScope(b, state.profils);
        if (scope && !b.checked) state.sans.push(b.value);
        if (!scope && b.checked) state.avec.push(b.value);
      });
      parameters.forEach(function (p) {
        var input = document.getElementById('param-' + p.id);
        if (input && input.value.trim() !== '') state.params[p.id] = input.value.trim();
      });
    } else {
      state.themes = checkedValues('themes');
    }
    return state;
  }

  // ---------------------------------------------------------------- validation
  function number(text) { return Number(String(text).replace(',', '.').replace(/\s/g, '')); }
  function label(p) { return p.label || p.id; }
  var WEIGHT_MIN_REASON = ', comme le recommande la Direction des achats de l\'État, pour que ce critère pèse réellement sur le choix de l\'offre.';

  function validate(state) {
    var errors = [];  // {field, message}
    if (!state.profils.length) errors.push({ field: boxes('profils')[0], message: 'Choisissez au moins un profil de fournisseurs.' });
    if (!isClauses) {
      if (!state.themes.length) errors.push({ field: boxes('themes')[0], message: 'Choisissez au moins un thème.' });
      return errors;
    }
    if (!state.pieces.length) errors.push({ field: boxes('pieces')[0], message: 'Choisissez au moins une pièce du marché.' });
    var total = 0, weightsOk = true;
    parameters.forEach(function (p) {
      if (p.type !== 'number') return;
      var input = document.getElementById('param-' + p.id);
      var raw = state.params[p.id] !== undefined ? state.params[p.id] : String(p['default']);
      var v = number(raw), weight = /^poids_/.test(p.id), msg = '';
      var unit = p.unit ? (p.unit === '%' ? ' %' : ' ' + p.unit) : '';
      if (!isFinite(v)) msg = label(p) + ' : saisissez un nombre.';
      else if (weight && (v < 0 || v > 100)) msg = label(p) + ' : la pondération doit être comprise entre 0 et 100 %.';
      else if (weight && typeof p.min === 'number' && v < p.min) msg = label(p) + ' : au moins ' + p.min + ' % (vous avez saisi ' + v + ' %)' + WEIGHT_MIN_REASON;
      else if (typeof p.min === 'number' && v < p.min) msg = label(p) + ' : ' + p.min + unit + ' au minimum.';
      else if (typeof p.max === 'number' && v > p.max) msg = label(p) + ' : ' + p.max + unit + ' au maximum.';
      if (msg) errors.push({ field: input, message: msg });
      if (weight) { if (isFinite(v)) total += v; else weightsOk = false; }
    });
    var totalBox = document.getElementById('weights-total');
    if (totalBox) {
      var fmt = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(total);
      totalBox.textContent = weightsOk ? 'Total des pondérations : ' + fmt + ' %' : '';
      totalBox.classList.toggle('field-error', weightsOk && Math.abs(total - 100) > 1e-9);
      if (weightsOk && Math.abs(total - 100) > 1e-9) {
        var first = document.querySelector('.annex-weights input');
        errors.push({ field: first, total: true, message: 'Le total des pondérations fait ' + fmt + ' % : il doit faire 100 %.' });
      }
    }
    return errors;
  }

  function showErrors(errors) {
    $all('.annex-field', form).forEach(function (f) {
      var input = f.querySelector('input'), box = f.querySelector('.field-error');
      if (!input || !box) return;
      var mine = errors.filter(function (e) { return e.field === input && !e.total; });
      box.hidden = !mine.length;
      box.textContent = mine.map(function (e) { return e.message; }).join(' ');
      if (mine.length) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', box.id + ' hint-' + input.id);
      } else {
        input.removeAttribute('aria-invalid');
        input.setAttribute('aria-describedby', 'hint-' + input.id);
      }
    });
    while (errorsBox.firstChild) errorsBox.removeChild(errorsBox.firstChild);
    errorsBox.hidden = !errors.length;
    if (!errors.length) return;
    errorsBox.appendChild(el('h2', errors.length > 1 ? errors.length + ' points à corriger' : 'Un point à corriger'));
    var ul = el('ul');
    errors.forEach(function (e) {
      var li = el('li'), a = el('a', e.message);
      a.href = '#' + (e.field && e.field.id ? e.field.id : form.id);
      a.addEventListener('click', function (ev) { if (e.field) { ev.preventDefault(); e.field.focus(); } });
      li.appendChild(a);
      ul.appendChild(li);
    });
    errorsBox.appendChild(ul);
  }

  // ---------------------------------------------------------------- applying the state
  var sheet = null;
  function cssString(s) {
    return '"' + String(s).replace(/[\\"]/g, '\\$&').replace(/[\u0000-\u001f\u007f]+/g, ' ') + '"';
  }
  // Margin boxes take only CSS strings: the running title comes from a constructed stylesheet
  // (no inline style, allowed by the CSP); browsers without margin boxes just ignore it.
  function runningTitle(left, right) {
    if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in document)) return;
    try {
      if (!sheet) { sheet = new CSSStyleSheet(); document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]); }
      var font = ' font-size: 8.5pt; font-family: system-ui, "Liberation Sans", Arial, sans-serif; }';
      sheet.replaceSync('@media print { @page annex { @top-left { content: ' + cssString(left) + ';' + font +
        ' @top-right { content: ' + cssString(right) + ';' + font + ' } }');
    } catch (e) { /* an old engine: the printed title on the first page is enough */ }
  }

  function paramValue(id) {
    var input = document.getElementById('param-' + id);
    var v = input ? input.value.trim() : '';
    var p = param(id);
    return v !== '' ? v : (p && p['default'] !== undefined ? String(p['default']) : '[…]');
  }

  function applyClauses(state) {
    var pieces = state.pieces;
    $all('.annex-clauses__doc', form).forEach(function (f) {
      f.hidden = pieces.indexOf(f.getAttribute('data-document')) < 0;
    });
    var chosen = {};
    boxes('clause').forEach(function (b) { chosen[b.value] = b.checked; });
    var any = false;
    $all('.annex-doc', annex).forEach(function (doc) {
      var on = pieces.indexOf(doc.getAttribute('data-document')) >= 0, n = 0;
      $all('.annex-section', doc).forEach(function (section) {
        var shown = 0;
        $all('.clause', section).forEach(function (c) {
          var visible = on && chosen[c.getAttribute('data-clause')] === true;
          c.hidden = !visible;
          if (visible) { shown += 1; n += 1; c.querySelector('.annex-num').textContent = 'Article ' + n; }
        });
        section.hidden = !shown;
      });
      doc.hidden = !n;
      any = any || n > 0;
    });
    // The contents follow the same choice and numbering.
    $all('.annex-toc > ul > li', annex).forEach(function (entry) {
      var on = pieces.indexOf(entry.getAttribute('data-document')) >= 0, n = 0;
      $all('li[data-clause]', entry).forEach(function (li) {
        var visible = on && chosen[li.getAttribute('data-clause')] === true;
        li.hidden = !visible;
        if (visible) { n += 1; li.querySelector('.annex-num').textContent = 'Article ' + n; }
      });
      entry.hidden = !n;
    });
    $all('.annex-param', annex).forEach(function (span) { span.textContent = paramValue(span.getAttribute('data-param')); });
    var empty = document.getElementById('annex-empty');
    if (empty) empty.hidden = any;
    runningTitle('Marché « ' + paramValue('marche') + ' » — réf. ' + paramValue('reference'),
      'Annexe environnementale et sociale');
  }

  function applyQuestionnaire(state) {
    var section = 0, question = 0;
    $all('.q-section', annex).forEach(function (s) {
      var visible = intersects(words('data-profiles', s), state.profils) && state.themes.indexOf(s.getAttribute('data-theme')) >= 0;
      s.hidden = !visible;
      if (!visible) return;
      section += 1;
      s.querySelector('h2 .annex-num').textContent = section + '.';
      $all('tbody tr', s).forEach(function (row) {
        question += 1;
        $all('.annex-num', row).forEach(function (n) { n.textContent = String(question); });
      });
    });
    var empty = document.getElementById('annex-empty');
    if (empty) empty.hidden = section > 0;
    // Pages get separated: each one carries a place for the company's name.
    runningTitle(title, 'Entreprise : ……………………………');
  }

  function apply(state) {
    if (isClauses) applyClauses(state); else applyQuestionnaire(state);
    var errors = validate(state);
    showErrors(errors);
    return errors;
  }

  // ---------------------------------------------------------------- exports
  // The document as printed: hidden parts, buyer notes, explanations and form labels removed.
  function cleanTree() {
    $all('table', annex).forEach(function (t) {
      var row = t.querySelector('tr');
      if (!row) return;
      $all('th, td', row).forEach(function (c) {
        var w = Math.round(c.getBoundingClientRect().width);
        if (w > 0) c.setAttribute('data-odt-width', String(w));
      });
    });
    var answers = {};
    $all('textarea', annex).forEach(function (t) { answers[t.name] = t.value; });
    var clone = annex.cloneNode(true);
    $all('[hidden], .no-print, .buyer-note, .annex-explain, details, .visually-hidden', clone).forEach(function (n) {
      if (n.parentNode) n.parentNode.removeChild(n);
    });
    // A candidate's answer typed on screen (e.g. during an interview) goes into the export.
    $all('textarea', clone).forEach(function (t) {
      t.parentNode.replaceChild(document.createTextNode(answers[t.name] || ''), t);
    });
    $all('[id]', clone).forEach(function (n) { n.removeAttribute('id'); });
    return clone;
  }

  function fileBase() {
    if (!isClauses) return 'questionnaire-sourcing';
    var slug = paramValue('reference').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return 'annexe-clauses' + (slug && slug !== 'reference' ? '-' + slug : '');
  }

  function download(bytes, type, name) {
    var url = URL.createObjectURL(new Blob([bytes], { type: type }));
    var a = el('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    window.setTimeout(function () { URL.revokeObjectURL(url); a.parentNode.removeChild(a); }, 1000);
  }

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
    say(ok ? 'Document copié : collez-le dans votre traitement de texte.' :
      'La copie n\'est pas permise ici : sélectionnez l\'aperçu et copiez-le (Ctrl+C).');
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
        say('Document copié (texte mis en forme) : collez-le dans votre traitement de texte.');
      }, copyBySelection);
    } else {
      copyBySelection();
    }
  }

  function ready(action) {
    var errors = apply(formToState());
    if (!errors.length) return true;
    errorsBox.focus();
    say('Corrigez d\'abord les points signalés en haut du formulaire avant de ' + action + '.');
    return false;
  }

  var actions = {
    print: function () { if (ready('imprimer')) window.print(); },
    copy: function () { if (ready('copier')) copyRich(); },
    odt: function () {
      if (!ready('télécharger')) return;
      var bytes = window.GuideAnnexExport.odt(cleanTree(), documentTitle(),
        isClauses ? 'Marché « ' + paramValue('marche') + ' » — réf. ' + paramValue('reference') : documentTitle());
      download(bytes, 'application/vnd.oasis.opendocument.text', fileBase() + '.odt');
      say('Fichier ' + fileBase() + '.odt téléchargé.');
    },
    md: function () {
      if (!ready('télécharger')) return;
      download(new TextEncoder().encode(window.GuideAnnexExport.markdown(cleanTree(), false)),
        'text/markdown;charset=utf-8', fileBase() + '.md');
      say('Fichier ' + fileBase() + '.md téléchargé.');
    },
    link: function () {
      var url = window.location.href;
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(function () { say('Lien copié : il reprend toutes vos sélections.'); },
          function () { say('Copiez l\'adresse de la page : elle reprend toutes vos sélections.'); });
      } else {
        say('Copiez l\'adresse de la page : elle reprend toutes vos sélections.');
      }
    },
    reset: function () {
      stateToForm({ profils: null, pieces: null, themes: null, sans: [], avec: [], params: {} });
      update();
      say('Sélection et paramètres rétablis.');
    }
  };

  // ---------------------------------------------------------------- wiring
  function update() {
    var state = formToState();
    apply(state);
    writeUrl(state);
  }

  function moveBuyerNotes() {
    $all('.buyer-note[data-note-for]', annex).forEach(function (note) {
      var slot = form.querySelector('.annex-choice[data-clause="' + note.getAttribute('data-note-for') + '"] .annex-choice__note');
      if (!slot) return;
      var details = el('details', undefined, 'help');
      details.appendChild(el('summary', 'Note à l\'acheteur'));
      note.classList.remove('notice');
      var title = note.querySelector('p');
      if (title && /Note à l'acheteur/.test(title.textContent)) note.removeChild(title);
      details.appendChild(note);
      slot.appendChild(details);
    });
  }

  function start() {
    var empty = el('p', isClauses ? 'Aucune clause choisie : cochez au moins une pièce et une clause.' :
      'Aucune section choisie : cochez au moins un profil et un thème.', 'notice no-print');
    empty.id = 'annex-empty';
    empty.hidden = true;
    annex.parentNode.insertBefore(empty, annex);
    if (isClauses) moveBuyerNotes();
    var stamp = new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
    $all('.annex-date', annex).forEach(function (d) { d.textContent = ' Document établi le ' + stamp + ', dans le navigateur, sans transmission de données.'; });
    $all('.annex-nojs').forEach(function (n) { n.hidden = true; });
    annex.classList.add('annex--built');
    var previewTitle = document.getElementById('apercu');
    if (previewTitle) previewTitle.hidden = false;
    form.hidden = false;
    stateToForm(readUrl());
    apply(formToState());

    form.addEventListener('change', function (ev) {
      var t = ev.target;
      if (t.name === 'profils') {  // a new profile choice restores its preselection
        var profiles = checkedValues('profils');
        boxes('clause').forEach(function (b) { b.checked = clauseInScope(b, profiles); });
      }
      update();
    });
    form.addEventListener('input', function (ev) { if (ev.target.tagName === 'INPUT' && ev.target.type !== 'checkbox') update(); });
    form.addEventListener('submit', function (ev) { ev.preventDefault(); });
    form.addEventListener('click', function (ev) {
      var b = ev.target.closest ? ev.target.closest('[data-action]') : null;
      if (b && actions[b.getAttribute('data-action')]) actions[b.getAttribute('data-action')]();
    });
    window.addEventListener('hashchange', function () {
      if (window.location.hash.indexOf('=') < 0) return;
      stateToForm(readUrl());
      apply(formToState());
    });
  }

  if (!window.GuideAnnexExport) return;  // annex-export.js missing: the page stays the full printable annex
  start();
}());
