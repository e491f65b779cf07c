#include "render/tool_calculator.h"

#include "render/footprint_data.h"
#include "render/footprint_form.h"
#include "render/markdown.h"

namespace site {

void layout_calculator(const std::string& title, const std::string& description,
                       const nlohmann::ordered_json& reference, const std::string& grid_url,
                       const std::vector<std::string>& scripts, const layout::SiteContext& ctx,
                       const layout::Templates& templates, output::OutputTree& tree,
                       std::vector<std::string>& unknown) {
  const auto& steps = render::footprint_steps();
  tree.files["assets/footprint-data.js"] =
      render::footprint_data_script(reference) + render::footprint_form_script();
  for (size_t i = 0; i < steps.size(); ++i) {
    const render::FootprintStep& step = steps[i];
    const bool results = i + 1 == steps.size();
    // The entry page keeps the tool's title (links and the tools list name it); the others say
    // which step they are.
    const std::string page_title = i == 0 ? title : title + " : " + step.title;
    layout::Data data = layout::base_data(ctx, step.url, page_title, description, -1);
    data.set("body_class", "page-tool tool-calculator");
    layout::List script_list;
    for (const std::string& src : scripts) {
      layout::Data s;
      s.set("src", src);
      script_list.push_back(s);
    }
    data.set("scripts", script_list);
    data.set("kind", "calculator");

    layout::List step_list;
    for (size_t j = 0; j < steps.size(); ++j) {
      layout::Data s;
      s.set("href", render::relative_url(step.url, steps[j].url));
      s.set("title", steps[j].title);
      s.set("current", j == i);
      step_list.push_back(s);
    }
    data.set("steps", step_list);
    data.set("step_number", std::to_string(i + 1));
    data.set("step_count", std::to_string(steps.size()));
    data.set("step_id", step.id);
    data.set("step_title", step.title);
    data.set("first", i == 0);
    data.set("results", results);
    data.set("fields", results ? std::string() : render::footprint_step_fields(i, reference));
    auto neighbour = [&](const char* key, size_t j) {
      layout::Data n;
      n.set("href", render::relative_url(step.url, steps[j].url));
      n.set("title", steps[j].title);
      data.set(key, n);
    };
    if (i > 0) neighbour("previous", i - 1);
    else data.set("previous", false);
    if (i + 1 < steps.size()) neighbour("next", i + 1);
    else data.set("next", false);
    data.set("results_href", render::relative_url(step.url, steps.back().url));
    data.set("has_grid", !grid_url.empty());
    data.set("grid_url", grid_url);
    data.set("data_version", reference.value("data_version", std::string()));
    data.set("content", templates.render("calculator", data, unknown));
    tree.files[step.url] = layout::render_document(ctx, data, "tool", templates, unknown);
  }
}

}  // namespace site
