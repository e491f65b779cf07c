#include "render/tool_form.h"

#include "render/form_steps.h"
#include "render/html.h"
#include "render/question_html.h"

namespace render {

namespace {

using core::Bank;
using core::Section;

struct Writer {
  const std::string& page_url;
  const LinkResolver& resolve;
  std::string out;

  void md(const std::string& markdown) { out += render_snippet(markdown, page_url, resolve); }
  std::string link(const std::string& target) { return content_link(target, page_url, resolve); }
};

std::string section_heading(const Section& section, const FormStep& step) {
  std::string title = section.title;
  if (step.parts > 1) title += " (partie " + std::to_string(step.part) + " sur " + std::to_string(step.parts) + ")";
  return title;
}

// The ids of a step's questions, for the scripts' per-step counts (data-questions).
std::string question_ids(const Bank& bank, const Section& section, size_t first, size_t count) {
  std::string ids;
  const std::vector<int>& questions = section.questions;
  for (size_t i = first; i < first + count && i < questions.size(); ++i) ids += (ids.empty() ? "" : " ") + bank.questions[questions[i]].id;
  return ids;
}

void verdict_explanation(Writer& w, const Bank& bank) {
  const std::vector<core::Verdict>& verdicts = bank.verdicts;
  if (verdicts.empty()) return;
  w.out += "<section class=\"how-verdict\" aria-labelledby=\"how-verdict-title\">\n"
           "<h2 id=\"how-verdict-title\">Comment le verdict est établi</h2>\n"
           "<p>Les points et les seuils ci-dessous sont une proposition du guide, pas des "
           "documents sources ; votre organisation peut les adapter. Seules les questions "
           "affichées comptent ; la première règle vérifiée l'emporte.</p>\n<ol>\n";
  for (const core::Verdict& v : verdicts) {
    const std::string& rule = !v.explain.empty() ? v.explain : v.condition.source;
    w.out += "<li data-level=\"" + escape_html(v.level) + "\"><strong>" + escape_html(v.label) + "</strong> : " +
             escape_html(!rule.empty() ? rule : "dans les autres cas") + "</li>\n";
  }
  w.out += "</ol>\n</section>\n";
}

// Verdict, recommendation and red-line texts are Markdown with guide links: rendered here into
// one inert <template> that forms-result.js clones from, so the page never parses HTML at run
// time and holds no element per text until a result needs it.
void result_texts(Writer& w, const Bank& bank) {
  w.out += "<template id=\"result-texts\">\n";
  for (const core::Verdict& v : bank.verdicts) {
    w.out += "<div data-key=\"verdict/" + escape_html(v.level) + "\">";
    w.md(v.text);
    w.out += "</div>\n";
  }
  for (const Section& s : bank.sections) {
    for (int qi : s.questions) {
      const core::Question& q = bank.questions[qi];
      const std::string& id = q.id;
      int index = 0;
      for (const core::Recommendation& r : q.recommendations) {
        w.out += "<div data-key=\"recommendation/" + id + "/" + std::to_string(index++) + "\"";
        if (!r.link.empty()) w.out += " data-href=\"" + escape_html(w.link(r.link)) + "\"";
        w.out += ">";
        w.md(r.text);
        w.out += "</div>\n";
      }
      if (q.has_red_line) {
        w.out += "<div data-key=\"red-line/" + id + "\">";
        w.md(q.red_line_message);
        w.out += "</div>\n";
      }
    }
  }
  w.out += "</template>\n";
}

std::string bank_attributes(const Bank& bank) {
  return " data-bank=\"" + escape_html(bank.id) + "\" data-version=\"" +
         std::to_string(bank.version) + "\" data-title=\"" + escape_html(bank.title) + "\"";
}

const char* kCoreUnavailable =
    "<p class=\"notice notice--danger\" id=\"core-unavailable\" hidden>Le calcul en direct n'est "
    "pas disponible dans ce navigateur : les questions restent lisibles et imprimables, sans "
    "verdict.</p>\n";

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

// The result, the verdict rules, the printed report's parts and the texts the result shows.
void result_part(Writer& w, const Bank& bank, bool carries_bank) {
  w.out += "<section class=\"print-only report-header\" id=\"report-header\" aria-labelledby=\"report-title\" hidden>\n"
           "<h2 id=\"report-title\">Rapport</h2>\n<p id=\"report-meta\"></p>\n</section>\n";
  w.out += "<section id=\"resultat\" class=\"result-panel\" aria-labelledby=\"resultat-title\"" +
           (carries_bank ? bank_attributes(bank) : std::string()) + " data-js-only hidden>\n"
           "<h2 id=\"resultat-title\">Résultat</h2>\n"
           "<p id=\"verdict-status\" class=\"visually-hidden\" role=\"status\"></p>\n"
           "<div id=\"red-line-alerts\" role=\"alert\"></div>\n"
           "<div id=\"result-body\"></div>\n"
           "</section>\n";
  verdict_explanation(w, bank);
  // Filled just before printing and emptied after (forms-result.js): the report's copy of the
  // answers exists only while it is printed.
  w.out += "<section class=\"print-only report-answers\" id=\"report-answers\" aria-labelledby=\"report-answers-title\" hidden>\n"
           "<h2 id=\"report-answers-title\">Vos réponses</h2>\n<dl id=\"report-answer-list\"></dl>\n</section>\n";
  result_texts(w, bank);
}

void section_intro(Writer& w, const Section& s) {
  if (!s.intro.empty()) w.md(s.intro);
  if (!s.guide.empty()) {
    w.out += "<p><a href=\"" + escape_html(w.link(s.guide)) + "\">Comprendre ce critère</a></p>\n";
  }
}

// A short bank: its questions and its result on one page, as a blank questionnaire without JS.
void render_one_page(Writer& w, const Bank& bank) {
  const std::vector<Section>& sections = bank.sections;
  w.out += "<p class=\"notice no-print\">Vos réponses restent dans votre navigateur : rien n'est envoyé. "
           "Pour les garder, utilisez « Télécharger mes réponses » ; pour reprendre, « Reprendre "
           "des réponses ». Sans JavaScript, ce formulaire s'imprime comme un questionnaire vierge.</p>\n";
  w.out += "<nav class=\"form-steps\" aria-label=\"Parties du formulaire\"><ol class=\"progress\">\n";
  for (const Section& s : sections) {
    const size_t n = s.questions.size();
    w.out += "<li data-questions=\"" + question_ids(bank, s, 0, n) + "\"><a href=\"#s-" + s.id + "\">" +
             escape_html(s.title) + "</a> <span class=\"progress__count\"></span></li>\n";
  }
  w.out += "</ol>\n<p class=\"live-summary\" data-js-only hidden>Verdict provisoire : "
           "<strong id=\"live-verdict\"></strong> — <a href=\"#resultat\">voir le résultat</a></p>\n"
           "</nav>\n";
  w.out += kCoreUnavailable;
  w.out += kErrorSummary;
  w.out += kActions;
  w.out += "<form id=\"tool-form\" class=\"tool-form\"" + bank_attributes(bank) + " method=\"get\" action=\"#resultat\">\n";
  int number = 0, section_number = 0;
  for (const Section& s : sections) {
    w.out += "<fieldset class=\"section\" id=\"s-" + s.id + "\"><legend>" +
             std::to_string(++section_number) + ". " + escape_html(s.title) + "</legend>\n";
    section_intro(w, s);
    for (int q : s.questions) w.out += question_html(bank.questions[q], ++number, w.page_url, w.resolve);
    w.out += "</fieldset>\n";
  }
  w.out += "</form>\n";
  result_part(w, bank, false);
}

// A long bank's entry page: the steps with their progress, the actions and the result.
void render_entry_page(Writer& w, const Bank& bank, const std::vector<FormStep>& steps) {
  const std::vector<Section>& sections = bank.sections;
  w.out += "<p class=\"notice no-print\">Les questions sont réparties en " + std::to_string(steps.size()) +
           " étapes, une page chacune. Vos réponses restent dans votre navigateur : rien n'est envoyé. "
           "D'une page à l'autre, elles passent dans l'adresse de la page (après le « # ») ; passez "
           "donc par les liens des étapes plutôt que par le bouton « Retour » du navigateur. Pour les "
           "garder, utilisez « Télécharger mes réponses ». Sans JavaScript, chaque étape s'imprime "
           "comme un questionnaire vierge.</p>\n";
  w.out += "<nav class=\"form-steps\" aria-labelledby=\"steps-title\"><h2 id=\"steps-title\">Les étapes</h2>\n"
           "<ol class=\"progress progress--steps\">\n";
  for (const FormStep& step : steps) {
    const Section& s = sections[step.section];
    w.out += "<li data-questions=\"" + question_ids(bank, s, step.first, step.count) + "\"><a href=\"" +
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
model::ToolPage render_step_page(const Bank& bank, const std::vector<FormStep>& steps, size_t index,
                                 const std::string& tool_url, const LinkResolver& resolve) {
  const FormStep& step = steps[index];
  const Section& section = bank.sections[step.section];
  const std::string& tool_title = bank.title;
  const std::string position = "Étape " + std::to_string(index + 1) + " sur " + std::to_string(steps.size());
  model::ToolPage page;
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
  const std::string anchor = "s-" + section.id + (step.part > 1 ? "-" + std::to_string(step.part) : "");
  w.out += "<form id=\"" + anchor + "\" class=\"tool-form\"" + bank_attributes(bank) + " method=\"get\" action=\"#\">\n";
  if (step.part == 1) section_intro(w, section);
  int number = 1;
  const std::vector<Section>& all = bank.sections;
  for (size_t i = 0; i < step.section; ++i) number += static_cast<int>(all[i].questions.size());
  number += static_cast<int>(step.first);
  const std::vector<int>& questions = section.questions;
  for (size_t q = step.first; q < step.first + step.count; ++q) w.out += question_html(bank.questions[questions[q]], number++, page.url, resolve);
  w.out += "</form>\n";
  w.out += "<p class=\"live-summary\" data-js-only hidden><span id=\"step-count\"></span> Verdict provisoire : "
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

// A checklist or grid as its pages' scripts need it: what the core evaluates and what the result
// and the report show. Help texts, sources, guide links and intros are already in the pages' HTML;
// leaving them out of the data script saves every page of the tool about 7 KB (gzip) of the
// grid's 17.
nlohmann::ordered_json browser_bank(const nlohmann::ordered_json& bank) {
  nlohmann::ordered_json out = bank;
  out.erase("intro");
  if (out.contains("sections") && out["sections"].is_array()) {
    for (auto& section : out["sections"]) {
      if (!section.is_object()) continue;
      section.erase("intro");
      section.erase("guide");
      if (!section.contains("questions") || !section["questions"].is_array()) continue;
      for (auto& q : section["questions"]) {
        if (!q.is_object()) continue;
        for (const char* key : {"help", "source", "guide"}) q.erase(key);
      }
    }
  }
  return out;
}

class FormModule : public ToolModule {
 public:
  void find_anchors(model::Tool& tool) const override {
    tool.anchors = bank_anchors(tool.bank);
    tool.anchor_pages = form_anchor_pages(tool.bank, tool.url);
  }

  model::RenderedTool render(const model::Tool& tool, ToolContext& ctx) const override {
    const Bank& bank = tool.bank;
    Writer w{tool.url, ctx.resolve, {}};
    w.out += tool_intro(bank, tool.url, ctx.resolve);
    const std::vector<FormStep> steps = form_steps(bank, tool.url);
    if (steps.empty()) render_one_page(w, bank);
    else render_entry_page(w, bank, steps);
    const std::string core = "assets/guide-core.js", data = "assets/banks/" + tool.id + ".js",
                      answers = "assets/js/forms-answers.js", questions = "assets/js/forms-questions.js";
    model::RenderedTool out;
    model::ToolPage entry{tool.url, tool.title, tool.description, "", "page-tool tool-" + tool.kind_name,
                          {core, data, answers}, std::move(w.out)};
    // A bank split into steps keeps only its result on the entry page.
    if (steps.empty()) entry.scripts.push_back(questions);
    entry.scripts.push_back("assets/js/forms-result.js");
    out.pages.push_back(std::move(entry));
    // Each step page evaluates every answer (they all travel in the link) with the core, for its
    // questions' visibility and the live verdict.
    for (size_t i = 0; i < steps.size(); ++i) {
      model::ToolPage page = render_step_page(bank, steps, i, tool.url, ctx.resolve);
      page.body_class = "page-tool tool-" + tool.kind_name + " tool-step";
      page.scripts = {core, data, answers, questions};
      out.pages.push_back(std::move(page));
    }
    out.files[data] = bank_data_script(tool.id, browser_bank(tool.source->doc.value));
    return out;
  }
};

}  // namespace

const ToolModule& form_module() {
  static const FormModule module;
  return module;
}

}  // namespace render
