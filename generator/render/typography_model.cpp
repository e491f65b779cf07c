// French typography on the plain texts of pages and banks (see typography_model.h).
#include "render/typography_model.h"

#include <initializer_list>

#include "text/typography.h"
#include "text/typography_html.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;

void typeset_keys(ojson& object, std::initializer_list<const char*> keys) {
  if (!object.is_object()) return;
  for (const char* key : keys) {
    auto it = object.find(key);
    if (it != object.end() && it->is_string()) *it = text::typeset_french(it->get_ref<const std::string&>());
  }
}

// Each item of the list `key` of `object`, when it is a list.
template <typename F>
void each(ojson& object, const char* key, F&& f) {
  if (!object.is_object()) return;
  auto it = object.find(key);
  if (it == object.end() || !it->is_array()) return;
  for (ojson& item : *it) f(item);
}

}  // namespace

void typeset_calculator_texts(ojson& calculator) {
  // Every word the calculator's pages and script show comes from its definition: the scenarios,
  // the steps, the blocks and their fields, the texts and messages, the example. Its intro is
  // Markdown (typeset as it is rendered).
  typeset_keys(calculator, {"title", "description"});
  each(calculator, "scenarios", [](ojson& s) { typeset_keys(s, {"label", "intro"}); });
  each(calculator, "steps", [](ojson& s) { typeset_keys(s, {"title"}); });
  each(calculator, "blocks", [](ojson& block) {
    typeset_keys(block, {"legend"});
    if (block.contains("item")) typeset_keys(block["item"], {"label"});
    each(block, "fields", [](ojson& field) {
      typeset_keys(field, {"label", "unit", "hint", "placeholder"});
      each(field, "options", [](ojson& option) { typeset_keys(option, {"label"}); });
    });
  });
  for (const char* map : {"texts", "messages"}) {
    auto it = calculator.find(map);
    if (it == calculator.end() || !it->is_object()) continue;
    for (auto& [key, value] : it->items()) {
      if (value.is_string()) value = text::typeset_french(value.get_ref<const std::string&>());
    }
  }
  if (calculator.contains("example")) typeset_keys(calculator["example"], {"label", "description"});
}

void typeset_bank_texts(ojson& bank) {
  if (bank.is_object() && bank.value("kind", std::string()) == "calculator") {
    typeset_calculator_texts(bank);
    return;
  }
  // Markdown fields (intro, help, body, buyer_note, a verdict's or a recommendation's text, a red
  // line's message) are left to the Markdown renderer.
  typeset_keys(bank, {"title", "description"});
  if (bank.contains("start")) typeset_keys(bank["start"], {"duration"});
  for (const char* list : {"profiles", "documents"}) {
    each(bank, list, [](ojson& item) { typeset_keys(item, {"label"}); });
  }
  each(bank, "parameters", [](ojson& p) { typeset_keys(p, {"label", "unit", "default"}); });
  each(bank, "verdicts", [](ojson& v) { typeset_keys(v, {"label", "explain"}); });
  each(bank, "sections", [](ojson& section) {
    typeset_keys(section, {"title", "theme"});
    each(section, "questions", [](ojson& q) {
      typeset_keys(q, {"text", "unit", "expected", "proof"});
      each(q, "choices", [](ojson& c) { typeset_keys(c, {"label"}); });
      if (q.contains("source")) typeset_keys(q["source"], {"ref"});
    });
    each(section, "clauses", [](ojson& clause) {
      typeset_keys(clause, {"title"});
      if (clause.contains("source")) typeset_keys(clause["source"], {"ref"});
      auto it = clause.find("deliverables");
      if (it == clause.end() || !it->is_array()) return;
      for (ojson& d : *it) {
        if (d.is_string()) d = text::typeset_french(d.get_ref<const std::string&>());
      }
    });
  });
}

void typeset_texts(std::initializer_list<std::string*> texts) {
  for (std::string* text : texts) *text = text::typeset_french(*text);
}

void typeset_bank(core::Bank& bank) {
  // The fields typeset_bank_texts typesets, in the compiled model; Markdown is left to its renderer.
  auto set = [](std::string& text) { text = text::typeset_french(text); };
  set(bank.title);
  set(bank.description);
  set(bank.start_duration);
  for (core::Labelled& item : bank.profiles) set(item.label);
  for (core::Labelled& item : bank.documents) set(item.label);
  for (core::Parameter& p : bank.parameters) {
    set(p.label);
    set(p.unit);
    if (p.default_value.is_string()) p.default_value = text::typeset_french(p.default_value.get_ref<const std::string&>());
  }
  for (core::Verdict& v : bank.verdicts) {
    set(v.label);
    set(v.explain);
  }
  for (core::Section& section : bank.sections) {
    set(section.title);
    set(section.theme);
    for (core::Clause& clause : section.clauses) {
      set(clause.title);
      set(clause.source_ref);
      for (std::string& d : clause.deliverables) set(d);
    }
  }
  for (core::Question& q : bank.questions) {
    for (std::string* text : {&q.text, &q.unit, &q.expected, &q.proof, &q.source_ref}) set(*text);
    for (core::Choice& c : q.choices) set(c.label);
  }
}

void typeset_tool_pages(model::RenderedTool& tool) {
  for (model::ToolPage& page : tool.pages) {
    page.html = text::typeset_html(page.html);
    typeset_texts({&page.title, &page.document_title, &page.description});
  }
}

void typeset_page_texts(model::Page& page) {
  page.title = text::typeset_french(page.title);
  page.description = text::typeset_french(page.description);
  page.nav_title = text::typeset_french(page.nav_title);
}

void typeset_plain_texts(model::Site& site) {
  for (model::Page& page : site.pages) typeset_page_texts(page);
  typeset_keys(site.config, {"title", "tagline", "footer"});
  for (model::FooterPage& link : site.footer_pages) link.label = text::typeset_french(link.label);
  if (site.config.is_object() && site.config.contains("audiences") && site.config["audiences"].is_object()) {
    for (auto& label : site.config["audiences"]) {
      if (label.is_string()) label = text::typeset_french(label.get_ref<const std::string&>());
    }
  }
  for (model::Bank& bank : site.banks) typeset_bank_texts(bank.doc.value);
  for (model::InterfaceTexts& file : site.interface_texts)
    for (model::InterfaceText& t : file.texts) t.text = text::typeset_french(t.text);
}

}  // namespace render
