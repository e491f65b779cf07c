#pragma once
// Checks every internal link (`@/page.md#anchor`, `@outil/id#anchor`, a relative link to a page's
// .md file) against the pages and tools that exist and the anchors they define, and every relative
// link to a file of assets/ against the files there.
#include <map>
#include <set>
#include <unordered_map>
#include <string>

#include "diag/diagnostics.h"
#include "model/site_model.h"

namespace check {

struct LinkTargets {
  // Looked up for every link of every page: hashed, not ordered (error messages sort what they list).
  std::unordered_map<std::string, std::string> urls;  // "@/a/b.md", "@outil/x" or "@outil/x#anchor" (on a step page) → "a/b.html"
  std::unordered_map<std::string, std::set<std::string>> anchors;  // output url → ids defined there
  std::set<std::string> files;  // output paths of the files below assets/ ("assets/img/a.svg")
};

/// Reports a broken target or anchor at the link's position, with a suggestion when one is close.
void check_links(const std::vector<model::Page>& pages, const LinkTargets& targets,
                 diag::Diagnostics& diags);

}  // namespace check
