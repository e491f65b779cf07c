#include "render/annex_page.h"

#include <map>
#include <vector>

#include "render/bank_json.h"
#include "render/html.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;

struct Parameter {
  std::string id, label, type, unit, shown;  // shown: the default, or a visible blank
};

// Parameters become "@@P<n>@@" before Markdown runs (nothing in that token is Markdown syntax,
// and ids with '_' cannot turn into emphasis), then a span once the HTML exists: annex.js
// rewrites the span's text, so a value typed by the buyer is always text, never markup.
class Parameters {
 public:
  explicit Parameters(const ojson& bank) {
    for (const ojson& p : bank_list(bank, "parameters")) {
      Parameter param{bank_text(p, "id"), bank_text(p, "label", bank_text(p, "id")), bank_text(p, "type", "text"),
                      bank_text(p, "unit"), bank_text(p, "default")};
      if (param.shown.empty()) param.shown = "[…]";
      list_.push_back(param);
    }
  }
  const std::vector<Parameter>& list() const { return list_; }

  std::string mark(std::string text) const {
    for (size_t i = 0; i < list_.size(); ++i) {
      const std::string key = "{" + list_[i].id + "}", token = "@@P" + std::to_string(i) + "@@";
      for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + token.size())) {
        text.replace(at, key.size(), token);
      }
    }
    return text;
  }

  std::string fill(std::string html) const {
    for (size_t at = html.find("@@P"); at != std::string::npos; at = html.find("@@P", at)) {
      size_t end = html.find("@@", at + 3);
      if (end == std::string::npos) break;
      size_t index = std::stoul(html.substr(at + 3, end - at - 3));
      const Parameter& p = list_.at(index);
      std::string span = "<span class=\"annex-param\" data-param=\"" + escape_html(p.id) + "\">" +
                         escape_html(p.shown) + "</span>";
      html.replace(at, end + 2 - at, span);
      at += span.size();
    }
    return html;
  }

  // Plain text with defaults, for the search index.
  std::string plain(const std::string& text) const {
    std::string out = text;
    for (const Parameter& p : list_) {
      const std::string key = "{" + p.id + "}";
      for (size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + p.shown.size())) {
        out.replace(at, key.size(), p.shown);
      }
    }
    return out;
  }

 private:
  std::vector<Parameter> list_;
};

struct Page {
  const std::string& page_url;
  const LinkResolver& resolve;
  const Parameters& params;
  std::string out, text;

  void md(const std::string& markdown) { out += render_snippet(markdown, page_url, resolve); }
  void md_with_params(const std::string& markdown) {
    out += params.fill(render_snippet(params.mark(markdown), page_url, resolve));
  }
  std::string text_with_params(const std::string& s) const { return params.fill(escape_html(params.mark(s))); }
};

std::map<std::string, std::string> labels_of(const ojson& list) {
  std::map<std::string, std::string> out;
  for (const ojson& item : list) out[bank_text(item, "id")] = bank_text(item, "label", bank_text(item, "id"));
  return out;
}

// Documents in the order the bank lists them, then any other document a section names.
std::vector<std::string> document_order(const ojson& bank) {
  std::vector<std::string> order;
  auto add = [&order](const std::string& id) {
    for (const std::string& d : order) if (d == id) return;
    order.push_back(id);
  };
  for (const ojson& d : bank_list(bank, "documents")) add(bank_text(d, "id"));
  for (const ojson& s : bank_list(bank, "sections")) add(bank_text(s, "document"));
  return order;
}

std::string profile_names(const ojson& clause, const std::map<std::string, std::string>& labels) {
  std::string out;
  for (const ojson& p : bank_list(clause, "profiles")) {
    if (!p.is_string()) continue;
    auto it = labels.find(p.get<std::string>());
    if (!out.empty()) out += " ; ";
    out += it != labels.end() ? it->second : p.get<std::string>();
  }
  return out;
}

