#include "render/tool_form.h"

#include "render/form_steps.h"
#include "render/question_html.h"
#include "text/site_url.h"

namespace render {

namespace {

using core::Bank;
using core::Section;
using templating::Data;
using templating::List;

// One text of templates/tools/form-step-texts.mustache, with `values`.
std::string step_text(const char* which, Data values, ToolContext& ctx) {
  static const std::vector<const char*> kNames = {"part", "position", "document_title", "lead"};
  return ctx.templates.render_text("tools/form-step-texts", kNames, which, std::move(values), ctx.unknown);
}

std::string section_heading(const Section& section, const FormStep& step, ToolContext& ctx) {
  if (step.parts <= 1) return section.title;
  Data values;
  values.set("title", section.title);
  values.set("part_number", std::to_string(step.part));
  values.set("parts", std::to_string(step.parts));
  return step_text("part", values, ctx);
}

// The ids of a step's questions, for the scripts' per-step counts (data-questions).
std::string question_ids(const Bank& bank, const Section& section, size_t first, size_t count) {
  std::string ids;
  const std::vector<int>& questions = section.questions;
  for (size_t i = first; i < first + count && i < questions.size(); ++i) ids += (ids.empty() ? "" : " ") + bank.questions[questions[i]].id;
  return ids;
}

// What every page of the tool says about its bank: the data-* attributes the scripts read.
void bank_data(Data& data, const Bank& bank) {
  data.set("bank_id", bank.id);
  data.set("version", std::to_string(bank.version));
  data.set("bank_title", bank.title);
}

// A section's intro and its link to the guide (the page that explains the criterion).
void section_intro(Data& data, const Section& s, const std::string& page_url, const LinkResolver& resolve) {
  data.set("has_section_intro", !s.intro.empty());
  data.set("section_intro_html", s.intro.empty() ? std::string() : render_snippet(s.intro, page_url, resolve));
  if (s.guide.empty()) {
    data.set("section_guide", false);
  } else {
    Data guide;
    guide.set("href", content_link(s.guide, page_url, resolve));
    data.set("section_guide", guide);
  }
}

List questions_data(const Bank& bank, const Section& s, size_t first, size_t count, int number,
                    const std::string& page_url, const LinkResolver& resolve) {
  List out;
  for (size_t q = first; q < first + count; ++q) {
    out.push_back(question_data(bank.questions[s.questions[q]], number++, page_url, resolve));
  }
  return out;
}

// The result (tools/form-result.mustache): verdict rules, and every text a result may show.
void result_data(Data& data, const Bank& bank, bool carries_bank, const std::string& page_url,
                 const LinkResolver& resolve) {
  data.set("result_carries_bank", carries_bank);
  const bool scope = !bank.rests_on.empty() || !bank.not_covered.empty();
  data.set("has_advice_scope", scope);
  data.set("rests_on_html", scope ? render_snippet(bank.rests_on, page_url, resolve) : std::string());
  data.set("not_covered_html", scope ? render_snippet(bank.not_covered, page_url, resolve) : std::string());
  data.set("has_verdicts", !bank.verdicts.empty());
  data.set("has_gates", !bank.gates.empty());
  List gates;
  for (const core::Gate& g : bank.gates) {
    Data d;
    d.set("first", gates.empty());
    d.set("label", g.label);
    gates.push_back(d);
  }
  data.set("gates", gates);
  List verdicts;
  for (const core::Verdict& v : bank.verdicts) {
    const std::string& rule = !v.explain.empty() ? v.explain : v.condition.source;
    Data d;
    d.set("level", v.level);
    d.set("label", v.label);
    d.set("rule", templating::text_or_false(rule));
    d.set("text_html", render_snippet(v.text, page_url, resolve));
    if (v.carry_bank.empty() || v.carry_answers.is_null()) {
      d.set("carry", false);
    } else {
      Data carry;
      carry.set("href", content_link("@outil/" + v.carry_bank, page_url, resolve));
      carry.set("label", v.carry_label);
      d.set("carry", carry);
    }
    verdicts.push_back(d);
  }
  data.set("verdicts", verdicts);
  List texts;
  auto text = [&](const std::string& key, const std::string& link, const std::string& markdown) {
    Data d;
    d.set("key", key);
    d.set("href", link.empty() ? Data(false) : Data(content_link(link, page_url, resolve)));
    d.set("text_html", render_snippet(markdown, page_url, resolve));
    texts.push_back(d);
  };
  for (const Section& s : bank.sections) {
    for (int qi : s.questions) {
      const core::Question& q = bank.questions[qi];
      for (size_t r = 0; r < q.recommendations.size(); ++r) {
        text("recommendation/" + q.id + "/" + std::to_string(r), q.recommendations[r].link, q.recommendations[r].text);
      }
      if (q.has_red_line) text("red-line/" + q.id, "", q.red_line_message);
    }
  }
  data.set("result_texts", texts);
}

// One of the pages after the steps ("check" or "result") at `url`, with its title, <title> and
// lead, written in templates/tools/form-page-texts.mustache as every word of the site is written
// outside C++.
model::ToolPage page_after_steps(const char* which, std::string url, const Bank& bank, ToolContext& ctx) {
  auto text = [&](const char* part) {
    Data data;
    for (const char* p : {"check", "result"}) data.set(p, std::string(p) == which);
    for (const char* p : {"title", "document_title", "description"}) data.set(p, std::string(p) == part);
    data.set("bank_title", bank.title);
    std::string out = ctx.render("tools/form-page-texts", data);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
  };
  model::ToolPage page;
  page.url = std::move(url);
  page.title = text("title");
  page.document_title = text("document_title");
  page.description = text("description");
  return page;
}

// The entry page: a short bank's questions and result, or a long one's start page: what the tool
// takes, the identification of the report, "Commencer", the steps and the pages after them.
std::string entry_page(const model::Tool& tool, const std::vector<FormStep>& steps, const std::string& url,
                       ToolContext& ctx) {
  const Bank& bank = tool.bank;
  Data data;
  // The documents drawn from these answers (the mention explicite): their links carry the answers.
  companions_data(data, tool, url);
  data.set("companions_keep_answers", true);
  intro_data(data, bank, url, ctx.resolve);
  start_data(data, bank, url, ctx.resolve);
  bank_data(data, bank);
  data.set("one_page", steps.empty());
  List sections;
  int number = 0;
  for (size_t i = 0; i < bank.sections.size(); ++i) {
    const Section& s = bank.sections[i];
    Data d;
    d.set("id", s.id);
    d.set("number", std::to_string(i + 1));
    d.set("title", s.title);
    d.set("question_ids", question_ids(bank, s, 0, s.questions.size()));
    if (steps.empty()) {
      section_intro(d, s, url, ctx.resolve);
      d.set("questions", questions_data(bank, s, 0, s.questions.size(), number + 1, url, ctx.resolve));
    }
    number += static_cast<int>(s.questions.size());
    sections.push_back(d);
  }
  data.set("sections", sections);
  data.set("step_count", std::to_string(steps.size()));
  List step_list;
  for (const FormStep& step : steps) {
    Data d;
    d.set("href", text::relative_url(url, step.url));
    d.set("title", section_heading(bank.sections[step.section], step, ctx));
    d.set("question_ids", question_ids(bank, bank.sections[step.section], step.first, step.count));
    step_list.push_back(d);
  }
  data.set("steps", step_list);
  data.set("first_step_href", steps.empty() ? std::string() : text::relative_url(url, steps.front().url));
  data.set("check_href", text::relative_url(url, form_check_url(url)));
  data.set("result_href", text::relative_url(url, form_result_url(url)));
  if (steps.empty()) result_data(data, bank, false, url, ctx.resolve);
  return ctx.render("tools/form", data);
}

// The review of every answer before the result: each question of each step, with its public id
// and a link to the step that changes it; forms-check.js writes the answers in and takes out the
// questions that do not apply. Without JavaScript it lists the questions and their steps.
model::ToolPage check_page(const Bank& bank, const std::vector<FormStep>& steps, const std::string& tool_url,
                           ToolContext& ctx) {
  model::ToolPage page = page_after_steps("check", form_check_url(tool_url), bank, ctx);
  Data data;
  bank_data(data, bank);
  // One group per section (a long section's parts together), its questions in bank order.
  List sections;
  List questions;
  int number = 1;
  for (size_t i = 0; i < steps.size(); ++i) {
    const FormStep& step = steps[i];
    const Section& section = bank.sections[step.section];
    for (size_t q = step.first; q < step.first + step.count; ++q) {
      const core::Question& question = bank.questions[section.questions[q]];
      Data d;
      d.set("id", question.id);
      d.set("label", question.public_ref.empty() ? std::to_string(number) + "." : question.public_ref);
      d.set("text", question.text);
      d.set("href", text::relative_url(page.url, step.url));
      questions.push_back(d);
      ++number;
    }
    if (i + 1 == steps.size() || steps[i + 1].section != step.section) {
      Data d;
      d.set("id", section.id);
      d.set("title", section.title);
      d.set("questions", questions);
      sections.push_back(d);
      questions = List();
    }
  }
  data.set("sections", sections);
  data.set("start_href", text::relative_url(page.url, tool_url));
  data.set("result_href", text::relative_url(page.url, form_result_url(tool_url)));
  page.html = ctx.render("tools/form-check", data);
  return page;
}

// The result page: the advice and its reasons first, then the points, the actions on the answers,
// what the advice rests on and how it is reached; printed, the report with its identification.
model::ToolPage result_page(const model::Tool& tool, const std::vector<FormStep>& steps, ToolContext& ctx) {
  const Bank& bank = tool.bank;
  const std::string& tool_url = tool.url;
  model::ToolPage page = page_after_steps("result", form_result_url(tool_url), bank, ctx);
  Data data;
  // The documents drawn from these answers (the mention explicite): their links carry the answers.
  companions_data(data, tool, page.url);
  data.set("companions_keep_answers", true);
  bank_data(data, bank);
  result_data(data, bank, true, page.url, ctx.resolve);
  data.set("start_href", text::relative_url(page.url, tool_url));
  data.set("check_href", text::relative_url(page.url, form_check_url(tool_url)));
  List step_links;
  for (const FormStep& step : steps) {
    Data d;
    d.set("href", text::relative_url(page.url, step.url));
    d.set("question_ids", question_ids(bank, bank.sections[step.section], step.first, step.count));
    step_links.push_back(d);
  }
  data.set("steps", step_links);
  page.html = ctx.render("tools/form-result-page", data);
  return page;
}

// One step: its questions, where it stands among the steps, the live state and the way on.
model::ToolPage step_page(const Bank& bank, const std::vector<FormStep>& steps, size_t index,
                          const std::string& tool_url, ToolContext& ctx) {
  const FormStep& step = steps[index];
  const Section& section = bank.sections[step.section];
  Data values;
  values.set("number", std::to_string(index + 1));
  values.set("count", std::to_string(steps.size()));
  model::ToolPage page;
  page.url = step.url;
  page.title = section_heading(section, step, ctx);
  page.public_ref = section.public_ref;
  values.set("position_text", step_text("position", values, ctx));
  values.set("title", page.title);
  values.set("bank_title", bank.title);
  page.document_title = step_text("document_title", values, ctx);
  page.description = step_text("lead", values, ctx);
  Data data;
  bank_data(data, bank);
  data.set("form_id", "s-" + section.id + (step.part > 1 ? "-" + std::to_string(step.part) : ""));
  data.set("first_part", step.part == 1);
  section_intro(data, section, page.url, ctx.resolve);
  int number = 1;
  for (size_t i = 0; i < step.section; ++i) number += static_cast<int>(bank.sections[i].questions.size());
  number += static_cast<int>(step.first);
  data.set("questions", questions_data(bank, section, step.first, step.count, number, page.url, ctx.resolve));
  auto neighbour = [&](const char* key, bool exists, size_t to) {
    if (!exists) {
      data.set(key, false);
      return;
    }
    Data d;
    d.set("href", text::relative_url(page.url, steps[to].url));
    d.set("title", section_heading(bank.sections[steps[to].section], steps[to], ctx));
    data.set(key, d);
  };
  neighbour("previous", index > 0, index - 1);
  neighbour("next", index + 1 < steps.size(), index + 1);
  data.set("entry_href", text::relative_url(page.url, tool_url));
  data.set("check_href", text::relative_url(page.url, form_check_url(tool_url)));
  page.html = ctx.render("tools/form-step", data);
  return page;
}

// A checklist or grid as its pages' scripts need it: what the core evaluates and what the result
// and the report show. Help texts, sources, guide links and intros are already in the pages' HTML;
// leaving them out of the data script saves every page of the tool about 7 KB (gzip) of the
// grid's 17.
nlohmann::ordered_json browser_bank(const nlohmann::ordered_json& bank) {
  nlohmann::ordered_json out = bank;
  out.erase("intro");
  out.erase("start");
  if (out.contains("sections") && out["sections"].is_array()) {
    for (auto& section : out["sections"]) {
      if (!section.is_object()) continue;
      section.erase("intro");
      section.erase("guide");
      if (!section.contains("questions") || !section["questions"].is_array()) continue;
      for (auto& q : section["questions"]) {
        if (!q.is_object()) continue;
        for (const char* key : {"help", "source", "guide"}) q.erase(key);
      }
    }
  }
  return out;
}

class FormModule : public ToolModule {
 public:
  void find_anchors(model::Tool& tool) const override {
    tool.anchors = bank_anchors(tool.bank);
    tool.anchor_pages = form_anchor_pages(tool.bank, tool.url);
  }

