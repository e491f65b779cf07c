#pragma once
// The menus of layout/menu.h rendered with the templates, once per state, for every page to copy
// with its own root prefix and current entry (page_layout.cpp).
#include <string>
#include <vector>

#include "layout/page_layout.h"

namespace layout {

/// Each state of `ctx.menu` rendered with partials/nav.mustache (and, below the first level,
/// partials/nav-branch.mustache for each unfolded folder), every link written kRootMark followed
/// by its path from the site root. States render on every core.
std::vector<std::string> render_menus(const SiteContext& ctx, const Templates& templates,
                                      std::vector<std::string>& unknown);

}  // namespace layout
