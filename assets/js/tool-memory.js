/* tool-memory.js: the tab's memory of each tool's answers in progress, so that leaving a tool (the
 * site menu, a link in the text, the browser's Back button to an earlier step) never loses them.
 * The address (#r=… or #profils=…) stays the truth the pages read and write; this memory only
 * answers one question when a tool page is shown: is the address's state the latest this tab
 * produced, or an older copy (the history entry of an earlier step, a menu link without state)?
 *
 * Rules, for a tool and the state F of the address:
 *  - no F: the latest state of this tab, if any, is restored;
 *  - F is the latest: nothing changes;
 *  - F is one this tab produced earlier (an older history entry): the latest replaces it;
 *  - else F came from elsewhere (a shared link, another tool's advice): it becomes the latest.
 *
 * Where it lives: the tab's sessionStorage (one entry per tool, erased when the tab closes, never
 * sent). Under file:// Firefox gives each file its own storage, so there the memory is the tab's
 * window.name, which Firefox empties when the tab moves to another site (Chromium does not, so it
 * is never used there). Firefox also gives each history entry the name it had when the tab left
 * it: its Back button brings a step back as it was left, without the answers given later on
 * (they come back with Forward); the page says so (staleNotice). Nothing leaves the browser. Tool scripts: forms-answers.js (checklists,
 * grid, AI Act tool), annex-state.js (clauses, sourcing questionnaire), footprint-state.js (calculator). */
(function () {
  'use strict';
  var KEY = 'guide-outil:';
  var NAME = 'guide-outils:';
  var EARLIER = 200;  // digests kept of the states replaced, i.e. of the older history entries
  var perFile = location.protocol === 'file:' && location.origin === 'null';

  // FNV-1a: states are compared by a short digest, the older ones need not be kept whole.
  function digest(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(36);
  }

  function fromName() {
    if (window.name.indexOf(NAME) !== 0) return {};
    try { return JSON.parse(window.name.slice(NAME.length)) || {}; } catch (e) { return {}; }
  }

  function read(tool) {
    try {
      var text = perFile ? JSON.stringify(fromName()[tool] || null) : window.sessionStorage.getItem(KEY + tool);
      var rec = text ? JSON.parse(text) : null;
      return rec && typeof rec.latest === 'string' && Array.isArray(rec.earlier) ? rec : null;
    } catch (e) {
      return null;  // storage refused (private mode, a policy): the address alone carries the state
    }
  }

  function save(tool, rec) {
    try {
      if (perFile) {
        // A window name that is not ours (a named target) is left alone.
        if (window.name && window.name.indexOf(NAME) !== 0) return;
        var all = fromName();
        all[tool] = rec;
        window.name = NAME + JSON.stringify(all);
      } else {
        window.sessionStorage.setItem(KEY + tool, JSON.stringify(rec));
      }
    } catch (e) { /* full or refused: the address still carries the state */ }
  }

  // After each change of a tool's state (fragment '' when nothing is answered).
  function remember(tool, fragment) {
    var rec = read(tool);
    if (!rec) {
      if (!fragment) return;  // nothing answered, nothing to keep: no storage written
      rec = { latest: '', earlier: [] };
    }
    if (rec.latest === fragment) return;
    if (rec.latest) {
      var d = digest(rec.latest);
      rec.earlier = rec.earlier.filter(function (x) { return x !== d; }).concat([d]).slice(-EARLIER);
    }
    rec.latest = fragment;
    save(tool, rec);
  }

  // The state to show for the address's state F (see the rules above). `restored` says that it
  // came from the memory, not from the address.
  function arrive(tool, fragment) {
    var rec = read(tool);
    if (!fragment) return { fragment: rec ? rec.latest : '', restored: !!(rec && rec.latest) };
    if (rec && fragment !== rec.latest && rec.earlier.indexOf(digest(fragment)) >= 0) {
      return { fragment: rec.latest, restored: true };
    }
    remember(tool, fragment);
    return { fragment: fragment, restored: false };
  }

  // Calls again() whenever the page is shown without being loaded anew (Back or Forward to a
  // page the browser kept whole, the bfcache) or its history entry changes (popstate): the tool
  // then asks arrive() again, as on its first showing.
  function watch(again) {
    window.addEventListener('pageshow', function (e) {
      if (e.persisted) { staleNotice(); again(); }
    });
    window.addEventListener('popstate', function () { again(); });
    var nav = window.performance && performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
    if (nav && nav.type === 'back_forward') staleNotice();
  }

  // Firefox from file:// only (see above): a page reached with the browser's arrows may lack
  // the answers given on later steps; said once, under the page title.
  function staleNotice() {
    var h1 = document.querySelector('main h1');
    if (!perFile || !h1 || document.getElementById('memory-notice')) return;
    var p = document.createElement('p');
    p.id = 'memory-notice';
    p.className = 'notice no-print';
    p.setAttribute('role', 'status');
    p.textContent = 'Page rouverte avec les flèches du navigateur : ouvert depuis votre disque, Firefox montre chaque ' +
      'étape avec les réponses qu’elle avait quand vous l’avez quittée. Si vous avez répondu ensuite à d’autres étapes, ' +
      'retrouvez-les avec la flèche « Suivant » du navigateur avant de continuer.';
    var header = h1.closest('header') || h1;
    header.parentNode.insertBefore(p, header.nextSibling);
  }

  window.GuideToolMemory = { arrive: arrive, remember: remember, watch: watch };
}());
