/* Site search: progressive enhancement of the search form every page carries.
 *
 * Without JavaScript the form submits to recherche.html (a static A–Z page). With it, the first
 * focus of the search field loads lunr, its French pipeline and the prebuilt index as classic
 * scripts (the only kind that loads from file://), then results appear as the user types.
 *
 * The index is built by the generator (generator/index/) byte-identical to lunr.js's own, with
 * one setting that must be repeated here: the tokenizer and the query lexer also split on
 * apostrophes, so that "l’intelligence" is indexed and searched as "l" + "intelligence".
 * Two things are applied here, at query time, so that the index stays what lunr.js builds:
 *  - synonyms (content/search-synonyms.yaml, in GUIDE_SEARCH.synonyms): a query holding
 *    "chatbot" is also run with "chatbot" replaced by "+agent +conversationnel", and each page
 *    keeps the better of its scores;
 *  - search weights (front matter `search_weight`, in each doc's "weight"): a doc's score is
 *    multiplied by its weight, so a legal statement comes after the guide's own pages.
 *
 * Plain ES2017, no modules, no eval, no inline script; DOM built with textContent only.
 */
(function () {
  'use strict';

  // Texts shown to the reader, from content/interface/search.yaml (written in by the generator),
  // filled in as GuideKit.fill does (tool-memory.js, not loaded by content pages).
  const MESSAGES = /* guide:messages */ {};
  const message = (key, values) => (MESSAGES[key] || key).replace(/\{([a-z][a-z0-9_]*)\}/g,
    (all, name) => (values && values[name] !== undefined && values[name] !== null ? String(values[name]) : all));

  const SEPARATOR = /[\s\-'\u2019]+/;
  const MAX_RESULTS = 10;
  const MAX_PAGE_RESULTS = 50;
  const DEBOUNCE_MS = 150;
  const SNIPPET_LENGTH = 180;
  const SNIPPET_LEAD = 60;
  const SCRIPTS = [
    'assets/vendor/lunr.min.js',
    'assets/vendor/lunr.stemmer.support.min.js',
    'assets/vendor/lunr.fr.min.js',
    'assets/search-index.js'
  ];
  // A character of a word, for the literal fallback's word boundaries.
  const WORD_CHAR = /[0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]/;

  const input = document.getElementById('search-q');
  const results = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const pageResults = document.getElementById('search-page-results');
  if (!input || !results) return;
  const form = input.form;
  let root = document.documentElement.getAttribute('data-root') || '';
  if (root && !root.endsWith('/')) root += '/';

  /* ---- Loading ------------------------------------------------------------------------- */

  let state = 'idle'; // idle | loading | ready | failed
  let waiting = [];
  let index = null;
  let docs = [];
  let synonyms = []; // [{terms: ['chatbot'], also: [['agent', 'conversationnel']]}]

  function loadScript(src, done, fail) {
    const script = document.createElement('script');
    script.src = src;
    script.onload = done;
    script.onerror = fail;
    document.head.appendChild(script);
  }

  function whenReady(callback) {
    if (state === 'ready') return callback();
    if (state === 'failed') return;
    waiting.push(callback);
    if (state === 'loading') return;
    state = 'loading';
    let next = 0;
    const fail = () => {
      state = 'failed';
      waiting = [];
      announce(message('unavailable'));
    };
    const step = () => {
      if (next < SCRIPTS.length) return loadScript(root + SCRIPTS[next++], step, fail);
      try {
        const lunr = window.lunr;
        // Must match the generator; lunr copied the old separator into the lexer at load time.
        lunr.tokenizer.separator = SEPARATOR;
        lunr.QueryLexer.termSeparator = SEPARATOR;
        index = lunr.Index.load(window.GUIDE_SEARCH.index);
        docs = window.GUIDE_SEARCH.docs;
        synonyms = prepareSynonyms(window.GUIDE_SEARCH.synonyms || []);
      } catch (e) {
        return fail();
      }
      state = 'ready';
      const callbacks = waiting;
      waiting = [];
      callbacks.forEach((cb) => { cb(); });
    };
    step();
  }

  /* ---- Querying ------------------------------------------------------------------------ */

  function lunrSearch(query) {
    try {
      return index.search(query);
    } catch (e) {
      if (!(e instanceof window.lunr.QueryParseError)) throw e;
    }
    // Bad syntax ("title:", "eau~", a lone "+"): search the words alone.
    const words = query.replace(/[:~^+\-*]+/g, ' ').trim();
    if (!words) return [];
    try {
      return index.search(words);
    } catch (e) {
      return [];
    }
  }

  function isStopWord(word) {
    return !window.lunr.fr.stopWordFilter(new window.lunr.Token(word));
  }

  // lunr.fr does not index its stop words ("un", "elle", …): a query made only of them would
  // find nothing, so look for them literally, whole words, in titles and texts.
  function literalSearch(words) {
    const found = [];
    docs.forEach((doc, i) => {
      let score = 0;
      words.forEach((word) => {
        score += 10 * countWord(`${doc.page} ${doc.section}`.toLowerCase(), word);
        score += countWord(doc.text.toLowerCase(), word);
      });
      if (score > 0) found.push({ ref: String(i), score, literal: words });
    });
    found.sort((a, b) => b.score - a.score || a.ref - b.ref);
    return found;
  }

  function countWord(text, word) {
    let count = 0;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      const before = at > 0 ? text.charAt(at - 1) : ' ';
      const after = text.charAt(at + word.length) || ' ';
      if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) count++;
    }
    return count;
  }

  /* ---- Synonyms and weights ------------------------------------------------------------ */

  // Words as the index reads them: cut, lower-cased, trimmed, stop words dropped. With `stem`,
  // also stemmed and without accents, to compare a query with a synonym; without, to write the
  // synonym's words into a query (lunr stems them itself when it runs the query).
  let pipelines = null;
  function words(text, stem) {
    const lunr = window.lunr;
    if (!pipelines) {
      pipelines = { plain: new lunr.Pipeline(), stemmed: new lunr.Pipeline() };
      pipelines.plain.add(lunr.fr.trimmer, lunr.fr.stopWordFilter);
      pipelines.stemmed.add(lunr.fr.trimmer, lunr.fr.stopWordFilter, lunr.fr.stemmer);
    }
    const pipeline = stem ? pipelines.stemmed : pipelines.plain;
    return pipeline.run(lunr.tokenizer(text))
      .map((token) => (stem ? fold(String(token)) : String(token))).filter(Boolean);
  }

  function fold(word) {
    return word.normalize ? word.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : word;
  }

  function prepareSynonyms(list) {
    const out = [];
    list.forEach((entry) => {
      const terms = words(entry.query, true);
      const also = entry.also.map((phrase) => words(phrase, false)).filter((phrase) => phrase.length > 0);
      if (terms.length && also.length) out.push({ terms, also });
    });
    return out;
  }

  // The queries a synonym adds: the typed query with the words that spell the synonym replaced
  // by its phrase, each of whose words is required ("chatbot public" → "public +agent
  // +conversationnel").
  function synonymQueries(query) {
    const typed = query.split(/\s+/);
    const terms = []; // every term of the query with the typed word it comes from
    typed.forEach((word, at) => {
      words(word, true).forEach((term) => { terms.push({ term, word: at }); });
    });
    const out = [];
    synonyms.forEach((synonym) => {
      const n = synonym.terms.length;
      for (let start = 0; start + n <= terms.length; start++) {
        let k = 0;
        while (k < n && terms[start + k].term === synonym.terms[k]) k++;
        if (k < n) continue;
        const first = terms[start].word, last = terms[start + n - 1].word;
        const rest = typed.filter((w, at) => at < first || at > last);
        synonym.also.forEach((phrase) => {
          out.push(rest.concat(phrase.map((w) => `+${w}`)).join(' '));
        });
      }
    });
    return out;
  }

  // Adds the results of `more` to `found`: a doc found by both keeps the higher score and the
  // terms matched by each (for the snippet's marks).
  function merge(found, more) {
    const byRef = Object.create(null);
    found.forEach((r) => { byRef[r.ref] = r; });
    more.forEach((r) => {
      const known = byRef[r.ref];
      if (!known) {
        byRef[r.ref] = r;
        found.push(r);
        return;
      }
      known.score = Math.max(known.score, r.score);
      known.matchData.combine(r.matchData);
    });
    return found;
  }

  // The doc's search weight (front matter search_weight; 1 when absent) applied to its score.
  // The sort is stable: results of equal score keep lunr's order.
  function weigh(found) {
    found.forEach((r) => {
      const doc = docs[Number(r.ref)];
      if (doc && typeof doc.weight === 'number') r.score *= doc.weight;
    });
    return found.sort((a, b) => b.score - a.score);
  }

  function search(query) {
    query = query.trim();
    if (!query) return [];
    let found = lunrSearch(query);
    if (!found.length) found = fallbackSearch(query);
    if (found.length && found[0].literal) return weigh(found);
    synonymQueries(query).forEach((q) => { merge(found, lunrSearch(q)); });
    return weigh(found);
  }

  // When lunr finds nothing: a query of stop words only is looked for literally, and an
  // unfinished last word as a prefix.
  function fallbackSearch(query) {
    const lunr = window.lunr;
    const typed = lunr.tokenizer(query).map((token) => String(lunr.fr.trimmer(token)))
      .filter((w) => w && !/[:~^+*]/.test(w));
    if (typed.length && typed.every(isStopWord)) return literalSearch(typed);
    // While typing, the last word is often incomplete: retry it as a prefix.
    if (/[0-9a-z\u00C0-\u024F]$/i.test(query)) return lunrSearch(`${query}*`);
    return [];
  }

  /* ---- Snippets ------------------------------------------------------------------------ */

  // [start, length] of every token of `text` whose search-pipeline form is a matched index term,
  // i.e. lunr's position metadata, computed here rather than stored in the index.
  function matchRanges(text, result) {
    const ranges = [];
    if (result.literal) {
      const lower = text.toLowerCase();
      result.literal.forEach((word) => {
        for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + word.length)) {
          if (!WORD_CHAR.test(lower.charAt(at - 1) || ' ') &&
              !WORD_CHAR.test(lower.charAt(at + word.length) || ' ')) ranges.push([at, word.length]);
        }
      });
      return ranges.sort((a, b) => a[0] - b[0]);
    }
    const terms = Object.create(null);
    Object.keys(result.matchData.metadata).forEach((t) => { terms[t] = true; });
    window.lunr.tokenizer(text).forEach((token) => {
      const position = token.metadata.position;
      const out = index.pipeline.run([token]);
      for (let i = 0; i < out.length; i++) {
        if (terms[String(out[i])]) {
          ranges.push(position);
          break;
        }
      }
    });
    return ranges;
  }

  // Appends `text` to `parent`, wrapping the ranges that fall inside [from, to) in <mark>.
  function appendMarked(parent, text, ranges, from, to) {
    let at = from;
    ranges.forEach((r) => {
      const start = r[0], end = r[0] + r[1];
      if (start < at || end > to) return;
      if (start > at) parent.appendChild(document.createTextNode(text.slice(at, start)));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      parent.appendChild(mark);
      at = end;
    });
    if (at < to) parent.appendChild(document.createTextNode(text.slice(at, to)));
  }

  function displayText(text) {
    // Token positions count UTF-16 units of the lower-cased text; in the rare text whose
    // lower-case form has another length (İ), show that form so the marks stay aligned.
    const lower = text.toLowerCase();
    return lower.length === text.length ? text : lower;
  }

  function snippet(doc, result) {
    const text = displayText(doc.text || '');
    const ranges = matchRanges(text, result);
    let from = 0;
    if (ranges.length) {
      from = Math.max(0, ranges[0][0] - SNIPPET_LEAD);
      if (from > 0) {
        const space = text.indexOf(' ', from);
        from = space !== -1 && space < ranges[0][0] ? space + 1 : from;
      }
    }
    let to = Math.min(text.length, from + SNIPPET_LENGTH);
    if (to < text.length) {
      const lastSpace = text.lastIndexOf(' ', to);
      if (lastSpace > from + SNIPPET_LEAD) to = lastSpace;
    }
    const paragraph = document.createElement('p');
    paragraph.className = 'search-result__snippet';
    if (from > 0) paragraph.appendChild(document.createTextNode('\u2026\u00a0'));
    appendMarked(paragraph, text, ranges, from, to);
    if (to < text.length) paragraph.appendChild(document.createTextNode('\u00a0\u2026'));
    return paragraph;
  }

  /* ---- Rendering ----------------------------------------------------------------------- */

  function plural(n) {
    if (n === 0) return message('no_results');
    return n === 1 ? message('one_result') : message('results', { count: n });
  }

  function announce(text) {
    if (status) status.textContent = text;
  }

  function titlePart(className, text, result) {
    const span = document.createElement('span');
    span.className = className;
    const shown = displayText(text);
    appendMarked(span, shown, matchRanges(shown, result), 0, shown.length);
    return span;
  }

  // Each result: its title as a link, then its snippet as plain text beside the link (one short
  // link per result, read out alone by screen readers and easy to click).
  function renderList(container, found, limit) {
    while (container.firstChild) container.removeChild(container.firstChild);
    const list = document.createElement('ul');
    list.className = 'search-results__list';
    found.slice(0, limit).forEach((result) => {
      const doc = docs[Number(result.ref)];
      if (!doc) return;
      const item = document.createElement('li');
      item.className = 'search-result';
      const link = document.createElement('a');
      link.href = root + doc.url;
      link.className = 'search-result__link';
      link.appendChild(titlePart('search-result__page', doc.page, result));
      if (doc.section) {
        link.appendChild(document.createTextNode(' \u2014 '));
        link.appendChild(titlePart('search-result__section', doc.section, result));
      }
      item.appendChild(link);
      item.appendChild(snippet(doc, result));
      list.appendChild(item);
    });
    if (list.firstChild) container.appendChild(list);
  }

  function showResults(query) {
    const found = search(query);
    // The query the list shows, for scripts (and tests) that wait for it.
    results.setAttribute('data-query', query);
    if (!query.trim()) {
      close();
      announce('');
      return;
    }
    renderList(results, found, MAX_RESULTS);
    results.hidden = found.length === 0;
    let summary = plural(found.length);
    if (found.length > MAX_RESULTS) summary += message('first_shown', { count: MAX_RESULTS });
    announce(summary);
  }

  function close() {
    results.hidden = true;
  }

  /* ---- Events -------------------------------------------------------------------------- */

  let timer = null;
  input.addEventListener('focus', () => { whenReady(() => {}); });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      whenReady(() => { showResults(input.value); });
    }, DEBOUNCE_MS);
  });

  function links() {
    return Array.from(results.querySelectorAll('a'));
  }

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !results.hidden) {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape' && !results.hidden) {
      event.preventDefault();
      close();
    }
  });

  results.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (at < all.length - 1) all[at + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (at > 0) all[at - 1].focus();
      else input.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
      input.focus();
    }
  });

  // Close the list when focus leaves the form (click elsewhere, Tab out).
  if (form) {
    form.addEventListener('focusout', () => {
      setTimeout(() => {
        if (!form.contains(document.activeElement)) close();
      }, 0);
    });
  }

  /* ---- recherche.html?q=… -------------------------------------------------------------- */

  if (pageResults && window.URLSearchParams) {
    const query = new URLSearchParams(window.location.search).get('q');
    if (query && query.trim()) {
      input.value = query;
      whenReady(() => {
        const found = search(query);
        renderList(pageResults, found, MAX_PAGE_RESULTS);
        let summary = message('results_for', { results: plural(found.length), query: query.trim() });
        if (found.length > MAX_PAGE_RESULTS) summary += message('first_shown', { count: MAX_PAGE_RESULTS });
        const heading = document.createElement('p');
        heading.className = 'search-page-results__summary';
        heading.textContent = summary;
        pageResults.insertBefore(heading, pageResults.firstChild);
        announce(summary);
      });
    }
  }
})();
