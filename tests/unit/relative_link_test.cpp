// Links written relative to the page, as MkDocs and GitHub authors write them (render/relative_link.h).
#include <doctest/doctest.h>

#include "render/markdown.h"
#include "render/relative_link.h"

namespace {

using Kind = render::RelativeLink::Kind;

std::string page_target(const std::string& url, const std::string& from) {
  render::RelativeLink link = render::classify_relative_link(url, from);
  return link.kind == Kind::page ? link.target : "(not a page: " + link.target + ")";
}

render::RenderedMarkdown md(const std::string& text, const std::string& url) {
  diag::Diagnostics diags;
  auto resolve = [](const std::string& t) -> std::optional<std::string> {
    if (t == "@/criteres/index.md") return std::string("criteres/index.html");
    if (t == "@/impacts/eau.md") return std::string("impacts/eau.html");
    return std::nullopt;
  };
  return render::render_markdown(text, "f.md", 1, url, resolve, diags);
}

}  // namespace

TEST_CASE("a relative link to a .md file names a page from the linking page's folder") {
  CHECK(page_target("../criteres/index.md", "impacts/eau.html") == "@/criteres/index.md");
  CHECK(page_target("eau.md#pue", "impacts/index.html") == "@/impacts/eau.md#pue");
  CHECK(page_target("./eau.md", "impacts/index.html") == "@/impacts/eau.md");
  CHECK(page_target("impacts/eau.md", "index.html") == "@/impacts/eau.md");
  CHECK(page_target("a/../b/./c.md", "x/index.html") == "@/x/b/c.md");
  CHECK(page_target("mon%20fichier.md", "index.html") == "@/mon fichier.md");
  // Out of content/pages/: kept visible, for the check to report.
  CHECK(page_target("../../x.md", "impacts/eau.html") == "@/../x.md");
}

TEST_CASE("absolute links, anchors and the guide's own forms are left alone") {
  for (const char* url : {"https://example.org/a.md", "mailto:x@y.fr", "/a.md", "#ancre", "@/a.md",
                          "@outil/grille", "", "?q=1"}) {
    CHECK(render::classify_relative_link(url, "impacts/eau.html").kind == Kind::other);
  }
  CHECK(render::classify_relative_link("../plan-du-site.html", "impacts/eau.html").kind == Kind::other);
}

TEST_CASE("a relative link into assets/ is an asset, named from the site's root") {
  render::RelativeLink link = render::classify_relative_link("../assets/img/schema.svg?v=2#x", "impacts/eau.html");
  CHECK(link.kind == Kind::asset);
  CHECK(link.target == "assets/img/schema.svg");
  CHECK(render::classify_relative_link("assets/logo.svg", "index.html").target == "assets/logo.svg");
  // From a page one folder down, "assets/x" is impacts/assets/x: not the assets folder.
  CHECK(render::classify_relative_link("assets/logo.svg", "impacts/eau.html").kind == Kind::other);
}

TEST_CASE("percent escapes are decoded, broken ones kept") {
  CHECK(render::percent_decode("a%20b%C3%A9") == "a bé");
  CHECK(render::percent_decode("100%") == "100%");
  CHECK(render::percent_decode("%zz%4") == "%zz%4");
}

TEST_CASE("a relative .md link is rewritten like an @/ link and recorded as written") {
  auto r = md("Voir [les critères](../criteres/index.md#biometrie) et [l'eau](eau.md).\n", "impacts/cycle.html");
  CHECK(r.html.find("href=\"../criteres/index.html#biometrie\"") != std::string::npos);
  CHECK(r.html.find("href=\"eau.html\"") != std::string::npos);
  REQUIRE(r.links.size() == 2);
  CHECK(r.links[0].target == "@/criteres/index.md#biometrie");
  CHECK(r.links[0].written == "../criteres/index.md#biometrie");
  CHECK(r.links[0].pos.line == 1);
  CHECK(r.links[0].pos.col == 22);  // bytes: "è" is two
  CHECK(r.links[1].target == "@/impacts/eau.md");
}

TEST_CASE("links and images into assets/ are kept as written and recorded for the check") {
  auto r = md("![Schéma](../assets/img/schema.svg) [PDF](../assets/doc.pdf)\n", "impacts/eau.html");
  CHECK(r.html.find("src=\"../assets/img/schema.svg\"") != std::string::npos);
  CHECK(r.html.find("href=\"../assets/doc.pdf\"") != std::string::npos);
  REQUIRE(r.links.size() == 2);
  CHECK(r.links[0].target == "assets/img/schema.svg");
  CHECK(r.links[0].written == "../assets/img/schema.svg");
  CHECK(r.links[1].target == "assets/doc.pdf");
}
