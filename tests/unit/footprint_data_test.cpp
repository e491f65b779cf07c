// The footprint reference data: the shipped YAML loads without diagnostics and drives the core;
// a number (or an interval) without a source and a year is refused with its position; a location
// names an EcoLogits zone that exists; footprint-data.js cannot break out of its script.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

#include "core/footprint.h"
#include "diag/diagnostics.h"
#include "load/file_system.h"
#include "load/footprint_data.h"
#include "render/footprint_data.h"
#include "unit/footprint_data_fixture.h"
#include "unit/memory_file_system.h"

namespace {

using Json = nlohmann::ordered_json;
using footprint_test::load_data;

}  // namespace

TEST_CASE("the shipped reference data loads cleanly and covers the required entries") {
  diag::Diagnostics diags;
  load::DiskFileSystem fs;
  Json ref = load::load_footprint_reference(fs, std::string(GUIDE_SOURCE_DIR) + "/content", diags);
  for (const auto& d : diags.sorted()) INFO(diag::format_pos(d.pos) << ": " << d.message);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(ref.is_object());
  CHECK(ref["data_version"].is_string());
  std::string codes;
  for (const auto& l : ref["locations"]) codes += l["code"].get<std::string>() + " ";
  for (const char* code : {"FR ", "EU27 ", "DE ", "IE ", "NL ", "US ", "WORLD "})
    CHECK(codes.find(code) != std::string::npos);
  // The accelerators in use today, each with its power and its memory, both sourced.
  for (const char* id : {"H100", "H100-PCIE", "H200", "B200", "L4", "L40S", "MI300X", "A100", "A100-SXM", "T4", "V100"}) {
    const Json* found = nullptr;
    for (const auto& h : ref["hardware"])
      if (h["id"] == id) found = &h;
    INFO(id);
    REQUIRE(found);
    CHECK((*found)["tdp_w"]["source"].is_string());
    CHECK((*found)["memory_gb"]["source"].is_string());
    CHECK_FALSE((*found)["tdp_w"].contains("locator"));  // kept in the YAML for readers only
    // A manufacturing figure with its source, but for the MI300X, whose inputs are not published
    // (the calculator names it); the Boavizta inputs stay in the YAML (boavizta_gpu_test.cpp).
    CHECK((*found).contains("embodied_kgco2e") == (std::string(id) != "MI300X"));
    if ((*found).contains("embodied_kgco2e")) CHECK((*found)["embodied_kgco2e"]["source"].is_string());
    CHECK_FALSE((*found).contains("boavizta"));
  }
  for (const auto& h : ref["hardware"])
    if (h["id"] == "H100") {
      CHECK(h["embodied_kgco2e"]["min"] == 164);
      CHECK(h["embodied_kgco2e"]["max"] == 575.1);
    }
  REQUIRE(ref["ecologits"]["models"].is_array());

  // With the shipped data, Mistral 7B (7.25 B in EcoLogits' registry), 500 tokens, PUE 1.2, in
  // France through EcoLogits' zone FRA (41.44 g/kWh), one million requests in one year:
  // 44.121274 kWh and 5.4381262 kg CO2e (EcoLogits 0.11.2).
  std::string input = core::footprint_with_reference(
      R"({"lifetime_years": 1, "items": [{"kind": "inference",
          "model": "huggingface_hub/mistralai/Mistral-7B-Instruct-v0.3",
          "output_tokens": 500, "requests_per_year": 1000000, "location": "FR"}]})",
      ref.dump());
  Json out = Json::parse(core::footprint(input));
  INFO(out["errors"].dump());
  REQUIRE(out["errors"].empty());
  CHECK(std::fabs(out["total"]["energy_kwh"].get<double>() - 44.121274) < 44.121274e-3);
  CHECK(std::fabs(out["total"]["co2e_kg"].get<double>() - 5.4381262) < 5.4381262e-3);
  CHECK(out["data_version"] == ref["data_version"]);

  // Cards that used to have no manufacturing figure now count theirs, over Boavizta's 3 years:
  // 2 H200 for 1 000 h, 2 x 1066.9 x 1000 / (3 x 8760) = 81.194825 kg; 2 L4, 8.645358 kg.
  for (auto [gpu, kg] : {std::pair<const char*, double>{"H200", 81.194825}, {"L4", 8.645358}}) {
    Json used = Json::parse(core::footprint(core::footprint_with_reference(
        std::string(R"({"items": [{"kind": "compute", "runtime_h": 1000, "gpus": 2, "location": "FR", "gpu": ")") + gpu +
            "\"}]}",
        ref.dump())));
    INFO(gpu << " " << used["errors"].dump());
    REQUIRE(used["errors"].empty());
    CHECK(std::fabs(used["items"][0]["co2e_embodied_kg"].get<double>() - kg) < 1e-5);
    CHECK_FALSE(used["items"][0]["details"].contains("embodied_missing_hardware"));
  }
}

TEST_CASE("a reference number without source or year is reported at its position") {
  auto all = load_data(
      "data_version: \"t\"\n"
      "factors:\n"
      "  pue_default: 1.56\n"
      "  network_kwh_per_gb: {value: 0.001, source: \"CCF\"}\n"
      "locatoins: []\n");
  REQUIRE(all.size() == 3);
  CHECK(all[0].pos.line == 3);
  CHECK(all[0].pos.col == 16);
  CHECK(all[0].message == "a number without its source");
  CHECK(all[1].pos.line == 4);
  CHECK(all[1].message.find("year") != std::string::npos);
  CHECK(all[2].pos.line == 5);
  CHECK(all[2].message.find("locatoins") != std::string::npos);
}

