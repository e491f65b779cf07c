#pragma once
// The tools of the site through the stages: listed and checked (one per bank, and the footprint
// calculator), drawn by the render module of their kind, laid out in the site's chrome.
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "layout/page_layout.h"
#include "templating/templates.h"
#include "load/file_system.h"
#include "model/site_model.h"
#include "model/tool.h"
#include "render/markdown.h"
#include "site/site_builder.h"
#include "write/site_writer.h"

namespace site {

/// Every tool, in the tools' order, with its anchors: one per valid bank (a bank of kind
/// "calculator" is the footprint calculator, checked against the reference data of content/data).
std::vector<model::Tool> collect_tools(const model::Site& site, const BuildOptions& options,
                                       const load::FileSystem& fs, diag::Diagnostics& diags);

/// The page holding `anchor` ("" for the tool's top): the entry page or one of its steps.
std::string tool_page_for(const model::Tool& tool, const std::string& anchor);

/// Draws every tool (needs every page's URL for links in help texts).
std::vector<model::RenderedTool> render_tools(const std::vector<model::Tool>& tools,
                                              const render::LinkResolver& resolve,
                                              const layout::Templates& templates,
                                              std::vector<std::string>& unknown);

std::vector<layout::ToolLink> tools_as_links(const std::vector<model::Tool>& tools);

/// Lays out the tools' pages and the tools index into `tree`, with the files the tools add.
void layout_tools(const std::vector<model::RenderedTool>& rendered, const layout::SiteContext& ctx,
                  const layout::Templates& templates, output::OutputTree& tree,
                  std::vector<std::string>& unknown);

}  // namespace site
