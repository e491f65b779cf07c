#include "render/bank_form.h"

#include "render/annex_page.h"
#include "render/html.h"
#include "render/questionnaire_page.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;

std::string str(const ojson& j, const char* key, const std::string& fallback = "") {
  auto it = j.find(key);
  if (it == j.end()) return fallback;
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return fallback;
}

const ojson& arr(const ojson& j, const char* key) {
  static const ojson empty = ojson::array();
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : empty;
}

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
  return str(*it, "ref");
}

std::vector<std::pair<std::string, std::string>> choices_of(const ojson& q) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const ojson& c : arr(q, "choices")) out.emplace_back(str(c, "id"), str(c, "label", str(c, "id")));
  if (out.empty() && str(q, "type") == "yesno") out = {{"oui", "Oui"}, {"non", "Non"}};
  return out;
}

void question(Writer& w, const ojson& q, int number) {
  const std::string id = str(q, "id"), type = str(q, "type", "text");
  const std::string field = "f-" + id;
  const bool grouped = type == "yesno" || type == "choice" || type == "multi";
  const std::string hint_id = "hint-" + id;
  w.text += str(q, "text") + " ";
  w.out += "<div class=\"question\" id=\"q-" + id + "\" data-question=\"" + id + "\"";
  if (!str(q, "show_if").empty()) w.out += " data-conditional=\"true\"";
  w.out += ">\n";
  std::string label = "<span class=\"question__number\">" + std::to_string(number) + ".</span> " +
                      escape_html(str(q, "text"));
  bool has_hint = q.contains("unit") || q.contains("expected") || !str(q, "show_if").empty();
  std::string describedby = has_hint ? " aria-describedby=\"" + hint_id + "\"" : "";
  if (grouped) {
    w.out += "<fieldset" + describedby + "><legend>" + label + "</legend>\n";
  } else {
    w.out += "<label for=\"" + field + "\">" + label + "</label>\n";
  }
  if (has_hint) {
    w.out += "<p class=\"hint\" id=\"" + hint_id + "\">";
    std::vector<std::string> parts;
    if (!str(q, "show_if").empty()) parts.push_back("Question conditionnelle : elle ne s'applique que selon vos réponses précédentes.");
    if (q.contains("unit")) parts.push_back("Unité : " + escape_html(str(q, "unit")) + ".");
    if (q.contains("expected")) parts.push_back("Réponse attendue : " + escape_html(str(q, "expected")));
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
    w.out += "<input type=\"number\" id=\"" + field + "\" name=\"" + id + "\" inputmode=\"decimal\"";
    for (const char* k : {"min", "max", "step"}) {
      if (q.contains(k) && q[k].is_number()) w.out += std::string(" ") + k + "=\"" + q[k].dump() + "\"";
    }
    if (!q.contains("step")) w.out += " step=\"any\"";
    w.out += describedby + ">";
    if (q.contains("unit")) w.out += " <span class=\"unit\">" + escape_html(str(q, "unit")) + "</span>";
    w.out += "\n";
  } else {
    w.out += "<textarea id=\"" + field + "\" name=\"" + id + "\" rows=\"3\"" + describedby + "></textarea>\n";
  }
  if (q.contains("proof")) {
    w.out += "<p class=\"hint\">Moyen de preuve : " + escape_html(str(q, "proof")) + "</p>\n";
  }
  if (q.contains("red_line") && q["red_line"].is_object()) {
    w.out += "<div class=\"red-line-note\"><strong>Ligne rouge.</strong> ";
    w.md(str(q["red_line"], "message"));
    w.out += "</div>\n";
  }
  if (!str(q, "help").empty() || !str(q, "guide").empty() || !source_text(q).empty()) {
    w.out += "<details class=\"help\"><summary>Aide et source</summary>\n";
    if (!str(q, "help").empty()) w.md(str(q, "help"));
    if (!str(q, "guide").empty()) {
      w.out += "<p><a href=\"" + escape_html(w.link(str(q, "guide"))) + "\">Ce que le guide en dit</a></p>\n";
    }
    if (!source_text(q).empty()) w.out += "<p class=\"source\">Source : " + escape_html(source_text(q)) + "</p>\n";
    w.out += "</details>\n";
  }
  w.out += "</div>\n";
}

