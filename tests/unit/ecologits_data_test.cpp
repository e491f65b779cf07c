// The EcoLogits reference data of content/data/ecologits-*.yaml: the guide's own files load
// cleanly, and each kind of mistake an organisation could make is reported at its position.
#include <doctest/doctest.h>

#include <string>

#include "diag/diagnostics.h"
#include "load/ecologits_data.h"
#include "load/file_system.h"
#include "unit/memory_file_system.h"

namespace {

const char* const kMixes = R"(ecologits_version: "0.11.2"
zones:
  - code: FRA
    label: France
    adpe: {value: 4.858e-08, unit: kgSbeq/kWh, source: "EcoLogits", year: 2026}
    pe: {value: 9.3135, unit: MJ/kWh, source: "EcoLogits", year: 2026}
    gwp: {value: 0.04144, unit: kgCO2eq/kWh, source: "EcoLogits", year: 2026}
    wue: {value: 3.6737, unit: L/kWh, source: "EcoLogits", year: 2026}
)";

const char* const kProviders = R"(ecologits_version: "0.11.2"
providers:
  - id: mistralai
    label: Mistral AI
    zone: FRA
    pue: {value: 1.16, unit: sans unité, source: "EcoLogits", year: 2026}
    wue: {min: 0.09, max: 0.2, unit: L/kWh, source: "EcoLogits", year: 2026}
)";

std::string model(const std::string& provider, const std::string& arch, const std::string& active,
                  const std::string& total) {
  return "ecologits_version: \"0.11.2\"\nmodels:\n  - provider: " + provider + "\n    name: m\n    label: M\n"
         "    architecture: " + arch + "\n    active_params_b: " + active + "\n    total_params_b: " + total + "\n";
}

const std::string kCount = "{value: 8, unit: milliards, source: \"EcoLogits\", year: 2026}";

std::vector<diag::Diagnostic> diagnose(const std::string& models, const std::string& mixes = kMixes) {
  load::MemoryFileSystem fs;
  fs.add("c/data/ecologits-mixes.yaml", mixes);
  fs.add("c/data/ecologits-providers.yaml", kProviders);
  fs.add("c/data/ecologits-models.yaml", models);
  diag::Diagnostics diags;
  load::load_ecologits_data(fs, "c", diags);
  return diags.sorted();
}

}  // namespace

TEST_CASE("the guide's EcoLogits data load without a diagnostic") {
  load::DiskFileSystem fs;
  diag::Diagnostics diags;
  const auto data = load::load_ecologits_data(fs, std::string(GUIDE_SOURCE_DIR) + "/content", diags);
  for (const auto& d : diags.sorted()) INFO(diag::format_pos(d.pos) << ": " << d.message);
  REQUIRE_FALSE(diags.has_errors());
  CHECK(data["ecologits_version"] == "0.11.2");
  CHECK(data["models"].size() >= 40);
  CHECK(data["providers"].size() == 6);
  CHECK(data["zones"].size() >= 4);
}

TEST_CASE("valid data give no diagnostic, and no file gives no data") {
  CHECK(diagnose(model("mistralai", "moe", kCount, "{value: 119, unit: milliards, source: \"E\", year: 2026}")).empty());
  load::MemoryFileSystem empty;
  diag::Diagnostics diags;
  CHECK(load::load_ecologits_data(empty, "c", diags).is_null());
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("a parameter count without a source is reported on its line") {
  const auto all = diagnose(model("mistralai", "dense", "{value: 8, unit: milliards, year: 2026}", kCount));
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "missing 'source'");
  CHECK(all[0].pos.line == 7);
}

TEST_CASE("a dense model with two different counts, or an expert model activating more than it has, is refused") {
  auto all = diagnose(model("mistralai", "dense", kCount, "{value: 9, unit: milliards, source: \"E\", year: 2026}"));
  REQUIRE(all.size() == 1);
  CHECK(all[0].message.find("dense") != std::string::npos);
  all = diagnose(model("mistralai", "moe", "{min: 8, max: 30, unit: milliards, source: \"E\", year: 2026}", kCount));
  REQUIRE(all.size() == 1);
  CHECK(all[0].message.find("mixture of experts") != std::string::npos);
}

TEST_CASE("an unknown provider, an unknown zone, an inverted interval and another version are refused") {
  auto all = diagnose(model("mistral", "moe", kCount, kCount));
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "provider 'mistral' is not in ecologits-providers.yaml");
  std::string mixes = kMixes;
  mixes.replace(mixes.find("FRA"), 3, "SWE");
  all = diagnose(model("mistralai", "moe", kCount, kCount), mixes);
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "zone 'FRA' is not in ecologits-mixes.yaml");
  all = diagnose(model("mistralai", "dense", "{min: 30, max: 8, unit: milliards, source: \"E\", year: 2026}",
                   "{min: 30, max: 8, unit: milliards, source: \"E\", year: 2026}"));
  REQUIRE(all.size() == 2);
  CHECK(all[0].message == "'min' is above 'max'");
  std::string old = model("mistralai", "moe", kCount, kCount);
  old.replace(old.find("0.11.2"), 6, "0.9.1");
  all = diagnose(old);
  REQUIRE(all.size() == 1);
  CHECK(all[0].message.find("EcoLogits 0.9.1") != std::string::npos);
}
