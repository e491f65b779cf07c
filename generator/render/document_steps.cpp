#include "render/document_steps.h"

#include "render/data_script.h"
#include "render/tool_kind.h"
#include "templating/data_moves.h"

#include <vector>

#include "text/typography_html.h"
#include "render/markdown.h"
#include "text/site_url.h"

namespace render {

namespace {

using templating::Data;
using templating::List;

// The choices and the step pages are driven by these two; the compose page by its own (below).
const std::vector<std::string> kChoiceScripts = {"assets/js/annex-state.js", "assets/js/annex-builder.js"};

}  // namespace

namespace {

const std::vector<const char*> kDocumentTextNames = {
    "clauses_step_choices", "clauses_step_parameters", "clauses_step_annex", "clauses_count",
    "clauses_document_lead", "clauses_parameters_lead", "clauses_annex_lead", "buyer_note",
    "questionnaire_step_choices", "questionnaire_count", "questionnaire_step_compose",
    "questionnaire_section_lead", "questionnaire_letter_lead", "questionnaire_compose_lead",
};

}  // namespace

std::string document_text(const ToolContext& ctx, DocumentText which, int count) {
  templating::Data values;
  values.set("count", std::to_string(count));
  values.set("one", count < 2);  // French: 0 and 1 take the singular
  return ctx.templates.render_text("tools/document-texts", kDocumentTextNames,
                                   kDocumentTextNames.at(static_cast<size_t>(which)), values, ctx.unknown);
}

std::string step_url(const std::string& tool_url, const std::string& name) {
  std::string folder = tool_url;
  if (folder.size() > 5 && folder.compare(folder.size() - 5, 5, ".html") == 0) folder.resize(folder.size() - 5);
  return folder + "/" + name + ".html";
}

StepList::StepList(std::string tool_url, const ToolContext& ctx, DocumentText entry_title)
    : tool_url_(std::move(tool_url)), ctx_(ctx) {
  steps_.push_back({tool_url_, document_text(ctx_, entry_title), "", nlohmann::ordered_json::object()});
}

void StepList::add_part(std::string url, std::string title, DocumentText count_text, int count,
                        nlohmann::ordered_json filter) {
  steps_.push_back({std::move(url), std::move(title), document_text(ctx_, count_text, count), std::move(filter)});
}

void StepList::add_page(const std::string& name, std::string title) {
  steps_.push_back({step_url(tool_url_, name), std::move(title), "", nlohmann::ordered_json::object()});
}

DocumentInSteps::DocumentInSteps(const model::Tool& tool, std::vector<Step> steps, nlohmann::ordered_json choices)
    : tool_(tool), steps_(std::move(steps)), choices_(std::move(choices)) {}

void document_anchors(model::Tool& tool, const std::function<std::string(const core::Section&)>& page_of,
                      const std::string& annex_page) {
  const core::Bank& bank = tool.bank;
  tool.anchors = bank_anchors(bank);
  tool.anchor_pages.clear();
  for (const core::Section& s : bank.sections) {
    const std::string page = page_of(s);
    tool.anchor_pages["s-" + s.id] = page;
    for (const core::Clause& c : s.clauses) tool.anchor_pages["q-" + c.id] = page;
    for (int q : s.questions) tool.anchor_pages["q-" + bank.questions[q].id] = page;
  }
  tool.anchor_pages["annexe"] = annex_page;
}

Data DocumentInSteps::entry_data(const LinkResolver& resolve, const std::vector<ChoiceList>& choice_lists) const {
  Data entry = page_data(0);
  intro_data(entry, tool_.bank, tool_.url, resolve);
  start_data(entry, tool_.bank, tool_.url, resolve);
  for (const auto& [name, choices] : choice_lists) {
    List list;
    for (const auto& [id, label] : choices) {
      Data choice;
      choice.set("id", id);
      choice.set("label", label);
      list.push_back(std::move(choice));
    }
    templating::set_moved(entry, name, std::move(list));
  }
  return entry;
}

Data DocumentInSteps::page_data(size_t index) const {
  const std::string& page_url = steps_[index].url;
  Data data;
  data.set("bank_id", tool_.id);
  data.set("step_number", std::to_string(index + 1));
  data.set("step_count", std::to_string(steps_.size()));
  data.set("current", std::to_string(index));
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const Step& s : steps_) all.push_back({{"url", s.url}, {"title", s.title}, {"filter", s.filter}});
  data.set("steps_json", all.dump());
  data.set("choices_json", choices_.dump());
  auto neighbour = [&](const char* key, bool exists, size_t to) {
    if (!exists) {
      data.set(key, false);
      return;
    }
    Data d;
    d.set("href", text::relative_url(page_url, steps_[to].url));
    d.set("title", steps_[to].title);
    data.set(key, d);
  };
  neighbour("previous", index > 0, index - 1);
  neighbour("next", index + 1 < steps_.size(), index + 1);
  List list;
  for (size_t i = 1; i < steps_.size(); ++i) {
    Data d;
    d.set("index", std::to_string(i));
    d.set("href", text::relative_url(page_url, steps_[i].url));
    d.set("title", steps_[i].title);
    d.set("note", templating::text_or_false(steps_[i].note));
    list.push_back(d);
  }
  data.set("step_list", list);
  return data;
}

model::ToolPage DocumentInSteps::entry_page(std::string html) const {
  return {tool_.url, tool_.title, tool_.description, "", "page-tool tool-" + tool_.kind_name, kChoiceScripts,
          std::move(html)};
}

model::ToolPage DocumentInSteps::middle_page(size_t index, const std::string& description, std::string html) const {
  return {steps_[index].url, steps_[index].title, description, "", "page-tool tool-step", kChoiceScripts,
          std::move(html)};
}

model::ToolPage DocumentInSteps::compose_page(const std::string& description, std::string html) const {
  return {steps_.back().url, steps_.back().title, description, "", "page-tool tool-" + tool_.kind_name + " annex-page",
          {"assets/js/annex-state.js", document_script_path(), "assets/js/annex-export.js",
           "assets/js/annex.js"},
          std::move(html)};
}

std::string DocumentInSteps::document_script_path() const { return "assets/annex/" + tool_.id + ".js"; }

void DocumentInSteps::add_scripts(model::RenderedTool& out, const std::string& document_html,
                                  nlohmann::ordered_json parameters) const {
  // French typography on the generator's own words in the document (text/typography_html.h).
  const nlohmann::ordered_json document = {{"html", text::typeset_html(document_html)},
                                           {"parameters", std::move(parameters)}};
  out.files[document_script_path()] = keyed_data_script("GUIDE_ANNEX", tool_.id, document);
  out.files["assets/banks/" + tool_.id + ".js"] = bank_data_script(tool_.id, tool_.source->doc.value);
}

}  // namespace render
