// `guide serve`'s rebuild of one page (site/page_update.cpp): only when no other page shows what
// changed, with its links and the links to its anchors checked, the last good page kept on error.
// On a copy of the fixture site in a temporary folder (the update writes the site folder).
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/file_system.h"
#include "site/build_state.h"

namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write(const fs::path& path, const std::string& text) { std::ofstream(path) << text; }

struct Fixture {
  Fixture() {
    dir = fs::temp_directory_path() / ("guide-page-update-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy(std::string(GUIDE_TEST_DATA) + "/fixtures/mini", dir / "content", fs::copy_options::recursive);
    options.content_dir = (dir / "content").string();
    options.templates_dir = std::string(GUIDE_SOURCE_DIR) + "/templates";
    options.assets_dir = std::string(GUIDE_SOURCE_DIR) + "/assets";
    options.out_dir = (dir / "site").string();
    diag::Diagnostics diags;
    site::BuildStats stats;
    REQUIRE(site::build_site(disk, options, diags, stats, &state));
  }
  ~Fixture() { fs::remove_all(dir); }
  site::PageUpdate update(const std::string& rel, diag::Diagnostics& diags) {
    return site::update_page(state, disk, rel, diags);
  }
  fs::path page(const std::string& rel) const { return dir / "content" / "pages" / rel; }
  fs::path out(const std::string& rel) const { return dir / "site" / rel; }

  fs::path dir;
  load::DiskFileSystem disk;
  site::BuildOptions options;
  site::BuildState state;
};

}  // namespace

TEST_CASE("an edit to a page's text rebuilds that page alone") {
  Fixture f;
  const std::string eau = read(f.page("chapitre/eau.md"));
  write(f.page("chapitre/eau.md"), eau + "\nUne phrase nouvelle.\n\n## Un titre nouveau\n");
  diag::Diagnostics diags;
  CHECK(f.update("chapitre/eau.md", diags) == site::PageUpdate::updated);
  CHECK(diags.error_count() == 0);
  const std::string html = read(f.out("chapitre/eau.html"));
  CHECK(html.find("Une phrase nouvelle.") != std::string::npos);
  CHECK(html.find("<h2 id=\"un-titre-nouveau\">") != std::string::npos);
  CHECK_FALSE(fs::exists(f.out("chapitre/eau.html.guide-new")));
}

TEST_CASE("a page rebuilt alone is byte-identical to the same page from a full build") {
  // The full build prepares a page (dates written in, description, French typography) before
  // rendering; the one-page rebuild must prepare it the same way.
  Fixture f;
  for (const char* rel : {"chapitre/eau.md", "chapitre/air.md"}) {
    const std::string html_rel = std::string(rel).replace(std::string(rel).size() - 3, 3, ".html");
    const std::string built = read(f.out(html_rel));
    diag::Diagnostics diags;
    CHECK(f.update(rel, diags) == site::PageUpdate::updated);
    CHECK(read(f.out(html_rel)) == built);
  }
}

TEST_CASE("an edit other pages show needs the whole site built again") {
  Fixture f;
  write(f.page("chapitre/eau.md"), "---\ntitle: Un autre titre\ndescription: Ce que l'IA consomme en eau.\norder: 2\n---\n\nTexte.\n");
  diag::Diagnostics diags;
  CHECK(f.update("chapitre/eau.md", diags) == site::PageUpdate::needs_full_build);
  diag::Diagnostics new_page;
  CHECK(f.update("chapitre/nouvelle.md", new_page) == site::PageUpdate::needs_full_build);
}

TEST_CASE("a broken link fails the update and leaves the last good page") {
  Fixture f;
  const std::string before = read(f.out("chapitre/air.html"));
  write(f.page("chapitre/air.md"), read(f.page("chapitre/air.md")) + "\nVoir [x](@/nulle-part.md).\n");
  diag::Diagnostics diags;
  CHECK(f.update("chapitre/air.md", diags) == site::PageUpdate::failed);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.sorted()[0].message == "broken link: no page or tool '@/nulle-part.md'");
  CHECK(read(f.out("chapitre/air.html")) == before);
}

TEST_CASE("removing a heading another page links to fails the update") {
  Fixture f;
  // index.md links to @/chapitre/eau.md#refroidissement.
  const std::string before = read(f.out("chapitre/eau.html"));
  write(f.page("chapitre/eau.md"), "---\ntitle: L'eau\ndescription: Ce que l'IA consomme en eau.\norder: 2\n---\n\n## Autre chose\n\nTexte.\n");
  diag::Diagnostics diags;
  CHECK(f.update("chapitre/eau.md", diags) == site::PageUpdate::failed);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.sorted()[0].pos.file.find("pages/index.md") != std::string::npos);
  CHECK(diags.sorted()[0].message == "broken anchor: '@/chapitre/eau.md' has no '#refroidissement'");
  CHECK(read(f.out("chapitre/eau.html")) == before);
  // Put back: the anchor is there again, the update goes through.
  write(f.page("chapitre/eau.md"), "---\ntitle: L'eau\ndescription: Ce que l'IA consomme en eau.\norder: 2\n---\n\n## Refroidissement\n\nTexte revu.\n");
  diag::Diagnostics fixed;
  CHECK(f.update("chapitre/eau.md", fixed) == site::PageUpdate::updated);
  CHECK(read(f.out("chapitre/eau.html")).find("Texte revu.") != std::string::npos);
}
