// libFuzzer target: an answers file as a user imports it (or as a shared link carries it) — the
// least trusted input of all, read by the same core in the browser. Evaluated against a real
// bank of the guide (the 7-criteria grid, embedded at build time as GUIDE_FUZZ_BANK).
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "core/evaluate.h"
#include "diag/diagnostics.h"
#include "load/yaml_json.h"

namespace {

const core::CompiledBank& bank() {
  static const core::CompiledBank compiled = [] {
    std::ifstream in(GUIDE_FUZZ_BANK, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    diag::Diagnostics diags;
    model::YamlDocument doc = load::parse_yaml(GUIDE_FUZZ_BANK, text.str(), diags);
    return core::compile_bank_text(doc.value.dump());
  }();
  return compiled;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  core::evaluate(bank(), std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
