#include "render/bank_form.h"

#include "render/annex_page.h"
#include "render/bank_json.h"
#include "render/html.h"
#include "render/questionnaire_page.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;

struct Writer {
  const std::string& page_url;
  const LinkResolver& resolve;
  std::string out;
  std::string text;  // searchable text

  void md(const std::string& markdown) { out += render_snippet(markdown, page_url, resolve); }
  void esc(const std::string& s) { out += escape_html(s); }
  std::string link(const std::string& target) {
    size_t hash = target.find('#');
    auto url = resolve(target.substr(0, hash));
    if (!url) return "#";
    return relative_url(page_url, *url) + (hash == std::string::npos ? "" : target.substr(hash));
  }
};

std::string source_text(const ojson& q) {
  auto it = q.find("source");
  if (it == q.end() || !it->is_object()) return "";
  return bank_text(*it, "ref");
}

std::vector<std::pair<std::string, std::string>> choices_of(const ojson& q) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const ojson& c : bank_list(q, "choices")) out.emplace_back(bank_text(c, "id"), bank_text(c, "label", bank_text(c, "id")));
  if (out.empty() && bank_text(q, "type") == "yesno") out = {{"oui", "Oui"}, {"non", "Non"}};
  return out;
}

void question(Writer& w, const ojson& q, int number) {
  const std::string id = bank_text(q, "id"), type = bank_text(q, "type", "text");
  const std::string field = "f-" + id;
  const bool grouped = type == "yesno" || type == "choice" || type == "multi";
  const std::string hint_id = "hint-" + id;
  w.text += bank_text(q, "text") + " ";
  w.out += "<div class=\"question\" id=\"q-" + id + "\" data-question=\"" + id + "\"";
  if (!bank_text(q, "show_if").empty()) w.out += " data-conditional=\"true\"";
  w.out += ">\n";
  std::string label = "<span class=\"question__number\">" + std::to_string(number) + ".</span> " +
                      escape_html(bank_text(q, "text"));
  bool has_hint = q.contains("unit") || q.contains("expected") || !bank_text(q, "show_if").empty();
  std::string describedby = has_hint ? " aria-describedby=\"" + hint_id + "\"" : "";
  if (grouped) {
    w.out += "<fieldset" + describedby + "><legend>" + label + "</legend>\n";
  } else {
    w.out += "<label for=\"" + field + "\">" + label + "</label>\n";
  }
  if (has_hint) {
    w.out += "<p class=\"hint\" id=\"" + hint_id + "\">";
    std::vector<std::string> parts;
    if (!bank_text(q, "show_if").empty()) parts.push_back("Question conditionnelle : elle ne s'applique que selon vos réponses précédentes.");
    if (q.contains("unit")) parts.push_back("Unité : " + escape_html(bank_text(q, "unit")) + ".");
    if (q.contains("expected")) parts.push_back("Réponse attendue : " + escape_html(bank_text(q, "expected")));
    for (size_t i = 0; i < parts.size(); ++i) w.out += (i ? " " : "") + parts[i];
    w.out += "</p>\n";
  }
  if (grouped) {
    w.out += "<div class=\"choices\">\n";
    const char* input = type == "multi" ? "checkbox" : "radio";
    for (const auto& c : choices_of(q)) {
      w.out += "<label><input type=\"" + std::string(input) + "\" name=\"" + id + "\" value=\"" +
               escape_html(c.first) + "\"> " + escape_html(c.second) + "</label>\n";
    }
    w.out += "</div>\n</fieldset>\n";
  } else if (type == "number") {
    // forms.js writes range errors into err-<id> and adds it to aria-describedby.
    w.out += "<p class=\"field-error\" id=\"err-" + id + "\" hidden></p>\n";
    w.out += "<input type=\"number\" id=\"" + field + "\" name=\"" + id + "\" inputmode=\"decimal\"";
    for (const char* k : {"min", "max", "step"}) {
      if (q.contains(k) && q[k].is_number()) w.out += std::string(" ") + k + "=\"" + q[k].dump() + "\"";
    }
    if (!q.contains("step")) w.out += " step=\"any\"";
    w.out += describedby + ">";
    if (q.contains("unit")) w.out += " <span class=\"unit\">" + escape_html(bank_text(q, "unit")) + "</span>";
    w.out += "\n";
  } else {
    w.out += "<textarea id=\"" + field + "\" name=\"" + id + "\" rows=\"3\"" + describedby + "></textarea>\n";
  }
  if (q.contains("proof")) {
    w.out += "<p class=\"hint\">Moyen de preuve : " + escape_html(bank_text(q, "proof")) + "</p>\n";
  }
  if (q.contains("red_line") && q["red_line"].is_object()) {
    // The message is also what forms.js shows in the result when the red line is crossed.
    w.out += "<div class=\"red-line-note\"><p class=\"red-line-note__title\"><strong>Ligne rouge</strong></p>\n"
             "<div class=\"red-line-note__text\" data-red-line=\"" + id + "\">";
    w.md(bank_text(q["red_line"], "message"));
    w.out += "</div></div>\n";
  }
  if (!bank_text(q, "help").empty() || !bank_text(q, "guide").empty() || !source_text(q).empty()) {
    w.out += "<details class=\"help\"><summary>Aide et source</summary>\n";
    if (!bank_text(q, "help").empty()) w.md(bank_text(q, "help"));
    if (!bank_text(q, "guide").empty()) {
      w.out += "<p><a href=\"" + escape_html(w.link(bank_text(q, "guide"))) + "\">Ce que le guide en dit</a></p>\n";
    }
    if (!source_text(q).empty()) w.out += "<p class=\"source\">Source : " + escape_html(source_text(q)) + "</p>\n";
    w.out += "</details>\n";
  }
  w.out += "</div>\n";
}

