// libFuzzer target: a page as an organisation edits it. Text → load::read_page (front matter,
// YAML, keys) → render::render_markdown (cmark-gfm, anchors, internal links, sections).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "diag/diagnostics.h"
#include "load/flat_yaml.h"
#include "load/front_matter.h"
#include "load/utf8.h"
#include "load/yaml_json.h"
#include "render/markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  // The loader refuses invalid UTF-8 before parsing (load::read_source); do the same.
  if (load::find_invalid_utf8(text).found) return 0;
  diag::Diagnostics diags;
  diags.add_source("pages/a/b.md", text);
  model::Page page;
  page.file = "pages/a/b.md";
  page.rel_path = "a/b.md";
  page.url = "a/b.html";
  if (load::read_page(text, page, diags)) {
    render::LinkResolver resolve = [](const std::string& target) -> std::optional<std::string> {
      if (target == "@/index.md") return std::string("index.html");
      if (target == "@/a/b.md") return std::string("a/b.html");
      return std::nullopt;
    };
    render::render_markdown(page.markdown, page.file, page.body_line, page.url, resolve, diags);
  }
  std::ostringstream sink;
  diags.print(sink);
  // The reader of flat front matter must read whatever it takes exactly as yaml-cpp does.
  if (auto flat = load::parse_flat_yaml_map("p.md", text, 2)) {
    diag::Diagnostics library_diags;
    const model::YamlDocument library = load::parse_yaml_with_library("p.md", text, library_diags, 2);
    if (flat->value != library.value || flat->values != library.values || flat->keys != library.keys ||
        flat->quoted != library.quoted || !library.ok)
      __builtin_trap();
  }
  return 0;
}
