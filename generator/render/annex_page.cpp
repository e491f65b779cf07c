#include "render/annex_page.h"

#include <map>
#include <set>
#include <vector>

#include "render/bank_json.h"
#include "render/html.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;

struct Parameter {
  std::string id, label, type, unit, shown;  // shown: the default, or a visible blank
  bool zero_removes = false;                 // set to 0, it removes what shows it (annex.js)
};

bool zero_removes(const ojson& p) {
  auto it = p.find("zero_removes");
  return it != p.end() && it->is_boolean() && it->get<bool>();
}

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
      param.zero_removes = zero_removes(p);
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
      std::string span = "<span class=\"annex-param\" data-param=\"" + escape_html(p.id) + "\"" +
                         (p.zero_removes ? " data-zero-removes" : "") + ">" + escape_html(p.shown) + "</span>";
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

std::string document_label(const ojson& bank, const std::string& doc) {
  const auto labels = labels_of(bank_list(bank, "documents"));
  return labels.count(doc) ? labels.at(doc) : doc;
}

// Every value of each choice, for the step links (see step_nav).
ojson choices(const ojson& bank) {
  ojson profiles = ojson::array();
  for (const ojson& p : bank_list(bank, "profiles")) profiles.push_back(bank_text(p, "id"));
  return {{"profils", profiles}, {"pieces", document_order(bank)}};
}

// Step pages: "piece-<document>" cannot meet the two fixed names, whatever a document's id.
std::string document_page(const std::string& tool_url, const std::string& doc) {
  return step_url(tool_url, "piece-" + doc);
}

// Award-criteria weights (poids_*) are edited beside the clause that states them, on the page of
// its document; every other parameter on the parameters page.
bool is_weight(const std::string& id) { return id.rfind("poids_", 0) == 0; }