void verdict_explanation(Writer& w, const ojson& bank) {
  const ojson& verdicts = bank_list(bank, "verdicts");
  if (verdicts.empty() || bank_text(bank, "kind") == "questionnaire") return;
  w.out += "<section class=\"how-verdict\" aria-labelledby=\"how-verdict-title\">\n"
           "<h2 id=\"how-verdict-title\">Comment le verdict est établi</h2>\n"
           "<p>Les points et les seuils ci-dessous sont une proposition du guide, pas des "
           "documents sources ; votre organisation peut les adapter. Seules les questions "
           "affichées comptent ; la première règle vérifiée l'emporte.</p>\n<ol>\n";
  for (const ojson& v : verdicts) {
    w.out += "<li data-level=\"" + escape_html(bank_text(v, "level")) + "\"><strong>" + escape_html(bank_text(v, "label", bank_text(v, "level"))) + "</strong> : " +
             escape_html(bank_text(v, "explain", bank_text(v, "when", "dans les autres cas"))) + "</li>\n";
  }
  w.out += "</ol>\n</section>\n";
}

// Verdict and recommendation texts are Markdown with guide links: rendered here, inert in
// <template>s, and cloned by forms.js into the result, so the page never parses HTML at run time.
void result_texts(Writer& w, const ojson& bank) {
  for (const ojson& v : bank_list(bank, "verdicts")) {
    w.out += "<template data-key=\"verdict/" + escape_html(bank_text(v, "level")) + "\">";
    w.md(bank_text(v, "text"));
    w.out += "</template>\n";
  }
  for (const ojson& s : bank_list(bank, "sections")) {
    for (const ojson& q : bank_list(s, "questions")) {
      int index = 0;
      for (const ojson& r : bank_list(q, "recommendations")) {
        w.out += "<template data-key=\"recommendation/" + bank_text(q, "id") + "/" + std::to_string(index++) + "\"";
        if (!bank_text(r, "link").empty()) w.out += " data-href=\"" + escape_html(w.link(bank_text(r, "link"))) + "\"";
        w.out += ">";
        w.md(bank_text(r, "text"));
        w.out += "</template>\n";
      }
    }
  }
}

