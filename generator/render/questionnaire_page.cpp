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

void filter_form(Page& w, const ojson& bank) {
  w.out += "<form id=\"questionnaire-form\" class=\"annex-form no-print\" data-js-only hidden novalidate "
           "aria-labelledby=\"questionnaire-form-title\">\n"
           "<h2 id=\"questionnaire-form-title\">Choisir les questions à envoyer</h2>\n"
           "<p class=\"hint\">Vos choix restent dans votre navigateur ; ils sont repris dans l'adresse "
           "de la page, que vous pouvez enregistrer en favori ou partager.</p>\n"
           "<div id=\"annex-errors\" class=\"error-summary\" tabindex=\"-1\" role=\"alert\" hidden></div>\n";
  w.out += "<fieldset class=\"annex-choices\" aria-describedby=\"hint-profils\"><legend>Profils de fournisseurs "
           "interrogés</legend>\n<p class=\"hint\" id=\"hint-profils\">Seules les sections de ces profils sont "
           "gardées.</p>\n<div class=\"choices\">\n";
  for (const auto& p : profiles_of(bank)) {
    w.out += "<label><input type=\"checkbox\" name=\"profils\" value=\"" + escape_html(p.first) + "\" checked> " +
             escape_html(p.second) + "</label>\n";
  }
  w.out += "</div>\n</fieldset>\n";
  w.out += "<fieldset class=\"annex-choices\" aria-describedby=\"hint-themes\"><legend>Thèmes</legend>\n"
           "<p class=\"hint\" id=\"hint-themes\">Seules les sections de ces thèmes sont gardées.</p>\n"
           "<div class=\"choices\">\n";
  for (const Theme& t : themes_of(bank)) {
    w.out += "<label><input type=\"checkbox\" name=\"themes\" value=\"" + escape_html(t.slug) + "\" checked> " +
             escape_html(t.label) + "</label>\n";
  }
  w.out += "</div>\n</fieldset>\n";
  w.out += "<div class=\"tool-actions\">\n"
           "<button type=\"button\" class=\"button button--primary\" data-action=\"print\">Imprimer le questionnaire</button>\n"
           "<button type=\"button\" class=\"button\" data-action=\"copy\">Copier</button>\n"
           "<button type=\"button\" class=\"button\" data-action=\"odt\">Télécharger (.odt)</button>\n"
           "<button type=\"button\" class=\"button\" data-action=\"md\">Télécharger (.md)</button>\n"
           "<button type=\"button\" class=\"button\" data-action=\"link\">Copier le lien</button>\n"
           "<button type=\"button\" class=\"button\" data-action=\"reset\">Tout rétablir</button>\n"
           "</div>\n<p id=\"annex-status\" class=\"hint\" role=\"status\" aria-live=\"polite\"></p>\n"
           "</form>\n";
}

void section_table(Page& w, const ojson& s, int section_number, int& number) {
  const std::string id = bank_text(s, "id");
  w.text += bank_text(s, "title") + " ";
  w.out += "<section class=\"q-section\" id=\"s-" + escape_html(id) + "\" data-section=\"" + escape_html(id) +
           "\" data-profiles=\"" + escape_html(bank_id_list(bank_list(s, "profiles"))) + "\" data-theme=\"" +
           escape_html(slugify(bank_text(s, "theme"))) + "\" aria-labelledby=\"s-" + escape_html(id) + "-title\">\n"
           "<h2 id=\"s-" + escape_html(id) + "-title\"><span class=\"annex-num\">" + std::to_string(section_number) +
           ".</span> " + escape_html(bank_text(s, "title")) + "</h2>\n";
  if (!bank_text(s, "intro").empty()) {
    w.out += "<div class=\"q-section__intro\">\n";
    w.md(bank_text(s, "intro"));
    w.out += "</div>\n";
  }
  if (!bank_text(s, "guide").empty()) {
    w.out += "<p class=\"no-print\"><a href=\"" + escape_html(w.link(bank_text(s, "guide"))) +
             "\">Ce que le guide en dit</a></p>\n";
  }
  w.out += "<table class=\"q-table\">\n<caption>Thème : " + escape_html(bank_text(s, "theme", bank_text(s, "title"))) +
           "</caption>\n<thead><tr><th scope=\"col\" class=\"q-table__n\">N°</th><th scope=\"col\">Question</th>"
           "<th scope=\"col\">Réponse attendue</th><th scope=\"col\">Réponse du candidat</th>"
           "<th scope=\"col\">Moyen de preuve</th></tr></thead>\n<tbody>\n";
  for (const ojson& q : bank_list(s, "questions")) {
    const std::string qid = bank_text(q, "id");
    ++number;
    w.text += bank_text(q, "text") + " ";
    w.out += "<tr id=\"q-" + escape_html(qid) + "\" data-question=\"" + escape_html(qid) + "\">\n"
             "<td class=\"q-table__n\"><span class=\"annex-num\">" + std::to_string(number) + "</span></td>\n"
             "<td class=\"q-table__question\"><p>" + escape_html(bank_text(q, "text")) + "</p>\n";
    if (!bank_text(q, "help").empty()) {
      w.out += "<details class=\"help no-print\"><summary>Pourquoi cette question</summary>\n";
      w.md(bank_text(q, "help"));
      w.out += "</details>\n";
    }
    w.out += "</td>\n<td class=\"q-table__expected\">" + escape_html(bank_text(q, "expected")) + "</td>\n"
             "<td class=\"q-table__answer\"><label class=\"visually-hidden\" for=\"f-" + escape_html(qid) +
             "\">Réponse du candidat à la question <span class=\"annex-num\">" + std::to_string(number) +
             "</span></label><textarea id=\"f-" + escape_html(qid) + "\" name=\"" + escape_html(qid) +
             "\" rows=\"4\"></textarea></td>\n"
             "<td class=\"q-table__proof\">" + escape_html(bank_text(q, "proof")) + "</td>\n</tr>\n";
  }
  w.out += "</tbody>\n</table>\n</section>\n";
}

}  // namespace

AnnexHtml render_questionnaire_page(const nlohmann::ordered_json& bank, const std::string& page_url,
                                    const LinkResolver& resolve) {
  Page w{page_url, resolve, {}, {}};
  w.out += "<p class=\"notice no-print annex-nojs\">Cette page s'imprime telle quelle comme le questionnaire "
           "complet, avec de la place pour les réponses. Avec JavaScript activé, vous pouvez ne garder "
           "que certains profils de fournisseurs et certains thèmes, puis imprimer ou exporter le "
           "questionnaire. Rien de ce que vous saisissez n'est envoyé.</p>\n";
  filter_form(w, bank);
  w.out += "<div class=\"annex questionnaire\" id=\"annexe\" data-annex=\"" + escape_html(bank_text(bank, "id")) + "\">\n"
           "<header class=\"annex-cover\">\n<p class=\"annex-cover__title\">" + escape_html(bank_text(bank, "title")) +
           "</p>\n<p class=\"annex-cover__meta\">Questionnaire établi à partir de la fiche pratique de l'État pour "
           "l'achat responsable de solutions d'IA.<span class=\"annex-date\"></span></p>\n"
           "<dl class=\"annex-cover__fill\"><div><dt>Entreprise</dt><dd></dd></div>"
           "<div><dt>Interlocuteur</dt><dd></dd></div><div><dt>Date</dt><dd></dd></div></dl>\n</header>\n";
  int section_number = 0, number = 0;
  for (const ojson& s : bank_list(bank, "sections")) section_table(w, s, ++section_number, number);
  w.out += "</div>\n";
  return {std::move(w.out), std::move(w.text)};
}

}  // namespace render
