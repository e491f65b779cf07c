#include "render/bank_form.h"

#include "render/annex_page.h"
#include "render/bank_json.h"
#include "render/form_steps.h"
#include "render/html.h"
#include "render/question_html.h"
#include "render/questionnaire_page.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;

struct Writer {
  const std::string& page_url;
  const LinkResolver& resolve;
  std::string out;

  void md(const std::string& markdown) { out += render_snippet(markdown, page_url, resolve); }
  std::string link(const std::string& target) { return content_link(target, page_url, resolve); }
};

std::string section_heading(const ojson& section, const FormStep& step) {
  std::string title = bank_text(section, "title");
  if (step.parts > 1) title += " (partie " + std::to_string(step.part) + " sur " + std::to_string(step.parts) + ")";
  return title;
}

// The ids of a step's questions, for the scripts' per-step counts (data-questions).
std::string question_ids(const ojson& section, size_t first, size_t count) {
  std::string ids;
  const ojson& questions = bank_list(section, "questions");
  for (size_t i = first; i < first + count && i < questions.size(); ++i) ids += (ids.empty() ? "" : " ") + bank_text(questions[i], "id");
  return ids;
}

// The tools give advice ("avis"), not verdicts: the guide advises, elected officials decide.
void verdict_explanation(Writer& w, const ojson& bank) {
  const ojson& verdicts = bank_list(bank, "verdicts");
  if (verdicts.empty()) return;
  w.out += "<section class=\"how-verdict\" aria-labelledby=\"how-verdict-title\">\n"
           "<h2 id=\"how-verdict-title\">Comment l'avis est établi</h2>\n"
           "<p>Les conditions, les points et les seuils ci-dessous sont une proposition du guide, pas des "
           "documents sources ; votre organisation peut les adapter. Seules les questions "
           "affichées comptent ; la première règle vérifiée l'emporte.</p>\n";
  const ojson& gates = bank_list(bank, "gates");
  if (!gates.empty()) {  // one paragraph: the tool pages keep to their DOM budget
    std::string list;
    for (const ojson& g : gates) list += (list.empty() ? "" : " ; ") + escape_html(bank_text(g, "label"));
    w.out += "<p class=\"gates\">Conditions préalables à tout avis favorable : " + list + ".</p>\n";
  }
  w.out += "<ol>\n";
  for (const ojson& v : verdicts) {
    w.out += "<li data-level=\"" + escape_html(bank_text(v, "level")) + "\"><strong>" + escape_html(bank_text(v, "label", bank_text(v, "level"))) + "</strong> : " +
             escape_html(bank_text(v, "explain", bank_text(v, "when", "dans les autres cas"))) + "</li>\n";
  }
  w.out += "</ol>\n</section>\n";
}

// What every result rests on and what it does not cover: static, so it shows and prints without
// JavaScript too.
void advice_scope(Writer& w, const ojson& bank) {
  auto it = bank.find("advice_scope");
  if (it == bank.end() || !it->is_object()) return;
  w.out += "<section class=\"advice-scope\" aria-labelledby=\"advice-scope-title\">\n"
           "<h2 id=\"advice-scope-title\">Ce que vaut cet avis</h2>\n<h3>Sur quoi il repose</h3>\n";
  w.md(bank_text(*it, "rests_on"));
  w.out += "<h3>Ce qu'il ne couvre pas</h3>\n";
  w.md(bank_text(*it, "not_covered"));
  w.out += "</section>\n";
}

// Verdict, recommendation and red-line texts are Markdown with guide links: rendered here into
// one inert <template> that forms-result.js clones from, so the page never parses HTML at run
// time and holds no element per text until a result needs it.
void result_texts(Writer& w, const ojson& bank) {
  w.out += "<template id=\"result-texts\">\n";
  for (const ojson& v : bank_list(bank, "verdicts")) {
    w.out += "<div data-key=\"verdict/" + escape_html(bank_text(v, "level")) + "\">";
    w.md(bank_text(v, "text"));
    w.out += "</div>\n";
    // An advice carried into another tool: forms-result.js adds the answers to this link.
    auto carry = v.find("carry");
    if (carry != v.end() && carry->is_object())
      w.out += "<div data-key=\"carry/" + escape_html(bank_text(v, "level")) + "\" data-href=\"" +
               escape_html(w.link("@outil/" + bank_text(*carry, "bank"))) + "\">" +
               escape_html(bank_text(*carry, "label")) + "</div>\n";
  }
  for (const ojson& s : bank_list(bank, "sections")) {
    for (const ojson& q : bank_list(s, "questions")) {
      const std::string id = bank_text(q, "id");
      int index = 0;
      for (const ojson& r : bank_list(q, "recommendations")) {
        w.out += "<div data-key=\"recommendation/" + id + "/" + std::to_string(index++) + "\"";
        if (!bank_text(r, "link").empty()) w.out += " data-href=\"" + escape_html(w.link(bank_text(r, "link"))) + "\"";
        w.out += ">";
        w.md(bank_text(r, "text"));
        w.out += "</div>\n";
      }
      if (q.contains("red_line") && q["red_line"].is_object()) {
        w.out += "<div data-key=\"red-line/" + id + "\">";
        w.md(bank_text(q["red_line"], "message"));
        w.out += "</div>\n";
      }
    }
  }
  w.out += "</template>\n";
}

