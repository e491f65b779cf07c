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
/// its own. `has_grid`: the results can be carried to the assessment grid.
void layout_calculator(const std::string& title, const std::string& description,
                       const nlohmann::ordered_json& reference, bool has_grid,
                       const std::vector<std::string>& scripts, const layout::SiteContext& ctx,
                       const layout::Templates& templates, output::OutputTree& tree,
                       std::vector<std::string>& unknown);

}  // namespace site
