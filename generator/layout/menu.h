#pragma once
// The menu of each page, bounded whatever the content's shape: the top level, then the branch
// that leads to the page (each folder on it unfolded), every list longer than kMenuMaxEntries cut
// to a window of whole blocks around the entry on the branch, with links to what it leaves out.
// A page's menu costs O(depth × kMenuMaxEntries), however many pages a folder holds. Pages whose
// menus are alike (same branch, same blocks) share one rendering: a menu "state".
#include <cstddef>
#include <map>
#include <utility>
#include <vector>

#include "layout/navigation.h"

namespace layout {

/// Longest list the menu shows whole.
constexpr size_t kMenuMaxEntries = 50;
/// A longer list shows the block of this many entries that holds the entry on the branch, and the
/// block on either side of it.
constexpr size_t kMenuBlock = 10;

/// Entries [begin, end) of a list of `count` shown when entry `current` is on the branch
/// (`current` past the end: none is, the list's start is shown).
struct MenuWindow {
  size_t begin = 0, end = 0;
};
MenuWindow menu_window(size_t count, size_t current);

/// One unfolded entry of a menu: `node` is entry `index` of its list (the top level's list is
/// Navigation::chapters, a deeper one its parent's children).
struct MenuStep {
  const NavNode* node = nullptr;
  size_t index = 0;
};

/// One menu: the unfolded entries from the top level down. The deepest one's children are shown
/// when it has some, around entry `current` of them (past the end: none, their start).
struct MenuState {
  std::vector<MenuStep> branch;  // empty: nothing unfolded
  size_t current = static_cast<size_t>(-1);
  bool tools_open = false;  // the "Outils" entry unfolded (a tool's pages)
};

struct MenuPlan {
  static constexpr int kNothingOpen = 0;
  static constexpr int kToolsOpen = 1;
  std::vector<MenuState> states;   // [kNothingOpen], [kToolsOpen], then the branches
  std::vector<int> state_of_page;  // per page: its menu (kNothingOpen for pages out of the menu)
};

/// The menu states of a navigation and the state of every page. Deterministic.
MenuPlan plan_menus(const Navigation& nav, size_t page_count);

}  // namespace layout
