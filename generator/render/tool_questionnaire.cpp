#include "render/tool_questionnaire.h"

#include <vector>

#include "core/join.h"
#include "render/annex_parameters.h"
#include "render/document_steps.h"
#include "text/html.h"
#include "render/question_html.h"
#include "render/slug.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;
using core::Bank;
using core::Section;
using templating::Data;
using templating::List;

using Labels = std::vector<std::pair<std::string, std::string>>;

}  // namespace

Labels questionnaire_themes(const Bank& bank) {
  Labels out;
  for (const Section& s : bank.sections) {
    const std::string& label = s.theme;
    if (label.empty()) continue;
    std::string slug = slugify(label);
    bool seen = false;
    for (const auto& theme : out) seen = seen || theme.first == slug;
    if (!seen) out.emplace_back(std::move(slug), label);
  }
  return out;
}

Labels questionnaire_profiles(const Bank& bank) {
  Labels out;
  auto used = [&bank](const std::string& id) {
    for (const Section& s : bank.sections)
      for (const std::string& p : s.profiles)
        if (p == id) return true;
    return false;
  };
  // The bank's profiles (compile checked that sections name only those), in its order; those no
  // section names are left out.
  for (const core::Labelled& p : bank.profiles)
    if (used(p.id)) out.emplace_back(p.id, p.label);
  return out;
}

namespace {

// Every value of each choice, for the step links (see step_nav).
ojson choices(const Bank& bank) {
  ojson profiles = ojson::array(), themes = ojson::array();
  for (const auto& profile : questionnaire_profiles(bank)) profiles.push_back(profile.first);
  for (const auto& theme : questionnaire_themes(bank)) themes.push_back(theme.first);
  return {{"profils", profiles}, {"themes", themes}};
}


// Section ids are [a-z0-9_]+: "questionnaire-compose" and "lettre-accompagnement" (with '-') can
// never be one of them.
std::string section_page(const std::string& tool_url, const Section& s) { return step_url(tool_url, s.id); }

// What a section's page and the questionnaire both show of a section.
Data section_data(const Section& s, const std::string& page_url, const LinkResolver& resolve) {
  Data data;
  data.set("id", s.id);
  data.set("title", s.title);
  data.set("public_ref", templating::text_or_false(s.public_ref));  // "Q-1": stable, unlike the numbers
  data.set("caption", !s.theme.empty() ? s.theme : s.title);
  data.set("has_intro", !s.intro.empty());
  data.set("intro_html", s.intro.empty() ? std::string() : render_snippet(s.intro, page_url, resolve));
  return data;
}

Data question_row(const core::Question& q) {
  Data data;
  data.set("id", q.id);
  data.set("public_ref", templating::text_or_false(q.public_ref));  // "Q-1.1"
  data.set("text", q.text);
  data.set("expected", q.expected);
  data.set("proof", q.proof);
  return data;
}

// The cover letter as it prints, its parameters as spans (tools/questionnaire-letter.mustache).
Data letter_data(const Bank& bank, const Parameters& params, const std::string& page_url, ToolContext& ctx) {
  Data data;
  data.set("letter_title", bank.letter_title);
  data.set("letter_html", params.markdown(bank.letter_body, page_url, ctx.resolve));
  return data;
}

// The whole questionnaire as the last step assembles it, the cover letter first.
std::string document_script_html(const Bank& bank, const Parameters& params, const std::string& page_url,
                                 ToolContext& ctx) {
  Data data;
  data.set("bank_id", bank.id);
  data.set("bank_title", bank.title);
  data.set("letter", bank.has_letter ? letter_data(bank, params, page_url, ctx) : Data(false));
  List sections;
  for (const Section& s : bank.sections) {
    Data section = section_data(s, page_url, ctx.resolve);
    section.set("profiles", core::join(s.profiles, " "));
    section.set("theme_slug", s.theme.empty() ? std::string() : slugify(s.theme));
    List questions;
    for (int qi : s.questions) questions.push_back(question_row(bank.questions[qi]));
    section.set("questions", questions);
    sections.push_back(section);
  }
  data.set("sections", sections);
  return ctx.render("tools/questionnaire-document-script", data);
}

// Profiles and themes, then a page per section, and the questionnaire to print.
std::vector<Step> questionnaire_steps(const Bank& bank, const std::string& tool_url, ToolContext& ctx) {
  StepList steps(tool_url, ctx, DocumentText::questionnaire_step_choices);
  for (const Section& s : bank.sections) {
    ojson filter = ojson::object();
    // A section without profiles or theme is kept whatever the choice (nothing to filter on).
    if (!s.profiles.empty()) filter["profiles"] = s.profiles;
    if (!s.theme.empty()) filter["theme"] = slugify(s.theme);
    steps.add_part(section_page(tool_url, s), s.title, DocumentText::questionnaire_count,
                   static_cast<int>(s.questions.size()), std::move(filter));
  }
  if (bank.has_letter) steps.add_page("lettre-accompagnement", bank.letter_title);
  steps.add_page("questionnaire-compose", DocumentText::questionnaire_step_compose);
  return steps.take();
}

class QuestionnaireModule : public ToolModule {
 public:
  void find_anchors(model::Tool& tool) const override {
    document_anchors(tool, [&](const Section& s) { return section_page(tool.url, s); },
                     step_url(tool.url, "questionnaire-compose"));
  }

