/* tool-memory.js: what every tool page shares beyond its own scripts, loaded by every tool page
 * (templates/tool.mustache) before them: the tab's memory of each tool's state in progress
 * (GuideToolMemory), and the identification of the reports (GuideIdentification, at the end).
 * One script for both: a tool page's request budget has no room for one more.
 *
 * The memory: leaving a tool (the site menu, a link in the text, the browser's Back button to an
 * earlier step) never loses its answers.
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
  // `text` with its {names} filled in (a name as core/placeholders.h reads it); one without a
  // value (undefined or null) stays as written. Shared through GuideKit below.
  const fill = (text, values) => String(text).replace(/\{([a-z][a-z0-9_]*)\}/g,
    (all, name) => (values && values[name] !== undefined && values[name] !== null ? String(values[name]) : all));
  // A script's texts (its MESSAGES, content/interface/<script>.yaml, written in by the generator)
  // as the function that gives one, by key, filled in.
  const messages = (texts) => (key, values) => fill(texts[key] || key, values);
  // Texts shown to the reader: content/interface/tool-memory.yaml.
  const MESSAGES = /* guide:messages */ {};
  const message = messages(MESSAGES);
  const KEY = 'guide-outil:';
  const NAME = 'guide-outils:';
  const EARLIER = 200;  // digests kept of the states replaced, i.e. of the older history entries
  const perFile = location.protocol === 'file:' && location.origin === 'null';

  // FNV-1a: states are compared by a short digest, the older ones need not be kept whole.
  function digest(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(36);
  }

  function fromName() {
    if (!window.name.startsWith(NAME)) return {};
    try { return JSON.parse(window.name.slice(NAME.length)) || {}; } catch (e) { return {}; }
  }

  function read(tool) {
    try {
      const text = perFile ? JSON.stringify(fromName()[tool] || null) : window.sessionStorage.getItem(KEY + tool);
      const rec = text ? JSON.parse(text) : null;
      return rec && typeof rec.latest === 'string' && Array.isArray(rec.earlier) ? rec : null;
    } catch (e) {
      return null;  // storage refused (private mode, a policy): the address alone carries the state
    }
  }

  function save(tool, rec) {
    try {
      if (perFile) {
        // A window name that is not ours (a named target) is left alone.
        if (window.name && !window.name.startsWith(NAME)) return;
        const all = fromName();
        all[tool] = rec;
        window.name = NAME + JSON.stringify(all);
      } else {
        window.sessionStorage.setItem(KEY + tool, JSON.stringify(rec));
      }
    } catch (e) { /* full or refused: the address still carries the state */ }
  }

  // After each change of a tool's state (fragment '' when nothing is answered).
  function remember(tool, fragment) {
    let rec = read(tool);
    if (!rec) {
      if (!fragment) return;  // nothing answered, nothing to keep: no storage written
      rec = { latest: '', earlier: [] };
    }
    if (rec.latest === fragment) return;
    if (rec.latest) {
      const d = digest(rec.latest);
      rec.earlier = rec.earlier.filter((x) => x !== d).concat([d]).slice(-EARLIER);
    }
    rec.latest = fragment;
    save(tool, rec);
  }

  // The state to show for the address's state F (see the rules above). `restored` says that it
  // came from the memory, not from the address.
  function arrive(tool, fragment) {
    const rec = read(tool);
    if (!fragment) return { fragment: rec ? rec.latest : '', restored: !!(rec && rec.latest) };
    if (rec && fragment !== rec.latest && rec.earlier.includes(digest(fragment))) {
      return { fragment: rec.latest, restored: true };
    }
    remember(tool, fragment);
    return { fragment, restored: false };
  }

  // Calls again() whenever the page is shown without being loaded anew (Back or Forward to a
  // page the browser kept whole, the bfcache) or its history entry changes (popstate): the tool
  // then asks arrive() again, as on its first showing.
  function watch(again) {
    window.addEventListener('pageshow', (e) => {
      if (e.persisted) { staleNotice(); again(); }
    });
    window.addEventListener('popstate', () => { again(); });
    const nav = window.performance && performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
    if (nav && nav.type === 'back_forward') staleNotice();
  }

  // Firefox from file:// only (see above): a page reached with the browser's arrows may lack
  // the answers given on later steps; said once, under the page title.
  function staleNotice() {
    const h1 = document.querySelector('main h1');
    if (!perFile || !h1 || document.getElementById('memory-notice')) return;
    const p = document.createElement('p');
    p.id = 'memory-notice';
    p.className = 'notice no-print';
    p.setAttribute('role', 'status');
    p.textContent = message('stale');
    const header = h1.closest('header') || h1;
    header.parentNode.insertBefore(p, header.nextSibling);
  }

  window.GuideToolMemory = { arrive, remember, watch };

  // What the tools' own scripts share (GuideKit), written once here as every tool page loads
  // this script first: their texts' formatters; an element with its class, text and parent;
  // emptying one; and the
  // base64url codec of the links' fragments (#r=…: UTF-8 JSON), whose decoding throws on bytes
  // that are not UTF-8 (a damaged link is reported, not read as garbage).
  window.GuideKit = {
    fill,
    messages,
    el: (tag, cls, text, parent) => {
      const e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text !== undefined && text !== null) e.textContent = text;
      if (parent) parent.appendChild(e);
      return e;
    },
    clear: (e) => {
      while (e.firstChild) e.removeChild(e.firstChild);
      return e;
    },
    toBase64Url: (text) => {
      let binary = '';
      new TextEncoder().encode(text).forEach((b) => { binary += String.fromCharCode(b); });
      return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    },
    fromBase64Url: (text) => {
      const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
      return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    }
  };
}());

