// Robustness of the load, layout and write stages on bad input, in memory where possible:
// oversized files are refused before being read, colliding output paths and reserved paths are
// errors, an unclosed YAML flow is reported at its opener, template tags are located, and the
// output folder guard refuses targets the swap would destroy.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "load/content_loader.h"
#include "load/template_files.h"
#include "load/yaml_json.h"
#include "site/site_builder.h"
#include "templating/templates.h"
#include "unit/memory_file_system.h"
#include "write/site_writer.h"

namespace {

// A file system that claims a huge file and fails the test if anyone reads it.
class HugeFileSystem : public load::MemoryFileSystem {
 public:
  explicit HugeFileSystem(std::string huge) : huge_(std::move(huge)) {}
  bool read(const std::string& path, std::string& contents, std::string& error) const override {
    if (path == huge_) ++reads_of_huge;
    return MemoryFileSystem::read(path, contents, error);
  }
  long long file_size(const std::string& path) const override {
    return path == huge_ ? 100LL * 1024 * 1024 : MemoryFileSystem::file_size(path);
  }
  mutable int reads_of_huge = 0;

 private:
  std::string huge_;
};

const char* const kPage = "---\ntitle: T\ndescription: D\n---\nTexte.\n";

std::string printed(const diag::Diagnostics& diags) {
  std::ostringstream out;
  diags.print(out);
  return out.str();
}

void add_templates(load::MemoryFileSystem& fs) {
  for (const char* name : {"base", "page", "404", "sitemap", "search", "topics", "tool", "partials/task-box", "partials/topic-entry"}) {
    fs.add(std::string("t/") + name + ".mustache", "<p>{{title}}</p>");
  }
}

}  // namespace

TEST_CASE("a 100 MB page is refused from its size, never read") {
  HugeFileSystem fs("c/pages/huge.md");
  fs.add("c/pages/index.md", kPage);
  fs.add("c/pages/huge.md", "");  // the size comes from file_size()
  diag::Diagnostics diags;
  model::Site site = load::load_site(fs, "c", diags);
  CHECK(fs.reads_of_huge == 0);
  CHECK(diags.error_count() == 1);
  CHECK(printed(diags).find("c/pages/huge.md: error: file is too large (100 MB; the limit is 8 MB)") !=
        std::string::npos);
  CHECK(site.pages.size() == 1);
}

TEST_CASE("pages whose output paths differ only by case are an error") {
  load::MemoryFileSystem fs;
  fs.add("c/pages/index.md", kPage);
  fs.add("c/pages/Guide/Eau.md", kPage);
  fs.add("c/pages/guide/eau.md", kPage);
  fs.add("c/pages/guide/air.md", kPage);
  diag::Diagnostics diags;
  load::load_site(fs, "c", diags);
  REQUIRE(diags.error_count() == 1);
  CHECK(printed(diags).find("c/pages/guide/eau.md: error: page 'guide/eau.md' collides with "
                            "'Guide/Eau.md': on a case-insensitive disk (Windows, macOS) both are "
                            "written to guide/eau.html") != std::string::npos);
}

TEST_CASE("pages written where the generator writes its own files are errors") {
  load::MemoryFileSystem fs;
  add_templates(fs);
  fs.add("c/pages/index.md", kPage);
  fs.add("c/pages/Plan-du-site.md", kPage);
  fs.add("c/pages/assets/x.md", kPage);
  fs.add("c/pages/outils/index.md", kPage);
  site::BuildOptions options;
  options.content_dir = "c";
  options.templates_dir = "t";
  options.write = false;
  diag::Diagnostics diags;
  site::BuildStats stats;
  CHECK_FALSE(site::build_site(fs, options, diags, stats));
  CHECK(diags.error_count() == 3);
  const std::string out = printed(diags);
  CHECK(out.find("c/pages/Plan-du-site.md: error: page 'Plan-du-site.md' would be written to "
                 "Plan-du-site.html, which is reserved for the special page plan-du-site.html") !=
        std::string::npos);
  CHECK(out.find("c/pages/assets/x.md: error: page 'assets/x.md' would be written to assets/x.html, "
                 "which is reserved for the folder assets/ (styles, scripts)") != std::string::npos);
  CHECK(out.find("c/pages/outils/index.md: error: page 'outils/index.md' would be written to "
                 "outils/index.html, which is reserved for the folder outils/") != std::string::npos);
}