std::string weights_document(const ojson& bank) {
  for (const ojson& s : bank_list(bank, "sections")) {
    for (const ojson& c : bank_list(s, "clauses")) {
      if (bank_text(c, "body").find("{poids_") != std::string::npos) return bank_text(s, "document");
    }
  }
  return "";
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

std::string source_ref(const ojson& c) {
  return c.contains("source") && c["source"].is_object() ? bank_text(c["source"], "ref") : "";
}

// The parameters whose 0 removes the clause (annex.js and annex-builder.js read it).
std::string requires_attribute(const ojson& c) {
  const std::string ids = bank_id_list(bank_list(c, "requires"));
  return ids.empty() ? "" : " data-requires=\"" + escape_html(ids) + "\"";
}

void deliverables(Page& w, const ojson& c) {
  const ojson& list = bank_list(c, "deliverables");
  if (list.empty()) return;
  w.out += "<p><strong>Livrables attendus :</strong></p>\n<ul>\n";
  for (const ojson& d : list) {
    w.out += "<li>" + w.text_with_params(d.is_string() ? d.get<std::string>() : d.dump()) + "</li>\n";
  }
  w.out += "</ul>\n";
}

// A clause on its document's page: the text as it prints, the checkbox that keeps it in the
// annex, and, for the buyer only, one note: the guide's advice, the profiles the clause is for and
// its source. No element that only groups others: this page holds a whole document's clauses.
void clause_for_review(Page& w, const ojson& c, const std::map<std::string, std::string>& profile_labels) {
  const std::string id = escape_html(bank_text(c, "id"));
  w.text += bank_text(c, "title") + " " + w.params.plain(bank_text(c, "body")) + " ";
  w.out += "<article class=\"clause\" id=\"q-" + id + "\" data-clause=\"" + id + "\" data-profiles=\"" +
           escape_html(bank_id_list(bank_list(c, "profiles"))) + "\"" + requires_attribute(c) + ">\n<h3 class=\"clause__title\" id=\"t-" + id +
           "\">" + w.text_with_params(bank_text(c, "title")) + "</h3>\n"
           "<label class=\"clause__choice no-print\" data-js-only hidden><input type=\"checkbox\" name=\"clause\" value=\"" +
           id + "\" checked aria-describedby=\"t-" + id + "\"> Reprendre cette clause dans l'annexe</label>\n";
  w.md_with_params(bank_text(c, "body"));
  deliverables(w, c);
  const std::string source = source_ref(c);
  w.out += "<aside class=\"buyer-note notice no-print\" aria-label=\"Note à l'acheteur : " +
           escape_html(bank_text(c, "title")) + "\">\n";
  // The heading words go inside the note's first paragraph (Markdown strong), not a paragraph of their own.
  w.md("**Note à l'acheteur** (ne s'imprime pas). " + bank_text(c, "buyer_note"));
  w.out += "<p class=\"source\">Profils visés : " + escape_html(profile_names(c, profile_labels)) + "." +
           (source.empty() ? "" : " Source : fiche pratique, " + escape_html(source) + ".") + "</p>\n</aside>\n";
  w.out += "</article>\n";
}

// The word before each item's number in a document: "Article" unless the document names another
// ("Annexe" for response frames).
std::string document_item(const ojson& bank, const std::string& doc) {
  for (const ojson& d : bank_list(bank, "documents")) {
    if (bank_text(d, "id") == doc) return bank_text(d, "item", "Article");
  }
  return "Article";
}

// A clause as the annex prints it: numbered article, text and deliverables only.
void clause_article(Page& w, const ojson& c, const std::string& item, int number) {
  const std::string id = escape_html(bank_text(c, "id"));
  w.out += "<article class=\"clause\" data-clause=\"" + id + "\" data-profiles=\"" +
           escape_html(bank_id_list(bank_list(c, "profiles"))) + "\"" + requires_attribute(c) + ">\n<h4 class=\"clause__title\"><span class=\"annex-num\">" +
           escape_html(item) + " " + std::to_string(number) + "</span> — " + w.text_with_params(bank_text(c, "title")) + "</h4>\n";
  w.md_with_params(bank_text(c, "body"));
  deliverables(w, c);
  w.out += "</article>\n";
}

// The contents, on the cover page: documents and numbered articles (annex.js keeps the chosen
// ones and renumbers them with the annex itself).
void toc(Page& w, const ojson& bank) {
  w.out += "<nav class=\"annex-toc\" aria-labelledby=\"annex-toc-title\">\n"
           "<p class=\"annex-toc__title\" id=\"annex-toc-title\">Sommaire</p>\n<ul>\n";
  for (const std::string& doc : document_order(bank)) {
    w.out += "<li data-document=\"" + escape_html(doc) + "\">" + escape_html(document_label(bank, doc)) + "\n<ul>\n";
    int article = 0;
    for (const ojson& s : bank_list(bank, "sections")) {
      if (bank_text(s, "document") != doc) continue;
      for (const ojson& c : bank_list(s, "clauses")) {
        w.out += "<li data-clause=\"" + escape_html(bank_text(c, "id")) + "\"><span class=\"annex-num\">" +
                 escape_html(document_item(bank, doc)) + " " + std::to_string(++article) + "</span> — " + w.text_with_params(bank_text(c, "title")) + "</li>\n";
      }
    }
    w.out += "</ul>\n</li>\n";
  }
  w.out += "</ul>\n</nav>\n";
}

// The full annex, every clause numbered with parameters at their defaults: the document script
// of the annex page, which annex.js cuts down to the chosen clauses before showing it.
std::string full_annex(Page& w, const ojson& bank) {
  w.out += "<div class=\"annex\" data-annex=\"" + escape_html(bank_text(bank, "id")) + "\">\n"
           "<header class=\"annex-cover\">\n"
           "<p class=\"annex-cover__title\">Annexe environnementale et sociale</p>\n"
           "<p class=\"annex-cover__line\">Marché : " + w.params.fill(w.params.mark("« {marche} »")) +
           " — référence " + w.params.fill(w.params.mark("{reference}")) + "</p>\n"
           "<p class=\"annex-cover__line\">Acheteur : " + w.params.fill(w.params.mark("{acheteur}")) + "</p>\n"
           "<p class=\"annex-cover__meta\">Clauses types établies à partir de la fiche pratique de l'État "
           "pour l'achat responsable de solutions d'IA (version " + escape_html(bank_text(bank, "version", "1")) +
           " des clauses du guide).<span class=\"annex-date\"></span></p>\n"
           "</header>\n";
  toc(w, bank);
  for (const std::string& doc : document_order(bank)) {
    const std::string d = escape_html(doc);
    w.out += "<section class=\"annex-doc\" data-document=\"" + d + "\" aria-labelledby=\"doc-" + d + "-title\">\n"
             "<h2 id=\"doc-" + d + "-title\">" + escape_html(document_label(bank, doc)) + "</h2>\n";
    int article = 0;
    for (const ojson& s : bank_list(bank, "sections")) {
      if (bank_text(s, "document") != doc) continue;
      w.out += "<section class=\"annex-section\">\n<h3>" + escape_html(bank_text(s, "title")) + "</h3>\n";
      for (const ojson& c : bank_list(s, "clauses")) clause_article(w, c, document_item(bank, doc), ++article);
      w.out += "</section>\n";
    }
    w.out += "</section>\n";
  }
  w.out += "</div>\n";
  return std::move(w.out);
}

// (id, label) of each item of a bank list: profiles or documents.
std::vector<std::pair<std::string, std::string>> id_labels(const ojson& items) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const ojson& item : items) out.emplace_back(bank_text(item, "id"), bank_text(item, "label", bank_text(item, "id")));
  return out;
}

