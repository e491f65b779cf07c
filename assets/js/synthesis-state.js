/* synthesis-state.js: what the sourcing synthesis holds and counts, without the page. The data
 * script (assets/documents/<id>.js, written by the generator from the questionnaire's compiled
 * bank) gives the sections, questions, answer levels, bands and sentences; this script keeps the
 * buyer's entries ({themes, anonymous, suppliers: [{name, profiles, answers: {question: {level,
 * proof, note}}}]}), writes and reads them as a file (checked in full before anything is
 * replaced), and counts, question by question and theme by theme, how many suppliers answered,
 * completely, with a means of proof. It never adds up a supplier's answers: the synthesis
 * describes the market, it ranks no firm (the page says why). Nothing is sent. */
(function () {
  'use strict';
  const root = document.getElementById('document');
  const data = root && window.GUIDE_DOCUMENTS && window.GUIDE_DOCUMENTS[root.dataset.tool];
  if (!data) return;

  const FORMAT = 1;            // the version of the file this page writes and reads
  const MAX_SUPPLIERS = 10;    // columns that still fit an A4 landscape page
  const ANSWERED = { complete: true, partielle: true };
  const COUNTED = { complete: true, partielle: true, aucune: true };  // non_posee is not counted

  const profileIds = data.profiles.map((p) => p.id);
  const themeIds = data.themes.map((t) => t.id);
  const levelIds = data.levels.map((l) => l.id);
  const questions = {};  // id → {q, section}
  data.sections.forEach((s) => s.questions.forEach((q) => { questions[q.id] = { q: q, section: s }; }));

  // A sentence of the page with its {names} filled in.
  const msg = window.GuideKit.messages(data.messages);  // tool-memory.js

  function empty() { return { themes: themeIds.slice(), anonymous: false, suppliers: [] }; }

  function newSupplier(state, profiles) {
    return { name: msg('supplier_name', { n: state.suppliers.length + 1 }), profiles: profiles.slice(), answers: {} };
  }

  function toFile(state) {
    return JSON.stringify({
      tool: data.id, version: FORMAT, questionnaire: data.questionnaire,
      questionnaire_version: data.questionnaire_version, themes: state.themes, anonymous: state.anonymous,
      suppliers: state.suppliers,
    }, null, 1);
  }

  function isObject(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }

  // Reads a saved file. Returns {state, dropped: [question ids of an older questionnaire]} or
  // {errors: [sentences]}: everything is checked before the page takes anything.
  function fromFile(text) {
    let file;
    try { file = JSON.parse(text); } catch (e) { return { errors: [msg('error_json')] }; }
    if (!isObject(file) || file.tool !== data.id) return { errors: [msg('error_tool')] };
    if (!Number.isInteger(file.version) || file.version < 1 || file.version > FORMAT) {
      return { errors: [msg('error_version', { version: file.version, attendue: FORMAT })] };
    }
    if (file.questionnaire !== data.questionnaire) return { errors: [msg('error_bank', { questionnaire: file.questionnaire })] };
    const qv = file.questionnaire_version;
    if (qv !== undefined && (!Number.isInteger(qv) || qv > data.questionnaire_version)) {
      return { errors: [msg('error_version', { version: qv, attendue: data.questionnaire_version })] };
    }
    if (!Array.isArray(file.suppliers)) return { errors: [msg('error_suppliers')] };
    const errors = [], dropped = {};
    if (file.suppliers.length > MAX_SUPPLIERS) errors.push(msg('error_too_many', { n: file.suppliers.length, max: MAX_SUPPLIERS }));
    const themes = file.themes === undefined ? themeIds.slice() : file.themes;
    if (!Array.isArray(themes)) errors.push(msg('error_theme', { theme: String(themes) }));
    else themes.filter((t) => themeIds.indexOf(t) < 0).forEach((t) => errors.push(msg('error_theme', { theme: t })));
    const suppliers = file.suppliers.slice(0, MAX_SUPPLIERS).map((s, i) => {
      const n = i + 1;
      if (!isObject(s) || typeof s.name !== 'string' || !s.name.trim()) {
        errors.push(msg('error_name', { n: n }));
        return null;
      }
      const who = { n: n, entreprise: s.name };
      const profiles = Array.isArray(s.profiles) ? s.profiles : [];
      profiles.filter((p) => profileIds.indexOf(p) < 0).forEach((p) => errors.push(msg('error_profile', Object.assign({ profil: p }, who))));
      const answers = {};
      Object.keys(isObject(s.answers) ? s.answers : {}).forEach((id) => {
        const a = s.answers[id];
        const known = questions[id];
        const ref = known && known.q.ref ? known.q.ref : id;
        if (!known) {
          // A question of an older questionnaire, since removed: dropped and said. In a file of
          // the current version, an unknown question is a mistake.
          if (qv !== undefined && qv < data.questionnaire_version) dropped[id] = true;
          else errors.push(msg('error_answer', Object.assign({ question: id }, who)));
          return;
        }
        if (!isObject(a) || (a.note !== undefined && typeof a.note !== 'string') ||
            (a.proof !== undefined && typeof a.proof !== 'boolean')) {
          errors.push(msg('error_answer', Object.assign({ question: ref }, who)));
          return;
        }
        if (a.level !== undefined && a.level !== '' && levelIds.indexOf(a.level) < 0) {
          errors.push(msg('error_level', Object.assign({ question: ref, niveau: a.level }, who)));
          return;
        }
        answers[id] = { level: a.level || '', proof: !!a.proof, note: (a.note || '').slice(0, 300) };
      });
      return { name: s.name.trim().slice(0, 120), profiles: profiles.filter((p) => profileIds.indexOf(p) >= 0), answers: answers };
    });
    if (!file.suppliers.length) errors.push(msg('error_suppliers'));
    if (errors.length) return { errors: errors };
    return {
      state: { themes: themes.slice(), anonymous: file.anonymous === true, suppliers: suppliers },
      dropped: Object.keys(dropped),
    };
  }

  function concerned(section, supplier) {
    return !section.profiles.length || section.profiles.some((p) => supplier.profiles.indexOf(p) >= 0);
  }

  // The sections to enter and to print: a theme kept, and at least one supplier asked.
  function sections(state) {
    return data.sections.filter((s) => (!s.theme || state.themes.indexOf(s.theme) >= 0) &&
      state.suppliers.some((sup) => concerned(s, sup)));
  }

  // How a question fared: per supplier concerned, its answer; then the counts over the answers
  // entered (a question not asked, or not entered yet, counts in none of them).
  function questionTally(section, q, state) {
    const t = { cells: [], expected: 0, reponse: 0, complete: 0, justificatif: 0 };
    state.suppliers.forEach((sup, i) => {
      if (!concerned(section, sup)) return;
      const a = sup.answers[q.id] || { level: '', proof: false, note: '' };
      t.cells.push({ supplier: i, answer: a });
      if (!COUNTED[a.level]) return;
      t.expected += 1;
      if (ANSWERED[a.level]) t.reponse += 1;
      if (a.level === 'complete') t.complete += 1;
      if (ANSWERED[a.level] && a.proof) t.justificatif += 1;
    });
    return t;
  }

  function percent(n, total) { return total ? (100 * n) / total : 0; }

  // The first band whose condition holds (the last one always does).
  function band(theme) {
    return data.bands.find((b) => {
      if (b.suppliers_below) return theme.suppliers < b.suppliers_below;
      if (b.measure) return percent(theme[b.measure], theme.expected) >= b.at_least;
      return true;
    });
  }

  // Every count the document prints: the themes (with their band) and the sections' questions.
  function tally(state) {
    const shown = sections(state);
    const byTheme = {};
    const out = { themes: [], sections: [] };
    shown.forEach((s) => {
      const questionsOut = s.questions.map((q) => ({ q: q, t: questionTally(s, q, state) }));
      out.sections.push({ section: s, questions: questionsOut });
      const key = s.theme || s.id;
      if (!byTheme[key]) {
        const label = (data.themes.find((t) => t.id === s.theme) || { label: s.title }).label;
        byTheme[key] = { id: key, label: label, questions: 0, expected: 0, reponse: 0, complete: 0, justificatif: 0, askedOf: {} };
        out.themes.push(byTheme[key]);
      }
      const th = byTheme[key];
      questionsOut.forEach((row) => {
        if (row.t.expected) th.questions += 1;  // the questions with at least one answer entered
        ['expected', 'reponse', 'complete', 'justificatif'].forEach((k) => { th[k] += row.t[k]; });
        row.t.cells.forEach((c) => { if (COUNTED[c.answer.level]) th.askedOf[c.supplier] = true; });
      });
    });
    out.themes.forEach((th) => {
      th.suppliers = Object.keys(th.askedOf).length;
      th.band = th.expected ? band(th) : null;
    });
    out.entered = out.themes.some((th) => th.expected > 0);
    return out;
  }

  // The name a supplier goes by in the document: its own, or a letter when the buyer asks.
  function displayName(state, i) {
    if (!state.anonymous) return state.suppliers[i].name;
    return msg('anonymous_name', { lettre: String.fromCharCode(65 + i) });
  }

  window.GuideSynthesis = {
    data: data, msg: msg, empty: empty, newSupplier: newSupplier, toFile: toFile, fromFile: fromFile,
    sections: sections, concerned: concerned, tally: tally, percent: percent, displayName: displayName,
    maxSuppliers: MAX_SUPPLIERS, format: FORMAT,
  };
}());
