#include "layout/listing.h"

#include <algorithm>
#include <map>

#include "layout/french_numbers.h"
#include "render/markdown.h"
#include "text/site_url.h"

namespace layout {

std::vector<const NavNode*> listed_children(const NavNode& folder) {
  std::vector<const NavNode*> out;
  for (const NavNode& child : folder.children) {
    if (child.page >= 0) out.push_back(&child);
  }
  return out;
}

size_t listing_page_count(size_t listed) {
  return std::max<size_t>(1, (listed + kListingPageSize - 1) / kListingPageSize);
}

std::string listing_url(const std::string& index_url, size_t number) {
  if (number <= 1) return index_url;
  const std::string stem = index_url.size() > 5 ? index_url.substr(0, index_url.size() - 5) : index_url;
  return stem + "-" + std::to_string(number) + ".html";
}

namespace {

const NavNode* folder_of_index(const SiteContext& ctx, int index) {
  const model::Page& page = ctx.site->pages[index];
  if (page.rel_path.size() < 8 || page.rel_path.compare(page.rel_path.size() - 8, 8, "index.md") != 0) {
    return nullptr;
  }
  auto node = ctx.node_of.find(index);
  return node == ctx.node_of.end() ? nullptr : node->second;
}

// The page navigation of a listing: previous, the first page, the pages around `number`, the last
// page, next; a gap where pages are left out.
List pagination(const std::string& index_url, size_t number, size_t count,
                const std::string& from_url, const SiteWords& words) {
  List list;
  auto add = [&](const std::string& label, size_t target, bool is_prev, bool is_next) {
    Data d;
    d.set("label", label);
    d.set("number", !is_prev && !is_next);
    d.set("href", text::relative_url(from_url, listing_url(index_url, target)));
    d.set("current", target == number && !is_prev && !is_next);
    d.set("gap", false);
    d.set("is_prev", is_prev);
    d.set("is_next", is_next);
    list.push_back(d);
  };
  auto gap = [&] {
    Data d;
    d.set("gap", true);
    list.push_back(d);
  };
  if (number > 1) add(words.previous_page, number - 1, true, false);
  const size_t first = number > 3 ? number - 2 : 1;
  const size_t last = std::min(count, number + 2);
  if (first > 1) add("1", 1, false, false);
  if (first > 2) gap();
  for (size_t n = first; n <= last; ++n) add(std::to_string(n), n, false, false);
  if (last + 1 < count) gap();
  if (last < count) add(std::to_string(count), count, false, false);
  if (number < count) add(words.next_page, number + 1, false, true);
  return list;
}

}  // namespace

void set_listing_data(const SiteContext& ctx, int index, size_t number, const std::string& from_url,
                      Data& data) {
  List children;
  const NavNode* folder = folder_of_index(ctx, index);
  std::vector<const NavNode*> listed;
  if (folder) listed = listed_children(*folder);
  const size_t count = listing_page_count(listed.size());
  const size_t begin = std::min(listed.size(), (number - 1) * kListingPageSize);
  const size_t end = std::min(listed.size(), begin + kListingPageSize);
  for (size_t i = begin; i < end; ++i) {
    const model::Page& c = ctx.site->pages[listed[i]->page];
    Data d;
    d.set("label", listed[i]->label);
    d.set("href", text::relative_url(from_url, c.url));
    d.set("description", c.description);
    children.push_back(d);
  }
  data.set("has_children", !children.empty());
  data.set("children", children);
  const bool paginated = count > 1;
  data.set("has_pagination", paginated);
  data.set("pagination",
           paginated ? pagination(ctx.site->pages[index].url, number, count, from_url, ctx.words) : List());
}

std::vector<std::pair<std::string, std::string>> render_listing_pages(
    const SiteContext& ctx, int index, const Templates& templates, std::vector<std::string>& unknown) {
  std::vector<std::pair<std::string, std::string>> out;
  const NavNode* folder = folder_of_index(ctx, index);
  if (!folder) return out;
  const size_t listed = listed_children(*folder).size();
  const size_t count = listing_page_count(listed);
  const model::Page& page = ctx.site->pages[index];
  const std::string label = page.nav_title.empty() ? page.title : page.nav_title;
  for (size_t number = 2; number <= count; ++number) {
    const std::string url = listing_url(page.url, number);
    const size_t first = (number - 1) * kListingPageSize + 1;
    const size_t last = std::min(listed, number * kListingPageSize);
    Data values;
    values.set("label", label);
    values.set("number", std::to_string(number));
    values.set("count", std::to_string(count));
    values.set("first", french_integer(first));
    values.set("last", french_integer(last));
    values.set("total", french_integer(listed));
    const std::string title = site_text(templates, SiteText::listing_page, unknown, values);
    const std::string description = site_text(templates, SiteText::listing_lead, unknown, values);
    Data data = base_data(ctx, url, title, description, index);
    // The trail leads to the folder's index, of which this is a continuation.
    List breadcrumbs;
    std::vector<int> chain;
    for (int p = index; p >= 0; p = ctx.nav->parent[p]) chain.push_back(p);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      const model::Page& p = ctx.site->pages[*it];
      Data b;
      b.set("label", *it == ctx.nav->home ? ctx.words.home
                                          : (p.nav_title.empty() ? p.title : p.nav_title));
      b.set("href", text::relative_url(url, p.url));
      breadcrumbs.push_back(b);
    }
    data.set("has_breadcrumbs", true);
    data.set("breadcrumbs", breadcrumbs);
    data.set("body_class", "page-reading");
    set_listing_data(ctx, index, number, url, data);
    out.emplace_back(url, render_document(ctx, data, "listing", templates, unknown));
  }
  return out;
}

void report_listing_collisions(const std::vector<model::Page>& pages, const Navigation& nav,
                               diag::Diagnostics& diags) {
  std::map<std::string, int> listing_of;  // listing page url → the index page it continues
  std::vector<const NavNode*> stack;
  for (const NavNode& chapter : nav.chapters) stack.push_back(&chapter);
  while (!stack.empty()) {
    const NavNode* node = stack.back();
    stack.pop_back();
    for (const NavNode& child : node->children) stack.push_back(&child);
    if (node->page < 0 || node->children.empty()) continue;
    const size_t count = listing_page_count(listed_children(*node).size());
    for (size_t number = 2; number <= count; ++number)
      listing_of[listing_url(pages[node->page].url, number)] = node->page;
  }
  if (listing_of.empty()) return;
  for (const model::Page& page : pages) {
    auto taken = listing_of.find(page.url);
    if (taken == listing_of.end()) continue;
    diags.error({page.file, 0, 0},
                "page '" + page.rel_path + "' would be written to " + page.url +
                    ", where the list of the pages of '" + pages[taken->second].rel_path +
                    "' continues",
                {"a folder of more than " + std::to_string(kListingPageSize) +
                 " pages lists them on index.html, index-2.html…; rename the page"});
  }
}

}  // namespace layout
