// libFuzzer target: a bank as an organisation edits it. YAML text → load::parse_yaml (positions,
// duplicate keys, tabs) → check::check_bank (core validation, diagnostics at file:line:col) →
// when valid, the server-side form (render::render_bank) and one evaluation of empty answers.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "check/bank_check.h"
#include "core/evaluate.h"
#include "diag/diagnostics.h"
#include "load/utf8.h"
#include "load/yaml_json.h"
#include "render/tool_form.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  // The loader refuses invalid UTF-8 before parsing (load::read_source); do the same.
  if (load::find_invalid_utf8(text).found) return 0;
  diag::Diagnostics diags;
  diags.add_source("bank.yaml", text);
  load::YamlDocument doc = load::parse_yaml("bank.yaml", text, diags);
  core::CompiledBank compiled;
  if (doc.ok) compiled = check::check_bank(doc, diags);
  if (doc.ok && compiled.ok()) {
    render::LinkResolver resolve = [](const std::string& target) -> std::optional<std::string> {
      if (target == "@/index.md") return std::string("index.html");
      return std::nullopt;
    };
    render::render_bank(compiled.bank, "outils/fuzz.html", resolve);
    core::evaluate(doc.value.dump(), R"({"answers": {}})");
  }
  std::ostringstream sink;
  diags.print(sink);  // quoting lines and placing carets must cope with any position
  return 0;
}
