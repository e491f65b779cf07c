#include "render/tool_clauses.h"

#include <map>
#include <vector>

#include "render/document_steps.h"
#include "render/html.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;
using core::Bank;
using core::Clause;
using core::Section;

struct Parameter {
  std::string id, shown;  // shown: the default, or a visible blank
};

// A parameter's default as the pages print it: text as written, a number as JSON writes it.
std::string default_text(const core::Parameter& p) {
  return p.default_value.is_string() ? p.default_value.get<std::string>() : p.default_value.dump();
}

// Parameters become "@@P<n>@@" before Markdown runs (nothing in that token is Markdown syntax,
// and ids with '_' cannot turn into emphasis), then a span once the HTML exists: annex.js
// rewrites the span's text, so a value typed by the buyer is always text, never markup.
class Parameters {
 public:
  explicit Parameters(const Bank& bank) {
    for (const core::Parameter& p : bank.parameters) {
      Parameter param{p.id, default_text(p)};
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

 private:
  std::vector<Parameter> list_;
};

struct Page {
  const std::string& page_url;
  const LinkResolver& resolve;
  const Parameters& params;
  std::string out;

  void md(const std::string& markdown) { out += render_snippet(markdown, page_url, resolve); }
  void md_with_params(const std::string& markdown) {
    out += params.fill(render_snippet(params.mark(markdown), page_url, resolve));
  }
  std::string text_with_params(const std::string& s) const { return params.fill(escape_html(params.mark(s))); }
};

std::map<std::string, std::string> labels_of(const std::vector<core::Labelled>& list) {
  std::map<std::string, std::string> out;
  for (const core::Labelled& item : list) out[item.id] = item.label;
  return out;
}

// Documents in the order the bank lists them, then any other document a section names.
std::vector<std::string> document_order(const Bank& bank) {
  std::vector<std::string> order;
  auto add = [&order](const std::string& id) {
    for (const std::string& d : order) if (d == id) return;
    order.push_back(id);
  };
  for (const core::Labelled& d : bank.documents) add(d.id);
  for (const Section& s : bank.sections) add(s.document);
  return order;
}

std::string document_label(const Bank& bank, const std::string& doc) {
  const auto labels = labels_of(bank.documents);
  return labels.count(doc) ? labels.at(doc) : doc;
}

// Every value of each choice, for the step links (see step_nav).
ojson choices(const Bank& bank) {
  ojson profiles = ojson::array();
  for (const core::Labelled& p : bank.profiles) profiles.push_back(p.id);
  return {{"profils", profiles}, {"pieces", document_order(bank)}};
}

// Step pages: "piece-<document>" cannot meet the two fixed names, whatever a document's id.
std::string document_page(const std::string& tool_url, const std::string& doc) {
  return step_url(tool_url, "piece-" + doc);
}

// Award-criteria weights (poids_*) are edited beside the clause that states them, on the page of
// its document; every other parameter on the parameters page.
bool is_weight(const std::string& id) { return id.rfind("poids_", 0) == 0; }

std::string weights_document(const Bank& bank) {
  for (const Section& s : bank.sections) {
    for (const Clause& c : s.clauses) {
      if (c.body.find("{poids_") != std::string::npos) return s.document;
    }
  }
  return "";
}

std::string profile_names(const Clause& clause, const std::map<std::string, std::string>& labels) {
  std::string out;
  for (const std::string& p : clause.profiles) {
    auto it = labels.find(p);
    if (!out.empty()) out += " ; ";
    out += it != labels.end() ? it->second : p;
  }
  return out;
}

// The ids of a list, separated by spaces (for data attributes listing ids).
std::string id_list(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : " ") + id;
  return out;
}

void deliverables(Page& w, const Clause& c) {
  if (c.deliverables.empty()) return;
  w.out += "<p><strong>Livrables attendus :</strong></p>\n<ul>\n";
  for (const std::string& d : c.deliverables) w.out += "<li>" + w.text_with_params(d) + "</li>\n";
  w.out += "</ul>\n";
}

// A clause on its document's page: the text as it prints, the checkbox that keeps it in the
// annex, and, for the buyer only, one note: the guide's advice, the profiles the clause is for and
// its source. No element that only groups others: this page holds a whole document's clauses.
void clause_for_review(Page& w, const Clause& c, const std::map<std::string, std::string>& profile_labels) {
  const std::string id = escape_html(c.id);
  w.out += "<article class=\"clause\" id=\"q-" + id + "\" data-clause=\"" + id + "\" data-profiles=\"" +
           escape_html(id_list(c.profiles)) + "\">\n<h3 class=\"clause__title\" id=\"t-" + id +
           "\">" + w.text_with_params(c.title) + "</h3>\n"
           "<label class=\"clause__choice no-print\" data-js-only hidden><input type=\"checkbox\" name=\"clause\" value=\"" +
           id + "\" checked aria-describedby=\"t-" + id + "\"> Reprendre cette clause dans l'annexe</label>\n";
  w.md_with_params(c.body);
  deliverables(w, c);
  const std::string& source = c.source_ref;
  w.out += "<aside class=\"buyer-note notice no-print\" aria-label=\"Note à l'acheteur : " +
           escape_html(c.title) + "\">\n";
  // The heading words go inside the note's first paragraph (Markdown strong), not a paragraph of their own.
  w.md("**Note à l'acheteur** (ne s'imprime pas). " + c.buyer_note);
  w.out += "<p class=\"source\">Profils visés : " + escape_html(profile_names(c, profile_labels)) + "." +
           (source.empty() ? "" : " Source : fiche pratique, " + escape_html(source) + ".") + "</p>\n</aside>\n";
  w.out += "</article>\n";
}

// A clause as the annex prints it: numbered article, text and deliverables only.
void clause_article(Page& w, const Clause& c, int number) {
  const std::string id = escape_html(c.id);
  w.out += "<article class=\"clause\" data-clause=\"" + id + "\" data-profiles=\"" +
           escape_html(id_list(c.profiles)) + "\">\n<h4 class=\"clause__title\"><span class=\"annex-num\">Article " +
           std::to_string(number) + "</span> — " + w.text_with_params(c.title) + "</h4>\n";
  w.md_with_params(c.body);
  deliverables(w, c);
  w.out += "</article>\n";
}

// The contents, on the cover page: documents and numbered articles (annex.js keeps the chosen
// ones and renumbers them with the annex itself).
void toc(Page& w, const Bank& bank) {
  w.out += "<nav class=\"annex-toc\" aria-labelledby=\"annex-toc-title\">\n"
           "<p class=\"annex-toc__title\" id=\"annex-toc-title\">Sommaire</p>\n<ul>\n";
  for (const std::string& doc : document_order(bank)) {
    w.out += "<li data-document=\"" + escape_html(doc) + "\">" + escape_html(document_label(bank, doc)) + "\n<ul>\n";
    int article = 0;
    for (const Section& s : bank.sections) {
      if (s.document != doc) continue;
      for (const Clause& c : s.clauses) {
        w.out += "<li data-clause=\"" + escape_html(c.id) + "\"><span class=\"annex-num\">Article " +
                 std::to_string(++article) + "</span> — " + w.text_with_params(c.title) + "</li>\n";
      }
    }
    w.out += "</ul>\n</li>\n";
  }
  w.out += "</ul>\n</nav>\n";
}

// The full annex, every clause numbered with parameters at their defaults: the document script
// of the annex page, which annex.js cuts down to the chosen clauses before showing it.
std::string full_annex(Page& w, const Bank& bank) {
  w.out += "<div class=\"annex\" data-annex=\"" + escape_html(bank.id) + "\">\n"
           "<header class=\"annex-cover\">\n"
           "<p class=\"annex-cover__title\">Annexe environnementale et sociale</p>\n"
           "<p class=\"annex-cover__line\">Marché : " + w.params.fill(w.params.mark("« {marche} »")) +
           " — référence " + w.params.fill(w.params.mark("{reference}")) + "</p>\n"
           "<p class=\"annex-cover__line\">Acheteur : " + w.params.fill(w.params.mark("{acheteur}")) + "</p>\n"
           "<p class=\"annex-cover__meta\">Clauses types établies à partir de la fiche pratique de l'État "
           "pour l'achat responsable de solutions d'IA (version " + std::to_string(bank.version) +
           " des clauses du guide).<span class=\"annex-date\"></span></p>\n"
           "</header>\n";
  toc(w, bank);
  for (const std::string& doc : document_order(bank)) {
    const std::string d = escape_html(doc);
    w.out += "<section class=\"annex-doc\" data-document=\"" + d + "\" aria-labelledby=\"doc-" + d + "-title\">\n"
             "<h2 id=\"doc-" + d + "-title\">" + escape_html(document_label(bank, doc)) + "</h2>\n";
    int article = 0;
    for (const Section& s : bank.sections) {
      if (s.document != doc) continue;
      w.out += "<section class=\"annex-section\">\n<h3>" + escape_html(s.title) + "</h3>\n";
      for (const Clause& c : s.clauses) clause_article(w, c, ++article);
      w.out += "</section>\n";
    }
    w.out += "</section>\n";
  }
  w.out += "</div>\n";
  return std::move(w.out);
}

// (id, label) of each item of a bank list: profiles or documents.
std::vector<std::pair<std::string, std::string>> id_labels(const std::vector<core::Labelled>& items) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const core::Labelled& item : items) out.emplace_back(item.id, item.label);
  return out;
}

