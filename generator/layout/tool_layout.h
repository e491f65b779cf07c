#pragma once
// The layout of the tools' pages: each page a tool's render module drew, in the site's chrome
// (templates/tool.mustache), and the list of the tools (outils/index.html).
#include <string>
#include <vector>

#include "layout/page_layout.h"
#include "templating/templates.h"
#include "model/tool.h"

namespace layout {

/// The full HTML document of one page of a tool.
std::string render_tool_page(const SiteContext& ctx, const model::ToolPage& page, const Templates& templates,
                             std::vector<std::string>& unknown);

/// outils/index.html: every tool with its description.
std::string render_tools_index(const SiteContext& ctx, const Templates& templates,
                               std::vector<std::string>& unknown);

}  // namespace layout
