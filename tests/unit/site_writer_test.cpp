// The write stage through load::FileSystem: the site is staged beside its target and swapped in,
// in memory here (MemoryFileSystem), as on disk; a failed write leaves the previous site whole.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "diag/diagnostics.h"
#include "load/file_system.h"
#include "parallel/parallel_for.h"
#include "site/site_builder.h"
#include "unit/memory_file_system.h"
#include "write/site_writer.h"

namespace {

std::string read(const load::FileSystem& fs, const std::string& path) {
  std::string text, error;
  return fs.read(path, text, error) ? text : "<" + error + ">";
}

}  // namespace

TEST_CASE("the site writer stages every file, then swaps the new site in for the old one") {
  load::MemoryFileSystem fs;
  fs.add("/m/site/old.html", "old");
  fs.add("/m/assets/logo.svg", "<svg/>");
  diag::Diagnostics diags;
  {
    output::SiteWriter writer(fs, "/m/site");
    REQUIRE(writer.begin(diags));
    CHECK(fs.is_directory(writer.staging()));
    CHECK(writer.staging().rfind("/m/.site.new.", 0) == 0);
    writer.add("index.html", "accueil");
    writer.add_streamed("assets/search-index.js", [](const output::Append& append) {
      append("a");
      append("b");
    });
    // The pages are written from every core at once.
    parallel::for_each_index(500, [&](size_t i) { writer.add("p/" + std::to_string(i) + ".html", "x"); });
    CHECK(read(fs, "/m/site/old.html") == "old");  // nothing of the new site shows before the swap
    output::OutputTree rest;
    rest.files["sitemap.xml"] = "<urlset/>";
    rest.copies.emplace_back("/m/assets/logo.svg", "assets/logo.svg");
    REQUIRE(writer.commit(rest, diags));
  }
  CHECK_FALSE(diags.has_errors());
  CHECK(read(fs, "/m/site/index.html") == "accueil");
  CHECK(read(fs, "/m/site/assets/search-index.js") == "ab");
  CHECK(read(fs, "/m/site/sitemap.xml") == "<urlset/>");
  CHECK(read(fs, "/m/site/assets/logo.svg") == "<svg/>");
  CHECK(read(fs, "/m/site/p/499.html") == "x");
  CHECK_FALSE(fs.is_file("/m/site/old.html"));  // the old site is gone, not merged
  // Nothing is left beside the site: no staging, no retired copy.
  for (const std::string& rel : fs.list_files("/m")) CHECK((rel.rfind("site/", 0) == 0 || rel.rfind("assets/", 0) == 0));
  CHECK(fs.list_files("/m/site").size() == 504);
}

TEST_CASE("a write that fails leaves the previous site as it was, and no staging folder") {
  load::MemoryFileSystem fs;
  fs.add("/m/site/index.html", "previous");
  diag::Diagnostics diags;
  std::string staging;
  {
    output::SiteWriter writer(fs, "/m/site/");
    REQUIRE(writer.begin(diags));
    staging = writer.staging();
    fs.fail_writes_below(staging + "/assets");
    writer.add("index.html", "new");
    writer.add("assets/site.css", "body{}");
    CHECK_FALSE(writer.commit({}, diags));
  }
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.sorted()[0].message == "cannot write the site: assets/site.css: Permission denied");
  CHECK(read(fs, "/m/site/index.html") == "previous");
  CHECK_FALSE(fs.exists(staging));
}

TEST_CASE("an uncommitted writer removes its staging folder; a file in the way is refused") {
  load::MemoryFileSystem fs;
  diag::Diagnostics diags;
  std::string staging;
  {
    output::SiteWriter writer(fs, "/m/site");
    REQUIRE(writer.begin(diags));
    staging = writer.staging();
    writer.add("index.html", "x");
    CHECK(fs.is_file(staging + "/index.html"));
  }
  CHECK_FALSE(fs.exists(staging));
  CHECK_FALSE(fs.exists("/m/site"));
  fs.add("/m/file", "keep");
  output::SiteWriter writer(fs, "/m/file");
  CHECK_FALSE(writer.begin(diags));
  CHECK(diags.sorted()[0].message == "the output path exists and is not a folder");
  CHECK(read(fs, "/m/file") == "keep");
}

