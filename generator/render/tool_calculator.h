#pragma once
// The footprint calculator's pages: one page per step of the form (outils/empreinte.html first,
// the entry page every link points to), then the results page, and the data script they share.
#include <string>
#include <vector>

#include "layout/page_layout.h"
#include "layout/templates.h"
#include "write/site_writer.h"

#include <nlohmann/json.hpp>

namespace site {

/// Lays out every page of the calculator into `tree`, with `scripts` (the site-wide ones) before
/// its own. `grid_url`: the grid page where the figures carried from the results land ("": no
/// assessment grid in the site, no link).
void layout_calculator(const std::string& title, const std::string& description,
                       const nlohmann::ordered_json& reference, const std::string& grid_url,
                       const std::vector<std::string>& scripts, const layout::SiteContext& ctx,
                       const layout::Templates& templates, output::OutputTree& tree,
                       std::vector<std::string>& unknown);

}  // namespace site
