#include "render/tool_calculator.h"

#include "core/placeholders.h"
#include "render/footprint_data.h"
#include "render/footprint_form.h"
#include "text/site_url.h"

namespace render {

namespace {

using Json = nlohmann::ordered_json;

std::string text_of(const std::map<std::string, std::string>& texts, const char* key) {
  auto it = texts.find(key);
  return it == texts.end() ? "" : it->second;
}

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
    const core::Calculator& calc = tool.calculator;
    const auto& texts = calc.texts;
    const auto steps = footprint_steps(calc);
    const std::string grid_url = grid_page(ctx.resolve);
    const std::string intro = render_snippet(calc.intro, tool.url, ctx.resolve);
    model::RenderedTool out;
    // The page script gets the definition as written (the bank's JSON): it loads it into the
    // WebAssembly module and takes its words from it.
    out.files["assets/footprint-data.js"] =
        footprint_data_script(tool.reference) + footprint_form_script(calc, tool.source ? tool.source->doc.value : Json());
    templating::Data text_data;
    for (const auto& [key, text] : texts) text_data.set(key, text);
    templating::Data example = false;
    if (calc.example) {
      example = templating::Data();
      example.set("label", calc.example->label);
      example.set("description", calc.example->description);
    }
    for (size_t i = 0; i < steps.size(); ++i) {
      const FootprintStep& step = steps[i];
      const bool results = i + 1 == steps.size();
      templating::Data data;
      data.set("root", text::root_prefix(step.url));
      data.set("texts", text_data);
      data.set("heading", core::fill_placeholders(text_of(texts, "step_heading"), {{"number", std::to_string(i + 1)},
                                                                {"count", std::to_string(steps.size())},
                                                                {"title", step.title}}));
      templating::List step_list;
      for (size_t j = 0; j < steps.size(); ++j) {
        templating::Data s;
        s.set("href", text::relative_url(step.url, steps[j].url));
        s.set("title", steps[j].title);
        s.set("current", j == i);
        step_list.push_back(s);
      }
      data.set("steps", step_list);
      data.set("step_id", step.id);
      data.set("first", i == 0);
      data.set("results", results);
      data.set("intro", intro);
      data.set("example", example);
      const templating::Data fields = results ? templating::Data() : footprint_step_data(calc, i, tool.reference);
      auto part = [&](const char* key) {
        const templating::Data* p = results ? nullptr : fields.get(key);
        return p ? *p : templating::Data(templating::List());
      };
      data.set("common", part("common"));
      data.set("scenarios", part("scenarios"));
      data.set("has_scenarios", !results && fields.get("has_scenarios") && fields.get("has_scenarios")->is_true());
      auto neighbour = [&](const char* key, size_t j) {
        templating::Data n;
        n.set("href", text::relative_url(step.url, steps[j].url));
        n.set("label", core::fill_placeholders(text_of(texts, key), {{"title", steps[j].title}}));
        data.set(key, n);
      };
      if (i > 0) neighbour("previous", i - 1);
      else data.set("previous", false);
      if (i + 1 < steps.size()) neighbour("next", i + 1);
      else data.set("next", false);
      data.set("results_href", text::relative_url(step.url, steps.back().url));
      data.set("has_grid", !grid_url.empty());
      data.set("grid_url", grid_url);
      data.set("data_version", tool.reference.value("data_version", std::string()));
      // The entry page keeps the tool's title (links and the tools list name it); the others say
      // which step they are. A step page shows a summary (footprint-steps.js), the results page
      // the rest (footprint-result.js).
      out.pages.push_back({step.url, i == 0 ? tool.title : tool.title + " : " + step.title, tool.description, "",
                           "page-tool tool-calculator",
                           {"assets/guide-footprint.js", "assets/footprint-data.js", "assets/js/footprint-state.js",
                            results ? "assets/js/footprint-result.js" : "assets/js/footprint-steps.js"},
                           ctx.render("tools/calculator", data)});
    }
    return out;
  }
};

const CalculatorModule kModule{};

}  // namespace

const ToolModule& calculator_module() { return kModule; }

}  // namespace render