  model::RenderedTool render(const model::Tool& tool, ToolContext& ctx) const override {
    const Bank& bank = tool.bank;
    const Parameters params(bank, ctx);
    const DocumentInSteps document(tool, questionnaire_steps(bank, tool.url, ctx), choices(bank));
    const std::vector<Step>& steps = document.steps();
    model::RenderedTool out;

    Data entry = document.entry_data(ctx.resolve, {{"profiles", questionnaire_profiles(bank)},
                                                   {"themes", questionnaire_themes(bank)}});
    companions_data(entry, tool, tool.url);
    out.pages.push_back(document.entry_page(ctx.render("tools/questionnaire", entry)));

    // A section's page: its questions numbered as in the whole questionnaire, why each is asked.
    int number = 1;
    for (size_t index = 1; index <= bank.sections.size(); ++index) {
      const Section& s = bank.sections[index - 1];
      const std::string& page_url = steps[index].url;
      Data page = document.page_data(index);
      Data section = section_data(s, page_url, ctx.resolve);
      for (const char* key : {"id", "title", "public_ref", "caption", "has_intro", "intro_html"}) page.set(key, *section.get(key));
      page.set("section_number", std::to_string(index));
      if (s.guide.empty()) {
        page.set("guide", false);
      } else {
        Data guide;
        guide.set("href", content_link(s.guide, page_url, ctx.resolve));
        page.set("guide", guide);
      }
      List questions;
      for (int qi : s.questions) {
        const core::Question& q = bank.questions[qi];
        Data row = question_row(q);
        row.set("number", std::to_string(number++));
        row.set("has_help", !q.help.empty());
        row.set("help_html", q.help.empty() ? std::string() : render_snippet(q.help, page_url, ctx.resolve));
        questions.push_back(row);
      }
      page.set("questions", questions);
      out.pages.push_back(document.middle_page(index, document_text(ctx, DocumentText::questionnaire_section_lead),
                                               ctx.render("tools/questionnaire-section", page)));
    }
    const size_t last = steps.size() - 1;
    if (bank.has_letter) {
      Data page = document.page_data(last - 1);
      const Data letter = letter_data(bank, params, steps[last - 1].url, ctx);
      for (const char* key : {"letter_title", "letter_html"}) page.set(key, *letter.get(key));
      List parameters;
      for (const core::Parameter& p : bank.parameters) parameters.push_back(parameter_data(p));
      page.set("parameters", parameters);
      out.pages.push_back(document.middle_page(
          last - 1,
          document_text(ctx, DocumentText::questionnaire_letter_lead),
          ctx.render("tools/questionnaire-letter-step", page)));
    }
    Data compose = document.page_data(steps.size() - 1);
    companions_data(compose, tool, steps.back().url);
    out.pages.push_back(document.compose_page(
        document_text(ctx, DocumentText::questionnaire_compose_lead),
        ctx.render("tools/questionnaire-compose", compose)));
    // The letter's parameters are typed on its page (on the compose page when there is no letter).
    const std::string letter_url = bank.has_letter ? steps[last - 1].url : steps[last].url;
    document.add_scripts(out, document_script_html(bank, params, steps.back().url, ctx),
                         parameters_json(bank, [&](const std::string&) { return letter_url; }));
    return out;
  }
};

const QuestionnaireModule kModule{};

}  // namespace

const ToolModule& questionnaire_module() { return kModule; }

}  // namespace render
