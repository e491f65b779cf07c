#include "render/tool_calculator.h"

#include "render/footprint_data.h"
#include "render/footprint_form.h"
#include "text/site_url.h"

namespace render {

namespace {

// The grid page where the figures carried from the results land (the computing hours): a step
// page when the grid is split into steps; "" when the site has no assessment grid.
std::string grid_page(const LinkResolver& resolve) {
  const std::string grid = "@outil/grille-7-criteres";
  std::optional<std::string> page = resolve(grid + "#q-q40_heures_cpu");
  if (!page) page = resolve(grid);
  return page ? *page : "";
}

class CalculatorModule : public ToolModule {
 public:
  void find_anchors(model::Tool& tool) const override {
    tool.anchors = {"fp-title", "fp-results"};
    tool.anchor_pages.clear();
  }

  model::RenderedTool render(const model::Tool& tool, ToolContext& ctx) const override {
    const auto& steps = footprint_steps();
    const nlohmann::ordered_json& reference = tool.reference;
    const std::string grid_url = grid_page(ctx.resolve);
    model::RenderedTool out;
    out.files["assets/footprint-data.js"] = footprint_data_script(reference) + footprint_form_script();
    for (size_t i = 0; i < steps.size(); ++i) {
      const FootprintStep& step = steps[i];
      const bool results = i + 1 == steps.size();
      templating::Data data;
      data.set("root", text::root_prefix(step.url));
      templating::List step_list;
      for (size_t j = 0; j < steps.size(); ++j) {
        templating::Data s;
        s.set("href", text::relative_url(step.url, steps[j].url));
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
      data.set("fields", results ? std::string() : footprint_step_fields(i, reference, ctx.templates, ctx.unknown));
      auto neighbour = [&](const char* key, size_t j) {
        templating::Data n;
        n.set("href", text::relative_url(step.url, steps[j].url));
        n.set("title", steps[j].title);
        data.set(key, n);
      };
      if (i > 0) neighbour("previous", i - 1);
      else data.set("previous", false);
      if (i + 1 < steps.size()) neighbour("next", i + 1);
      else data.set("next", false);
      data.set("results_href", text::relative_url(step.url, steps.back().url));
      data.set("has_grid", !grid_url.empty());
      data.set("grid_url", grid_url);
      data.set("data_version", reference.value("data_version", std::string()));
      // The entry page keeps the tool's title (links and the tools list name it); the others say
      // which step they are.
      out.pages.push_back({step.url, i == 0 ? tool.title : tool.title + " : " + step.title, tool.description, "",
                           "page-tool tool-calculator",
                           {"assets/guide-footprint.js", "assets/footprint-data.js", "assets/js/footprint.js"},
                           ctx.templates.render("calculator", data, ctx.unknown)});
    }
    return out;
  }
};

}  // namespace

const ToolModule& calculator_module() {
  static const CalculatorModule module;
  return module;
}

}  // namespace render