// One parameter: label, field, hint (bounds, unit, default). Readable without JavaScript (the
// hint says what prints by default); annex-builder.js adds an error message only when needed.
void parameter_field(Page& w, const ojson& p) {
  const std::string id = bank_text(p, "id"), type = bank_text(p, "type", "text"), unit = bank_text(p, "unit");
  const std::string field = "param-" + escape_html(id), hint = "hint-param-" + escape_html(id);
  std::string hint_text;
  if (type == "number") {
    hint_text = "Nombre";
    if (p.contains("min") && p.contains("max")) hint_text += " entre " + bank_text(p, "min") + " et " + bank_text(p, "max");
    if (!unit.empty()) hint_text += " (" + unit + ")";
    if (zero_removes(p)) hint_text += ", ou 0 pour le retirer de l'annexe";
    hint_text += ". ";
  }
  hint_text += "Par défaut : " + bank_text(p, "default", "[…]") + (type == "number" && !unit.empty() ? " " + unit : "") + ".";
  w.out += "<p class=\"annex-field\" data-field=\"" + escape_html(id) + "\"><label for=\"" + field + "\">" +
           escape_html(bank_text(p, "label", id)) + "</label>\n";
  // data-default, data-unit and the bounds: annex-builder.js needs no copy of the bank.
  const std::string data = " data-default=\"" + escape_html(bank_text(p, "default", "[…]")) + "\"" +
                           (unit.empty() ? "" : " data-unit=\"" + escape_html(unit) + "\"") +
                           (zero_removes(p) ? " data-zero-removes" : "");
  if (type == "number") {
    w.out += "<input type=\"number\" inputmode=\"decimal\" id=\"" + field + "\" name=\"" + escape_html(id) +
             "\" placeholder=\"" + escape_html(bank_text(p, "default")) + "\"" + data;
    for (const char* k : {"min", "max"}) {
      if (p.contains(k) && p[k].is_number()) w.out += std::string(" ") + k + "=\"" + p[k].dump() + "\"";
    }
    w.out += " step=\"any\" aria-describedby=\"" + hint + "\">\n";
  } else {
    w.out += "<input type=\"text\" id=\"" + field + "\" name=\"" + escape_html(id) + "\" placeholder=\"" +
             escape_html(bank_text(p, "default")) + "\"" + data + " aria-describedby=\"" + hint + "\">\n";
  }
  w.out += "<span class=\"hint\" id=\"" + hint + "\">" + escape_html(hint_text) + "</span></p>\n";
}

const char* kErrors = "<div id=\"annex-errors\" class=\"error-summary\" tabindex=\"-1\" role=\"alert\" hidden></div>\n";
const char* kStatus = "<p id=\"annex-status\" class=\"hint\" role=\"status\" aria-live=\"polite\"></p>\n";

