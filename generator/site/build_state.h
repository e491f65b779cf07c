#pragma once
// What a build leaves behind for `guide serve`: the model and everything the layout of one page
// needs, so that a page whose edit changes nothing another page shows is rebuilt alone.
#include <memory>
#include <string>
#include <vector>

#include "check/link_check.h"
#include "diag/diagnostics.h"
#include "layout/navigation.h"
#include "layout/page_layout.h"
#include "templating/templates.h"
#include "load/file_system.h"
#include "load/regulatory_dates.h"
#include "model/site_model.h"
#include "render/markdown.h"
#include "site/site_builder.h"
#include "site/tool_pages.h"

namespace site {

struct BuildState {
  BuildOptions options;
  std::unique_ptr<model::Site> site;  // pages keep their headings and links; not their text
  std::unique_ptr<layout::Templates> templates;
  std::vector<model::Tool> tools;
  std::unique_ptr<layout::Navigation> nav;
  std::unique_ptr<layout::SiteContext> context;  // points into site and nav
  check::LinkTargets targets;
  load::RegulatoryDates dates;  // a page rebuilt alone gets its {{date:ID}} written as in a build
  render::TaskBoxes task_boxes;  // and its task-list boxes drawn as in a build
};

enum class PageUpdate {
  updated,           // the page's file in the site was replaced
  needs_full_build,  // the edit changes what other pages show (or the page is new): build all
  failed,            // errors reported; nothing written, the state unchanged
};

/// Rebuilds the page `rel_path` (below content/pages/, e.g. "impacts/eau.md") from its file into
/// the site folder of `state`, after an edit, when its title,
/// description, order, menu label, layout and menu status are unchanged: then no other page
/// shows anything of it that changed. Its links are checked, and so are the links of other pages
/// to its anchors. The search index and the topic index are left as they were (a full build
/// refreshes them).
PageUpdate update_page(BuildState& state, load::FileSystem& fs, const std::string& rel_path,
                       diag::Diagnostics& diags);

}  // namespace site
