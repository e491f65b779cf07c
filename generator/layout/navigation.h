#pragma once
// The navigation tree: chapters (folders with an index.md) and their pages, ordered by `order`
// then file name; the reading order (previous/next) is a walk of this tree.
#include <string>
#include <vector>

#include "model/site_model.h"

namespace layout {

struct NavNode {
  int page = -1;              // index in Site::pages, -1 for a folder without index.md
  std::string folder;         // "impacts" for impacts/index.md and its siblings
  std::string label;          // nav title
  std::vector<NavNode> children;
};

struct Navigation {
  int home = -1;                  // the root index.md
  std::vector<NavNode> chapters;  // top level, in order (the home page excluded)
  std::vector<int> reading_order; // every page, home first, chapters depth-first
  std::vector<int> reading_position;  // per page: its index in reading_order, or -1
  std::vector<int> parent;        // per page: the page of its chapter index, or home, or -1
  std::vector<int> outside;       // pages with `nav: false` (statements), for the site map
};

/// Builds the tree from the pages' paths and front matter. Deterministic for a given input.
Navigation build_navigation(const std::vector<model::Page>& pages);

}  // namespace layout
