/* forms-check.js: the review of every answer before the result ("Vérifiez vos réponses",
 * outils/<id>/verifier-reponses.html, templates/tools/form-check.mustache). Writes each answer
 * after its question, says which ones are still unanswered, and hides the questions that do not
 * apply given the other answers (the core's evaluation: the rule the steps and the result follow)
 * by taking them out of the page.
 * The answers come from the link (forms-answers.js, GuideForm), which also carries them in every
 * "Modifier" link to the step that holds the question; that step then puts the focus on it.
 * Each answer is one text node (text, never markup): the page keeps two elements per question. */
(function () {
  'use strict';
  const F = window.GuideForm;
  const list = document.querySelector('.check-answers');
  if (!F || !list) return;
  // Texts shown to the reader: content/interface/forms-check.yaml.
  const MESSAGES = /* guide:messages */ {};
  const message = F.messages(MESSAGES);
  // Each list's questions in order; those that do not apply leave the page (it keeps to its DOM
  // budget) and come back in their place if other answers bring them back.
  const lists = Array.from(list.querySelectorAll('ul.check-list')).map((ul) => ({
    ul: ul,
    rows: Array.from(ul.querySelectorAll('li[data-question]')).map((li) => {
      const answer = document.createTextNode('');
      li.insertBefore(answer, li.querySelector('a'));
      return { li: li, id: li.dataset.question, answer: answer };
    }),
  }));

  function render(result) {
    const visible = {}, answers = F.answers();
    result.visible.forEach((id) => { visible[id] = true; });
    lists.forEach((l) => {
      let shown = 0;
      l.rows.forEach((r) => {
        if (!visible[r.id]) { r.li.remove(); return; }
        const v = answers[r.id];
        r.li.classList.toggle('is-missing', v === undefined);
        r.answer.nodeValue = '\n' + message('answer', { answer: v === undefined ? message('unanswered') : F.answerText(r.id, v) });
        l.ul.appendChild(r.li);
        shown++;
      });
      // A section none of whose questions applies goes with its heading.
      l.ul.hidden = !shown;
      if (l.ul.previousElementSibling) l.ul.previousElementSibling.hidden = !shown;
    });
  }

  // render follows each new evaluation; fill, each new set of answers (a text answer changes no
  // evaluation).
  F.use({ render: render, fill: () => { if (F.result()) render(F.result()); } });
})();
