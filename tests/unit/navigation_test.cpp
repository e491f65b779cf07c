#include <doctest/doctest.h>

#include "layout/navigation.h"
#include "layout/page_layout.h"

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

TEST_CASE("a tool's step pages belong to the tool, whose link the menu marks") {
  layout::SiteContext ctx;
  ctx.tools = {{"grille", "Grille", "", "outils/grille.html"},
               {"grille-7-criteres", "Grille 7", "", "outils/grille-7-criteres.html"},
               {"empreinte", "Empreinte", "", "outils/empreinte.html"}};
  auto owner = [&](const std::string& url) {
    const layout::ToolLink* t = layout::owning_tool(ctx, url);
    return t ? t->id : std::string("-");
  };
  CHECK(owner("outils/grille-7-criteres/c1_biometrie.html") == "grille-7-criteres");
  CHECK(owner("outils/grille-7-criteres.html") == "-");  // a tool's own page, not a step of "grille"
  CHECK(owner("outils/grille/etape.html") == "grille");
  CHECK(owner("outils/empreinte-resultats.html") == "empreinte");
  CHECK(owner("outils/empreinte.html") == "-");
  CHECK(owner("outils/index.html") == "-");
  CHECK(owner("criteres/biometrie.html") == "-");
}
