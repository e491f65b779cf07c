#pragma once
// The tools: one page per question bank (outils/<id>.html) and the footprint calculator.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "layout/page_layout.h"
#include "layout/templates.h"
#include "load/file_system.h"
#include "model/site_model.h"
#include "render/annex_steps.h"
#include "render/bank_form.h"
#include "render/markdown.h"
#include "site/site_builder.h"
#include "write/site_writer.h"

namespace site {

struct Tool {
  std::string id, title, description, kind, url;
  int order = 0;
  const model::Bank* bank = nullptr;  // a scored or document bank; nullptr for a calculator
  std::set<std::string> anchors;
  // Anchors held by one of the tool's step pages rather than by its entry page (anchor → page).
  std::map<std::string, std::string> anchor_pages;
  render::AnnexSteps steps;  // the step pages of a clauses or questionnaire tool
  render::BankPage page;  // filled by render_tools
  nlohmann::ordered_json reference;   // a calculator's reference data (content/data)
  nlohmann::ordered_json calculator;  // a calculator's definition (its bank, checked)
  std::string intro_html;             // a calculator's intro, rendered by render_tools
};

/// Validates the banks and lists every tool: one per bank (a bank of kind "calculator" is the
/// footprint calculator, checked against the reference data of content/data).
std::vector<Tool> load_tools(const model::Site& site, const BuildOptions& options,
                             const load::FileSystem& fs, diag::Diagnostics& diags);

/// The page holding `anchor` ("" for the tool's top): the entry page or one of its steps.
std::string tool_page_for(const Tool& tool, const std::string& anchor);

/// Renders each bank's form (needs every page's URL for links in help texts).
void render_tools(std::vector<Tool>& tools, const model::Site& site,
                  const render::LinkResolver& resolve, diag::Diagnostics& diags);

std::vector<layout::ToolLink> tools_as_links(const std::vector<Tool>& tools);

/// Lays out the tool pages, the tools index and each bank's data script into `tree`.
void layout_tools(const std::vector<Tool>& tools, const layout::SiteContext& ctx,
                  const layout::Templates& templates, output::OutputTree& tree,
                  std::vector<std::string>& unknown);

}  // namespace site