// One parameter: label, field, hint (bounds, unit, default). Readable without JavaScript (the
// hint says what prints by default); annex-builder.js adds an error message only when needed.
void parameter_field(Page& w, const core::Parameter& p) {
  const std::string& id = p.id;
  const std::string& type = p.type;
  const std::string& unit = p.unit;
  const std::string field = "param-" + escape_html(id), hint = "hint-param-" + escape_html(id);
  std::string hint_text;
  if (type == "number") {
    hint_text = "Nombre";
    if (!p.min_number.is_null() && !p.max_number.is_null())
      hint_text += " entre " + p.min_number.dump() + " et " + p.max_number.dump();
    if (!unit.empty()) hint_text += " (" + unit + ")";
    hint_text += ". ";
  }
  hint_text += "Par défaut : " + default_text(p) + (type == "number" && !unit.empty() ? " " + unit : "") + ".";
  w.out += "<p class=\"annex-field\" data-field=\"" + escape_html(id) + "\"><label for=\"" + field + "\">" +
           escape_html(p.label) + "</label>\n";
  // data-default, data-unit and the bounds: annex-builder.js needs no copy of the bank.
  const std::string data = " data-default=\"" + escape_html(default_text(p)) + "\"" +
                           (unit.empty() ? "" : " data-unit=\"" + escape_html(unit) + "\"");
  if (type == "number") {
    w.out += "<input type=\"number\" inputmode=\"decimal\" id=\"" + field + "\" name=\"" + escape_html(id) +
             "\" placeholder=\"" + escape_html(default_text(p)) + "\"" + data;
    const std::pair<const char*, const ojson*> bounds[] = {{"min", &p.min_number}, {"max", &p.max_number}};
    for (const auto& [k, v] : bounds) {
      if (!v->is_null()) w.out += std::string(" ") + k + "=\"" + v->dump() + "\"";
    }
    w.out += " step=\"any\" aria-describedby=\"" + hint + "\">\n";
  } else {
    w.out += "<input type=\"text\" id=\"" + field + "\" name=\"" + escape_html(id) + "\" placeholder=\"" +
             escape_html(default_text(p)) + "\"" + data + " aria-describedby=\"" + hint + "\">\n";
  }
  w.out += "<span class=\"hint\" id=\"" + hint + "\">" + escape_html(hint_text) + "</span></p>\n";
}

