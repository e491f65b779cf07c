#include "render/tool_questionnaire.h"

#include <vector>

#include "render/document_steps.h"
#include "render/html.h"
#include "render/question_html.h"
#include "render/slug.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;
using core::Bank;
using core::Section;

// Supplier profiles, in the schema's order; a bank may name others (shown by their id).
const std::vector<std::pair<std::string, std::string>> kProfiles = {
    {"developpeur", "Développeurs et éditeurs de solutions d'IA"},
    {"integrateur", "Distributeurs et intégrateurs de services fondés sur l'IA"},
    {"hebergeur", "Hébergeurs de plateformes d'IA"},
};

struct Theme {
  std::string slug, label;
};

std::vector<Theme> themes_of(const Bank& bank) {
  std::vector<Theme> out;
  for (const Section& s : bank.sections) {
    const std::string& label = s.theme;
    if (label.empty()) continue;
    std::string slug = slugify(label);
    bool seen = false;
    for (const Theme& t : out) seen = seen || t.slug == slug;
    if (!seen) out.push_back({slug, label});
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> profiles_of(const Bank& bank) {
  std::vector<std::pair<std::string, std::string>> out;
  auto used = [&bank](const std::string& id) {
    for (const Section& s : bank.sections)
      for (const std::string& p : s.profiles)
        if (p == id) return true;
    return false;
  };
  for (const auto& p : kProfiles) if (used(p.first)) out.push_back(p);
  for (const Section& s : bank.sections) {
    for (const std::string& p : s.profiles) {
      bool seen = false;
      for (const auto& o : out) seen = seen || o.first == p;
      if (!seen) out.push_back({p, p});
    }
  }
  return out;
}

// The ids of a list, separated by spaces (for data attributes listing ids).
std::string id_list(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : " ") + id;
  return out;
}

struct Page {
  const std::string& page_url;
  const LinkResolver& resolve;
  std::string out;
  void md(const std::string& markdown) { out += render_snippet(markdown, page_url, resolve); }
  std::string link(const std::string& target) { return content_link(target, page_url, resolve); }
};

// Every value of each choice, for the step links (see step_nav).
ojson choices(const Bank& bank) {
  ojson profiles = ojson::array(), themes = ojson::array();
  for (const auto& p : profiles_of(bank)) profiles.push_back(p.first);
  for (const Theme& t : themes_of(bank)) themes.push_back(t.slug);
  return {{"profils", profiles}, {"themes", themes}};
}

// Section ids are [a-z0-9_]+: "questionnaire-compose" (with '-') can never be one of them.
std::string section_page(const std::string& tool_url, const Section& s) { return step_url(tool_url, s.id); }

void table_head(Page& w, const Section& s) {
  w.out += "<table class=\"q-table\">\n<caption>Thème : " + escape_html(!s.theme.empty() ? s.theme : s.title) +
           "</caption>\n<thead><tr><th scope=\"col\" class=\"q-table__n\">N°</th><th scope=\"col\">Question</th>"
           "<th scope=\"col\">Réponse attendue</th><th scope=\"col\">Réponse du candidat</th>"
           "<th scope=\"col\">Moyen de preuve</th></tr></thead>\n<tbody>\n";
}

void section_intro(Page& w, const Section& s) {
  if (s.intro.empty()) return;
  w.out += "<div class=\"q-section__intro\">\n";
  w.md(s.intro);
  w.out += "</div>\n";
}

// A section on its own page: the questions numbered as in the whole questionnaire, why each is
// asked (on screen), an empty cell for the answer on paper. One element per cell, no more.
void section_table(Page& w, const Bank& bank, const Section& s, int section_number, int first_number) {
  const std::string id = escape_html(s.id);
  w.out += "<section class=\"q-section\" id=\"s-" + id + "\" aria-labelledby=\"s-" + id + "-title\">\n"
           "<h2 id=\"s-" + id + "-title\"><span class=\"annex-num\">" + std::to_string(section_number) + ".</span> " +
           escape_html(s.title) + "</h2>\n";
  section_intro(w, s);
  if (!s.guide.empty()) {
    w.out += "<p class=\"no-print\"><a href=\"" + escape_html(w.link(s.guide)) +
             "\">Ce que le guide en dit</a></p>\n";
  }
  table_head(w, s);
  int number = first_number;
  for (int qi : s.questions) {
    const core::Question& q = bank.questions[qi];
    w.out += "<tr id=\"q-" + escape_html(q.id) + "\">\n<td class=\"q-table__n\">" + std::to_string(number++) +
             "</td>\n<td class=\"q-table__question\">" + escape_html(q.text);
    if (!q.help.empty()) {
      w.out += "\n<details class=\"help no-print\"><summary>Pourquoi cette question</summary>\n";
      w.md(q.help);
      w.out += "</details>";
    }
    w.out += "</td>\n<td class=\"q-table__expected\">" + escape_html(q.expected) +
             "</td>\n<td class=\"q-table__answer\"></td>\n<td class=\"q-table__proof\">" +
             escape_html(q.proof) + "</td>\n</tr>\n";
  }
  w.out += "</tbody>\n</table>\n</section>\n";
}

// The whole questionnaire as the last step assembles it: cover, then every section with a field
// for each answer (typed during an interview, it goes into the exports). annex.js keeps the
// chosen sections and renumbers them.
std::string full_questionnaire(Page& w, const Bank& bank) {
  w.out += "<div class=\"annex questionnaire\" data-annex=\"" + escape_html(bank.id) + "\">\n"
           "<header class=\"annex-cover\">\n<p class=\"annex-cover__title\">" + escape_html(bank.title) +
           "</p>\n<p class=\"annex-cover__meta\">Questionnaire établi à partir de la fiche pratique de l'État pour "
           "l'achat responsable de solutions d'IA.<span class=\"annex-date\"></span></p>\n"
           "<dl class=\"annex-cover__fill\"><div><dt>Entreprise</dt><dd></dd></div>"
           "<div><dt>Interlocuteur</dt><dd></dd></div><div><dt>Date</dt><dd></dd></div></dl>\n</header>\n";
  for (const Section& s : bank.sections) {
    const std::string id = escape_html(s.id);
    w.out += "<section class=\"q-section\" data-section=\"" + id + "\" data-profiles=\"" +
             escape_html(id_list(s.profiles)) + "\" data-theme=\"" +
             escape_html(s.theme.empty() ? "" : slugify(s.theme)) + "\">\n"
             "<h2><span class=\"annex-num\"></span> " + escape_html(s.title) + "</h2>\n";
    section_intro(w, s);
    table_head(w, s);
    for (int qi : s.questions) {
      const core::Question& q = bank.questions[qi];
      const std::string qid = escape_html(q.id);
      w.out += "<tr data-question=\"" + qid + "\">\n<td class=\"q-table__n annex-num\"></td>\n<td class=\"q-table__question\">" +
               escape_html(q.text) + "</td>\n<td class=\"q-table__expected\">" +
               escape_html(q.expected) + "</td>\n<td class=\"q-table__answer\"><textarea name=\"" + qid +
               "\" rows=\"4\"></textarea></td>\n<td class=\"q-table__proof\">" + escape_html(q.proof) +
               "</td>\n</tr>\n";
    }
    w.out += "</tbody>\n</table>\n</section>\n";
  }
  w.out += "</div>\n";
  return std::move(w.out);
}

// Profiles and themes, then a page per section, and the questionnaire to print.
std::vector<Step> questionnaire_steps(const Bank& bank, const std::string& tool_url) {
  std::vector<Step> steps;
  steps.push_back({tool_url, "Profils et thèmes", "", ojson::object()});
  for (const Section& s : bank.sections) {
    const size_t n = s.questions.size();
    ojson filter = ojson::object();
    // A section without profiles or theme is kept whatever the choice (nothing to filter on).
    if (!s.profiles.empty()) filter["profiles"] = s.profiles;
    if (!s.theme.empty()) filter["theme"] = slugify(s.theme);
    steps.push_back({section_page(tool_url, s), s.title,
                     "(" + std::to_string(n) + (n > 1 ? " questions)" : " question)"), filter});
  }
  steps.push_back({step_url(tool_url, "questionnaire-compose"), "Le questionnaire à imprimer ou à exporter", "",
                   ojson::object()});
  return steps;
}

class QuestionnaireModule : public ToolModule {
 public:
  void find_anchors(model::Tool& tool) const override {
    const Bank& bank = tool.bank;
    tool.anchors = bank_anchors(bank);
    tool.anchor_pages.clear();
    for (const Section& s : bank.sections) {
      const std::string page = section_page(tool.url, s);
      tool.anchor_pages["s-" + s.id] = page;
      for (int q : s.questions) tool.anchor_pages["q-" + bank.questions[q].id] = page;
    }
    tool.anchor_pages["annexe"] = step_url(tool.url, "questionnaire-compose");
  }

  model::RenderedTool render(const model::Tool& tool, ToolContext& ctx) const override {
    const Bank& bank = tool.bank;
    const DocumentInSteps document(tool, questionnaire_steps(bank, tool.url), choices(bank));
    const std::vector<Step>& steps = document.steps();
    model::RenderedTool out;
    EntryTexts entry;
    entry.notice = "Chaque section du questionnaire a sa page, qui s'imprime avec de la place pour les réponses. "
                   "Avec JavaScript activé, vous choisissez ici les profils de fournisseurs et les thèmes, vous "
                   "parcourez les sections retenues, et la dernière étape compose le questionnaire à imprimer ou à "
                   "exporter. Rien de ce que vous saisissez n'est envoyé.";
    entry.form_id = "questionnaire-form";
    entry.form_title = "Choisir les questions à envoyer";
    entry.hint = "Vos choix restent dans votre navigateur ; ils sont repris dans l'adresse de chaque étape, que "
                 "vous pouvez enregistrer en favori ou partager.";
    entry.steps_heading = "Les sections du questionnaire";
    std::vector<std::pair<std::string, std::string>> themes;
    for (const Theme& t : themes_of(bank)) themes.emplace_back(t.slug, t.label);
    out.pages.push_back(document.entry_page(
        tool_intro(bank, tool.url, ctx.resolve), entry,
        {checkbox_group("Profils de fournisseurs interrogés", "hint-profils",
                        "Seules les sections de ces profils sont gardées.", "profils", profiles_of(bank)),
         checkbox_group("Thèmes", "hint-themes", "Seules les sections de ces thèmes sont gardées.", "themes",
                        themes)}));
    int number = 1;
    for (size_t index = 1; index <= bank.sections.size(); ++index) {
      const Section& s = bank.sections[index - 1];
      Page w{steps[index].url, ctx.resolve, {}};
      section_table(w, bank, s, static_cast<int>(index), number);
      number += static_cast<int>(s.questions.size());
      out.pages.push_back(document.middle_page(index, "Une section du questionnaire de sourcing.", w.out));
    }
    ComposeTexts compose;
    compose.description = "Les sections choisies, numérotées, à imprimer ou à exporter.";
    compose.notice = "Le questionnaire se compose dans le navigateur, avec JavaScript. Sans JavaScript, imprimez "
                     "chaque section depuis sa page (étapes précédentes).";
    compose.print_label = "Imprimer le questionnaire";
    compose.annex_class = "annex questionnaire";
    out.pages.push_back(document.compose_page(compose));
    Page w{steps.back().url, ctx.resolve, {}};
    out.files["assets/annex/" + tool.id + ".js"] = document.document_script({{"html", full_questionnaire(w, bank)}});
    out.files["assets/banks/" + tool.id + ".js"] = bank_data_script(tool.id, tool.source->doc.value);
    return out;
  }
};

}  // namespace

const ToolModule& questionnaire_module() {
  static const QuestionnaireModule module;
  return module;
}

}  // namespace render
