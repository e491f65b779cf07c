// The bounded menu (layout/menu.h) and the paginated listings (layout/listing.h), rendered with the
// project's own templates: a page's menu stays small whatever the shape of the content, and every
// page stays reachable without JavaScript.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "layout/listing.h"
#include "layout/menu.h"
#include "layout/navigation.h"
#include "layout/page_layout.h"
#include "load/file_system.h"

namespace {

model::Page page(const std::string& rel, int order = 0) {
  model::Page p;
  p.rel_path = rel;
  p.file = "content/pages/" + rel;
  p.url = rel.substr(0, rel.size() - 3) + ".html";
  p.order = order;
  p.title = "Titre de " + rel;
  p.description = "Description de " + rel + ".";
  return p;
}

// A site of the given pages laid out with the real templates.
struct Site {
  explicit Site(std::vector<model::Page> pages) {
    model.pages = std::move(pages);
    nav = layout::build_navigation(model.pages);
    load::DiskFileSystem fs;
    diag::Diagnostics diags;
    REQUIRE(templates.load(fs, std::string(GUIDE_SOURCE_DIR) + "/templates", {"base", "page", "listing"}, diags));
    std::vector<std::string> unknown;
    ctx = layout::make_site_context(model, nav, {}, templates, unknown);
    CHECK(unknown.empty());
  }
  int index_of(const std::string& rel) const {
    for (size_t i = 0; i < model.pages.size(); ++i) {
      if (model.pages[i].rel_path == rel) return static_cast<int>(i);
    }
    FAIL("no page " << rel);
    return -1;
  }
  std::string html(const std::string& rel) const {
    std::vector<std::string> unknown;
    std::string out = layout::render_page(ctx, index_of(rel), templates, unknown);
    CHECK(unknown.empty());
    return out;
  }
  model::Site model;
  layout::Navigation nav;
  layout::Templates templates;
  layout::SiteContext ctx;
};

std::string menu_of(const std::string& html) {
  const size_t begin = html.find("<nav class=\"site-nav\"");
  const size_t end = html.find("</nav>", begin);
  REQUIRE(begin != std::string::npos);
  return html.substr(begin, end - begin);
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string numbered(const char* format, int n) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, n);
  return buffer;
}

std::vector<model::Page> flat(int pages) {
  std::vector<model::Page> out = {page("index.md"), page("liste/index.md")};
  for (int i = 1; i < pages; ++i) out.push_back(page(numbered("liste/page-%05d.md", i)));
  return out;
}

}  // namespace

TEST_CASE("a list of up to 50 entries shows whole; a longer one shows whole blocks around the entry") {
  CHECK(layout::menu_window(12, 3).begin == 0);
  CHECK(layout::menu_window(12, 3).end == 12);
  CHECK(layout::menu_window(50, 49).end == 50);
  const layout::MenuWindow middle = layout::menu_window(5000, 2499);  // block 249
  CHECK(middle.begin == 2480);
  CHECK(middle.end == 2510);
  CHECK(layout::menu_window(5000, 3).begin == 0);
  CHECK(layout::menu_window(5000, 3).end == 20);
  CHECK(layout::menu_window(5000, 4999).end == 5000);
  CHECK(layout::menu_window(5000, static_cast<size_t>(-1)).end == 20);  // no entry: the start
}

TEST_CASE("a page of a folder of 5,000 pages has a menu of a few dozen links") {
  Site site(flat(5000));
  const std::string menu = menu_of(site.html("liste/page-02500.md"));
  CHECK(count(menu, "<a ") <= 35);
  CHECK(menu.find("href=\"../liste/page-02500.html\" aria-current=\"page\"") != std::string::npos);
  CHECK(menu.find("href=\"../liste/page-02490.html\"") != std::string::npos);  // neighbours, both sides
  CHECK(menu.find("href=\"../liste/page-02509.html\"") != std::string::npos);
  CHECK(menu.find("href=\"../liste/page-02470.html\"") == std::string::npos);
  // What the window leaves out is one link away, in the folder's listing.
  CHECK(menu.find("<li class=\"site-nav__gap\"><a href=\"../liste/index-25.html\">2\u202f480 pages précédentes</a>") !=
        std::string::npos);
  CHECK(menu.find("<a href=\"../liste/index-26.html\">2\u202f489 pages suivantes</a>") != std::string::npos);
  // Pages of one block share one rendering of the menu.
  CHECK(site.ctx.menu.states.size() < 600);
}

