#include "site/tool_pages.h"

#include <algorithm>

#include "check/document_check.h"
#include "check/tool_check.h"
#include "layout/tool_layout.h"
#include "load/footprint_data.h"
#include "render/tool_kind.h"
#include "render/typography_model.h"

namespace site {

std::vector<model::Tool> collect_tools(const model::Site& site, const BuildOptions& options,
                                       const load::FileSystem& fs, diag::Diagnostics& diags) {
  std::vector<model::Tool> tools = check::check_banks(site, diags);
  // Documents drawn from a bank (content/documents/): tools of their own, which the bank's pages
  // link to.
  for (model::Tool& document : check::check_documents(site, tools, diags)) {
    for (model::Tool& base : tools) {
      if (base.id == document.document.from) {
        base.companions.push_back({document.id, document.title, document.description, document.url});
      }
    }
    tools.push_back(std::move(document));
  }
  // The calculator exists when both its template and its reference data do: a plain folder of
  // Markdown pages (no data/) builds without it.
  const std::string data_dir = load::join_path(options.content_dir, "data");
  bool has_reference = false;
  for (const std::string& f : fs.list_files(data_dir)) {
    if (f.compare(0, 9, "footprint") == 0) has_reference = true;
  }
  if (has_reference && fs.is_file(load::join_path(options.templates_dir, "calculator.mustache"))) {
    model::Tool calc;
    calc.id = "empreinte";
    calc.title = "Estimer l'empreinte carbone d'un projet d'IA";
    calc.description = "Calcul, inférence, stockage, transfert et matériel : deux scénarios comparés.";
    calc.kind = model::ToolKind::calculator;
    calc.kind_name = "calculator";
    calc.url = "outils/empreinte.html";
    calc.order = 50;
    calc.reference = load::load_footprint_reference(options.content_dir, diags);
    if (calc.reference.is_null()) {
      diags.error({load::join_path(options.content_dir, "data"), 0, 0},
                  "the footprint calculator needs its reference data (data/footprint*.yaml)",
                  {"restore content/data/, or remove templates/calculator.mustache to build without the calculator"});
    } else {
      tools.push_back(std::move(calc));
    }
  }
  for (model::Tool& tool : tools) render::tool_module(tool.kind).find_anchors(tool);
  std::stable_sort(tools.begin(), tools.end(), [](const model::Tool& a, const model::Tool& b) {
    return a.order != b.order ? a.order < b.order : a.id < b.id;
  });
  return tools;
}

std::string tool_page_for(const model::Tool& tool, const std::string& anchor) {
  auto it = tool.anchor_pages.find(anchor);
  return it != tool.anchor_pages.end() ? it->second : tool.url;
}

std::vector<model::RenderedTool> render_tools(const std::vector<model::Tool>& tools,
                                              const render::LinkResolver& resolve,
                                              const layout::Templates& templates,
                                              std::vector<std::string>& unknown) {
  render::ToolContext ctx{resolve, templates, unknown};
  std::vector<model::RenderedTool> out;
  for (const model::Tool& tool : tools) {
    out.push_back(render::tool_module(tool.kind).render(tool, ctx));
    // French typography on the generator's words. Not yet on the calculator's, whose field texts
    // main's calculator writes without it (kept byte-identical; its texts move to content/).
    if (tool.kind != model::ToolKind::calculator) render::typeset_tool_pages(out.back());
  }
  return out;
}

std::vector<layout::ToolLink> tools_as_links(const std::vector<model::Tool>& tools) {
  std::vector<layout::ToolLink> out;
  // The documents drawn from a tool (content/documents/) are reached from that tool's pages, the
  // tools index and the reading paths; left out of the menu, they add nothing to the DOM of every
  // tool page (a tool page keeps to 300 elements, tests/quality/lib/budgets.js).
  for (const model::Tool& t : tools) out.push_back({t.id, t.title, t.description, t.url, t.document.from.empty()});
  return out;
}

void layout_tools(const std::vector<model::RenderedTool>& rendered, const layout::SiteContext& ctx,
                  const layout::Templates& templates, output::OutputTree& tree,
                  std::vector<std::string>& unknown) {
  for (const model::RenderedTool& tool : rendered) {
    for (const model::ToolPage& page : tool.pages) {
      tree.files[page.url] = layout::render_tool_page(ctx, page, templates, unknown);
    }
    for (const auto& file : tool.files) tree.files[file.first] = file.second;
  }
  if (!rendered.empty()) tree.files["outils/index.html"] = layout::render_tools_index(ctx, templates, unknown);
}

}  // namespace site
