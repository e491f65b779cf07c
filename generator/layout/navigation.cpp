#include "layout/navigation.h"

#include <algorithm>
#include <map>

namespace layout {

namespace {

std::string dirname(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

std::string basename(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool is_index(const std::string& rel_path) { return basename(rel_path) == "index.md"; }

struct Builder {
  const std::vector<model::Page>& pages;
  // folder → pages directly in it (index.md excluded); folder → subfolders.
  std::map<std::string, std::vector<int>> files;
  std::map<std::string, std::vector<std::string>> subfolders;
  std::map<std::string, int> index_of_folder;

  int order_of_folder(const std::string& folder) const {
    auto it = index_of_folder.find(folder);
    return it == index_of_folder.end() ? 0 : pages[it->second].order;
  }
  std::string label_of(int page) const {
    return pages[page].nav_title.empty() ? pages[page].title : pages[page].nav_title;
  }

  NavNode folder_node(const std::string& folder) const {
    NavNode node;
    node.folder = folder;
    auto idx = index_of_folder.find(folder);
    node.page = idx == index_of_folder.end() ? -1 : idx->second;
    node.label = node.page >= 0 ? label_of(node.page) : basename(folder);
    node.children = children_of(folder);
    return node;
  }

  // Pages and subfolders of `folder`, merged and sorted by (order, name).
  std::vector<NavNode> children_of(const std::string& folder) const {
    struct Entry {
      int order;
      std::string name;
      NavNode node;
    };
    std::vector<Entry> entries;
    if (auto it = files.find(folder); it != files.end()) {
      for (int p : it->second) {
        NavNode leaf;
        leaf.page = p;
        leaf.folder = folder;
        leaf.label = label_of(p);
        entries.push_back({pages[p].order, basename(pages[p].rel_path), std::move(leaf)});
      }
    }
    if (auto it = subfolders.find(folder); it != subfolders.end()) {
      for (const std::string& sub : it->second) {
        entries.push_back({order_of_folder(sub), basename(sub), folder_node(sub)});
      }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return a.order != b.order ? a.order < b.order : a.name < b.name;
    });
    std::vector<NavNode> out;
    for (auto& e : entries) out.push_back(std::move(e.node));
    return out;
  }
};

void walk(const NavNode& node, int parent, Navigation& nav) {
  int self = node.page >= 0 ? node.page : parent;
  if (node.page >= 0) {
    nav.reading_order.push_back(node.page);
    nav.parent[node.page] = parent;
  }
  for (const NavNode& child : node.children) walk(child, self, nav);
}

}  // namespace

Navigation build_navigation(const std::vector<model::Page>& pages) {
  Builder b{pages, {}, {}, {}};
  std::vector<int> outside;
  for (int i = 0; i < static_cast<int>(pages.size()); ++i) {
    if (!pages[i].in_nav) {
      outside.push_back(i);
      continue;
    }
    const std::string folder = dirname(pages[i].rel_path);
    if (is_index(pages[i].rel_path)) b.index_of_folder[folder] = i;
    else b.files[folder].push_back(i);
    // Register every ancestor folder so chapters without index.md still appear.
    std::string f = folder;
    while (!f.empty()) {
      std::string parent = dirname(f);
      auto& subs = b.subfolders[parent];
      if (std::find(subs.begin(), subs.end(), f) == subs.end()) subs.push_back(f);
      f = parent;
    }
  }
  Navigation nav;
  nav.parent.assign(pages.size(), -1);
  auto home = b.index_of_folder.find("");
  nav.home = home == b.index_of_folder.end() ? -1 : home->second;
  nav.outside = std::move(outside);
  for (int p : nav.outside) nav.parent[p] = nav.home;
  nav.chapters = b.children_of("");
  if (nav.home >= 0) {
    nav.reading_order.push_back(nav.home);
  }
  for (const NavNode& chapter : nav.chapters) walk(chapter, nav.home, nav);
  nav.reading_position.assign(pages.size(), -1);
  for (size_t i = 0; i < nav.reading_order.size(); ++i) nav.reading_position[nav.reading_order[i]] = static_cast<int>(i);
  return nav;
}

}  // namespace layout