void clause_article(Page& w, const ojson& c, int number,
                    const std::map<std::string, std::string>& profile_labels) {
  const std::string id = bank_text(c, "id");
  w.text += bank_text(c, "title") + " " + w.params.plain(bank_text(c, "body")) + " ";
  w.out += "<article class=\"clause\" id=\"q-" + escape_html(id) + "\" data-clause=\"" + escape_html(id) +
           "\" data-profiles=\"" + escape_html(bank_id_list(bank_list(c, "profiles"))) + "\">\n";
  w.out += "<h4 class=\"clause__title\"><span class=\"annex-num\">Article " + std::to_string(number) +
           "</span> — " + w.text_with_params(bank_text(c, "title")) + "</h4>\n";
  w.out += "<p class=\"clause__scope no-print\">Profils visés : " +
           escape_html(profile_names(c, profile_labels)) + "</p>\n";
  w.out += "<div class=\"clause__body\">\n";
  w.md_with_params(bank_text(c, "body"));
  w.out += "</div>\n";
  const ojson& deliverables = bank_list(c, "deliverables");
  if (!deliverables.empty()) {
    w.out += "<div class=\"clause__deliverables\">\n<p><strong>Livrables attendus :</strong></p>\n<ul>\n";
    for (const ojson& d : deliverables) {
      w.out += "<li>" + w.text_with_params(d.is_string() ? d.get<std::string>() : d.dump()) + "</li>\n";
    }
    w.out += "</ul>\n</div>\n";
  }
  std::string source;
  if (c.contains("source") && c["source"].is_object()) source = bank_text(c["source"], "ref");
  if (!bank_text(c, "buyer_note").empty() || !source.empty()) {
    w.out += "<aside class=\"buyer-note notice no-print\" data-note-for=\"" + escape_html(id) +
             "\" aria-label=\"Note à l'acheteur : " + escape_html(bank_text(c, "title")) + "\">\n"
             "<p><strong>Note à l'acheteur</strong> (ne s'imprime pas)</p>\n";
    if (!bank_text(c, "buyer_note").empty()) w.md(bank_text(c, "buyer_note"));
    if (!source.empty()) {
      w.out += "<p class=\"source\">Source : fiche pratique, " + escape_html(source) + "</p>\n";
    }
    w.out += "</aside>\n";
  }
  w.out += "</article>\n";
}

// The contents, on the cover page: documents and numbered articles (annex.js hides and renumbers
// them with the annex itself).
void toc(Page& w, const ojson& bank, const std::map<std::string, std::string>& doc_labels) {
  w.out += "<nav class=\"annex-toc\" aria-labelledby=\"annex-toc-title\">\n"
           "<p class=\"annex-toc__title\" id=\"annex-toc-title\">Sommaire</p>\n<ul>\n";
  for (const std::string& doc : document_order(bank)) {
    w.out += "<li data-document=\"" + escape_html(doc) + "\">" +
             escape_html(doc_labels.count(doc) ? doc_labels.at(doc) : doc) + "\n<ul>\n";
    int article = 0;
    for (const ojson& s : bank_list(bank, "sections")) {
      if (bank_text(s, "document") != doc) continue;
      for (const ojson& c : bank_list(s, "clauses")) {
        w.out += "<li data-clause=\"" + escape_html(bank_text(c, "id")) + "\"><span class=\"annex-num\">Article " +
                 std::to_string(++article) + "</span> — " + w.text_with_params(bank_text(c, "title")) + "</li>\n";
      }
    }
    w.out += "</ul>\n</li>\n";
  }
  w.out += "</ul>\n</nav>\n";
}

