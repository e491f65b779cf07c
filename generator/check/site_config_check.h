#pragma once
// site.yaml's lists: `audiences` (the label of each `audience:` id of the pages) and
// `footer_pages` (the pages every footer links to, with their labels).
#include "diag/diagnostics.h"
#include "model/site_model.h"

namespace check {

/// Reports, at their position in site.yaml: `audiences` that is not a mapping of texts, a
/// `footer_pages` entry without a text `page` and `label`, and a footer page that is not a page
/// of the site (with the closest one). The footer pages that pass go to `site.footer_pages`, which
/// is all that layout reads of them.
void check_site_config(model::Site& site, diag::Diagnostics& diags);

}  // namespace check