TEST_CASE("an unclosed YAML flow is reported at its opener, with a fix") {
  diag::Diagnostics diags;
  load::parse_yaml("b.yaml", "id: x\nsections:\n  - title: [Le besoin\n    id: s\n", diags);
  REQUIRE(diags.error_count() == 1);
  diag::Diagnostic d = diags.sorted().front();
  CHECK(d.pos.line == 3);
  CHECK(d.pos.col == 12);
  CHECK(d.message == "YAML syntax: this '[' is never closed");
  REQUIRE(d.notes.size() == 2);
  CHECK(d.notes[0].find("put the whole value in double quotes") != std::string::npos);

  // Brackets inside quotes and comments are not openers.
  diag::Diagnostics quoted;
  load::parse_yaml("b.yaml", "a: \"[x\" # [y\nb: {c: 1\n", quoted);
  REQUIRE(quoted.error_count() == 1);
  CHECK(quoted.sorted().front().pos.line == 2);
  CHECK(quoted.sorted().front().pos.col == 4);
}

TEST_CASE("an undefined template name and a missing partial are reported at the tag") {
  load::MemoryFileSystem fs;
  fs.add("t/page.mustache", "<h1>{{title}}</h1>\n<p>{{ titel }}</p>\n{{> pied}}\n");
  fs.add("t/partials/pieds.mustache", "<footer></footer>");
  templating::Templates templates;
  diag::Diagnostics diags;
  REQUIRE(templates.compile(load::load_template_files(fs, "t", diags), {"page"}, diags));
  templating::Data data;
  data.set("title", "Titre");
  std::vector<std::string> unknown;
  templates.render("page", data, unknown);
  REQUIRE(unknown.size() == 2);
  for (const std::string& entry : unknown) templates.report_unknown(entry, "t", diags);
  const std::vector<diag::Diagnostic> d = diags.sorted();
  REQUIRE(d.size() == 2);
  CHECK(diag::format_pos(d[0].pos) == "t/page.mustache:2:4");
  CHECK(d[0].message == "template uses an undefined name '{{titel}}'");
  CHECK(d[0].notes.front() == "did you mean '{{title}}'?");
  CHECK(diag::format_pos(d[1].pos) == "t/page.mustache:3:1");
  CHECK(d[1].message == "missing partial 'pied' (no file t/partials/pied.mustache)");
  CHECK(d[1].notes.front() == "did you mean '{{> pieds}}'?");
}

TEST_CASE("the output folder guard refuses what the swap would destroy") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("guide-robust-" + std::to_string(::getpid()));
  fs::create_directories(dir / "content" / "pages");
  std::ofstream(dir / "file.txt") << "keep";
  const std::string d = dir.string();
  const std::vector<std::string> keep = {d + "/content", d + "/templates"};
  load::DiskFileSystem disk;
  diag::Diagnostics diags;
  CHECK_FALSE(output::check_out_dir(disk, d + "/file.txt", keep, diags));
  CHECK_FALSE(output::check_out_dir(disk, d, keep, diags));
  CHECK_FALSE(output::check_out_dir(disk, d + "/content", keep, diags));
  CHECK_FALSE(output::check_out_dir(disk, d + "/content/", keep, diags));
  CHECK_FALSE(output::check_out_dir(disk, d + "/content/pages/..", keep, diags));
  CHECK(diags.error_count() == 5);
  diag::Diagnostics fine;
  CHECK(output::check_out_dir(disk, d + "/site", keep, fine));
  CHECK(output::check_out_dir(disk, d + "/content-site", keep, fine));  // a name prefix is not a parent
  CHECK(fine.error_count() == 0);

  output::SiteWriter writer(disk, d + "/file.txt");
  CHECK_FALSE(writer.begin(fine));
  std::ifstream in(dir / "file.txt");
  std::string text;
  in >> text;
  CHECK(text == "keep");
  fs::remove_all(dir);
}
