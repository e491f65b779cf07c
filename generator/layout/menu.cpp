#include "layout/menu.h"

#include <algorithm>

namespace layout {

MenuWindow menu_window(size_t count, size_t current) {
  if (count <= kMenuMaxEntries) return {0, count};
  const size_t block = current < count ? current / kMenuBlock : 0;
  const size_t first = block == 0 ? 0 : block - 1;
  return {first * kMenuBlock, std::min(count, (block + 2) * kMenuBlock)};
}

namespace {

// Walks the tree, giving each page the state of its branch; states are shared by key: the
// deepest unfolded node and the block of the entry shown around in its children.
class Planner {
 public:
  Planner(MenuPlan& plan) : plan_(plan) {}

  void visit(const std::vector<NavNode>& list) {
    for (size_t i = 0; i < list.size(); ++i) {
      const NavNode& node = list[i];
      branch_.push_back({&node, i});
      if (node.page >= 0) {
        if (!node.children.empty() || branch_.size() == 1) {
          // A folder's index shows the folder unfolded; a top-level page shows itself unfolded
          // (the top level marks its entry open, as a chapter's).
          assign(node.page, branch_, static_cast<size_t>(-1));
        } else {
          // A page inside a folder: the folder unfolded, the window around the page.
          std::vector<MenuStep> parent(branch_.begin(), branch_.end() - 1);
          assign(node.page, parent, i);
        }
      }
      visit(node.children);
      branch_.pop_back();
    }
  }

 private:
  void assign(int page, const std::vector<MenuStep>& branch, size_t current) {
    const NavNode* deepest = branch.back().node;
    const size_t block = menu_window(deepest->children.size(), current).begin;
    auto [it, added] = index_.emplace(std::make_pair(deepest, block), plan_.states.size());
    if (added) {
      MenuState state;
      state.branch = branch;
      state.current = current;
      plan_.states.push_back(std::move(state));
    }
    plan_.state_of_page[page] = static_cast<int>(it->second);
  }

  MenuPlan& plan_;
  std::vector<MenuStep> branch_;
  std::map<std::pair<const NavNode*, size_t>, size_t> index_;
};

}  // namespace

MenuPlan plan_menus(const Navigation& nav, size_t page_count) {
  MenuPlan plan;
  plan.states.resize(2);
  plan.states[MenuPlan::kToolsOpen].tools_open = true;
  plan.state_of_page.assign(page_count, MenuPlan::kNothingOpen);
  Planner(plan).visit(nav.chapters);
  return plan;
}

}  // namespace layout