std::string bank_attributes(const ojson& bank) {
  return " data-bank=\"" + escape_html(bank_text(bank, "id")) + "\" data-version=\"" +
         escape_html(bank_text(bank, "version", "1")) + "\" data-title=\"" + escape_html(bank_text(bank, "title")) + "\"";
}

const char* kCoreUnavailable =
    "<p class=\"notice notice--danger\" id=\"core-unavailable\" hidden>Le calcul en direct n'est "
    "pas disponible dans ce navigateur : les questions restent lisibles et imprimables, sans "
    "avis.</p>\n";

const char* kErrorSummary =
    "<div id=\"error-summary\" class=\"error-summary\" tabindex=\"-1\" role=\"alert\" "
    "aria-labelledby=\"error-summary-title\" hidden>\n"
    "<h2 id=\"error-summary-title\">Il y a un problème</h2>\n<ul id=\"error-list\"></ul>\n</div>\n";

// Before the result: resuming saved answers is the first thing a returning team does.
const char* kActions =
    "<div class=\"tool-actions no-print\" id=\"tool-actions\" data-js-only hidden>\n"
    "<button type=\"button\" class=\"button button--primary\" data-action=\"print\">Imprimer le rapport</button>\n"
    "<button type=\"button\" class=\"button\" data-action=\"export\">Télécharger mes réponses</button>\n"
    "<button type=\"button\" class=\"button\" data-action=\"import\" aria-describedby=\"import-hint\">Reprendre des réponses</button>\n"
    "<input type=\"file\" id=\"import-file\" accept=\"application/json,.json\" hidden>\n"
    "<button type=\"button\" class=\"button\" data-action=\"share\">Copier le lien de partage</button>\n"
    "<button type=\"button\" class=\"button\" data-action=\"reset\">Tout effacer</button>\n"
    "<p class=\"hint\" id=\"import-hint\">Reprend un fichier enregistré avec « Télécharger mes réponses ».</p>\n"
    "<p class=\"share-output\" hidden><label for=\"share-url\">Lien de partage (vos réponses sont dans le lien)</label>\n"
    "<input type=\"text\" id=\"share-url\" readonly></p>\n"
    "<p id=\"action-status\" class=\"action-status\" role=\"status\"></p>\n"
    "</div>\n";

// The result, what it rests on, the rules of the advice, the printed report's parts and the texts
// the result shows.
void result_part(Writer& w, const ojson& bank, bool carries_bank) {
  w.out += "<section class=\"print-only report-header\" id=\"report-header\" aria-labelledby=\"report-title\" hidden>\n"
           "<h2 id=\"report-title\">Rapport</h2>\n<p id=\"report-meta\"></p>\n</section>\n";
  w.out += "<section id=\"resultat\" class=\"result-panel\" aria-labelledby=\"resultat-title\"" +
           (carries_bank ? bank_attributes(bank) : std::string()) + " data-js-only hidden>\n"
           "<h2 id=\"resultat-title\">Résultat</h2>\n"
           "<p id=\"verdict-status\" class=\"visually-hidden\" role=\"status\"></p>\n"
           "<div id=\"red-line-alerts\" role=\"alert\"></div>\n"
           "<div id=\"result-body\"></div>\n"
           "</section>\n";
  advice_scope(w, bank);
  verdict_explanation(w, bank);
  // Filled just before printing and emptied after (forms-result.js): the report's copy of the
  // answers exists only while it is printed.
  w.out += "<section class=\"print-only report-answers\" id=\"report-answers\" aria-labelledby=\"report-answers-title\" hidden>\n"
           "<h2 id=\"report-answers-title\">Vos réponses</h2>\n<dl id=\"report-answer-list\"></dl>\n</section>\n";
  result_texts(w, bank);
}

void section_intro(Writer& w, const ojson& s) {
  if (!bank_text(s, "intro").empty()) w.md(bank_text(s, "intro"));
  if (!bank_text(s, "guide").empty()) {
    w.out += "<p><a href=\"" + escape_html(w.link(bank_text(s, "guide"))) + "\">Comprendre ce critère</a></p>\n";
  }
}