const char* kErrors = "<div id=\"annex-errors\" class=\"error-summary\" tabindex=\"-1\" role=\"alert\" hidden></div>\n";

void weights_fieldset(Page& w, const Bank& bank) {
  w.out += "<form class=\"annex-params no-print\" novalidate aria-label=\"Pondérations\">\n"
           "<fieldset class=\"annex-weights\" aria-describedby=\"hint-weights weights-total\">"
           "<legend>Pondérations des critères d'attribution (règlement de la consultation)</legend>\n"
           "<p class=\"hint\" id=\"hint-weights\">Chaque pondération est comprise entre 0 et 100 % ; "
           "le total doit faire 100 %. Il est recommandé de pondérer les critères environnemental et "
           "social à 10 % au moins chacun.</p>\n";
  w.out += kErrors;
  for (const core::Parameter& p : bank.parameters) {
    if (is_weight(p.id)) parameter_field(w, p);
  }
  w.out += "<p class=\"annex-weights__total\" id=\"weights-total\" aria-live=\"polite\"></p>\n</fieldset>\n</form>\n";
}


// A document's page: its clauses as they print, each with its checkbox and buyer's note.
std::string document_body(const Bank& bank, const std::string& doc, const std::string& page_url,
                          const Parameters& params, const LinkResolver& resolve) {
  Page w{page_url, resolve, params, {}};
  const auto profile_labels = labels_of(bank.profiles);
  w.out += "<p class=\"notice no-print\">Chaque clause est reproduite telle qu'elle s'imprime, avec les "
           "paramètres à leur valeur par défaut ou laissés en blanc « […] ». Décochez celles que vous ne "
           "voulez pas reprendre ; les notes à l'acheteur restent à l'écran.</p>\n";
  for (const Section& s : bank.sections) {
    if (s.document != doc) continue;
    const std::string sid = escape_html(s.id);
    w.out += "<section class=\"annex-section\" id=\"s-" + sid + "\" aria-labelledby=\"s-" + sid + "-title\">\n"
             "<h2 id=\"s-" + sid + "-title\">" + escape_html(s.title) + "</h2>\n";
    if (!s.intro.empty()) {
      w.out += "<div class=\"annex-explain no-print\">\n";
      w.md(s.intro);
      w.out += "</div>\n";
    }
    for (const Clause& c : s.clauses) clause_for_review(w, c, profile_labels);
    w.out += "</section>\n";
  }
  if (weights_document(bank) == doc) weights_fieldset(w, bank);
  return std::move(w.out);
}