TEST_CASE("a folder of 5,000 pages lists them 100 per page, linked by a page navigation") {
  Site site(flat(5000));
  const std::string index = site.html("liste/index.md");
  CHECK(count(index, " — Description de liste/page-") == 100);
  CHECK(index.find("<nav class=\"pagination\" aria-label=\"Pages de la liste\">") != std::string::npos);
  CHECK(index.find("href=\"index-50.html\"") != std::string::npos);
  CHECK(index.find("href=\"index-2.html\" rel=\"next\"") != std::string::npos);

  std::vector<std::string> unknown;
  const auto listings = layout::render_listing_pages(site.ctx, site.index_of("liste/index.md"),
                                                     site.templates, unknown);
  CHECK(unknown.empty());
  REQUIRE(listings.size() == 49);
  CHECK(listings[0].first == "liste/index-2.html");
  CHECK(listings.back().first == "liste/index-50.html");
  const std::string& second = listings[0].second;
  CHECK(second.find("\"page-00101.html\"") != std::string::npos);  // the 101st child
  CHECK(second.find("\"page-00200.html\"") != std::string::npos);
  CHECK(second.find("\"page-00100.html\"") == std::string::npos);
  CHECK(second.find("\"page-00201.html\"") == std::string::npos);
  CHECK(second.find("href=\"index.html\" rel=\"prev\"") != std::string::npos);
  CHECK(second.find("Les pages 101 à 200 sur 4\u202f999") != std::string::npos);
  CHECK(count(listings.back().second, " — Description de liste/page-") == 99);
  // Every child is on exactly one listing page.
  size_t listed = count(index, " — Description de liste/page-");
  for (const auto& l : listings) listed += count(l.second, " — Description de liste/page-");
  CHECK(listed == 4999);
}

TEST_CASE("top-level pages by the thousand get a bounded menu too") {
  std::vector<model::Page> pages = {page("index.md")};
  for (int i = 0; i < 3000; ++i) pages.push_back(page(numbered("p%04d.md", i)));
  Site site(std::move(pages));
  const std::string menu = menu_of(site.html("p1500.md"));
  CHECK(count(menu, "<a ") <= 35);
  CHECK(menu.find("href=\"p1500.html\" aria-current=\"page\"") != std::string::npos);
  CHECK(menu.find("href=\"plan-du-site.html\">1\u202f490 pages précédentes") != std::string::npos);
}

TEST_CASE("a page five folders deep shows its branch unfolded, and nothing else of the tree") {
  std::vector<model::Page> pages = {page("index.md")};
  std::string folder;
  for (int level = 0; level < 5; ++level) {
    for (int b = 0; b < 3; ++b) {
      const std::string sub = folder + "n" + std::to_string(b) + "/";
      pages.push_back(page(sub + "index.md"));
      for (int p = 0; p < 4; ++p) pages.push_back(page(sub + "p" + std::to_string(p) + ".md"));
    }
    folder += "n1/";
  }
  Site site(std::move(pages));
  const std::string menu = menu_of(site.html("n1/n1/n1/n1/n1/p2.md"));
  CHECK(menu.find("aria-current=\"page\">Titre de n1/n1/n1/n1/n1/p2.md</a>") != std::string::npos);
  // Each folder on the way is open with its own pages and sub-folders: 5 levels of lists.
  CHECK(count(menu, "<ul>") == 6);
  CHECK(count(menu, "class=\"is-open\"") == 5);
  CHECK(menu.find("Titre de n1/n1/n1/n1/n1/p3.md") != std::string::npos);
  CHECK(menu.find("Titre de n1/n1/n1/n0/index.md") != std::string::npos);
  CHECK(menu.find("Titre de n1/n1/n0/p0.md") == std::string::npos);  // a folder not on the way
  CHECK(count(menu, "<a ") <= 5 * 7 + 3);
}

TEST_CASE("small chapters keep the menu they always had: every chapter, the open one's pages") {
  Site site({page("index.md"), page("a/index.md", 1), page("a/x.md"), page("a/y.md"),
             page("b/index.md", 2), page("b/z.md"), page("glossaire.md", 3)});
  const std::string menu = menu_of(site.html("a/y.md"));
  CHECK(menu ==
        "<nav class=\"site-nav\" aria-label=\"Sommaire du guide\">\n"
        "<details class=\"site-nav__fold\">\n<summary>Sommaire du guide</summary>\n<ul>\n"
        "<li class=\"is-open\"><a href=\"../a/index.html\">Titre de a/index.md</a>\n<ul>\n"
        "<li><a href=\"../a/x.html\">Titre de a/x.md</a></li>\n"
        "<li><a href=\"../a/y.html\" aria-current=\"page\">Titre de a/y.md</a></li>\n</ul>\n</li>\n"
        "<li><a href=\"../b/index.html\">Titre de b/index.md</a>\n\n</li>\n"
        "<li><a href=\"../glossaire.html\">Titre de glossaire.md</a>\n\n</li>\n</ul>\n</details>\n");
  CHECK(site.html("a/index.md").find("class=\"pagination\"") == std::string::npos);
}

TEST_CASE("a page written where a listing continues is an error") {
  std::vector<model::Page> pages = flat(150);
  pages.push_back(page("liste/index-2.md"));
  layout::Navigation nav = layout::build_navigation(pages);
  diag::Diagnostics diags;
  layout::report_listing_collisions(pages, nav, diags);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.sorted()[0].message ==
        "page 'liste/index-2.md' would be written to liste/index-2.html, where the list of the "
        "pages of 'liste/index.md' continues");
  diag::Diagnostics fine;
  layout::report_listing_collisions(flat(100), layout::build_navigation(flat(100)), fine);
  CHECK(fine.error_count() == 0);
}