// A short bank: its questions and its result on one page, as a blank questionnaire without JS.
void render_one_page(Writer& w, const ojson& bank) {
  const ojson& sections = bank_list(bank, "sections");
  w.out += "<p class=\"notice no-print\">Vos réponses restent dans votre navigateur : rien n'est envoyé. "
           "Pour les garder, utilisez « Télécharger mes réponses » ; pour reprendre, « Reprendre "
           "des réponses ». Sans JavaScript, ce formulaire s'imprime comme un questionnaire vierge.</p>\n";
  w.out += "<nav class=\"form-steps\" aria-label=\"Parties du formulaire\"><ol class=\"progress\">\n";
  for (const ojson& s : sections) {
    const size_t n = bank_list(s, "questions").size();
    w.out += "<li data-questions=\"" + question_ids(s, 0, n) + "\"><a href=\"#s-" + bank_text(s, "id") + "\">" +
             escape_html(bank_text(s, "title")) + "</a> <span class=\"progress__count\"></span></li>\n";
  }
  w.out += "</ol>\n<p class=\"live-summary\" data-js-only hidden>Avis provisoire : "
           "<strong id=\"live-verdict\"></strong> — <a href=\"#resultat\">voir le résultat</a></p>\n"
           "</nav>\n";
  w.out += kCoreUnavailable;
  w.out += kErrorSummary;
  w.out += kActions;
  w.out += "<form id=\"tool-form\" class=\"tool-form\"" + bank_attributes(bank) + " method=\"get\" action=\"#resultat\">\n";
  int number = 0, section_number = 0;
  for (const ojson& s : sections) {
    w.out += "<fieldset class=\"section\" id=\"s-" + bank_text(s, "id") + "\"><legend>" +
             std::to_string(++section_number) + ". " + escape_html(bank_text(s, "title")) + "</legend>\n";
    section_intro(w, s);
    for (const ojson& q : bank_list(s, "questions")) w.out += question_html(q, ++number, w.page_url, w.resolve);
    w.out += "</fieldset>\n";
  }
  w.out += "</form>\n";
  result_part(w, bank, false);
}

// A long bank's entry page: the steps with their progress, the actions and the result.
void render_entry_page(Writer& w, const ojson& bank, const std::vector<FormStep>& steps) {
  const ojson& sections = bank_list(bank, "sections");
  w.out += "<p class=\"notice no-print\">Les questions sont réparties en " + std::to_string(steps.size()) +
           " étapes, une page chacune. Vos réponses restent dans votre navigateur : rien n'est envoyé. "
           "D'une page à l'autre, elles passent dans l'adresse de la page (après le « # ») ; passez "
           "donc par les liens des étapes plutôt que par le bouton « Retour » du navigateur. Pour les "
           "garder, utilisez « Télécharger mes réponses ». Sans JavaScript, chaque étape s'imprime "
           "comme un questionnaire vierge.</p>\n";
  w.out += "<nav class=\"form-steps\" aria-labelledby=\"steps-title\"><h2 id=\"steps-title\">Les étapes</h2>\n"
           "<ol class=\"progress progress--steps\">\n";
  for (const FormStep& step : steps) {
    const ojson& s = sections[step.section];
    w.out += "<li data-questions=\"" + question_ids(s, step.first, step.count) + "\"><a href=\"" +
             escape_html(relative_url(w.page_url, step.url)) + "\" data-keep-answers>" +
             escape_html(section_heading(s, step)) + "</a> <span class=\"progress__count\"></span></li>\n";
  }
  w.out += "</ol>\n</nav>\n";
  w.out += kCoreUnavailable;
  w.out += kErrorSummary;
  w.out += kActions;
  result_part(w, bank, true);
}

