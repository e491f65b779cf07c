#pragma once
// Generated pages and files that no content file describes: 404, site map, search page with its
// A–Z topic index, the search index script, the theme stylesheet, and the copied assets.
#include <vector>

#include "diag/diagnostics.h"
#include "layout/navigation.h"
#include "layout/page_layout.h"
#include "templating/templates.h"
#include "load/file_system.h"
#include "model/site_model.h"
#include "site/site_builder.h"
#include "site/tool_pages.h"
#include "write/site_writer.h"

namespace site {

void add_special_pages(const model::Site& site, const layout::Navigation& nav,
                       const layout::SiteContext& ctx, const layout::Templates& templates,
                       output::OutputTree& tree, std::vector<std::string>& unknown);

/// Writes assets/search-index.js through `writer` (nullptr: `guide check`, built and dropped);
/// returns the number of search documents.
size_t add_search_index(model::Site& site, const std::vector<model::Tool>& tools,
                        output::SiteWriter* writer);

/// Copies assets/ (and the WASM module). css/site.css, the colour tokens of site.yaml and
/// css/print.css (under @media print) become one assets/css/site.css: one request per page.
void add_assets(const load::FileSystem& fs, const BuildOptions& options, const model::Site& site,
                output::OutputTree& tree, diag::Diagnostics& diags);

}  // namespace site
