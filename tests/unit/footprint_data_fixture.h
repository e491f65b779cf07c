#pragma once
// The footprint loader's unit tests: reference YAML loaded from memory, beside an EcoLogits zone
// table that holds just enough for a location to name FRA.
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/footprint.h"
#include "diag/diagnostics.h"
#include "load/file_system.h"
#include "load/footprint_data.h"
#include "unit/memory_file_system.h"

namespace footprint_test {

inline const char* const kMixes =
    "ecologits_version: \"0.11.2\"\n"
    "zones:\n"
    "  - {code: FRA, label: France, adpe: {value: 4.858e-08, unit: u, source: s, year: 2026},\n"
    "     pe: {value: 9.3, unit: u, source: s, year: 2026}, gwp: {value: 0.04144, unit: u, source: s, year: 2026},\n"
    "     wue: {value: 3.67, unit: u, source: s, year: 2026}}\n";

/// The words printed with every result, for the core's method version, in a file of their own.
inline std::string method_yaml() {
  return std::string("method: {version: ") + core::kFootprintMethodVersion + ", text: Calcul., rounding: Arrondi.}\n";
}

/// The repository's words for the engine's messages (content/data/footprint-messages.yaml).
inline std::string messages_yaml() {
  std::ifstream in(GUIDE_SOURCE_DIR "/content/data/footprint-messages.yaml", std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// Loads `footprint_yaml` as content/data/footprint.yaml (beside footprint-method.yaml, which
/// holds method_yaml(), and the repository's footprint-messages.yaml); its diagnostics, sorted.
inline std::vector<diag::Diagnostic> load_data(const std::string& footprint_yaml,
                                               nlohmann::ordered_json* out = nullptr) {
  load::MemoryFileSystem fs;
  fs.add("c/data/footprint.yaml", footprint_yaml);
  fs.add("c/data/footprint-method.yaml", method_yaml());
  fs.add("c/data/footprint-messages.yaml", messages_yaml());
  fs.add("c/data/ecologits-mixes.yaml", kMixes);
  diag::Diagnostics diags;
  nlohmann::ordered_json ref = load::load_footprint_reference(fs, "c", diags);
  if (out) *out = ref;
  return diags.sorted();
}

}  // namespace footprint_test
