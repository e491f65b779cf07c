#include "layout/menu_html.h"

#include <cstdint>
#include <map>

#include "layout/french_numbers.h"
#include "layout/listing.h"
#include "layout/menu.h"
#include "layout/site_texts.h"
#include "parallel/parallel_for.h"
#include "templating/data_moves.h"

namespace layout {

using templating::set_moved;

namespace {

// The page a menu entry leads to: its own, or for a folder without index.md its first page's.
std::string node_url(const model::Site& site, const NavNode& node) {
  if (node.page >= 0) return site.pages[node.page].url;
  for (const NavNode& child : node.children) {
    std::string url = node_url(site, child);
    if (!url.empty()) return url;
  }
  return "";
}

Data entry(const std::string& label, const std::string& target) {
  Data e;
  e.set("label", label);
  e.set("href", std::string(1, kRootMark) + target);
  e.set("current", false);
  e.set("open", false);
  e.set("gap", false);
  e.set("sub", std::string());
  return e;
}

// "12 pages précédentes" / "1 page suivante", leading to where they are listed.
Data gap_entry(size_t hidden, bool before, const std::string& target, const Templates& templates,
               std::vector<std::string>& unknown) {
  Data values;
  values.set("count", french_integer(hidden));
  values.set("one", hidden == 1);
  Data e = entry(site_text(templates, before ? SiteText::hidden_before : SiteText::hidden_after, unknown, values),
                 target);
  e.set("gap", true);
  return e;
}

// For each folder whose list the menu cuts: how many of its children before each one have a page
// (the listing shows those), so that a gap links to its listing page at once.
using ListedBefore = std::map<const NavNode*, std::vector<uint32_t>>;

void count_listed(const NavNode& node, ListedBefore& out) {
  if (node.children.size() > kMenuMaxEntries) {
    std::vector<uint32_t>& before = out[&node];
    before.reserve(node.children.size());
    uint32_t n = 0;
    for (const NavNode& child : node.children) {
      before.push_back(n);
      n += child.page >= 0;
    }
  }
  for (const NavNode& child : node.children) count_listed(child, out);
}

class MenuRenderer {
 public:
  MenuRenderer(const SiteContext& ctx, const Templates& templates, const ListedBefore& listed,
               std::vector<std::string>& unknown)
      : ctx_(ctx), site_(*ctx.site), templates_(templates), listed_(listed), unknown_(unknown) {}

  std::string render(const MenuState& state) {
    const std::vector<NavNode>& chapters = ctx_.nav->chapters;
    const size_t open = state.branch.empty() ? static_cast<size_t>(-1) : state.branch[0].index;
    const MenuWindow window = menu_window(chapters.size(), open);
    List nav;
    // The top level has no index page of its own: what it leaves out is in the site map.
    if (window.begin > 0) nav.push_back(gap_entry(window.begin, true, "plan-du-site.html", templates_, unknown_));
    for (size_t c = window.begin; c < window.end; ++c) {
      const NavNode& chapter = chapters[c];
      const std::string target = node_url(site_, chapter);
      if (target.empty()) continue;
      Data item = entry(chapter.label, target);
      List children;
      if (c == open) children = level(state, 1);
      item.set("open", c == open);
      item.set("has_children", !children.empty());
      set_moved(item, "children", std::move(children));
      nav.push_back(std::move(item));
    }
    if (window.end < chapters.size())
      nav.push_back(gap_entry(chapters.size() - window.end, false, "plan-du-site.html", templates_, unknown_));
    if (!ctx_.tools.empty()) {
      Data item = entry(ctx_.words.tools, "outils/index.html");
      List children;
      if (state.tools_open) {
        for (const ToolLink& t : ctx_.tools) {
          if (t.in_menu) children.push_back(entry(t.title, t.url));
        }
      }
      item.set("open", state.tools_open);
      item.set("has_children", !children.empty());
      set_moved(item, "children", std::move(children));
      nav.push_back(std::move(item));
    }
    Data data;
    set_moved(data, "nav", std::move(nav));
    return templates_.render_partial("nav", data, unknown_);
  }

 private:
  // The entries of the children of branch step `depth - 1`, around the next step (or around the
  // state's current entry at the bottom); the next step unfolds its own children below it.
  List level(const MenuState& state, size_t depth) {
    const NavNode& folder = *state.branch[depth - 1].node;
    const bool bottom = depth >= state.branch.size();
    const size_t around = bottom ? state.current : state.branch[depth].index;
    const MenuWindow window = menu_window(folder.children.size(), around);
    List list;
    auto listed_at = [&](size_t child) {
      if (folder.page < 0) return std::string("plan-du-site.html");
      const std::vector<uint32_t>& before = listed_.at(&folder);
      return listing_url(site_.pages[folder.page].url, before[child] / kListingPageSize + 1);
    };
    if (window.begin > 0) list.push_back(gap_entry(window.begin, true, listed_at(window.begin - 1), templates_, unknown_));
    for (size_t i = window.begin; i < window.end; ++i) {
      const NavNode& child = folder.children[i];
      const std::string url = node_url(site_, child);
      if (url.empty()) continue;
      Data item = entry(child.label, url);
      if (!bottom && i == state.branch[depth].index && !child.children.empty()) {
        Data sub;
        set_moved(sub, "children", level(state, depth + 1));
        item.set("open", true);
        item.set("sub", "\n" + templates_.render_partial("nav-branch", sub, unknown_));
      }
      list.push_back(std::move(item));
    }
    if (window.end < folder.children.size())
      list.push_back(gap_entry(folder.children.size() - window.end, false, listed_at(window.end), templates_, unknown_));
    return list;
  }

  const SiteContext& ctx_;
  const model::Site& site_;
  const Templates& templates_;
  const ListedBefore& listed_;
  std::vector<std::string>& unknown_;
};

}  // namespace

std::vector<std::string> render_menus(const SiteContext& ctx, const Templates& templates,
                                      std::vector<std::string>& unknown) {
  const std::vector<MenuState>& states = ctx.menu.states;
  std::vector<std::string> html(states.size());
  std::vector<std::vector<std::string>> unknown_per_state(states.size());
  ListedBefore listed;
  for (const NavNode& chapter : ctx.nav->chapters) count_listed(chapter, listed);
  parallel::for_each_index(states.size(), [&](size_t s) {
    html[s] = MenuRenderer(ctx, templates, listed, unknown_per_state[s]).render(states[s]);
  }, 16);
  for (const auto& names : unknown_per_state) unknown.insert(unknown.end(), names.begin(), names.end());
  return html;
}

}  // namespace layout