// The full annex: what prints without JavaScript, and what annex.js filters and fills.
void annex(Page& w, const ojson& bank) {
  const auto doc_labels = labels_of(bank_list(bank, "documents"));
  const auto profile_labels = labels_of(bank_list(bank, "profiles"));
  w.out += "<div class=\"annex\" id=\"annexe\" data-annex=\"" + escape_html(bank_text(bank, "id")) + "\">\n";
  w.out += "<header class=\"annex-cover\">\n"
           "<p class=\"annex-cover__title\">Annexe environnementale et sociale</p>\n"
           "<p class=\"annex-cover__line\">Marché : " + w.params.fill(w.params.mark("« {marche} »")) +
           " — référence " + w.params.fill(w.params.mark("{reference}")) + "</p>\n"
           "<p class=\"annex-cover__line\">Acheteur : " + w.params.fill(w.params.mark("{acheteur}")) + "</p>\n"
           "<p class=\"annex-cover__meta\">Clauses types établies à partir de la fiche pratique de l'État "
           "pour l'achat responsable de solutions d'IA (version " + escape_html(bank_text(bank, "version", "1")) +
           " des clauses du guide).<span class=\"annex-date\"></span></p>\n"
           "</header>\n";
  toc(w, bank, doc_labels);
  for (const std::string& doc : document_order(bank)) {
    std::string label = doc_labels.count(doc) ? doc_labels.at(doc) : doc;
    w.out += "<section class=\"annex-doc\" id=\"doc-" + escape_html(doc) + "\" data-document=\"" +
             escape_html(doc) + "\" aria-labelledby=\"doc-" + escape_html(doc) + "-title\">\n"
             "<h2 id=\"doc-" + escape_html(doc) + "-title\">" + escape_html(label) + "</h2>\n";
    int article = 0;
    for (const ojson& s : bank_list(bank, "sections")) {
      if (bank_text(s, "document") != doc) continue;
      w.text += bank_text(s, "title") + " ";
      w.out += "<section class=\"annex-section\" id=\"s-" + escape_html(bank_text(s, "id")) + "\">\n<h3>" +
               escape_html(bank_text(s, "title")) + "</h3>\n";
      if (!bank_text(s, "intro").empty()) {
        w.out += "<div class=\"annex-explain no-print\">\n";
        w.md(bank_text(s, "intro"));
        w.out += "</div>\n";
      }
      for (const ojson& c : bank_list(s, "clauses")) clause_article(w, c, ++article, profile_labels);
      w.out += "</section>\n";
    }
    w.out += "</section>\n";
  }
  w.out += "</div>\n";
}

void checkbox_group(Page& w, const std::string& legend, const std::string& hint_id, const std::string& hint,
                    const std::string& name, const ojson& items) {
  w.out += "<fieldset class=\"annex-choices\" aria-describedby=\"" + hint_id + "\"><legend>" + legend +
           "</legend>\n<p class=\"hint\" id=\"" + hint_id + "\">" + hint + "</p>\n<div class=\"choices\">\n";
  for (const ojson& item : items) {
    w.out += "<label><input type=\"checkbox\" name=\"" + name + "\" value=\"" + escape_html(bank_text(item, "id")) +
             "\" checked> " + escape_html(bank_text(item, "label", bank_text(item, "id"))) + "</label>\n";
  }
  w.out += "</div>\n</fieldset>\n";
}