// The parameters page: every parameter but the award-criteria weights (on their document's page).
std::string parameters_body(const Bank& bank, const std::string& page_url, const Parameters& params,
                            const LinkResolver& resolve) {
  Page w{page_url, resolve, params, {}};
  w.out += "<form class=\"annex-form annex-params\" novalidate aria-labelledby=\"params-title\">\n"
           "<h2 id=\"params-title\">Paramètres de l'annexe</h2>\n"
           "<p class=\"hint\">Laissé vide, un paramètre prend la valeur par défaut indiquée sous son champ. "
           "Vos valeurs restent dans votre navigateur : elles sont reprises dans l'adresse de chaque étape.</p>\n";
  w.out += kErrors;
  for (const core::Parameter& p : bank.parameters) {
    if (!is_weight(p.id) || weights_document(bank).empty()) parameter_field(w, p);
  }
  w.out += "</form>\n";
  return std::move(w.out);
}

// Profiles and documents, then a page per document, the parameters, and the annex.
std::vector<Step> clauses_steps(const Bank& bank, const std::string& tool_url) {
  std::vector<Step> steps;
  steps.push_back({tool_url, "Profils et pièces du marché", "", ojson::object()});
  for (const std::string& doc : document_order(bank)) {
    int count = 0;
    for (const Section& s : bank.sections) {
      if (s.document == doc) count += static_cast<int>(s.clauses.size());
    }
    steps.push_back({document_page(tool_url, doc), document_label(bank, doc),
                     "(" + std::to_string(count) + (count > 1 ? " clauses)" : " clause)"), {{"document", doc}}});
  }
  steps.push_back({step_url(tool_url, "parametres"), "Paramètres de l'annexe", "", ojson::object()});
  steps.push_back({step_url(tool_url, "annexe"), "L'annexe à imprimer ou à exporter", "", ojson::object()});
  return steps;
}

class ClausesModule : public ToolModule {
 public:
  void find_anchors(model::Tool& tool) const override {
    const Bank& bank = tool.bank;
    tool.anchors = bank_anchors(bank);
    tool.anchor_pages.clear();
    for (const Section& s : bank.sections) {
      const std::string page = document_page(tool.url, s.document);
      tool.anchor_pages["s-" + s.id] = page;
      for (const Clause& c : s.clauses) tool.anchor_pages["q-" + c.id] = page;
    }
    tool.anchor_pages["annexe"] = step_url(tool.url, "annexe");
  }

