#include "render/tool_clauses.h"

#include <map>
#include <vector>

#include "core/join.h"
#include "render/annex_parameters.h"
#include "render/document_steps.h"
#include "text/html.h"
#include "render/question_html.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;
using core::Bank;
using core::Clause;
using core::Section;
using templating::Data;
using templating::List;

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

// The word before each item's number in a document: "Article" unless the document names another
// ("Annexe" for response frames).
std::string document_item(const Bank& bank, const std::string& doc) {
  for (const core::Labelled& d : bank.documents) {
    if (d.id == doc && !d.item.empty()) return d.item;
  }
  return "Article";
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

// The profiles or the documents, as the entry page's checkboxes show them.
std::vector<std::pair<std::string, std::string>> pairs(const std::vector<core::Labelled>& items) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const core::Labelled& item : items) out.emplace_back(item.id, item.label);
  return out;
}

// What a clause shows wherever it is: its title and text with the parameters, its deliverables.
void clause_text(Data& data, const Clause& c, const Parameters& params, const std::string& page_url,
                 const LinkResolver& resolve) {
  data.set("id", c.id);
  data.set("profiles", core::join(c.profiles, " "));
  data.set("requires", c.requires.empty() ? Data(false) : Data(core::join(c.requires, " ")));  // parameters whose 0 removes it
  data.set("title_html", params.text(c.title));
  data.set("public_ref", templating::text_or_false(c.public_ref));
  data.set("body_html", params.markdown(c.body, page_url, resolve));
  data.set("has_deliverables", !c.deliverables.empty());
  List deliverables;
  for (const std::string& d : c.deliverables) {
    Data item;
    item.set("html", params.text(d));
    deliverables.push_back(item);
  }
  data.set("deliverables", deliverables);
}

// A document's page: its clauses as they print, each with its checkbox and buyer's note, and the
// award-criteria weights when its clauses state them.
std::string document_html(const Bank& bank, const std::string& doc, Data data, const std::string& page_url,
                          const Parameters& params, ToolContext& ctx) {
  const auto profile_labels = labels_of(bank.profiles);
  List sections;
  for (const Section& s : bank.sections) {
    if (s.document != doc) continue;
    Data section;
    section.set("id", s.id);
    section.set("title", s.title);
    section.set("public_ref", templating::text_or_false(s.public_ref));
    section.set("has_intro", !s.intro.empty());
    section.set("intro_html", s.intro.empty() ? std::string() : render_snippet(s.intro, page_url, ctx.resolve));
    List clauses;
    for (const Clause& c : s.clauses) {
      Data clause;
      clause_text(clause, c, params, page_url, ctx.resolve);
      clause.set("title", c.title);
      // The note's lead goes inside its first paragraph (Markdown strong), not a paragraph of its own.
      clause.set("note_html", render_snippet(document_text(ctx, DocumentText::buyer_note) + " " + c.buyer_note, page_url, ctx.resolve));
      clause.set("profile_names", profile_names(c, profile_labels));
      clause.set("source", templating::text_or_false(c.source_ref));
      clauses.push_back(clause);
    }
    section.set("clauses", clauses);
    sections.push_back(section);
  }
  data.set("sections", sections);
  if (weights_document(bank) != doc) {
    data.set("weights", false);
  } else {
    List weights;
    for (const core::Parameter& p : bank.parameters) {
      if (is_weight(p.id)) weights.push_back(parameter_data(p));
    }
    Data w;
    w.set("weight_parameters", weights);
    data.set("weights", w);
  }
  return ctx.render("tools/clauses-document", data);
}

