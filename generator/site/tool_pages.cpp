#include "site/tool_pages.h"

#include <algorithm>

#include "check/document_check.h"
#include "check/tool_check.h"
#include "layout/tool_layout.h"
#include "load/ecologits_data.h"
#include "load/footprint_data.h"
#include "render/tool_kind.h"
#include "render/typography_model.h"

namespace site {

std::vector<model::Tool> collect_tools(const model::Site& site, const BuildOptions& options,
                                       const load::FileSystem& fs, diag::Diagnostics& diags) {
  // The reference data of the footprint estimators (content/data), checked whenever present, so
  // that guide check reports them; a calculator needs them. A plain folder of Markdown pages (no
  // data/) builds without them.
  const std::string data_dir = load::join_path(options.content_dir, "data");
  bool has_reference = false, has_ecologits = false;
  for (const std::string& f : fs.list_files(data_dir)) {
    if (f.compare(0, 9, "footprint") == 0) has_reference = true;
    if (f.compare(0, 9, "ecologits") == 0) has_ecologits = true;
  }
  nlohmann::ordered_json reference;
  if (has_reference) reference = load::load_footprint_reference(fs, options.content_dir, diags);
  else if (has_ecologits) load::load_ecologits_data(fs, options.content_dir, diags);
  std::vector<model::Tool> tools = check::check_banks(site, reference, diags);
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
    // French typography on the generator's words (the templates' and the texts given to them).
    render::typeset_tool_pages(out.back());
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
