// site.yaml's audiences and footer pages (check/site_config_check.h).
#include <doctest/doctest.h>

#include "check/site_config_check.h"
#include "load/content_loader.h"
#include "load/file_system.h"
#include "unit/memory_file_system.h"

namespace {

model::Site site_with(const std::string& site_yaml, diag::Diagnostics& diags) {
  load::MemoryFileSystem fs;
  fs.add("c/site.yaml", site_yaml);
  fs.add("c/pages/index.md", "---\ntitle: Accueil\ndescription: d\n---\nTexte.\n");
  fs.add("c/pages/sources.md", "---\ntitle: Sources\ndescription: d\n---\nTexte.\n");
  model::Site site = load::load_site(fs, "c", diags);
  check::check_site_config(site, diags);
  return site;
}

}  // namespace

TEST_CASE("site.yaml: footer pages and audiences as written pass") {
  diag::Diagnostics diags;
  const model::Site site =
      site_with("audiences:\n  dsi: DSI et DNUM\nfooter_pages:\n  - page: sources.md\n    label: Sources\n", diags);
  CHECK(diags.sorted().empty());
  // What layout reads: the checked footer pages, with their URLs.
  REQUIRE(site.footer_pages.size() == 1);
  CHECK(site.footer_pages[0].label == "Sources");
  CHECK(site.footer_pages[0].url == "sources.html");
}

TEST_CASE("site.yaml: a footer page that is not a page is an error at its 'page', with a guess") {
  diag::Diagnostics diags;
  site_with("footer_pages:\n  - page: source.md\n    label: Sources\n  - {page: index.md}\n", diags);
  auto all = diags.sorted();
  REQUIRE(all.size() == 2);
  CHECK(all[0].message == "footer page 'source.md' is not a page of the site");
  CHECK(all[0].pos.line == 2);
  CHECK(all[0].pos.col == 11);
  CHECK(all[0].notes[0] == "did you mean 'sources.md'?");
  CHECK(all[1].message == "a footer page is {page: FILE.md, label: TEXT}, and nothing else");
  CHECK(all[1].pos.line == 4);
}

TEST_CASE("site.yaml: audiences must map ids to texts") {
  diag::Diagnostics diags;
  site_with("audiences: [dsi]\n", diags);
  auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "'audiences' must map each audience id to its label");
  diag::Diagnostics label;
  site_with("audiences:\n  dsi: [a]\n", label);
  REQUIRE(label.sorted().size() == 1);
  CHECK(label.sorted()[0].message == "the label of audience 'dsi' must be a text");
  CHECK(label.sorted()[0].pos.line == 2);
}