  model::RenderedTool render(const model::Tool& tool, ToolContext& ctx) const override {
    const Bank& bank = tool.bank;
    const std::vector<FormStep> steps = form_steps(bank, tool.url);
    const std::string core = "assets/guide-core.js", data = "assets/banks/" + tool.id + ".js",
                      answers = "assets/js/forms-answers.js", questions = "assets/js/forms-questions.js",
                      result = "assets/js/forms-result.js";
    const std::string body_class = "page-tool tool-" + tool.kind_name;
    model::RenderedTool out;
    // The entry page: a short bank's questions and result, or a long one's start page, whose
    // actions (resume from a file, clear) are forms-result.js's.
    model::ToolPage entry{tool.url, tool.title, tool.description, "", body_class, {core, data, answers},
                          entry_page(tool, steps, tool.url, ctx)};
    if (steps.empty()) entry.scripts.push_back(questions);
    entry.scripts.push_back(result);
    out.pages.push_back(std::move(entry));
    // Each step page evaluates every answer (they all travel in the link) with the core, for its
    // questions' visibility and the live verdict.
    for (size_t i = 0; i < steps.size(); ++i) {
      model::ToolPage page = step_page(bank, steps, i, tool.url, ctx);
      page.body_class = body_class + " tool-step";
      page.scripts = {core, data, answers, questions};
      out.pages.push_back(std::move(page));
    }
    if (!steps.empty()) {
      model::ToolPage check = check_page(bank, steps, tool.url, ctx);
      check.body_class = body_class + " tool-check";
      check.scripts = {core, data, answers, "assets/js/forms-check.js"};
      out.pages.push_back(std::move(check));
      model::ToolPage page = result_page(tool, steps, ctx);
      page.body_class = body_class + " tool-result";
      page.scripts = {core, data, answers, result};
      out.pages.push_back(std::move(page));
    }
    out.files[data] = bank_data_script(tool.id, browser_bank(tool.source->doc.value));
    return out;
  }
};

const FormModule kModule{};

}  // namespace

const ToolModule& form_module() { return kModule; }

}  // namespace render