// The full annex, every clause numbered with the parameters at their defaults.
std::string document_script_html(const Bank& bank, const std::string& page_url, const Parameters& params,
                                 ToolContext& ctx) {
  Data data;
  data.set("bank_id", bank.id);
  data.set("version", std::to_string(bank.version));
  data.set("with_params", kainjow::mustache::lambda2{[&params](const std::string& text,
                                                             const kainjow::mustache::renderer&) {
             return params.text(text);
           }});
  List documents;
  for (const std::string& doc : document_order(bank)) {
    Data document;
    document.set("id", doc);
    document.set("label", document_label(bank, doc));
    document.set("item", document_item(bank, doc));
    List toc, sections;
    int article = 0;
    for (const Section& s : bank.sections) {
      if (s.document != doc) continue;
      Data section;
      section.set("title", s.title);
      List articles;
      for (const Clause& c : s.clauses) {
        Data a;
        clause_text(a, c, params, page_url, ctx.resolve);
        a.set("number", std::to_string(++article));
        Data entry;
        entry.set("id", c.id);
        entry.set("number", std::to_string(article));
        entry.set("title_html", params.text(c.title));
        toc.push_back(entry);
        articles.push_back(a);
      }
      section.set("articles", articles);
      sections.push_back(section);
    }
    document.set("toc", toc);
    document.set("sections", sections);
    documents.push_back(document);
  }
  data.set("documents", documents);
  return ctx.render("tools/clauses-document-script", data);
}

// Profiles and documents, then a page per document, the parameters, and the annex.
std::vector<Step> clauses_steps(const Bank& bank, const std::string& tool_url, ToolContext& ctx) {
  StepList steps(tool_url, ctx, DocumentText::clauses_step_choices);
  for (const std::string& doc : document_order(bank)) {
    int count = 0;
    for (const Section& s : bank.sections) {
      if (s.document == doc) count += static_cast<int>(s.clauses.size());
    }
    steps.add_part(document_page(tool_url, doc), document_label(bank, doc), DocumentText::clauses_count, count,
                   {{"document", doc}});
  }
  steps.add_page("parametres", DocumentText::clauses_step_parameters);
  steps.add_page("annexe", DocumentText::clauses_step_annex);
  return steps.take();
}

class ClausesModule : public ToolModule {
 public:
  void find_anchors(model::Tool& tool) const override {
    document_anchors(tool, [&](const Section& s) { return document_page(tool.url, s.document); },
                     step_url(tool.url, "annexe"));
  }

  model::RenderedTool render(const model::Tool& tool, ToolContext& ctx) const override {
    const Bank& bank = tool.bank;
    const Parameters params(bank, ctx);
    const DocumentInSteps document(tool, clauses_steps(bank, tool.url, ctx), choices(bank));
    const std::vector<Step>& steps = document.steps();
    model::RenderedTool out;

    const Data entry = document.entry_data(ctx.resolve, {{"profiles", pairs(bank.profiles)}, {"documents", pairs(bank.documents)}});
    out.pages.push_back(document.entry_page(ctx.render("tools/clauses", entry)));

    const std::vector<std::string> docs = document_order(bank);
    for (size_t i = 0; i < docs.size(); ++i) {
      const size_t index = i + 1;
      out.pages.push_back(document.middle_page(
          index, document_text(ctx, DocumentText::clauses_document_lead),
          document_html(bank, docs[i], document.page_data(index), steps[index].url, params, ctx)));
    }
    const size_t parameters = docs.size() + 1;
    Data parameters_page = document.page_data(parameters);
    List fields;
    for (const core::Parameter& p : bank.parameters) {
      if (!is_weight(p.id) || weights_document(bank).empty()) fields.push_back(parameter_data(p));
    }
    parameters_page.set("parameters", fields);
    out.pages.push_back(document.middle_page(parameters, document_text(ctx, DocumentText::clauses_parameters_lead),
                                             ctx.render("tools/clauses-parameters", parameters_page)));
    out.pages.push_back(document.compose_page(
        document_text(ctx, DocumentText::clauses_annex_lead),
        ctx.render("tools/clauses-annex", document.page_data(steps.size() - 1))));

    // The document script: the full annex, and each parameter as the annex page checks it.
    const std::string weights_doc = weights_document(bank);
    const ojson parameter_list = parameters_json(bank, [&](const std::string& id) {
      return is_weight(id) && !weights_doc.empty() ? document_page(tool.url, weights_doc) : step_url(tool.url, "parametres");
    });
    document.add_scripts(out, document_script_html(bank, steps.back().url, params, ctx), parameter_list);
    return out;
  }
};

const ClausesModule kModule{};

}  // namespace

const ToolModule& clauses_module() { return kModule; }

}  // namespace render