/* The identification of a report (organisation, project, participants, meeting date): the fields
 * of templates/tools/identification.mustache and the printed blocks of
 * identification-report.mustache. Each tool keeps the values in its own state, so that they
 * travel and are saved with its answers (forms-answers.js, annex-state.js); this only reads and
 * fills the page, as text. */
(function () {
  'use strict';
  const FIELDS = ['organisation', 'projet', 'participants', 'date'];
  const MAX = { organisation: 200, projet: 200, participants: 1000, date: 10 };
  const listeners = [];

  // The known fields only, non-blank text cut to their length, a date as YYYY-MM-DD; {} otherwise
  // (an older answers file, a hand-edited link).
  function clean(value) {
    const out = {};
    if (!value || typeof value !== 'object') return out;
    FIELDS.forEach((k) => {
      const v = value[k];
      if (typeof v === 'string' && v.trim() && (k !== 'date' || /^\d{4}-\d{2}-\d{2}$/.test(v))) out[k] = v.slice(0, MAX[k]);
    });
    return out;
  }
  function isEmpty(value) { return !Object.keys(clean(value)).length; }
  function form() { return document.querySelector('[data-identification]'); }
  function values() {
    const f = form(), out = {};
    if (!f) return null;
    FIELDS.forEach((k) => { out[k] = f.elements[k].value; });
    return clean(out);
  }

  // In a document sent to others (.annex) only what is filled in prints; a report prints a line
  // to fill in by hand. A date reads "12 mars 2027" (noon: the same day in every time zone).
  function showReports(v) {
    document.querySelectorAll('[data-identification-report]').forEach((block) => {
      const sent = !!block.closest('.annex');
      FIELDS.forEach((k) => {
        const dd = block.querySelector(`[data-identification-field="${k}"]`);
        dd.textContent = k === 'date' && v[k] ? new Date(`${v[k]}T12:00:00`).toLocaleDateString('fr-FR',
          { day: 'numeric', month: 'long', year: 'numeric' }) : v[k] || '';
        dd.hidden = dd.previousElementSibling.hidden = sent && !v[k];
      });
      block.hidden = sent && isEmpty(v);
    });
  }

  // The fields (but the one being typed in) and the printed blocks show `value`; folded fields
  // unfold when they hold something.
  function fill(value) {
    const v = clean(value), f = form();
    if (f) {
      FIELDS.forEach((k) => { if (f.elements[k] !== document.activeElement) f.elements[k].value = v[k] || ''; });
      if (!isEmpty(v) && f.closest('details')) f.closest('details').open = true;
    }
    showReports(v);
  }

  document.addEventListener('input', (e) => {
    if (!e.target.closest || !e.target.closest('[data-identification]')) return;
    const v = values();
    showReports(v);
    listeners.forEach((fn) => { fn(v); });
  });

  window.GuideIdentification = {
    fields: FIELDS, clean, isEmpty, values, fill,
    onChange: (fn) => { listeners.push(fn); }  // fn(values) after each edit of a field
  };
}());
