// The footprint reference data: the shipped YAML loads without diagnostics and drives the core;
// a number without a source is refused with its position; footprint-data.js cannot break out of
// its script.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/footprint.h"
#include "diag/diagnostics.h"
#include "load/footprint_data.h"
#include "render/footprint_data.h"

namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

fs::path temp_content(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("guide-footprint-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir / "data");
  return dir;
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("the shipped reference data loads cleanly and covers the required entries") {
  diag::Diagnostics diags;
  Json ref = load::load_footprint_reference(std::string(GUIDE_SOURCE_DIR) + "/content", diags);
  for (const auto& d : diags.sorted()) INFO(diag::format_pos(d.pos) << ": " << d.message);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(ref.is_object());
  CHECK(ref["data_version"].is_string());
  std::string codes;
  for (const auto& l : ref["locations"]) codes += l["code"].get<std::string>() + " ";
  for (const char* code : {"FR ", "EU27 ", "DE ", "IE ", "NL ", "US ", "WORLD "})
    CHECK(codes.find(code) != std::string::npos);
  std::string ids;
  for (const auto& h : ref["hardware"]) ids += h["id"].get<std::string>() + " ";
  for (const char* id : {"A100 ", "H100 ", "L4 ", "T4 ", "V100 ", "xeon-gold-6148 ", "epyc-7763 "})
    CHECK(ids.find(id) != std::string::npos);

  // With the shipped data, EcoLogits' E1 (7.3 B, 500 tokens, PUE 1.2, France mix 0.04418 kg/kWh)
  // gives 4.4151609e-5 kWh and 5.1635633e-6 kg CO2e per request: x 1e6 requests, 1 year.
  std::string input = core::footprint_with_reference(
      R"({"lifetime_years": 1, "items": [{"kind": "inference", "model": "mistral-7b",
          "output_tokens": 500, "requests_per_year": 1000000, "pue": 1.2, "location": "FR"}]})",
      ref.dump());
  Json out = Json::parse(core::footprint(input));
  REQUIRE(out["errors"].empty());
  CHECK(std::fabs(out["total"]["energy_kwh"].get<double>() - 44.151609) < 44.151609e-3);
  CHECK(std::fabs(out["total"]["co2e_kg"].get<double>() - 5.1635633) < 5.1635633e-3);
  CHECK(out["data_version"] == ref["data_version"]);
}

TEST_CASE("a reference number without source or year is reported at its position") {
  fs::path dir = temp_content("nosource");
  write(dir / "data" / "footprint.yaml",
        "data_version: \"t\"\n"
        "factors:\n"
        "  pue_default: 1.56\n"
        "  network_kwh_per_gb: {value: 0.001, source: \"CCF\"}\n"
        "locatoins: []\n");
  diag::Diagnostics diags;
  load::load_footprint_reference(dir.string(), diags);
  auto all = diags.sorted();
  REQUIRE(all.size() == 3);
  CHECK(all[0].pos.line == 3);
  CHECK(all[0].pos.col == 16);
  CHECK(all[0].message == "a number without its source");
  CHECK(all[1].pos.line == 4);
  CHECK(all[1].message.find("year") != std::string::npos);
  CHECK(all[2].pos.line == 5);
  CHECK(all[2].message.find("locatoins") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a member defined in two footprint files is an error") {
  fs::path dir = temp_content("twice");
  write(dir / "data" / "footprint-a.yaml", "data_version: \"a\"\nmodels: []\n");
  write(dir / "data" / "footprint-b.yaml", "models: []\n");
  diag::Diagnostics diags;
  load::load_footprint_reference(dir.string(), diags);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.sorted()[0].message == "'models' is already defined");
  fs::remove_all(dir);
}

TEST_CASE("footprint-data.js escapes what could end the script") {
  Json ref = Json::object();
  ref["data_version"] = "</script><script>alert(1)</script> & \u2028";
  std::string js = render::footprint_data_script(ref);
  CHECK(js.rfind("window.GUIDE_FOOTPRINT_DATA=", 0) == 0);
  CHECK(js.find("</") == std::string::npos);
  CHECK(js.find('<') == std::string::npos);
  CHECK(js.find('&') == std::string::npos);
  CHECK(js.find("\xE2\x80\xA8") == std::string::npos);
  CHECK(js.find("\\u003c/script\\u003e") != std::string::npos);
  CHECK(js.substr(js.size() - 2) == ";\n");
}