void parameter_field(Page& w, const ojson& p) {
  const std::string id = bank_text(p, "id"), type = bank_text(p, "type", "text"), unit = bank_text(p, "unit");
  const std::string field = "param-" + id, hint = "hint-param-" + id, error = "error-param-" + id;
  w.out += "<div class=\"annex-field\" data-field=\"" + escape_html(id) + "\">\n<label for=\"" + field + "\">" +
           escape_html(bank_text(p, "label", id)) + "</label>\n";
  std::string hint_text;
  if (type == "number") {
    hint_text = "Nombre";
    if (p.contains("min") && p.contains("max")) {
      hint_text += " entre " + bank_text(p, "min") + " et " + bank_text(p, "max");
    }
    if (!unit.empty()) hint_text += " (" + unit + ")";
    hint_text += ". ";
  }
  hint_text += "Par défaut : " + bank_text(p, "default", "[…]") + (type == "number" && !unit.empty() ? " " + unit : "") + ".";
  w.out += "<p class=\"hint\" id=\"" + hint + "\">" + escape_html(hint_text) + "</p>\n";
  w.out += "<p class=\"field-error\" id=\"" + error + "\" hidden></p>\n";
  // data-default and data-unit: annex.js needs no copy of the bank on this page.
  const std::string data = " data-default=\"" + escape_html(bank_text(p, "default", "[…]")) + "\"" +
                           (unit.empty() ? "" : " data-unit=\"" + escape_html(unit) + "\"");
  if (type == "number") {
    w.out += "<input type=\"number\" inputmode=\"decimal\" id=\"" + field + "\" name=\"" + escape_html(id) +
             "\" placeholder=\"" + escape_html(bank_text(p, "default")) + "\"" + data;
    for (const char* k : {"min", "max"}) {
      if (p.contains(k) && p[k].is_number()) w.out += std::string(" ") + k + "=\"" + p[k].dump() + "\"";
    }
    w.out += " step=\"any\" aria-describedby=\"" + hint + "\">";
    if (!unit.empty()) w.out += " <span class=\"unit\">" + escape_html(unit) + "</span>";
    w.out += "\n";
  } else {
    w.out += "<input type=\"text\" id=\"" + field + "\" name=\"" + escape_html(id) + "\" placeholder=\"" +
             escape_html(bank_text(p, "default")) + "\"" + data + " aria-describedby=\"" + hint + "\">\n";
  }
  w.out += "</div>\n";
}

