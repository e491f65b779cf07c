// libFuzzer target: a bank as an organisation edits it. YAML text → load::parse_yaml (positions,
// duplicate keys, tabs) → check::check_banks (core validation, diagnostics at file:line:col) →
// when valid, the tool's pages (its render module) and one evaluation of empty answers.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "check/tool_check.h"
#include "core/evaluate.h"
#include "diag/diagnostics.h"
#include "templating/templates.h"
#include "load/file_system.h"
#include "load/template_files.h"
#include "load/utf8.h"
#include "load/yaml_json.h"
#include "render/tool_kind.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  // The loader refuses invalid UTF-8 before parsing (load::read_source); do the same.
  if (load::find_invalid_utf8(text).found) return 0;
  diag::Diagnostics diags;
  diags.add_source("bank.yaml", text);
  model::Site site;
  model::Bank bank;
  bank.file = "bank.yaml";
  bank.doc = load::parse_yaml("bank.yaml", text, diags);
  if (bank.doc.ok && bank.doc.value.is_object() && bank.doc.value.contains("id") && bank.doc.value["id"].is_string())
    bank.id = bank.doc.value["id"].get<std::string>();
  if (bank.doc.ok) site.banks.push_back(std::move(bank));
  for (model::Tool& tool : check::check_banks(site, nullptr, diags)) {
    render::LinkResolver resolve = [](const std::string& target) -> std::optional<std::string> {
      if (target == "@/index.md") return std::string("index.html");
      return std::nullopt;
    };
    // The site's own templates, loaded once: the pages are drawn as the site draws them.
    static const templating::Templates templates = [] {
      templating::Templates t;
      diag::Diagnostics ignored;
      load::DiskFileSystem disk;
      t.compile(load::load_template_files(disk, GUIDE_TEMPLATES_DIR, ignored), {}, ignored);
      return t;
    }();
    std::vector<std::string> unknown;
    render::ToolContext ctx{resolve, templates, unknown};
    const render::ToolModule& module = render::tool_module(tool.kind);
    module.find_anchors(tool);
    module.render(tool, ctx);
    core::evaluate(tool.source->doc.value.dump(), R"({"answers": {}})");
  }
  std::ostringstream sink;
  diags.print(sink);  // quoting lines and placing carets must cope with any position
  return 0;
}
