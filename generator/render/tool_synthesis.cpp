#include "render/tool_synthesis.h"

#include "text/html.h"
#include "render/question_html.h"
#include "render/slug.h"
#include "render/tool_questionnaire.h"
#include "text/typography.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;
using templating::Data;
using templating::List;

// A choice of the page, its label typeset here (the tool templates escape ' as &#39;, which the
// page's typography leaves alone).
Data labelled(const std::string& id, const std::string& label) {
  Data d;
  d.set("id", id);
  d.set("label", text::typeset_french(label));
  return d;
}

// What the page script needs of the questionnaire and of the document: the sections with their
// questions (public id, text, expected answer), the profiles and themes, the answer levels, the
// bands and the sentences. Plain texts get French typography here (Markdown already has it).
ojson page_data(const model::Tool& tool) {
  const core::Bank& bank = tool.bank;
  const model::SynthesisSpec& spec = tool.document.synthesis;
  auto typeset = [](const std::string& s) { return text::typeset_french(s); };
  ojson profiles = ojson::array(), themes = ojson::array(), sections = ojson::array();
  for (const auto& p : questionnaire_profiles(bank)) profiles.push_back({{"id", p.first}, {"label", typeset(p.second)}});
  for (const auto& t : questionnaire_themes(bank)) themes.push_back({{"id", t.first}, {"label", typeset(t.second)}});
  for (const core::Section& s : bank.sections) {
    ojson questions = ojson::array();
    for (int qi : s.questions) {
      const core::Question& q = bank.questions[static_cast<size_t>(qi)];
      questions.push_back({{"id", q.id}, {"ref", q.public_ref}, {"text", q.text}, {"expected", q.expected}});
    }
    sections.push_back({{"id", s.id},
                        {"title", s.title},
                        {"theme", s.theme.empty() ? std::string() : slugify(s.theme)},
                        {"profiles", s.profiles},
                        {"questions", questions}});
  }
  ojson levels = ojson::array();
  for (const auto& l : spec.levels) {
    levels.push_back({{"id", l.first}, {"label", typeset(l.second.label)}, {"short", typeset(l.second.short_label)}});
  }
  ojson bands = ojson::array();
  for (const model::MaturityBand& b : spec.bands) {
    ojson band = {{"id", b.id}, {"label", typeset(b.label)}, {"text", typeset(b.text)}};
    if (b.suppliers_below > 0) band["suppliers_below"] = b.suppliers_below;
    if (!b.measure.empty()) {
      band["measure"] = b.measure;
      // A whole percentage stays written as one (50, not 50.0).
      if (b.at_least == static_cast<double>(static_cast<long long>(b.at_least))) band["at_least"] = static_cast<long long>(b.at_least);
      else band["at_least"] = b.at_least;
    }
    bands.push_back(band);
  }
  ojson messages = ojson::object();
  for (const auto& kv : tool.document.messages.items()) messages[kv.key()] = typeset(kv.value().get<std::string>());
  return {{"id", tool.id},
          {"title", tool.title},
          {"questionnaire", bank.id},
          {"questionnaire_version", bank.version},
          {"profiles", profiles},
          {"themes", themes},
          {"sections", sections},
          {"levels", levels},
          {"proof", {{"label", typeset(spec.proof.label)}, {"short", typeset(spec.proof.short_label)}}},
          {"bands", bands},
          {"messages", messages}};
}

class SynthesisModule : public ToolModule {
 public:
  void find_anchors(model::Tool& tool) const override {
    tool.anchors = {"entreprises", "reponses", "document"};
    tool.anchor_pages.clear();
  }

  model::RenderedTool render(const model::Tool& tool, ToolContext& ctx) const override {
    const model::SynthesisSpec& spec = tool.document.synthesis;
    const std::string data_script = "assets/documents/" + tool.id + ".js";
    Data data;
    data.set("tool_id", tool.id);
    data.set("title", tool.title);  // typeset with every tool title
    data.set("has_intro", !tool.document.intro.empty());
    data.set("intro_html", tool.document.intro.empty() ? std::string() : render_snippet(tool.document.intro, tool.url, ctx.resolve));
    data.set("not_a_ranking_html", render_snippet(spec.not_a_ranking, tool.url, ctx.resolve));
    data.set("questionnaire_href", content_link("@outil/" + tool.document.from, tool.url, ctx.resolve));
    List profiles, themes, levels, bands;
    for (const auto& p : questionnaire_profiles(tool.bank)) profiles.push_back(labelled(p.first, p.second));
    for (const auto& t : questionnaire_themes(tool.bank)) themes.push_back(labelled(t.first, t.second));
    for (const auto& l : spec.levels) levels.push_back(labelled(l.first, l.second.label));
    for (const model::MaturityBand& b : spec.bands) {
      Data d = labelled(b.id, b.label);
      d.set("text", text::typeset_french(b.text));
      bands.push_back(d);
    }
    data.set("profiles", profiles);
    data.set("themes", themes);
    data.set("levels", levels);
    data.set("bands", bands);
    data.set("proof_label", text::typeset_french(spec.proof.label));
    model::RenderedTool out;
    out.pages.push_back({tool.url, tool.title, tool.description, "", "page-tool tool-" + tool.kind_name,
                         {data_script, "assets/js/annex-export.js", "assets/js/synthesis-state.js", "assets/js/synthesis.js"},
                         ctx.render("tools/synthesis", data)});
    out.files[data_script] = document_data_script(tool.id, page_data(tool));
    return out;
  }
};

const SynthesisModule kModule{};

}  // namespace

const ToolModule& synthesis_module() { return kModule; }

}  // namespace render