// The builder, hidden until annex.js runs: without JavaScript it could not do anything.
void builder(Page& w, const ojson& bank) {
  const auto doc_labels = labels_of(bank_list(bank, "documents"));
  const auto profile_labels = labels_of(bank_list(bank, "profiles"));
  w.out += "<form id=\"annex-form\" class=\"annex-form no-print\" data-js-only hidden novalidate "
           "aria-labelledby=\"annex-form-title\">\n"
           "<h2 id=\"annex-form-title\">Composer l'annexe</h2>\n"
           "<p class=\"hint\">Vos choix et vos paramètres restent dans votre navigateur ; ils sont "
           "repris dans l'adresse de la page : enregistrez-la en favori ou copiez le lien pour "
           "retrouver ou partager cette annexe.</p>\n"
           "<div id=\"annex-errors\" class=\"error-summary\" tabindex=\"-1\" role=\"alert\" hidden></div>\n";
  checkbox_group(w, "Profils de fournisseurs visés", "hint-profils",
                 "Les clauses qui s'appliquent à ces profils sont présélectionnées. Changer de profil "
                 "rétablit cette présélection.", "profils", bank_list(bank, "profiles"));
  checkbox_group(w, "Pièces du marché", "hint-pieces", "Une pièce décochée disparaît de l'annexe.", "pieces",
                 bank_list(bank, "documents"));
  w.out += "<fieldset class=\"annex-clauses\"><legend>Clauses</legend>\n"
           "<p class=\"hint\">Cochez les clauses à reprendre. La note à l'acheteur de chaque clause "
           "s'affiche ici ; elle n'est jamais imprimée ni exportée.</p>\n";
  for (const std::string& doc : document_order(bank)) {
    w.out += "<fieldset class=\"annex-clauses__doc\" data-document=\"" + escape_html(doc) + "\"><legend>" +
             escape_html(doc_labels.count(doc) ? doc_labels.at(doc) : doc) + "</legend>\n";
    for (const ojson& s : bank_list(bank, "sections")) {
      if (bank_text(s, "document") != doc) continue;
      for (const ojson& c : bank_list(s, "clauses")) {
        const std::string id = bank_text(c, "id");
        std::string ref;
        if (c.contains("source") && c["source"].is_object()) ref = bank_text(c["source"], "ref");
        const std::string hint = "hint-clause-" + escape_html(id);
        w.out += "<div class=\"annex-choice\" data-clause=\"" + escape_html(id) + "\">\n"
                 "<label><input type=\"checkbox\" name=\"clause\" value=\"" + escape_html(id) +
                 "\" checked aria-describedby=\"" + hint + "\"> " + escape_html(bank_text(c, "title")) + "</label>\n"
                 "<p class=\"hint\" id=\"" + hint + "\">Profils : " + escape_html(profile_names(c, profile_labels)) +
                 (ref.empty() ? "" : ". Fiche pratique : " + escape_html(ref)) + ".</p>\n";
        w.out += "<div class=\"annex-choice__note\"></div>\n</div>\n";
      }
    }
    w.out += "</fieldset>\n";
  }
  w.out += "</fieldset>\n";
  w.out += "<fieldset class=\"annex-params\"><legend>Paramètres</legend>\n"
           "<p class=\"hint\">Laissés vides, les paramètres prennent leur valeur par défaut.</p>\n";
  bool weights_open = false;
  for (const ojson& p : bank_list(bank, "parameters")) {
    const bool weight = bank_text(p, "id").rfind("poids_", 0) == 0;
    if (weight && !weights_open) {
      weights_open = true;
      w.out += "<fieldset class=\"annex-weights\" aria-describedby=\"hint-weights weights-total\">"
               "<legend>Pondérations des critères d'attribution (règlement de la consultation)</legend>\n"
               "<p class=\"hint\" id=\"hint-weights\">Chaque pondération est comprise entre 0 et 100 % ; "
               "le total doit faire 100 %. Il est recommandé de pondérer les critères environnemental et "
               "social à 10 % au moins chacun.</p>\n";
    }
    if (!weight && weights_open) {
      weights_open = false;
      w.out += "<p class=\"annex-weights__total\" id=\"weights-total\" aria-live=\"polite\"></p>\n</fieldset>\n";
    }
    parameter_field(w, p);
  }
  if (weights_open) w.out += "<p class=\"annex-weights__total\" id=\"weights-total\" aria-live=\"polite\"></p>\n</fieldset>\n";
  w.out += "</fieldset>\n";
  w.out += "<div class=\"tool-actions\">\n"
           "<button type=\"button\" class=\"button button--primary\" data-action=\"print\">Imprimer l'annexe</button>\n"
           "<button type=\"button\" class=\"button\" data-action=\"copy\">Copier</button>\n"
           "<button type=\"button\" class=\"button\" data-action=\"odt\">Télécharger (.odt)</button>\n"
           "<button type=\"button\" class=\"button\" data-action=\"md\">Télécharger (.md)</button>\n"
           "<button type=\"button\" class=\"button\" data-action=\"link\">Copier le lien</button>\n"
           "<button type=\"button\" class=\"button\" data-action=\"reset\">Tout rétablir</button>\n"
           "</div>\n<p id=\"annex-status\" class=\"hint\" role=\"status\" aria-live=\"polite\"></p>\n"
           "</form>\n";
}

}  // namespace

AnnexHtml render_clauses_page(const nlohmann::ordered_json& bank, const std::string& page_url,
                              const LinkResolver& resolve) {
  Parameters params(bank);
  Page w{page_url, resolve, params, {}, {}};
  w.out += "<p class=\"notice no-print annex-nojs\">Cette page s'imprime telle quelle comme l'annexe "
           "complète : toutes les clauses, les paramètres à leur valeur par défaut ou laissés en blanc "
           "« […] ». Les notes à l'acheteur ne sont pas imprimées. Avec JavaScript activé, un "
           "formulaire permet de choisir les profils, les pièces, les clauses et les paramètres.</p>\n";
  builder(w, bank);
  w.out += "<h2 class=\"annex-preview-title no-print\" id=\"apercu\" hidden>Aperçu de l'annexe</h2>\n";
  annex(w, bank);
  return {std::move(w.out), std::move(w.text)};
}

}  // namespace render
