#include "render/tool_kind.h"

#include "render/data_script.h"
#include "render/tool_calculator.h"
#include "render/tool_clauses.h"
#include "render/tool_form.h"
#include "render/tool_notice.h"
#include "render/tool_questionnaire.h"
#include "render/tool_synthesis.h"
#include "text/site_url.h"
#include "text/typography.h"

namespace render {

const ToolModule& tool_module(model::ToolKind kind) {
  switch (kind) {
    case model::ToolKind::form: return form_module();
    case model::ToolKind::clauses: return clauses_module();
    case model::ToolKind::questionnaire: return questionnaire_module();
    case model::ToolKind::calculator: return calculator_module();
    case model::ToolKind::synthesis: return synthesis_module();
    case model::ToolKind::notice: return notice_module();
  }
  return form_module();
}

std::set<std::string> bank_anchors(const core::Bank& bank) {
  std::set<std::string> out = {"resultat", "annexe"};
  for (const core::Section& s : bank.sections) {
    out.insert("s-" + s.id);
    for (int q : s.questions) out.insert("q-" + bank.questions[q].id);
    for (const core::Clause& c : s.clauses) out.insert("q-" + c.id);
  }
  return out;
}

void intro_data(templating::Data& data, const core::Bank& bank, const std::string& page_url,
                const LinkResolver& resolve) {
  data.set("has_intro", !bank.intro.empty());
  data.set("intro_html", bank.intro.empty() ? std::string() : render_snippet(bank.intro, page_url, resolve));
}

void start_data(templating::Data& data, const core::Bank& bank, const std::string& page_url,
                const LinkResolver& resolve) {
  const bool has = !bank.start_duration.empty() || !bank.start_prepare.empty();
  data.set("has_start", has);
  data.set("duration", bank.start_duration);
  data.set("prepare_html", has ? render_snippet(bank.start_prepare, page_url, resolve) : std::string());
}

void companions_data(templating::Data& data, const model::Tool& tool, const std::string& page_url) {
  templating::List list;
  for (const model::Tool::Companion& c : tool.companions) {
    templating::Data d;
    d.set("href", text::relative_url(page_url, c.url));
    // Copied from the document before the build typesets tool titles: typeset here.
    d.set("title", text::typeset_french(c.title));
    d.set("description", text::typeset_french(c.description));
    list.push_back(d);
  }
  data.set("companions", list);
  data.set("companions_keep_answers", false);  // the form's pages carry the answers (tool_form.cpp)
}

std::string bank_data_script(const std::string& id, const nlohmann::ordered_json& bank) {
  return keyed_data_script("GUIDE_BANKS", id, bank);
}

std::string document_data_script(const std::string& id, const nlohmann::ordered_json& data) {
  return keyed_data_script("GUIDE_DOCUMENTS", id, data);
}

}  // namespace render
