// A page with only a title builds: its description is the first paragraph (render/markdown.h).
#include <doctest/doctest.h>

#include <sstream>

#include "load/front_matter.h"
#include "render/markdown.h"

TEST_CASE("a front matter without description is a warning, not an error") {
  model::Page page;
  page.file = "p.md";
  diag::Diagnostics diags;
  const std::string text = "---\ntitle: Seulement un titre\n---\n\nPremier paragraphe.\n";
  diags.add_source("p.md", text);
  CHECK(load::read_page(text, page, diags));
  CHECK(diags.error_count() == 0);
  REQUIRE(diags.warning_count() == 1);
  CHECK(page.description.empty());
  std::ostringstream out;
  diags.print(out);
  CHECK(out.str().find("p.md:2:1: warning: missing 'description' in front matter: the first "
                       "paragraph stands in for it") != std::string::npos);
}

TEST_CASE("the description is the first paragraph's text, as the page shows it") {
  CHECK(render::first_paragraph_text("## Titre\n\nLe *premier* paragraphe,\nsur deux lignes.\n\nLe second.\n") ==
        "Le premier paragraphe, sur deux lignes.");
  CHECK(render::first_paragraph_text("L'IA et le \"cloud\" : [un lien](@/a.md) et `du code`.\n") ==
        "L’IA et le “cloud” : un lien et du code.");
  // A list or a quote first: the first paragraph anywhere.
  CHECK(render::first_paragraph_text("- un point\n- un autre\n") == "un point");
  CHECK(render::first_paragraph_text("| a | b |\n|---|---|\n| 1 | 2 |\n\nAprès le tableau.\n") ==
        "Après le tableau.");
  CHECK(render::first_paragraph_text("## Rien que des titres\n").empty());
  CHECK(render::first_paragraph_text("").empty());
}

TEST_CASE("a long first paragraph is cut at a word, within the limit") {
  std::string words;
  for (int i = 0; i < 80; ++i) words += "énergie ";
  const std::string d = render::first_paragraph_text(words);
  CHECK(d.size() > 100);
  CHECK(d.compare(d.size() - 3, 3, "…") == 0);
  size_t chars = 0;
  for (unsigned char c : d) chars += (c & 0xC0) != 0x80;
  CHECK(chars <= render::kMaxDerivedDescription + 1);
  CHECK(d.find("énergie …") == std::string::npos);  // no space before the ellipsis
}
