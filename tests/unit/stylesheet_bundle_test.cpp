// The three stylesheets (screen, colour tokens, print) ship as one file: one request per page.
#include <doctest/doctest.h>

#include "site/site_extras.h"
#include "unit/memory_file_system.h"

namespace {

output::OutputTree bundle(load::MemoryFileSystem& fs, const nlohmann::ordered_json& colors,
                          diag::Diagnostics& diags) {
  site::BuildOptions options;
  model::Site site;
  if (!colors.is_null()) site.config["colors"] = colors;
  output::OutputTree tree;
  site::add_assets(fs, options, site, tree, diags);
  return tree;
}

}  // namespace

TEST_CASE("site.css, the colour tokens and print.css become one stylesheet") {
  load::MemoryFileSystem fs;
  fs.add("assets/css/site.css", "body { color: var(--text); }");
  fs.add("assets/css/print.css", "@page { size: A4; }\nnav { display: none; }\n");
  fs.add("assets/js/search.js", "//");
  diag::Diagnostics diags;
  output::OutputTree tree = bundle(fs, {{"accent", "#1f4e8c"}}, diags);
  CHECK(diags.error_count() == 0);
  REQUIRE(tree.files.count("assets/css/site.css") == 1);
  CHECK(tree.files.count("assets/theme.css") == 0);
  CHECK(tree.files.at("assets/css/site.css") ==
        "body { color: var(--text); }\n"
        "/* Colour tokens from site.yaml */\n:root {\n  --accent: #1f4e8c;\n}\n"
        "@media print {\n@page { size: A4; }\nnav { display: none; }\n}\n");
  // Only the other assets are copied as they are.
  REQUIRE(tree.copies.size() == 1);
  CHECK(tree.copies[0].second == "assets/js/search.js");
}

TEST_CASE("without print.css the bundle has no print block, and a bad colour is an error") {
  load::MemoryFileSystem fs;
  fs.add("assets/css/site.css", "main {}\n");
  diag::Diagnostics diags;
  output::OutputTree tree = bundle(fs, {{"accent", "red; } body { x"}}, diags);
  CHECK(diags.error_count() == 1);
  CHECK(tree.files.at("assets/css/site.css") == "main {}\n/* Colour tokens from site.yaml */\n:root {\n}\n");
}