  model::RenderedTool render(const model::Tool& tool, ToolContext& ctx) const override {
    const Bank& bank = tool.bank;
    const Parameters params(bank);
    const DocumentInSteps document(tool, clauses_steps(bank, tool.url), choices(bank));
    const std::vector<Step>& steps = document.steps();
    model::RenderedTool out;
    EntryTexts entry;
    entry.notice = "Chaque pièce du marché a sa page, qui s'imprime avec toutes ses clauses et les paramètres "
                   "par défaut. Avec JavaScript activé, vous choisissez ici les profils et les pièces, puis, "
                   "d'étape en étape, les clauses et les paramètres, et la dernière étape compose l'annexe à "
                   "imprimer ou à exporter.";
    entry.form_id = "annex-form";
    entry.form_title = "Composer l'annexe";
    entry.hint = "Vos choix restent dans votre navigateur ; ils sont repris dans l'adresse de chaque étape : "
                 "enregistrez-la en favori ou copiez le lien pour retrouver ou partager l'annexe.";
    entry.steps_heading = "Les étapes";
    out.pages.push_back(document.entry_page(
        tool_intro(bank, tool.url, ctx.resolve), entry,
        {checkbox_group("Profils de fournisseurs visés", "hint-profils",
                        "Les clauses qui s'appliquent à ces profils sont présélectionnées. Changer de profil "
                        "rétablit cette présélection.", "profils", id_labels(bank.profiles)),
         checkbox_group("Pièces du marché", "hint-pieces", "Une pièce décochée disparaît de l'annexe et des étapes.",
                        "pieces", id_labels(bank.documents))}));
    const std::vector<std::string> docs = document_order(bank);
    for (size_t i = 0; i < docs.size(); ++i) {
      out.pages.push_back(document.middle_page(i + 1, "Les clauses types de cette pièce, à reprendre ou non dans l'annexe.",
                                               document_body(bank, docs[i], steps[i + 1].url, params, ctx.resolve)));
    }
    const size_t parameters = docs.size() + 1;
    out.pages.push_back(document.middle_page(parameters, "Les noms, délais et montants que les clauses reprennent.",
                                             parameters_body(bank, steps[parameters].url, params, ctx.resolve)));
    ComposeTexts compose;
    compose.description = "Les clauses choisies, numérotées et complétées, à imprimer ou à exporter.";
    compose.notice = "L'annexe se compose dans le navigateur, avec JavaScript. Sans JavaScript, imprimez chaque "
                     "pièce depuis sa page (étapes précédentes) : ses clauses s'y impriment complètes, avec les "
                     "paramètres par défaut.";
    compose.print_label = "Imprimer l'annexe";
    compose.annex_class = "annex";
    out.pages.push_back(document.compose_page(compose));

    // The document script: the full annex, and each parameter as the annex page checks it.
    Page w{steps.back().url, ctx.resolve, params, {}};
    ojson parameter_list = ojson::array();
    const std::string weights_doc = weights_document(bank);
    for (const core::Parameter& p : bank.parameters) {
      ojson entry_json = {{"id", p.id}, {"label", p.label}, {"type", p.type}, {"unit", p.unit}, {"default", default_text(p)},
                          {"page", is_weight(p.id) && !weights_doc.empty() ? document_page(tool.url, weights_doc)
                                                                           : step_url(tool.url, "parametres")}};
      if (!p.min_number.is_null()) entry_json["min"] = p.min_number;
      if (!p.max_number.is_null()) entry_json["max"] = p.max_number;
      parameter_list.push_back(entry_json);
    }
    out.files["assets/annex/" + tool.id + ".js"] =
        document.document_script({{"html", full_annex(w, bank)}, {"parameters", parameter_list}});
    out.files["assets/banks/" + tool.id + ".js"] = bank_data_script(tool.id, tool.source->doc.value);
    return out;
  }
};

}  // namespace

const ToolModule& clauses_module() {
  static const ClausesModule module;
  return module;
}

}  // namespace render