void weights_fieldset(Page& w, const ojson& bank) {
  w.out += "<form class=\"annex-params no-print\" novalidate aria-label=\"Pondérations\">\n"
           "<fieldset class=\"annex-weights\" aria-describedby=\"hint-weights weights-total\">"
           "<legend>Pondérations des critères d'attribution (règlement de la consultation)</legend>\n"
           "<p class=\"hint\" id=\"hint-weights\">Chaque pondération est comprise entre 0 et 100 % ; "
           "le total doit faire 100 %. Il est recommandé de pondérer les critères environnemental et "
           "social à 10 % au moins chacun.</p>\n";
  w.out += kErrors;
  for (const ojson& p : bank_list(bank, "parameters")) {
    if (is_weight(bank_text(p, "id"))) parameter_field(w, p);
  }
  w.out += "<p class=\"annex-weights__total\" id=\"weights-total\" aria-live=\"polite\"></p>\n</fieldset>\n</form>\n";
}


StepPage document_step(const ojson& bank, const std::vector<Step>& steps, size_t index, const std::string& doc,
                       const Parameters& params, const LinkResolver& resolve) {
  StepPage page{steps[index].url, steps[index].title,
                "Les clauses types de cette pièce, à reprendre ou non dans l'annexe.", "page-tool tool-step", {}, {}};
  Page w{page.url, resolve, params, {}, {}};
  const auto profile_labels = labels_of(bank_list(bank, "profiles"));
  w.out += step_progress(steps, index);
  w.out += "<p class=\"notice no-print\">Chaque clause est reproduite telle qu'elle s'imprime, avec les "
           "paramètres à leur valeur par défaut ou laissés en blanc « […] ». Décochez celles que vous ne "
           "voulez pas reprendre ; les notes à l'acheteur restent à l'écran.</p>\n";
  for (const ojson& s : bank_list(bank, "sections")) {
    if (bank_text(s, "document") != doc) continue;
    const std::string sid = escape_html(bank_text(s, "id"));
    w.out += "<section class=\"annex-section\" id=\"s-" + sid + "\" aria-labelledby=\"s-" + sid + "-title\">\n"
             "<h2 id=\"s-" + sid + "-title\">" + escape_html(bank_text(s, "title")) + "</h2>\n";
    if (!bank_text(s, "intro").empty()) {
      w.out += "<div class=\"annex-explain no-print\">\n";
      w.md(bank_text(s, "intro"));
      w.out += "</div>\n";
    }
    for (const ojson& c : bank_list(s, "clauses")) clause_for_review(w, c, profile_labels);
    w.out += "</section>\n";
  }
  if (weights_document(bank) == doc) weights_fieldset(w, bank);
  w.out += step_nav(steps, index, page.url, choices(bank));
  page.html = std::move(w.out);
  page.scripts = {"assets/js/annex-state.js", "assets/js/annex-builder.js"};
  return page;
}

StepPage parameters_step(const ojson& bank, const std::vector<Step>& steps, size_t index,
                         const Parameters& params, const LinkResolver& resolve) {
  StepPage page{steps[index].url, steps[index].title,
                "Les noms, délais et montants que les clauses reprennent.", "page-tool tool-step", {}, {}};
  Page w{page.url, resolve, params, {}, {}};
  w.out += step_progress(steps, index);
  w.out += "<form class=\"annex-form annex-params\" novalidate aria-labelledby=\"params-title\">\n"
           "<h2 id=\"params-title\">Paramètres de l'annexe</h2>\n"
           "<p class=\"hint\">Laissé vide, un paramètre prend la valeur par défaut indiquée sous son champ. "
           "Vos valeurs restent dans votre navigateur : elles sont reprises dans l'adresse de chaque étape.</p>\n";
  w.out += kErrors;
  for (const ojson& p : bank_list(bank, "parameters")) {
    if (!is_weight(bank_text(p, "id")) || weights_document(bank).empty()) parameter_field(w, p);
  }
  w.out += "</form>\n";
  w.out += step_nav(steps, index, page.url, choices(bank));
  page.html = std::move(w.out);
  page.scripts = {"assets/js/annex-state.js", "assets/js/annex-builder.js"};
  return page;
}

