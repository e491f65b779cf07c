#include "render/tool_notice.h"

#include "render/annex_parameters.h"
#include "render/question_html.h"
#include "text/typography.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;
using templating::Data;
using templating::List;

// The blank a field shows until an answer fills it: the notice's own sentence ("[À compléter :
// {quoi}]") around what the field asks for.
std::string blank_text(const model::Tool& tool, const model::NoticeField& field) {
  std::string text = tool.document.messages.value("blank", std::string("[{quoi}]"));
  const size_t at = text.find("{quoi}");
  if (at != std::string::npos) text.replace(at, 6, field.blank);
  return text::typeset_french(text);
}

// Each field as its span (templates/tools/notice-field.mustache), for the parts' {field} slots.
Parameters field_slots(const model::Tool& tool, ToolContext& ctx) {
  std::vector<std::string> ids, spans;
  for (const model::NoticeField& f : tool.document.notice.fields) {
    Data d;
    d.set("id", f.id);
    d.set("shown", blank_text(tool, f));
    std::string span = ctx.render("tools/notice-field", d);
    while (!span.empty() && span.back() == '\n') span.pop_back();
    ids.push_back(f.id);
    spans.push_back(std::move(span));
  }
  return Parameters(std::move(ids), std::move(spans));
}

// What notice.js needs (in the document's data-notice): each field's question and phrases, and
// the page's sentences.
ojson page_data(const model::Tool& tool) {
  ojson fields = ojson::array();
  for (const model::NoticeField& f : tool.document.notice.fields) {
    ojson choices = ojson::object();
    for (const auto& c : f.choices) choices[c.first] = text::typeset_french(c.second);
    fields.push_back({{"id", f.id}, {"question", f.question}, {"blank", blank_text(tool, f)}, {"choices", choices}});
  }
  ojson messages = ojson::object();
  for (const auto& kv : tool.document.messages.items()) messages[kv.key()] = text::typeset_french(kv.value().get<std::string>());
  return {{"id", tool.id}, {"title", tool.title}, {"bank", tool.bank.id}, {"fields", fields}, {"messages", messages}};
}

class NoticeModule : public ToolModule {
 public:
  void find_anchors(model::Tool& tool) const override {
    tool.anchors = {"document"};
    for (const model::NoticePart& p : tool.document.notice.parts) tool.anchors.insert("partie-" + p.id);
    tool.anchor_pages.clear();
  }

  model::RenderedTool render(const model::Tool& tool, ToolContext& ctx) const override {
    const core::Bank& bank = tool.bank;
    const Parameters slots = field_slots(tool, ctx);
    Data data;
    data.set("title", tool.title);
    data.set("bank_id", bank.id);
    data.set("version", std::to_string(bank.version));
    data.set("bank_title", bank.title);
    data.set("has_intro", !tool.document.intro.empty());
    data.set("intro_html", tool.document.intro.empty() ? std::string() : render_snippet(tool.document.intro, tool.url, ctx.resolve));
    data.set("grid_href", content_link("@outil/" + bank.id, tool.url, ctx.resolve));
    List parts;
    for (const model::NoticePart& p : tool.document.notice.parts) {
      Data d;
      d.set("id", p.id);
      // Plain texts: the tool templates escape ' as &#39;, which the page's typography leaves alone.
      d.set("title", text::typeset_french(p.title));
      d.set("basis", text::typeset_french(p.basis));
      d.set("has_note", !p.note.empty());
      d.set("note_html", p.note.empty() ? std::string() : render_snippet(p.note, tool.url, ctx.resolve));
      d.set("body_html", slots.markdown(p.body, tool.url, ctx.resolve));
      parts.push_back(d);
    }
    data.set("parts", parts);
    // In an attribute rather than a data script: the page already loads the grid's scripts, and a
    // tool page keeps to 8 requests (tests/quality/lib/budgets.js).
    data.set("notice_json", page_data(tool).dump());
    model::RenderedTool out;
    // The grid's own answers script and data: the link, the tab's memory and the answers file are
    // read and checked as on the grid's pages, and the core evaluates them (visibility).
    out.pages.push_back({tool.url, tool.title, tool.description, "", "page-tool tool-" + tool.kind_name,
                         {"assets/guide-core.js", "assets/banks/" + bank.id + ".js", "assets/js/forms-answers.js",
                          "assets/js/notice.js"},
                         ctx.render("tools/notice", data)});
    return out;
  }
};

const NoticeModule kModule{};

}  // namespace

const ToolModule& notice_module() { return kModule; }

}  // namespace render
