/* forms-questions.js: the questions of this page (a step, or the whole form of a short bank).
 * Shows or hides the conditional ones from the core's evaluation of every answer (a question
 * may depend on another step), checks numbers, marks crossed red lines and tells the state of
 * the step. The answers themselves are kept by forms-answers.js (GuideForm). */
(function () {
  'use strict';
  const F = window.GuideForm;
  const form = F && document.querySelector('form[data-bank]');
  if (!form) return;
  // Texts shown to the reader: content/interface/forms-questions.yaml.
  const MESSAGES = /* guide:messages */ {};
  const message = F.messages(MESSAGES);
  const step = document.body.classList.contains('tool-step');
  const items = [];
  form.querySelectorAll('[data-question]').forEach((box) => {
    const known = F.byId[box.dataset.question];
    if (!known) return;
    const inputs = Array.from(box.querySelectorAll('input, textarea'));
    items.push({ q: known.q, answer: known.answer, number: known.number, box: box, inputs: inputs,
      describedby: inputs[0] && inputs[0].getAttribute('aria-describedby') || '' });
  });
  const mine = {};
  items.forEach((item) => { mine[item.q.id] = item; });
  let lastRedLines = '';

  function numberError(input) {
    if (input.validity.badInput) return message('not_a_number');
    if (input.value === '') return '';
    const n = Number(input.value), min = input.min === '' ? null : Number(input.min),
      max = input.max === '' ? null : Number(input.max);
    if (min !== null && max !== null && (n < min || n > max)) return message('between', { min: F.fmt(min), max: F.fmt(max) });
    if (min !== null && n < min) return message('at_least', { min: F.fmt(min) });
    if (max !== null && n > max) return message('at_most', { max: F.fmt(max) });
    return '';
  }
  function valueOf(item) {
    const checked = item.inputs.filter((i) => i.checked).map((i) => i.value);
    if (item.answer === 'several_choices') return checked.length ? checked : undefined;
    if (item.answer === 'one_choice') return checked[0];
    const input = item.inputs[0];
    if (!input || input.value.trim() === '') return undefined;
    if (item.answer === 'number') return numberError(input) ? undefined : Number(input.value);
    return input.value;
  }

  // A range error is a paragraph before the field, made when there is one to show.
  function fieldError(item, msg) {
    const input = item.inputs[0];
    let err = document.getElementById('err-' + item.q.id);
    if (msg && !err) {
      err = F.el('p', 'field-error');
      err.id = 'err-' + item.q.id;
      input.parentNode.insertBefore(err, input);
    }
    if (err) {
      err.textContent = msg ? message('error', { error: msg }) : '';
      err.hidden = !msg;
    }
    const describedby = (item.describedby + (msg ? ' ' + err.id : '')).trim();
    if (describedby) input.setAttribute('aria-describedby', describedby); else input.removeAttribute('aria-describedby');
    if (msg) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
  }

  function render(result) {
    const visible = {}, crossed = {};
    result.visible.forEach((id) => { visible[id] = true; });
    result.red_lines.forEach((r) => { crossed[r.question] = true; });
    let shown = 0, done = 0;
    items.forEach((item) => {
      const hide = !visible[item.q.id];
      if (item.box.hidden !== hide) {
        item.box.hidden = hide;
        item.inputs.forEach((i) => { i.disabled = hide; });
      }
      item.box.classList.toggle('has-red-line', !!crossed[item.q.id]);
      if (!hide) { shown++; if (valueOf(item) !== undefined) done++; }
    });
    const count = document.getElementById('step-count');
    // The section's points so far (a long section spans several steps: all of its points).
    const section = items.length && result.sections.find((x) => x.id === F.byId[items[0].q.id].section);
    if (count) {
      count.textContent = F.plural(shown, message('step_one', { done }), message('step', { done })) +
        (section && section.max_points > 0 ? ' ' + message('points', { points: F.fmt(section.points), max: F.fmt(section.max_points) }) : '');
    }
    // Announced once per change of the red lines crossed on this page.
    const here = result.red_lines.filter((r) => mine[r.question]).map((r) => mine[r.question].number);
    const alert = document.getElementById('step-red-lines');
    if (alert && here.join() !== lastRedLines) {
      lastRedLines = here.join();
      const verdict = result.verdict.label;
      alert.textContent = here.length ? (here.length > 1 ? message('red_lines', { numbers: here.join(', '), verdict })
        : message('red_line', { number: here[0], verdict })) : '';
    }
  }

  F.use({
    ids: items.map((item) => item.q.id),
    collect: () => {
      const out = {};
      items.forEach((item) => { const v = valueOf(item); if (v !== undefined) out[item.q.id] = v; });
      return out;
    },
    fill: (answers) => {
      items.forEach((item) => {
        const a = answers[item.q.id];
        item.inputs.forEach((input) => {
          if (input.type === 'radio') input.checked = a !== undefined && input.value === a;
          else if (input.type === 'checkbox') input.checked = Array.isArray(a) && a.indexOf(input.value) >= 0;
          else input.value = a === undefined ? '' : String(a);
        });
      });
    },
    render: render,
    errors: () => {
      const out = [];
      items.forEach((item) => {
        if (item.answer !== 'number' || !item.inputs[0]) return;
        const msg = item.box.hidden ? '' : numberError(item.inputs[0]);
        fieldError(item, msg);
        if (msg) out.push({ id: item.inputs[0].id, text: message('question_error', { number: item.number, error: msg }) });
      });
      return out;
    },
    start: () => {
      form.addEventListener('submit', (e) => e.preventDefault());
      // An edit dismisses a refused link's or file's message; a number is checked once left.
      form.addEventListener('input', (e) => {
        if (!e.target.closest('[data-question]')) return;
        F.update();
        F.dismissLoadError();
      });
      form.addEventListener('change', (e) => { if (e.target.type === 'number') F.showErrors(false); });
    },
    // Coming from another step, the reader goes on at this step's title.
    arrived: (loaded) => {
      if (!step || !loaded || document.activeElement !== document.body) return;
      const h1 = document.querySelector('main h1');
      if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus(); }
    },
  });
})();