void render_questions(Writer& w, const ojson& bank, BankPage& page) {
  const ojson& sections = bank_list(bank, "sections");
  const std::string id = bank_text(bank, "id");
  w.out += "<p class=\"notice no-print\">Vos réponses restent dans votre navigateur : rien n'est envoyé. "
           "Pour les garder, utilisez « Télécharger mes réponses » ; pour reprendre, « Reprendre "
           "des réponses ». Sans JavaScript, ce formulaire s'imprime comme un questionnaire vierge.</p>\n";
  w.out += "<nav class=\"form-steps\" aria-label=\"Étapes du formulaire\"><ol class=\"progress\">\n";
  for (const ojson& s : sections) {
    w.out += "<li data-section=\"" + bank_text(s, "id") + "\"><a href=\"#s-" + bank_text(s, "id") + "\">" +
             escape_html(bank_text(s, "title")) + "</a> <span class=\"progress__count\"></span></li>\n";
  }
  w.out += "</ol>\n<p class=\"live-summary\" data-js-only hidden>Verdict provisoire : "
           "<strong id=\"live-verdict\"></strong> — <a href=\"#resultat\">voir le résultat</a></p>\n"
           "</nav>\n";
  w.out += "<p class=\"notice notice--danger\" id=\"core-unavailable\" hidden>Le calcul en direct n'est "
           "pas disponible dans ce navigateur : le formulaire reste utilisable et imprimable, sans "
           "verdict.</p>\n";
  w.out += "<div id=\"error-summary\" class=\"error-summary\" tabindex=\"-1\" role=\"alert\" "
           "aria-labelledby=\"error-summary-title\" hidden>\n"
           "<h2 id=\"error-summary-title\">Il y a un problème</h2>\n<ul id=\"error-list\"></ul>\n</div>\n";
  // Before the form: resuming saved answers is the first thing a returning team does.
  w.out += "<div class=\"tool-actions no-print\" id=\"tool-actions\" data-js-only hidden>\n"
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
  w.out += "<form id=\"tool-form\" class=\"tool-form\" data-bank=\"" + escape_html(id) +
           "\" data-version=\"" + escape_html(bank_text(bank, "version", "1")) +
           "\" data-title=\"" + escape_html(bank_text(bank, "title")) + "\" method=\"get\" action=\"#resultat\">\n";
  int number = 0, section_number = 0;
  for (const ojson& s : sections) {
    ++section_number;
    w.out += "<fieldset class=\"section\" id=\"s-" + bank_text(s, "id") + "\"><legend>" +
             std::to_string(section_number) + ". " + escape_html(bank_text(s, "title")) + "</legend>\n";
    w.text += bank_text(s, "title") + " ";
    if (!bank_text(s, "intro").empty()) w.md(bank_text(s, "intro"));
    if (!bank_text(s, "guide").empty()) {
      w.out += "<p><a href=\"" + escape_html(w.link(bank_text(s, "guide"))) + "\">Comprendre ce critère</a></p>\n";
    }
    for (const ojson& q : bank_list(s, "questions")) question(w, q, ++number);
    w.out += "</fieldset>\n";
  }
  w.out += "</form>\n";
  w.out += "<section class=\"print-only report-header\" id=\"report-header\" aria-labelledby=\"report-title\" hidden>\n"
           "<h2 id=\"report-title\">Rapport</h2>\n<p id=\"report-meta\"></p>\n</section>\n";
  w.out += "<section id=\"resultat\" class=\"result-panel\" aria-labelledby=\"resultat-title\" data-js-only hidden>\n"
           "<h2 id=\"resultat-title\">Résultat</h2>\n"
           "<p id=\"verdict-status\" class=\"visually-hidden\" role=\"status\"></p>\n"
           "<div id=\"red-line-alerts\" role=\"alert\"></div>\n"
           "<div id=\"result-body\"></div>\n"
           "</section>\n";
  verdict_explanation(w, bank);
  w.out += "<section class=\"print-only report-answers\" id=\"report-answers\" aria-labelledby=\"report-answers-title\" hidden>\n"
           "<h2 id=\"report-answers-title\">Vos réponses</h2>\n<dl id=\"report-answer-list\"></dl>\n</section>\n";
  result_texts(w, bank);
  page.anchors.insert({"resultat", "how-verdict-title"});
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
  Writer w{page_url, resolve, {}, {}};
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
    w.text += annex.search_text;
  } else {
    render_questions(w, bank, page);
  }
  page.html = std::move(w.out);
  page.search_text = std::move(w.text);
  for (const std::string& a : bank_anchors(bank)) page.anchors.insert(a);
  return page;
}

}  // namespace render