StepPage annex_step(const ojson& bank, const std::vector<Step>& steps, size_t index) {
  StepPage page{steps[index].url, steps[index].title,
                "Les clauses choisies, numérotées et complétées, à imprimer ou à exporter.",
                "page-tool tool-clauses annex-page", {}, {}};
  std::string& out = page.html;
  out += step_progress(steps, index);
  out += "<p class=\"notice no-print annex-nojs\">L'annexe se compose dans le navigateur, avec JavaScript. "
         "Sans JavaScript, imprimez chaque pièce depuis sa page (étapes précédentes) : ses clauses "
         "s'y impriment complètes, avec les paramètres par défaut.</p>\n";
  out += kErrors;
  out += "<div class=\"tool-actions no-print\" data-js-only hidden>\n"
         "<button type=\"button\" class=\"button button--primary\" data-action=\"print\">Imprimer l'annexe</button>\n"
         "<button type=\"button\" class=\"button\" data-action=\"copy\">Copier</button>\n"
         "<button type=\"button\" class=\"button\" data-action=\"odt\">Télécharger (.odt)</button>\n"
         "<button type=\"button\" class=\"button\" data-action=\"md\">Télécharger (.md)</button>\n"
         "<button type=\"button\" class=\"button\" data-action=\"link\">Copier le lien</button>\n"
         "</div>\n";
  out += kStatus;
  out += "<div class=\"annex\" id=\"annexe\" data-annex=\"" + escape_html(bank_text(bank, "id")) + "\"></div>\n";
  out += step_nav(steps, index, page.url, choices(bank));
  page.scripts = {"assets/js/annex-state.js", "assets/annex/" + bank_text(bank, "id") + ".js",
                  "assets/js/annex-export.js", "assets/js/annex.js"};
  return page;
}

}  // namespace

nlohmann::ordered_json parameters_json(const nlohmann::ordered_json& bank,
                                       const std::function<std::string(const std::string&)>& page_of) {
  ojson parameters = ojson::array();
  for (const ojson& p : bank_list(bank, "parameters")) {
    const std::string id = bank_text(p, "id");
    ojson entry = {{"id", id}, {"label", bank_text(p, "label", id)}, {"type", bank_text(p, "type", "text")},
                   {"unit", bank_text(p, "unit")}, {"default", bank_text(p, "default", "[…]")}, {"page", page_of(id)}};
    for (const char* k : {"min", "max"}) {
      if (p.contains(k) && p[k].is_number()) entry[k] = p[k];
    }
    if (zero_removes(p)) entry["zero_removes"] = true;
    parameters.push_back(entry);
  }
  return parameters;
}

std::string render_with_parameters(const nlohmann::ordered_json& bank, const std::string& markdown,
                                   const std::string& page_url, const LinkResolver& resolve) {
  Parameters params(bank);
  Page w{page_url, resolve, params, {}, {}};
  w.md_with_params(markdown);
  return std::move(w.out);
}

std::string parameter_fields(const nlohmann::ordered_json& bank, const std::string& page_url,
                             const LinkResolver& resolve) {
  Parameters params(bank);
  Page w{page_url, resolve, params, {}, {}};
  for (const ojson& p : bank_list(bank, "parameters")) parameter_field(w, p);
  return std::move(w.out);
}

std::vector<Step> clauses_steps(const nlohmann::ordered_json& bank, const std::string& tool_url) {
  std::vector<Step> steps;
  steps.push_back({tool_url, "Profils et pièces du marché", "", ojson::object()});
  for (const std::string& doc : document_order(bank)) {
    int count = 0;
    for (const ojson& s : bank_list(bank, "sections")) {
      if (bank_text(s, "document") == doc) count += static_cast<int>(bank_list(s, "clauses").size());
    }
    steps.push_back({document_page(tool_url, doc), document_label(bank, doc),
                     "(" + std::to_string(count) + (count > 1 ? " clauses)" : " clause)"), {{"document", doc}}});
  }
  steps.push_back({step_url(tool_url, "parametres"), "Paramètres de l'annexe", "", ojson::object()});
  steps.push_back({step_url(tool_url, "annexe"), "L'annexe à imprimer ou à exporter", "", ojson::object()});
  return steps;
}

