#include <set>

#include "load/content_loader.h"
#include "load/date_expansion.h"
#include "load/front_matter.h"
#include "render/markdown.h"
#include "render/typography_model.h"
#include "site/build_state.h"

namespace site {

namespace {

// What the other pages show of a page: their menus, listings, breadcrumbs, neighbours' links.
bool shown_elsewhere_equal(const model::Page& a, const model::Page& b) {
  return a.title == b.title && a.description == b.description && a.nav_title == b.nav_title &&
         a.order == b.order && a.in_nav == b.in_nav && a.layout == b.layout && !b.draft;
}

}  // namespace

PageUpdate update_page(BuildState& state, load::FileSystem& fs, const std::string& rel_path,
                       diag::Diagnostics& diags) {
  std::vector<model::Page>& pages = state.site->pages;
  int index = -1;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (pages[i].rel_path == rel_path) index = static_cast<int>(i);
  }
  if (index < 0) return PageUpdate::needs_full_build;  // a new page, or one out of the build
  model::Page& old = pages[index];
  const std::string& file = old.file;
  // `diags` may already hold another page's errors: only this page's count.
  const size_t errors_before = diags.error_count();
  auto failed_here = [&] { return diags.error_count() != errors_before; };

  model::Page fresh;
  fresh.file = old.file;
  fresh.rel_path = old.rel_path;
  fresh.url = old.url;
  std::string text;
  if (!load::read_source(fs, file, text, diags)) return PageUpdate::failed;
  diags.add_source(file, text);
  if (!load::read_page(text, fresh, diags)) return PageUpdate::failed;
  // As a full build prepares a page: its dates written in, its description, then its typography.
  load::expand_page_dates(fresh, state.dates, diags);
  if (failed_here()) return PageUpdate::failed;
  if (fresh.description.empty()) fresh.description = render::first_paragraph_text(fresh.markdown);
  render::typeset_page_texts(fresh);
  if (!shown_elsewhere_equal(old, fresh)) return PageUpdate::needs_full_build;

  check::LinkTargets& targets = state.targets;
  auto resolve = [&targets](const std::string& target) -> std::optional<std::string> {
    auto it = targets.urls.find(target);
    if (it == targets.urls.end()) return std::nullopt;
    return it->second;
  };
  render::RenderedMarkdown r = render::render_markdown(fresh.markdown, fresh.file, fresh.body_line,
                                                       fresh.url, resolve, diags, state.task_boxes);
  if (failed_here()) return PageUpdate::failed;
  fresh.html = std::move(r.html);
  fresh.headings = std::move(r.headings);
  fresh.links = std::move(r.links);
  fresh.word_count = r.word_count;
  for (model::StartLink& start : fresh.start) {
    start.href = render::internal_href(start.target, fresh.url, resolve);
    fresh.links.push_back({start.target, start.pos, ""});
  }
  std::string().swap(fresh.markdown);

  // Its links, then the other pages' links to its anchors, against the anchors it has now.
  std::set<std::string> ids;
  for (const model::Heading& h : fresh.headings) ids.insert(h.id);
  std::set<std::string>& anchors = targets.anchors[fresh.url];
  std::swap(anchors, ids);  // `ids` holds the previous anchors, restored on failure
  auto links_of = [](const model::Page& page) {
    model::Page links_only;  // what the checker reads of a page
    links_only.file = page.file;
    links_only.rel_path = page.rel_path;
    links_only.url = page.url;
    return links_only;
  };
  std::vector<model::Page> linking = {links_of(fresh)};
  linking.front().links = fresh.links;
  const std::string prefix = "@/" + fresh.rel_path + "#";
  for (const model::Page& other : pages) {
    if (&other == &old) continue;
    for (const model::InternalLink& link : other.links) {
      if (link.target.compare(0, prefix.size(), prefix) != 0) continue;
      if (linking.back().file != other.file) linking.push_back(links_of(other));
      linking.back().links.push_back(link);
    }
  }
  check::check_links(linking, targets, diags);
  if (failed_here()) {
    std::swap(anchors, ids);
    return PageUpdate::failed;
  }

  std::swap(old, fresh);  // from here on `old` is the page as it is now
  std::vector<std::string> unknown;
  const std::string html = layout::render_page(*state.context, index, *state.templates, unknown);
  std::string().swap(old.html);
  for (const std::string& name : unknown) {
    state.templates->report_unknown(name, state.options.templates_dir, diags);
  }
  std::string error;
  if (failed_here() || !fs.replace(state.options.out_dir, old.url, html, error)) {
    if (!error.empty()) diags.error({load::join_path(state.options.out_dir, old.url), 0, 0},
                                    "cannot write the page: " + error);
    std::swap(old, fresh);
    std::swap(anchors, ids);
    return PageUpdate::failed;
  }
  return PageUpdate::updated;
}

}  // namespace site