void verdict_explanation(Writer& w, const ojson& bank) {
  const ojson& verdicts = arr(bank, "verdicts");
  if (verdicts.empty() || str(bank, "kind") == "questionnaire") return;
  w.out += "<section class=\"how-verdict\" aria-labelledby=\"how-verdict-title\">\n"
           "<h2 id=\"how-verdict-title\">Comment le verdict est établi</h2>\n"
           "<p>Les points et les seuils ci-dessous sont une proposition du guide, pas des "
           "documents sources ; votre organisation peut les adapter. Seules les questions "
           "affichées comptent ; la première règle vérifiée l'emporte.</p>\n<ol>\n";
  for (const ojson& v : verdicts) {
    w.out += "<li><strong>" + escape_html(str(v, "label", str(v, "level"))) + "</strong> : " +
             escape_html(str(v, "explain", str(v, "when", "dans les autres cas"))) + "</li>\n";
  }
  w.out += "</ol>\n</section>\n";
}

void render_questions(Writer& w, const ojson& bank, BankPage& page) {
  const ojson& sections = arr(bank, "sections");
  const std::string id = str(bank, "id");
  w.out += "<p class=\"notice\">Vos réponses restent dans votre navigateur : rien n'est envoyé. "
           "Pour les garder, utilisez « Télécharger mes réponses » ; pour reprendre, « Reprendre "
           "des réponses ». Sans JavaScript, ce formulaire s'imprime comme un questionnaire vierge.</p>\n";
  w.out += "<nav aria-label=\"Étapes du formulaire\"><ol class=\"progress\">\n";
  for (const ojson& s : sections) {
    w.out += "<li><a href=\"#s-" + str(s, "id") + "\">" + escape_html(str(s, "title")) + "</a></li>\n";
  }
  w.out += "</ol></nav>\n";
  w.out += "<div id=\"error-summary\" class=\"error-summary\" tabindex=\"-1\" role=\"alert\" hidden></div>\n";
  w.out += "<form id=\"tool-form\" class=\"tool-form\" data-bank=\"" + escape_html(id) +
           "\" method=\"get\" action=\"#resultat\">\n";
  int number = 0, section_number = 0;
  for (const ojson& s : sections) {
    ++section_number;
    w.out += "<fieldset class=\"section\" id=\"s-" + str(s, "id") + "\"><legend>" +
             std::to_string(section_number) + ". " + escape_html(str(s, "title")) + "</legend>\n";
    w.text += str(s, "title") + " ";
    if (!str(s, "intro").empty()) w.md(str(s, "intro"));
    if (!str(s, "guide").empty()) {
      w.out += "<p><a href=\"" + escape_html(w.link(str(s, "guide"))) + "\">Comprendre ce critère</a></p>\n";
    }
    for (const ojson& q : arr(s, "questions")) question(w, q, ++number);
    w.out += "</fieldset>\n";
  }
  w.out += "<div class=\"tool-actions no-print\" data-js-only hidden>\n"
           "<button type=\"button\" class=\"button button--primary\" data-action=\"print\">Imprimer le rapport</button>\n"
           "<button type=\"button\" class=\"button\" data-action=\"export\">Télécharger mes réponses</button>\n"
           "<label class=\"button\" for=\"import-file\">Reprendre des réponses</label>\n"
           "<input type=\"file\" id=\"import-file\" accept=\"application/json,.json\" class=\"visually-hidden\">\n"
           "<button type=\"button\" class=\"button\" data-action=\"share\">Copier le lien de partage</button>\n"
           "<button type=\"button\" class=\"button\" data-action=\"reset\">Tout effacer</button>\n"
           "</div>\n</form>\n";
  w.out += "<section id=\"resultat\" class=\"result-panel\" aria-labelledby=\"resultat-title\" hidden>\n"
           "<h2 id=\"resultat-title\">Résultat</h2>\n<div id=\"result-body\" aria-live=\"polite\"></div>\n"
           "</section>\n";
  verdict_explanation(w, bank);
  page.anchors.insert({"resultat", "how-verdict-title"});
}

}  // namespace

std::set<std::string> bank_anchors(const nlohmann::ordered_json& bank) {
  std::set<std::string> out = {"resultat", "annexe"};
  for (const ojson& s : arr(bank, "sections")) {
    out.insert("s-" + str(s, "id"));
    for (const ojson& q : arr(s, "questions")) out.insert("q-" + str(q, "id"));
    for (const ojson& c : arr(s, "clauses")) out.insert("q-" + str(c, "id"));
  }
  return out;
}

BankPage render_bank(const nlohmann::ordered_json& bank, const std::string& page_url,
                     const LinkResolver& resolve) {
  BankPage page;
  Writer w{page_url, resolve, {}, {}};
  if (!str(bank, "intro").empty()) {
    w.out += "<div class=\"tool-intro\">\n";
    w.md(str(bank, "intro"));
    w.out += "</div>\n";
  }
  const std::string kind = str(bank, "kind");
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
