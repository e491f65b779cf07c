#include <doctest/doctest.h>

#include <sstream>

#include "load/front_matter.h"

namespace {

struct Parsed {
  bool ok;
  model::Page page;
  std::string diagnostics;
};

Parsed parse(const std::string& text) {
  Parsed p;
  p.page.file = "p.md";
  diag::Diagnostics diags;
  diags.add_source("p.md", text);
  p.ok = load::read_page(text, p.page, diags);
  std::ostringstream out;
  diags.print(out);
  p.diagnostics = out.str();
  return p;
}

}  // namespace

TEST_CASE("front matter fields are read and the body starts after the closing line") {
  Parsed p = parse("---\ntitle: Titre\ndescription: \"Eau : chiffres\"\norder: 3\n"
                   "audience: [acheteur, dsi]\ndraft: false\nreading_time: 4\n---\nCorps\n");
  REQUIRE(p.ok);
  CHECK(p.page.title == "Titre");
  CHECK(p.page.description == "Eau : chiffres");
  CHECK(p.page.order == 3);
  CHECK(p.page.audience == std::vector<std::string>{"acheteur", "dsi"});
  CHECK(p.page.reading_time == 4);
  CHECK(p.page.markdown == "Corps\n");
  CHECK(p.page.body_line == 9);
  CHECK(p.diagnostics.empty());
}

TEST_CASE("an unknown key is a warning with a suggestion, at the key's position") {
  Parsed p = parse("---\ntitle: T\ndescription: D\ntitel: X\n---\n");
  CHECK(p.ok);
  CHECK(p.diagnostics.find("p.md:4:1: warning: unknown front-matter key 'titel' (ignored)") == 0);
  CHECK(p.diagnostics.find("note: did you mean 'title'?") != std::string::npos);
}

TEST_CASE("missing or unclosed front matter is an error at line 1") {
  CHECK(parse("Pas de front matter\n").diagnostics.find("p.md:1:1: error: missing front matter") == 0);
  CHECK(parse("---\ntitle: T\n").diagnostics.find("p.md:1:1: error: front matter is not closed") == 0);
}

TEST_CASE("a French colon in an unquoted value points at the colon and says to quote") {
  Parsed p = parse("---\ntitle: T\ndescription: Eau, métaux : chiffres\n---\n");
  CHECK_FALSE(p.ok);
  CHECK(p.diagnostics.find("p.md:3:") == 0);
  CHECK(p.diagnostics.find("put the whole value in double quotes") != std::string::npos);
}

TEST_CASE("wrong types and unknown audiences are errors with their exact position") {
  Parsed p = parse("---\ntitle: T\ndescription: D\norder: premier\naudience: [acheteurs]\n---\n");
  CHECK_FALSE(p.ok);
  CHECK(p.diagnostics.find("p.md:4:8: error: 'order' must be a whole number") != std::string::npos);
  CHECK(p.diagnostics.find("p.md:5:12: error: unknown audience 'acheteurs'") != std::string::npos);
  CHECK(p.diagnostics.find("did you mean 'acheteur'?") != std::string::npos);
}

TEST_CASE("duplicate keys and tabs are reported") {
  CHECK(parse("---\ntitle: A\ntitle: B\ndescription: D\n---\n").diagnostics.find(
            "p.md:3:1: error: duplicate key 'title'") == 0);
  CHECK(parse("---\ntitle: A\n\tdescription: D\n---\n").diagnostics.find(
            "p.md:3:1: error: tab character in indentation") == 0);
}

TEST_CASE("search_weight is a number above 0 and at most 10") {
  Parsed p = parse("---\ntitle: T\ndescription: D\nsearch_weight: 0.1\n---\n");
  REQUIRE(p.ok);
  CHECK(p.page.search_weight == 0.1);
  CHECK(parse("---\ntitle: T\ndescription: D\n---\n").page.search_weight == 1);
  for (const char* bad : {"0", "-1", "11", "faible"}) {
    Parsed b = parse(std::string("---\ntitle: T\ndescription: D\nsearch_weight: ") + bad + "\n---\n");
    CHECK_FALSE(b.ok);
    CHECK(b.diagnostics.find("p.md:4:16: error: 'search_weight' must be a number above 0 and at most 10") == 0);
  }
}
