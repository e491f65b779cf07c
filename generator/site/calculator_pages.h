#pragma once
// The footprint calculator's pages: one page per step of its form (outils/<id>.html first, the
// entry page every link points to), then the results page, and the data script they share.
#include <string>
#include <vector>

#include "layout/page_layout.h"
#include "layout/templates.h"
#include "site/tool_pages.h"
#include "write/site_writer.h"

namespace site {

/// Lays out every page of the calculator `tool` into `tree`, with `scripts` (the site-wide ones
/// and the calculator's), then the page's own view script. `grid_url`: the grid page where the figures carried from the results
/// land ("": no assessment grid in the site, no link).
void layout_calculator(const Tool& tool, const std::string& grid_url, const std::vector<std::string>& scripts,
                       const layout::SiteContext& ctx, const layout::Templates& templates,
                       output::OutputTree& tree, std::vector<std::string>& unknown);

}  // namespace site
