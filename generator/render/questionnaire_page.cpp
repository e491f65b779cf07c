#include "render/questionnaire_page.h"

#include <vector>

#include "render/bank_json.h"
#include "render/html.h"
#include "render/slug.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;

// Supplier profiles, in the schema's order; a bank may name others (shown by their id).
const std::vector<std::pair<std::string, std::string>> kProfiles = {
    {"developpeur", "Développeurs et éditeurs de solutions d'IA"},
    {"integrateur", "Distributeurs et intégrateurs de services fondés sur l'IA"},
    {"hebergeur", "Hébergeurs de plateformes d'IA"},
};

struct Theme {
  std::string slug, label;
};

std::vector<Theme> themes_of(const ojson& bank) {
  std::vector<Theme> out;
  for (const ojson& s : bank_list(bank, "sections")) {
    std::string label = bank_text(s, "theme");
    if (label.empty()) continue;
    std::string slug = slugify(label);
    bool seen = false;
    for (const Theme& t : out) seen = seen || t.slug == slug;
    if (!seen) out.push_back({slug, label});
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> profiles_of(const ojson& bank) {
  std::vector<std::pair<std::string, std::string>> out;
  auto used = [&bank](const std::string& id) {
    for (const ojson& s : bank_list(bank, "sections"))
      for (const ojson& p : bank_list(s, "profiles"))
        if (p.is_string() && p.get<std::string>() == id) return true;
    return false;
  };
  for (const auto& p : kProfiles) if (used(p.first)) out.push_back(p);
  for (const ojson& s : bank_list(bank, "sections")) {
    for (const ojson& p : bank_list(s, "profiles")) {
      if (!p.is_string()) continue;
      bool seen = false;
      for (const auto& o : out) seen = seen || o.first == p.get<std::string>();
      if (!seen) out.push_back({p.get<std::string>(), p.get<std::string>()});
    }
  }
  return out;
}

struct Page {
  const std::string& page_url;
  const LinkResolver& resolve;
  std::string out, text;
  void md(const std::string& markdown) { out += render_snippet(markdown, page_url, resolve); }
  std::string link(const std::string& target) {
    size_t hash = target.find('#');
    auto url = resolve(target.substr(0, hash));
    if (!url) return "#";
    return relative_url(page_url, *url) + (hash == std::string::npos ? "" : target.substr(hash));
  }
};

// Every value of each choice, for the step links (see step_nav).
ojson choices(const ojson& bank) {
  ojson profiles = ojson::array(), themes = ojson::array();
  for (const auto& p : profiles_of(bank)) profiles.push_back(p.first);
  for (const Theme& t : themes_of(bank)) themes.push_back(t.slug);
  return {{"profils", profiles}, {"themes", themes}};
}

const char* kErrors = "<div id=\"annex-errors\" class=\"error-summary\" tabindex=\"-1\" role=\"alert\" hidden></div>\n";
const char* kStatus = "<p id=\"annex-status\" class=\"hint\" role=\"status\" aria-live=\"polite\"></p>\n";

// Section ids are [a-z0-9_]+: "questionnaire-compose" and "lettre-accompagnement" (with '-') can
// never be one of them.
std::string section_page(const std::string& tool_url, const ojson& s) { return step_url(tool_url, bank_text(s, "id")); }

void table_head(Page& w, const ojson& s) {
  w.out += "<table class=\"q-table\">\n<caption>Thème : " + escape_html(bank_text(s, "theme", bank_text(s, "title"))) +
           "</caption>\n<thead><tr><th scope=\"col\" class=\"q-table__n\">N°</th><th scope=\"col\">Question</th>"
           "<th scope=\"col\">Réponse attendue</th><th scope=\"col\">Réponse du candidat</th>"
           "<th scope=\"col\">Moyen de preuve</th></tr></thead>\n<tbody>\n";
}

void section_intro(Page& w, const ojson& s) {
  if (bank_text(s, "intro").empty()) return;
  w.out += "<div class=\"q-section__intro\">\n";
  w.md(bank_text(s, "intro"));
  w.out += "</div>\n";
}

// A section on its own page: the questions numbered as in the whole questionnaire, why each is
// asked (on screen), an empty cell for the answer on paper. One element per cell, no more.
void section_table(Page& w, const ojson& s, int section_number, int first_number) {
  const std::string id = escape_html(bank_text(s, "id"));
  w.text += bank_text(s, "title") + " ";
  w.out += "<section class=\"q-section\" id=\"s-" + id + "\" aria-labelledby=\"s-" + id + "-title\">\n"
           "<h2 id=\"s-" + id + "-title\"><span class=\"annex-num\">" + std::to_string(section_number) + ".</span> " +
           escape_html(bank_text(s, "title")) + "</h2>\n";
  section_intro(w, s);
  if (!bank_text(s, "guide").empty()) {
    w.out += "<p class=\"no-print\"><a href=\"" + escape_html(w.link(bank_text(s, "guide"))) +
             "\">Ce que le guide en dit</a></p>\n";
  }
  table_head(w, s);
  int number = first_number;
  for (const ojson& q : bank_list(s, "questions")) {
    w.text += bank_text(q, "text") + " ";
    w.out += "<tr id=\"q-" + escape_html(bank_text(q, "id")) + "\">\n<td class=\"q-table__n\">" + std::to_string(number++) +
             "</td>\n<td class=\"q-table__question\">" + escape_html(bank_text(q, "text"));
    if (!bank_text(q, "help").empty()) {
      w.out += "\n<details class=\"help no-print\"><summary>Pourquoi cette question</summary>\n";
      w.md(bank_text(q, "help"));
      w.out += "</details>";
    }
    w.out += "</td>\n<td class=\"q-table__expected\">" + escape_html(bank_text(q, "expected")) +
             "</td>\n<td class=\"q-table__answer\"></td>\n<td class=\"q-table__proof\">" +
             escape_html(bank_text(q, "proof")) + "</td>\n</tr>\n";
  }
  w.out += "</tbody>\n</table>\n</section>\n";
}

// The whole questionnaire as the last step assembles it: cover, then every section with a field
// for each answer (typed during an interview, it goes into the exports). annex.js keeps the
// chosen sections and renumbers them.
bool has_letter(const ojson& bank) { return bank.contains("letter") && bank["letter"].is_object(); }

// The cover letter as it prints: no heading of its own (a letter has none), parameters as spans.
std::string letter_html(const ojson& bank, const std::string& page_url, const LinkResolver& resolve) {
  if (!has_letter(bank)) return "";
  const ojson& letter = bank["letter"];
  return "<section class=\"q-letter\" aria-label=\"" + escape_html(bank_text(letter, "title")) + "\">\n" +
         render_with_parameters(bank, bank_text(letter, "body"), page_url, resolve) + "</section>\n";
}

// The letter's page: its fields, then the letter with what has been typed (annex-builder.js).
StepPage letter_step(const ojson& bank, const std::vector<Step>& steps, size_t index, const LinkResolver& resolve) {
  StepPage page{steps[index].url, steps[index].title,
                "La lettre qui accompagne le questionnaire : objet, délai de réponse, absence d'engagement, "
                "confidentialité, contact.",
                "page-tool tool-step", {}, {"assets/js/annex-state.js", "assets/js/annex-builder.js"}};
  page.html = step_progress(steps, index) +
              "<form class=\"annex-form annex-params\" novalidate aria-labelledby=\"letter-fields-title\">\n"
              "<h2 id=\"letter-fields-title\">Les champs de la lettre</h2>\n"
              "<p class=\"hint\">Laissé vide, un champ garde la valeur indiquée sous lui. Vos valeurs restent dans "
              "votre navigateur : elles sont reprises dans l'adresse de chaque étape. La lettre s'imprime en tête "
              "du questionnaire, à la dernière étape.</p>\n" +
              kErrors + parameter_fields(bank, page.url, resolve) + "</form>\n" +
              "<h2 class=\"no-print\" id=\"letter-preview\">La lettre</h2>\n" + letter_html(bank, page.url, resolve) +
              step_nav(steps, index, page.url, choices(bank));
  return page;
}

std::string full_questionnaire(Page& w, const ojson& bank) {
  w.out += "<div class=\"annex questionnaire\" data-annex=\"" + escape_html(bank_text(bank, "id")) + "\">\n" +
           letter_html(bank, w.page_url, w.resolve) +
           "<header class=\"annex-cover\">\n<p class=\"annex-cover__title\">" + escape_html(bank_text(bank, "title")) +
           "</p>\n<p class=\"annex-cover__meta\">Questionnaire établi à partir de la fiche pratique de l'État pour "
           "l'achat responsable de solutions d'IA.<span class=\"annex-date\"></span></p>\n"
           "<dl class=\"annex-cover__fill\"><div><dt>Entreprise</dt><dd></dd></div>"
           "<div><dt>Interlocuteur</dt><dd></dd></div><div><dt>Date</dt><dd></dd></div></dl>\n</header>\n";
  for (const ojson& s : bank_list(bank, "sections")) {
    const std::string id = escape_html(bank_text(s, "id"));
    w.out += "<section class=\"q-section\" data-section=\"" + id + "\" data-profiles=\"" +
             escape_html(bank_id_list(bank_list(s, "profiles"))) + "\" data-theme=\"" +
             escape_html(bank_text(s, "theme").empty() ? "" : slugify(bank_text(s, "theme"))) + "\">\n"
             "<h2><span class=\"annex-num\"></span> " + escape_html(bank_text(s, "title")) + "</h2>\n";
    section_intro(w, s);
    table_head(w, s);
    for (const ojson& q : bank_list(s, "questions")) {
      const std::string qid = escape_html(bank_text(q, "id"));
      w.out += "<tr data-question=\"" + qid + "\">\n<td class=\"q-table__n annex-num\"></td>\n<td class=\"q-table__question\">" +
               escape_html(bank_text(q, "text")) + "</td>\n<td class=\"q-table__expected\">" +
               escape_html(bank_text(q, "expected")) + "</td>\n<td class=\"q-table__answer\"><textarea name=\"" + qid +
               "\" rows=\"4\"></textarea></td>\n<td class=\"q-table__proof\">" + escape_html(bank_text(q, "proof")) +
               "</td>\n</tr>\n";
    }
    w.out += "</tbody>\n</table>\n</section>\n";
  }
  w.out += "</div>\n";
  return std::move(w.out);
}

}  // namespace

std::vector<Step> questionnaire_steps(const nlohmann::ordered_json& bank, const std::string& tool_url) {
  std::vector<Step> steps;
  steps.push_back({tool_url, "Profils et thèmes", "", ojson::object()});
  for (const ojson& s : bank_list(bank, "sections")) {
    const size_t n = bank_list(s, "questions").size();
    ojson filter = ojson::object();
    // A section without profiles or theme is kept whatever the choice (nothing to filter on).
    if (!bank_list(s, "profiles").empty()) filter["profiles"] = bank_list(s, "profiles");
    if (!bank_text(s, "theme").empty()) filter["theme"] = slugify(bank_text(s, "theme"));
    steps.push_back({section_page(tool_url, s), bank_text(s, "title"),
                     "(" + std::to_string(n) + (n > 1 ? " questions)" : " question)"), filter});
  }
  if (has_letter(bank)) {
    steps.push_back({step_url(tool_url, "lettre-accompagnement"), bank_text(bank["letter"], "title"), "",
                     ojson::object()});
  }
  steps.push_back({step_url(tool_url, "questionnaire-compose"), "Le questionnaire à imprimer ou à exporter", "",
                   ojson::object()});
  return steps;
}

std::map<std::string, std::string> questionnaire_anchor_pages(const nlohmann::ordered_json& bank,
                                                              const std::string& tool_url) {
  std::map<std::string, std::string> out;
  for (const ojson& s : bank_list(bank, "sections")) {
    const std::string page = section_page(tool_url, s);
    out["s-" + bank_text(s, "id")] = page;
    for (const ojson& q : bank_list(s, "questions")) out["q-" + bank_text(q, "id")] = page;
  }
  out["annexe"] = step_url(tool_url, "questionnaire-compose");
  return out;
}

AnnexHtml render_questionnaire_page(const nlohmann::ordered_json& bank, const std::string& page_url,
                                    const LinkResolver& resolve) {
  Page w{page_url, resolve, {}, {}};
  const std::vector<Step> steps = questionnaire_steps(bank, page_url);
  w.out += step_progress(steps, 0);
  w.out += "<p class=\"notice no-print annex-nojs\">Chaque section du questionnaire a sa page, qui s'imprime "
           "avec de la place pour les réponses. Avec JavaScript activé, vous choisissez ici les profils de "
           "fournisseurs et les thèmes, vous parcourez les sections retenues, et la dernière étape compose le "
           "questionnaire à imprimer ou à exporter. Rien de ce que vous saisissez n'est envoyé.</p>\n";
  w.out += "<form id=\"questionnaire-form\" class=\"annex-form no-print\" data-js-only hidden novalidate "
           "aria-labelledby=\"questionnaire-form-title\">\n"
           "<h2 id=\"questionnaire-form-title\">Choisir les questions à envoyer</h2>\n"
           "<p class=\"hint\">Vos choix restent dans votre navigateur ; ils sont repris dans l'adresse de chaque "
           "étape, que vous pouvez enregistrer en favori ou partager.</p>\n";
  w.out += kErrors;
  w.out += checkbox_group("Profils de fournisseurs interrogés", "hint-profils",
                          "Seules les sections de ces profils sont gardées.", "profils", profiles_of(bank));
  std::vector<std::pair<std::string, std::string>> themes;
  for (const Theme& t : themes_of(bank)) themes.emplace_back(t.slug, t.label);
  w.out += checkbox_group("Thèmes", "hint-themes", "Seules les sections de ces thèmes sont gardées.", "themes",
                          themes);
  w.out += "<div class=\"tool-actions\">\n"
           "<button type=\"button\" class=\"button\" data-action=\"reset\">Tout rétablir</button>\n</div>\n";
  w.out += kStatus;
  w.out += "</form>\n<h2 id=\"etapes\">Les sections du questionnaire</h2>\n";
  w.out += step_list(steps, page_url);
  w.out += step_nav(steps, 0, page_url, choices(bank));
  for (const ojson& s : bank_list(bank, "sections")) w.text += bank_text(s, "title") + " ";
  return {std::move(w.out), std::move(w.text)};
}

AnnexSteps render_questionnaire_steps(const nlohmann::ordered_json& bank, const std::string& tool_url,
                                      const LinkResolver& resolve) {
  const std::vector<Step> steps = questionnaire_steps(bank, tool_url);
  AnnexSteps out;
  int number = 1;
  size_t index = 0;
  for (const ojson& s : bank_list(bank, "sections")) {
    ++index;
    StepPage page{steps[index].url, steps[index].title, "Une section du questionnaire de sourçage.",
                  "page-tool tool-step", {}, {"assets/js/annex-state.js", "assets/js/annex-builder.js"}};
    Page w{page.url, resolve, {}, {}};
    w.out += step_progress(steps, index);
    section_table(w, s, static_cast<int>(index), number);
    number += static_cast<int>(bank_list(s, "questions").size());
    w.out += step_nav(steps, index, page.url, choices(bank));
    page.html = std::move(w.out);
    out.pages.push_back(std::move(page));
  }
  const size_t last = steps.size() - 1;
  if (has_letter(bank)) out.pages.push_back(letter_step(bank, steps, last - 1, resolve));
  StepPage compose{steps[last].url, steps[last].title,
                   "Les sections choisies, numérotées, à imprimer ou à exporter.",
                   "page-tool tool-questionnaire annex-page", {},
                   {"assets/js/annex-state.js", "assets/annex/" + bank_text(bank, "id") + ".js",
                    "assets/js/annex-export.js", "assets/js/annex.js"}};
  compose.html = step_progress(steps, last) +
                 "<p class=\"notice no-print annex-nojs\">Le questionnaire se compose dans le navigateur, avec "
                 "JavaScript. Sans JavaScript, imprimez chaque section depuis sa page (étapes précédentes).</p>\n" +
                 kErrors +
                 "<div class=\"tool-actions no-print\" data-js-only hidden>\n"
                 "<button type=\"button\" class=\"button button--primary\" data-action=\"print\">Imprimer le questionnaire</button>\n"
                 "<button type=\"button\" class=\"button\" data-action=\"copy\">Copier</button>\n"
                 "<button type=\"button\" class=\"button\" data-action=\"odt\">Télécharger (.odt)</button>\n"
                 "<button type=\"button\" class=\"button\" data-action=\"md\">Télécharger (.md)</button>\n"
                 "<button type=\"button\" class=\"button\" data-action=\"link\">Copier le lien</button>\n"
                 "</div>\n" + kStatus +
                 "<div class=\"annex questionnaire\" id=\"annexe\" data-annex=\"" + escape_html(bank_text(bank, "id")) +
                 "\"></div>\n" + step_nav(steps, last, compose.url, choices(bank));
  out.pages.push_back(std::move(compose));
  Page w{steps[last].url, resolve, {}, {}};
  const std::string letter_url = has_letter(bank) ? steps[last - 1].url : steps[last].url;
  out.document_script = annex_document_script(
      bank_text(bank, "id"), {{"html", full_questionnaire(w, bank)},
                              {"parameters", parameters_json(bank, [&](const std::string&) { return letter_url; })}});
  return out;
}

}  // namespace render
