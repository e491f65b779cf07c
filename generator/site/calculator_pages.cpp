#include "site/calculator_pages.h"

#include "render/footprint_data.h"
#include "render/footprint_form.h"
#include "render/markdown.h"

namespace site {

namespace {

using Json = nlohmann::ordered_json;

std::string text_of(const Json& texts, const char* key) {
  return texts.is_object() && texts.contains(key) && texts.at(key).is_string() ? texts.at(key).get<std::string>() : "";
}

// "{name}" placeholders of a text replaced by their values.
std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [name, value] : values) {
    const std::string tag = "{" + name + "}";
    for (size_t at = text.find(tag); at != std::string::npos; at = text.find(tag, at + value.size()))
      text.replace(at, tag.size(), value);
  }
  return text;
}

}  // namespace

void layout_calculator(const Tool& tool, const std::string& grid_url, const std::vector<std::string>& scripts,
                       const layout::SiteContext& ctx, const layout::Templates& templates,
                       output::OutputTree& tree, std::vector<std::string>& unknown) {
  const Json& def = tool.calculator;
  const Json& texts = def.contains("texts") ? def.at("texts") : Json::object();
  const auto steps = render::footprint_steps(def);
  tree.files["assets/footprint-data.js"] =
      render::footprint_data_script(tool.reference) + render::footprint_form_script(def);
  layout::Data text_data;
  for (auto it = texts.begin(); it != texts.end(); ++it)
    if (it.value().is_string()) text_data.set(it.key(), it.value().get<std::string>());
  layout::Data example = false;
  if (def.contains("example") && def.at("example").is_object()) {
    example = layout::Data();
    example.set("label", text_of(def.at("example"), "label"));
    example.set("description", text_of(def.at("example"), "description"));
  }
  for (size_t i = 0; i < steps.size(); ++i) {
    const render::FootprintStep& step = steps[i];
    const bool results = i + 1 == steps.size();
    // The entry page keeps the tool's title (links and the tools list name it); the others say
    // which step they are.
    const std::string page_title = i == 0 ? tool.title : tool.title + " : " + step.title;
    layout::Data data = layout::base_data(ctx, step.url, page_title, tool.description, -1);
    data.set("body_class", "page-tool tool-calculator");
    layout::List script_list;
    // A step page shows a summary (footprint-steps.js), the results page the rest (footprint-result.js).
    std::vector<std::string> page_scripts = scripts;
    page_scripts.push_back(results ? "assets/js/footprint-result.js" : "assets/js/footprint-steps.js");
    for (const std::string& src : page_scripts) {
      layout::Data s;
      s.set("src", src);
      script_list.push_back(s);
    }
    data.set("scripts", script_list);
    data.set("kind", "calculator");
    data.set("texts", text_data);
    data.set("heading", fill(text_of(texts, "step_heading"), {{"number", std::to_string(i + 1)},
                                                              {"count", std::to_string(steps.size())},
                                                              {"title", step.title}}));
    layout::List step_list;
    for (size_t j = 0; j < steps.size(); ++j) {
      layout::Data s;
      s.set("href", render::relative_url(step.url, steps[j].url));
      s.set("title", steps[j].title);
      s.set("current", j == i);
      step_list.push_back(s);
    }
    data.set("steps", step_list);
    data.set("step_id", step.id);
    data.set("first", i == 0);
    data.set("results", results);
    data.set("intro", tool.intro_html);
    data.set("example", example);
    layout::Data fields = results ? layout::Data() : render::footprint_step_data(def, i, tool.reference);
    data.set("common", results ? layout::Data(layout::List()) : fields.get("common") ? *fields.get("common") : layout::Data(layout::List()));
    data.set("scenarios", results ? layout::Data(layout::List()) : fields.get("scenarios") ? *fields.get("scenarios") : layout::Data(layout::List()));
    data.set("has_scenarios", !results && fields.get("has_scenarios") && fields.get("has_scenarios")->is_true());
    auto neighbour = [&](const char* key, const char* label, size_t j) {
      layout::Data n;
      n.set("href", render::relative_url(step.url, steps[j].url));
      n.set("label", fill(text_of(texts, label), {{"title", steps[j].title}}));
      data.set(key, n);
    };
    if (i > 0) neighbour("previous", "previous", i - 1);
    else data.set("previous", false);
    if (i + 1 < steps.size()) neighbour("next", "next", i + 1);
    else data.set("next", false);
    data.set("results_href", render::relative_url(step.url, steps.back().url));
    data.set("has_grid", !grid_url.empty());
    data.set("grid_url", grid_url);
    data.set("data_version", tool.reference.value("data_version", std::string()));
    data.set("content", templates.render("calculator", data, unknown));
    tree.files[step.url] = layout::render_document(ctx, data, "tool", templates, unknown);
  }
}

}  // namespace site