TEST_CASE("an interval needs its source and year too, and its bounds in order") {
  auto all = load_data(
      "data_version: \"t\"\n"
      "hardware:\n"
      "  - {id: g, type: gpu, tdp_w: {value: 1, source: s, year: 2020}, embodied_kgco2e: {min: 2, max: 1, year: 2020}}\n");
  REQUIRE(all.size() == 2);
  // In the order of their positions: the value's mapping, then its 'min'.
  CHECK(all[0].message == "this value has no 'source'");
  CHECK(all[0].pos.line == 3);
  CHECK(all[1].message == "'min' is above 'max'");
}

TEST_CASE("a location takes its values from an EcoLogits zone that exists, or gives its own") {
  Json ref;
  auto ok = load_data(
      "data_version: \"t\"\n"
      "locations:\n"
      "  - {code: FR, label: France, zone: FRA}\n"
      "  - {code: EU27, label: UE, carbon_intensity: {value: 214, source: AEE, locator: \"page 3\", year: 2023}}\n",
      &ref);
  CHECK(ok.empty());
  CHECK_FALSE(ref["locations"][1]["carbon_intensity"].contains("locator"));
  CHECK(ref["ecologits"]["zones"][0]["code"] == "FRA");
  auto bad = load_data(
      "data_version: \"t\"\n"
      "locations:\n"
      "  - {code: FR, label: France, zone: FRX}\n"
      "  - {code: DE, label: Allemagne}\n"
      "  - {code: BE, label: Belgique, zone: FRA, carbon_intensity: {value: 1, source: s, year: 2020}}\n");
  REQUIRE(bad.size() == 3);
  CHECK(bad[0].message == "this zone is not in ecologits-mixes.yaml");
  CHECK(bad[0].pos.line == 3);
  CHECK(bad[1].message == "a location needs an EcoLogits 'zone' or its own 'carbon_intensity'");
  CHECK(bad[2].message.find("not both") != std::string::npos);
}

TEST_CASE("a member defined in two footprint files is an error; models now come from EcoLogits") {
  load::MemoryFileSystem fs;
  fs.add("c/data/footprint-a.yaml", "data_version: \"a\"\nhardware: []\n");
  fs.add("c/data/footprint-b.yaml", "hardware: []\nmodels: []\n");
  fs.add("c/data/footprint-method.yaml", footprint_test::method_yaml());
  fs.add("c/data/footprint-messages.yaml", footprint_test::messages_yaml());
  diag::Diagnostics diags;
  load::load_footprint_reference(fs, "c", diags);
  auto all = diags.sorted();
  REQUIRE(all.size() == 2);
  CHECK(all[0].message == "'hardware' is already defined");
  CHECK(all[1].message == "unknown footprint data member 'models'");
  CHECK(all[1].notes[0].find("ecologits-models.yaml") != std::string::npos);
}

TEST_CASE("footprint-data.js escapes what could end the script") {
  Json ref = Json::object();
  ref["data_version"] = "</script><script>alert(1)</script> & \u2028";
  std::string js = render::footprint_data_script(ref);
  CHECK(js.rfind("window.GUIDE_FOOTPRINT_DATA=", 0) == 0);
  CHECK(js.find("</") == std::string::npos);
  CHECK(js.find('<') == std::string::npos);
  CHECK(js.find("\xE2\x80\xA8") == std::string::npos);
  CHECK(js.find("\\u003c/script>") != std::string::npos);  // '<' alone can end a script or open a comment
  CHECK(js.find("\\u2028\"") != std::string::npos);
  CHECK(js.substr(js.size() - 2) == ";\n");
}

TEST_CASE("the method's words are the content's, written for the method the core computes") {
  Json ref;
  CHECK(load_data("data_version: \"t\"\n", &ref).empty());
  CHECK(ref["method"]["text"] == "Calcul.");
  // The core prints them with every result, and has none of its own.
  const std::string with = core::footprint(core::footprint_with_reference(
      R"({"items": [{"kind": "equipment", "embodied_kgco2e": 300, "lifetime_years": 3}]})", ref.dump()));
  const Json result = Json::parse(with);
  CHECK(result["method"] == "Calcul.");
  CHECK(result["rounding"]["description"] == "Arrondi.");

  load::MemoryFileSystem fs;
  fs.add("c/data/footprint.yaml", "data_version: \"t\"\nmethod:\n  version: guide-empreinte-0\n  text: Ancien.\n");
  fs.add("c/data/footprint-messages.yaml", footprint_test::messages_yaml());
  diag::Diagnostics diags;
  load::load_footprint_reference(fs, "c", diags);
  auto all = diags.sorted();
  REQUIRE(all.size() == 2);
  CHECK(all[0].message == "'method' has no 'rounding'");
  CHECK(all[1].message == std::string("this text describes the method 'guide-empreinte-0', the core computes '") +
                              core::kFootprintMethodVersion + "'");
  CHECK(all[1].pos.line == 3);
  load::MemoryFileSystem none;
  none.add("c/data/footprint.yaml", "data_version: \"t\"\n");
  none.add("c/data/footprint-messages.yaml", footprint_test::messages_yaml());
  diag::Diagnostics missing;
  load::load_footprint_reference(none, "c", missing);
  REQUIRE(missing.error_count() == 1);
  CHECK(missing.sorted()[0].message == "the footprint reference data has no method, the words printed with every result");
}
