#include <doctest/doctest.h>

#include "layout/navigation.h"

namespace {

model::Page page(const std::string& rel, int order, const std::string& title) {
  model::Page p;
  p.rel_path = rel;
  p.order = order;
  p.title = title;
  return p;
}

}  // namespace

TEST_CASE("chapters and pages are ordered by order, then by file name") {
  std::vector<model::Page> pages = {
      page("b/index.md", 10, "B"), page("b/z.md", 1, "Bz"), page("b/a.md", 1, "Ba"),
      page("a/index.md", 20, "A"), page("index.md", 0, "Accueil"), page("glossaire.md", 95, "G"),
      page("b/c.md", 0, "Bc")};
  layout::Navigation nav = layout::build_navigation(pages);
  CHECK(nav.home == 4);
  REQUIRE(nav.chapters.size() == 3);
  CHECK(nav.chapters[0].label == "B");
  CHECK(nav.chapters[1].label == "A");
  CHECK(nav.chapters[2].label == "G");
  REQUIRE(nav.chapters[0].children.size() == 3);
  CHECK(nav.chapters[0].children[0].label == "Bc");
  CHECK(nav.chapters[0].children[1].label == "Ba");
  CHECK(nav.chapters[0].children[2].label == "Bz");
  // Reading order: home, then each chapter depth-first.
  CHECK(nav.reading_order == std::vector<int>{4, 0, 6, 2, 1, 3, 5});
  CHECK(nav.parent[2] == 0);
  CHECK(nav.parent[0] == 4);
}