// One step: its questions, where it stands among the steps, the live state and the way on.
ToolSubPage render_step_page(const ojson& bank, const std::vector<FormStep>& steps, size_t index,
                             const std::string& tool_url, const LinkResolver& resolve) {
  const FormStep& step = steps[index];
  const ojson& section = bank_list(bank, "sections")[step.section];
  const std::string tool_title = bank_text(bank, "title");
  const std::string position = "Étape " + std::to_string(index + 1) + " sur " + std::to_string(steps.size());
  ToolSubPage page;
  page.url = step.url;
  page.title = section_heading(section, step);
  page.document_title = position + " : " + page.title + " — " + tool_title;
  page.description = position + " de « " + tool_title + " ».";
  Writer w{page.url, resolve, {}};
  w.out += "<p class=\"notice no-print\">Vos réponses restent dans votre navigateur et passent d'une "
           "étape à l'autre dans l'adresse de la page : utilisez les liens des étapes ci-dessous. "
           "Sans JavaScript, cette page s'imprime comme un questionnaire vierge.</p>\n";
  w.out += kCoreUnavailable;
  w.out += kErrorSummary;
  const std::string anchor = "s-" + bank_text(section, "id") + (step.part > 1 ? "-" + std::to_string(step.part) : "");
  w.out += "<form id=\"" + anchor + "\" class=\"tool-form\"" + bank_attributes(bank) + " method=\"get\" action=\"#\">\n";
  if (step.part == 1) section_intro(w, section);
  int number = 1;
  const ojson& all = bank_list(bank, "sections");
  for (size_t i = 0; i < step.section; ++i) number += static_cast<int>(bank_list(all[i], "questions").size());
  number += static_cast<int>(step.first);
  const ojson& questions = bank_list(section, "questions");
  for (size_t q = step.first; q < step.first + step.count; ++q) w.out += question_html(questions[q], number++, page.url, resolve);
  w.out += "</form>\n";
  w.out += "<p class=\"live-summary\" data-js-only hidden><span id=\"step-count\"></span> Avis provisoire : "
           "<strong id=\"live-verdict\"></strong>.</p>\n"
           "<p id=\"step-red-lines\" class=\"step-alert\" role=\"alert\"></p>\n";
  auto step_link = [&](size_t to) { return escape_html(relative_url(page.url, steps[to].url)); };
  const std::string entry = escape_html(relative_url(page.url, tool_url));
  w.out += "<nav class=\"step-nav no-print\" aria-label=\"Étapes\">\n";
  if (index > 0) {
    w.out += "<a href=\"" + step_link(index - 1) + "\" rel=\"prev\" data-keep-answers>Étape précédente : " +
             escape_html(section_heading(all[steps[index - 1].section], steps[index - 1])) + "</a>\n";
  }
  w.out += "<a href=\"" + entry + "\" data-keep-answers>Résultat et liste des étapes</a>\n";
  if (index + 1 < steps.size()) {
    w.out += "<a href=\"" + step_link(index + 1) + "\" rel=\"next\" data-keep-answers>Étape suivante : " +
             escape_html(section_heading(all[steps[index + 1].section], steps[index + 1])) + "</a>\n";
  }
  w.out += "</nav>\n";
  page.html = std::move(w.out);
  return page;
}

std::string search_text_of(const ojson& bank) {
  std::string text;
  for (const ojson& s : bank_list(bank, "sections")) {
    text += bank_text(s, "title") + " ";
    for (const ojson& q : bank_list(s, "questions")) text += bank_text(q, "text") + " ";
  }
  return text;
}

}  // namespace

std::set<std::string> bank_anchors(const nlohmann::ordered_json& bank) {
  std::set<std::string> out = {"resultat", "annexe"};
  for (const ojson& s : bank_list(bank, "sections")) {
    out.insert("s-" + bank_text(s, "id"));
    for (const ojson& q : bank_list(s, "questions")) out.insert("q-" + bank_text(q, "id"));
    for (const ojson& c : bank_list(s, "clauses")) out.insert("q-" + bank_text(c, "id"));
  }
  return out;
}

BankPage render_bank(const nlohmann::ordered_json& bank, const std::string& page_url,
                     const LinkResolver& resolve) {
  BankPage page;
  Writer w{page_url, resolve, {}};
  if (!bank_text(bank, "intro").empty()) {
    w.out += "<div class=\"tool-intro\">\n";
    w.md(bank_text(bank, "intro"));
    w.out += "</div>\n";
  }
  const std::string kind = bank_text(bank, "kind");
  if (kind == "clauses" || kind == "questionnaire") {
    // Annex pages (annex_page.cpp, questionnaire_page.cpp): printable documents first, forms second.
    AnnexHtml annex = kind == "clauses" ? render_clauses_page(bank, page_url, resolve)
                                        : render_questionnaire_page(bank, page_url, resolve);
    w.out += annex.html;
    page.search_text = std::move(annex.search_text);
  } else {
    const std::vector<FormStep> steps = form_steps(bank, page_url);
    if (steps.empty()) {
      render_one_page(w, bank);
    } else {
      render_entry_page(w, bank, steps);
      for (size_t i = 0; i < steps.size(); ++i) page.steps.push_back(render_step_page(bank, steps, i, page_url, resolve));
    }
    page.search_text = search_text_of(bank);
  }
  page.html = std::move(w.out);
  page.anchors = bank_anchors(bank);
  page.anchors.insert("how-verdict-title");
  page.anchors.insert("advice-scope-title");
  return page;
}

}  // namespace render