TEST_CASE("the memory file system's write side behaves as a disk's") {
  load::MemoryFileSystem fs;
  std::string error;
  CHECK(fs.make_directories("/a/empty", error));
  CHECK(fs.is_directory("/a/empty"));
  CHECK(fs.is_directory("/a"));
  CHECK(fs.list_files("/a").empty());
  fs.add("/a/f", "1");
  CHECK_FALSE(fs.write("/a/f/g", [](const load::Append&) {}, error));
  CHECK(error == "Not a directory");
  CHECK_FALSE(fs.write("/a/empty", [](const load::Append&) {}, error));
  CHECK(error == "Is a directory");
  CHECK_FALSE(fs.rename("/a/none", "/b", error));
  CHECK(fs.rename("/a", "/b", error));
  CHECK(read(fs, "/b/f") == "1");
  CHECK(fs.is_directory("/b/empty"));
  CHECK_FALSE(fs.exists("/a"));
  fs.add("/c/x", "");
  CHECK_FALSE(fs.rename("/b", "/c", error));  // onto a folder that exists
  fs.remove_tree("/b");
  CHECK_FALSE(fs.exists("/b/f"));
  CHECK_FALSE(fs.exists("/b/empty"));
  CHECK(fs.is_file("/c/x"));
  // One page replaced at once (guide serve), in a folder that must exist.
  CHECK(fs.replace("/c", "x", "new", error));
  CHECK(read(fs, "/c/x") == "new");
  CHECK_FALSE(fs.replace("/gone", "x", "new", error));
}

TEST_CASE("on disk, a page is replaced through a temporary file that does not stay") {
  namespace stdfs = std::filesystem;
  const stdfs::path dir = stdfs::temp_directory_path() / ("guide-replace-" + std::to_string(::getpid()));
  stdfs::create_directories(dir / "a");
  load::DiskFileSystem disk;
  std::string error;
  REQUIRE(disk.write((dir / "a/p.html").string(), [](const load::Append& append) { append("old"); }, error));
  CHECK(disk.replace(dir.string(), "a/p.html", "new", error));
  CHECK(read(disk, (dir / "a/p.html").string()) == "new");
  CHECK(disk.list_files(dir.string()) == std::vector<std::string>{"a/p.html"});
  CHECK_FALSE(disk.replace(dir.string(), "missing/p.html", "x", error));
  CHECK(disk.list_files(dir.string()) == std::vector<std::string>{"a/p.html"});
  disk.remove_tree(dir.string());
  CHECK_FALSE(stdfs::exists(dir));
}

TEST_CASE("a whole site builds into memory, and its diagnostics quote lines read through the file system") {
  load::MemoryFileSystem fs;
  // The repository's templates, copied into memory.
  const load::DiskFileSystem disk;
  const std::string templates = std::string(GUIDE_SOURCE_DIR) + "/templates";
  for (const std::string& rel : disk.list_files(templates)) fs.add("t/" + rel, read(disk, templates + "/" + rel));
  fs.add("a/img/logo.svg", "<svg/>");
  fs.add("c/pages/index.md", "---\ntitle: Accueil\ndescription: D\n---\nTexte.\n");
  fs.add("c/pages/autre.md", "---\ntitle: Autre\ndescription: D\n---\nTexte.\n");
  site::BuildOptions options;
  options.content_dir = "c";
  options.templates_dir = "t";
  options.assets_dir = "a";
  const std::string out = "/guide-in-memory-" + std::to_string(reinterpret_cast<uintptr_t>(&fs)) + "/site";
  options.out_dir = out;
  diag::Diagnostics diags;
  site::BuildStats stats;
  const bool built = site::build_site(fs, options, diags, stats);
  std::ostringstream why;
  diags.print(why, load::source_reader(fs));
  INFO(why.str());
  REQUIRE(built);
  CHECK(read(fs, out + "/index.html").find("<h1>Accueil</h1>") != std::string::npos);
  CHECK(read(fs, out + "/autre.html").find("<title>Autre") != std::string::npos);
  CHECK(fs.is_file(out + "/assets/search-index.js"));
  CHECK(read(fs, out + "/assets/img/logo.svg") == "<svg/>");  // copied through the file system
  CHECK_FALSE(std::filesystem::exists(out.substr(0, out.rfind('/'))));  // nothing reached the disk

  diag::Diagnostics later;
  later.error({"c/pages/autre.md", 2, 8}, "a title");  // a file the diagnostics were not given
  std::ostringstream quoted, bare;
  later.print(quoted, load::source_reader(fs));
  later.print(bare);
  CHECK(quoted.str().find("title: Autre") != std::string::npos);
  CHECK(bare.str().find("title: Autre") == std::string::npos);
}