std::map<std::string, std::string> clauses_anchor_pages(const nlohmann::ordered_json& bank,
                                                        const std::string& tool_url) {
  std::map<std::string, std::string> out;
  for (const ojson& s : bank_list(bank, "sections")) {
    const std::string page = document_page(tool_url, bank_text(s, "document"));
    out["s-" + bank_text(s, "id")] = page;
    for (const ojson& c : bank_list(s, "clauses")) out["q-" + bank_text(c, "id")] = page;
  }
  out["annexe"] = step_url(tool_url, "annexe");
  return out;
}

AnnexHtml render_clauses_page(const nlohmann::ordered_json& bank, const std::string& page_url,
                              const LinkResolver& resolve) {
  Parameters params(bank);
  Page w{page_url, resolve, params, {}, {}};
  const std::vector<Step> steps = clauses_steps(bank, page_url);
  w.out += step_progress(steps, 0);
  w.out += "<p class=\"notice no-print annex-nojs\">Chaque pièce du marché a sa page, qui s'imprime avec "
           "toutes ses clauses et les paramètres par défaut. Avec JavaScript activé, vous choisissez ici les "
           "profils et les pièces, puis, d'étape en étape, les clauses et les paramètres, et la dernière étape "
           "compose l'annexe à imprimer ou à exporter.</p>\n";
  w.out += "<form id=\"annex-form\" class=\"annex-form no-print\" data-js-only hidden novalidate "
           "aria-labelledby=\"annex-form-title\">\n"
           "<h2 id=\"annex-form-title\">Composer l'annexe</h2>\n"
           "<p class=\"hint\">Vos choix restent dans votre navigateur ; ils sont repris dans l'adresse de "
           "chaque étape : enregistrez-la en favori ou copiez le lien pour retrouver ou partager l'annexe.</p>\n";
  w.out += kErrors;
  w.out += checkbox_group("Profils de fournisseurs visés", "hint-profils",
                          "Les clauses qui s'appliquent à ces profils sont présélectionnées. Changer de profil "
                          "rétablit cette présélection.", "profils", id_labels(bank_list(bank, "profiles")));
  w.out += checkbox_group("Pièces du marché", "hint-pieces",
                          "Une pièce décochée disparaît de l'annexe et des étapes.", "pieces",
                          id_labels(bank_list(bank, "documents")));
  w.out += "<div class=\"tool-actions\">\n"
           "<button type=\"button\" class=\"button\" data-action=\"reset\">Tout rétablir</button>\n</div>\n";
  w.out += kStatus;
  w.out += "</form>\n<h2 id=\"etapes\">Les étapes</h2>\n";
  w.out += step_list(steps, page_url);
  w.out += step_nav(steps, 0, page_url, choices(bank));
  for (const ojson& s : bank_list(bank, "sections")) {
    w.text += bank_text(s, "title") + " ";
    for (const ojson& c : bank_list(s, "clauses")) w.text += bank_text(c, "title") + " ";
  }
  return {std::move(w.out), std::move(w.text)};
}

AnnexSteps render_clauses_steps(const nlohmann::ordered_json& bank, const std::string& tool_url,
                                const LinkResolver& resolve) {
  Parameters params(bank);
  const std::vector<Step> steps = clauses_steps(bank, tool_url);
  AnnexSteps out;
  const std::vector<std::string> docs = document_order(bank);
  for (size_t i = 0; i < docs.size(); ++i) out.pages.push_back(document_step(bank, steps, i + 1, docs[i], params, resolve));
  out.pages.push_back(parameters_step(bank, steps, docs.size() + 1, params, resolve));
  out.pages.push_back(annex_step(bank, steps, docs.size() + 2));

  // The document script: the full annex, and each parameter as the annex page checks it.
  const std::string annex_url = steps.back().url;
  Page w{annex_url, resolve, params, {}, {}};
  const std::string weights_doc = weights_document(bank);
  const ojson parameters = parameters_json(bank, [&](const std::string& id) {
    return is_weight(id) && !weights_doc.empty() ? document_page(tool_url, weights_doc) : step_url(tool_url, "parametres");
  });
  out.document_script = annex_document_script(bank_text(bank, "id"),
                                              {{"html", full_annex(w, bank)}, {"parameters", parameters}});
  return out;
}

}  // namespace render
