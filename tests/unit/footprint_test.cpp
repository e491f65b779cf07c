// Worked examples of the footprint estimator, computed by hand (or from the published test
// vectors of Green Algorithms v3.0 and EcoLogits 0.9.1, see ../shared/research/anchors-mission.md
// §2.6 and §3.6), asserted within 0.1 %.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

#include "core/footprint.h"
#include "unit/footprint_test_reference.h"

namespace {

using Json = nlohmann::ordered_json;

Json run(const std::string& input_without_reference) {
  std::string full = core::footprint_with_reference(input_without_reference, footprint_test::kReference);
  Json out = Json::parse(core::footprint(full), nullptr, false);
  REQUIRE_FALSE(out.is_discarded());
  return out;
}

Json run_ok(const std::string& input) {
  Json out = run(input);
  INFO(out["errors"].dump());
  REQUIRE(out["errors"].empty());
  return out;
}

// Within 0.1 % (the rounding of reported numbers stays far below that at these magnitudes).
void near(const Json& value, double expected) {
  REQUIRE(value.is_number());
  double v = value.get<double>();
  INFO("got " << v << ", expected " << expected);
  CHECK(std::fabs(v - expected) <= 1e-3 * std::fabs(expected) + 1e-9);
}

}  // namespace

TEST_CASE("compute, CPU only: Green Algorithms GA-1 (local server, France)") {
  // 12 cores x 12 W, usage 1, 64 GB, 24 h, PUE 1.56, 51.28 gCO2e/kWh:
  //   P = 1.56 x (12 x 12 x 1 + 64 x 0.3725) = 224.64 + 37.1904 = 261.8304 W
  //   E = 24 x 261.8304 / 1000 = 6.2839296 kWh ; CO2e = 6.2839296 x 51.28 / 1000 = 0.322239910 kg
  //   One run over a 3-year life: per year 6.2839296 / 3 = 2.0946432 kWh.
  //   Water: 6.2839296 / 1.56 x 1.8 (on site) + 6.2839296 x 3.908 (off site, default) = 31.80828 L
  //   Range: 0.32223991 x 0.85 x 0.85 = 0.23281833 ; x 1.15 x 1.15 = 0.42616227
  Json out = run_ok(R"({"lifetime_years": 3, "items": [{"kind": "compute", "label": "GA-1",
      "runtime_h": 24, "hardware": "cpu-generique", "cores": 12, "memory_gb": 64, "pue": 1.56,
      "location": "GA-FR"}]})");
  const Json& item = out["items"][0];
  CHECK(item["phase"] == "build");
  CHECK(item["recurrence"] == "once");
  near(item["details"]["power_w"], 261.8304);
  near(item["energy_kwh"], 6.2839296);
  near(item["co2e_kg"], 0.322239910);
  near(item["per_year"]["energy_kwh"], 2.0946432);
  near(item["water_l"], 31.80828);
  near(item["co2e_low_kg"], 0.23281833);
  near(item["co2e_high_kg"], 0.42616227);
  near(out["total"]["co2e_kg"], 0.322239910);
  near(out["total"]["by_phase"]["build"]["co2e_kg"], 0.322239910);
  CHECK(out["total"]["by_phase"]["use"]["co2e_kg"] == 0.0);
  // 0.32223991 kg / 0.175 kg per km = 1.8413 km ; external cost 0.32224 / 1000 x 200 = 0.06 EUR
  near(out["total"]["comparisons"][0]["value"], 1.84);
  CHECK(out["total"]["external_cost_eur"] == 0.06);
  CHECK(out["method_version"] == core::kFootprintMethodVersion);
  CHECK(out["data_version"] == "test-1");
}

TEST_CASE("compute, GPU training repeated: Green Algorithms GA-2 x 3 runs") {
  // 4 x V100 (300 W), usage 1, 128 GB, 48 h, PUE 1.56, 475 g/kWh (world):
  //   P = 1.56 x (4 x 300 + 128 x 0.3725) = 1872 + 74.3808 = 1946.3808 W
  //   E per run = 48 x 1946.3808 / 1000 = 93.4262784 kWh ; 3 runs = 280.2788352 kWh
  //   CO2e = 280.2788352 x 475 / 1000 = 133.132447 kg
  Json out = run_ok(R"({"items": [{"kind": "compute", "label": "entraînement", "runtime_h": 48,
      "gpu": "V100", "gpus": 4, "memory_gb": 128, "pue": 1.56, "location": "WORLD", "count": 3}]})");
  near(out["items"][0]["details"]["energy_per_run_kwh"], 93.4262784);
  near(out["items"][0]["energy_kwh"], 280.2788352);
  near(out["items"][0]["co2e_kg"], 133.132447);
}

TEST_CASE("compute, CPU and GPU together: Green Algorithms GA-3 (Germany, GCP PUE)") {
  // 8 x A100 PCIe 300 W at 0.8 + 32 cores Xeon Gold 6148 (150 W / 20 = 7.5 W) at 0.5, 512 GB,
  // 100 h, PUE 1.12, 338.66 g/kWh:
  //   P = 1.12 x (32 x 7.5 x 0.5 + 8 x 300 x 0.8 + 512 x 0.3725) = 134.4 + 2150.4 + 213.6064 = 2498.4064 W
  //   E = 249.84064 kWh ; CO2e = 249.84064 x 338.66 / 1000 = 84.6110311 kg
  Json out = run_ok(R"({"items": [{"kind": "compute", "runtime_h": 100, "cpu": "xeon-gold-6148",
      "cores": 32, "usage": 0.5, "gpu": "A100", "gpus": 8, "gpu_usage": 0.8, "memory_gb": 512,
      "pue": 1.12, "location": "DE"}]})");
  near(out["items"][0]["details"]["power_w"], 2498.4064);
  near(out["items"][0]["energy_kwh"], 249.84064);
  near(out["items"][0]["co2e_kg"], 84.6110311);
}

TEST_CASE("compute: a GPU named as 'hardware' counts its cards in 'cores' (Green Algorithms)") {
  // 8 x A100 300 W, 48 h, 128 GB, default PUE 1.56, FR 44.18 g/kWh:
  //   P = 1.56 x (2400 + 47.68) = 3818.3808 W ; E = 183.2822784 kWh ; CO2e = 8.09741106 kg
  Json out = run_ok(R"({"items": [{"kind": "compute", "hardware": "A100", "cores": 8,
      "runtime_h": 48, "memory_gb": 128, "location": "FR"}]})");
  near(out["items"][0]["energy_kwh"], 183.2822784);
  near(out["items"][0]["co2e_kg"], 8.09741106);
  CHECK(out["items"][0]["details"]["gpus"] == 8.0);
}

TEST_CASE("inference: EcoLogits 0.9.1 test vectors E2 and E3, one million requests") {
  // E2 (anchors-mission §3.6): mistral-large 123 B, 1000 output tokens, PUE 1.16, France:
  //   n_GPU = 4 ; E_request = 8.8427371e-4 kWh ; embodied 7.1159741e-5 kg ; total 1.1022695e-4 kg
  // E3: mixtral 46.7 B / 12.9 B active, 200 tokens, PUE 1.2, world mix (473.01 g/kWh in EcoLogits;
  //   the fixture's WORLD is 475): E_request = 3.8039262e-5 kWh ; embodied 2.7903688e-6 kg ;
  //   usage = 3.8039262e-5 x 475 / 1000 = 1.80686495e-5 kg.
  Json out = run_ok(R"({"lifetime_years": 1, "items": [
      {"kind": "inference", "model": "mistral-large-2", "output_tokens": 1000,
       "requests_per_year": 1000000, "pue": 1.16, "location": "FR", "wue_onsite": 0.09},
      {"kind": "inference", "model": "mixtral-8x7b", "output_tokens": 200,
       "requests_per_year": 1000000, "pue": 1.2, "location": "WORLD"}]})");
  const Json& e2 = out["items"][0];
  CHECK(e2["details"]["gpus"] == 4);
  near(e2["details"]["energy_per_request_wh"], 0.88427371);
  near(e2["energy_kwh"], 884.27371);
  near(e2["co2e_embodied_kg"], 71.159741);
  near(e2["co2e_kg"], 110.22695);
  CHECK(e2["phase"] == "use");
  const Json& e3 = out["items"][1];
  CHECK(e3["details"]["gpus"] == 2);
  near(e3["energy_kwh"], 38.039262);
  near(e3["co2e_embodied_kg"], 2.7903688);
  near(e3["co2e_kg"], 18.0686495 + 2.7903688);
}

TEST_CASE("inference: input tokens are counted (guide's prefill approximation)") {
  // mistral-7b, 500 output + 1000 input tokens, PUE 1.2, France, 1e6 requests, 2 years:
  //   output part (EcoLogits E1): GPU 2.2343001e-5 + server 1.4450006e-5 kWh
  //   prefill GPU-seconds = 1000 x 2 x 7.3e9 / (989e12 x 0.462) = 0.031953217 s
  //   prefill energy = 0.031953217 / 3600 x (0.7 + 1.2 / 8) = 7.5445096e-6 kWh
  //   E_request = 1.2 x (2.2343001e-5 + 1.4450006e-5 + 7.5445096e-6) = 5.3205020e-5 kWh
  //   embodied = (22.195209 / 64 + 0.031953217) / 94 608 000 x (5700 / 8 + 164) = 3.5089772e-6 kg
  //   per year: 53.20502 kWh ; CO2e = 53.20502 x 0.04418 + 3.5089772 = 5.8595752 kg ; x 2 years
  Json out = run_ok(R"({"lifetime_years": 2, "items": [{"kind": "inference", "model": "mistral-7b",
      "output_tokens": 500, "input_tokens": 1000, "requests_per_year": 1000000, "pue": 1.2,
      "location": "FR"}]})");
  const Json& item = out["items"][0];
  near(item["per_year"]["energy_kwh"], 53.20502);
  near(item["per_year"]["co2e_embodied_kg"], 3.5089772);
  near(item["per_year"]["co2e_kg"], 5.8595752);
  near(item["co2e_kg"], 2 * 5.8595752);
  near(item["details"]["input_share_of_energy_pct"], 100 * 7.5445096 / (22.343001 + 14.450006 + 7.5445096));
  // Without the input tokens the same request is EcoLogits' E1: 4.4151609e-5 kWh.
  Json without = run_ok(R"({"items": [{"kind": "inference", "active_params_b": 7.3, "output_tokens": 500,
      "requests_per_year": 1000000, "pue": 1.2, "location": "FR"}]})");
  near(without["items"][0]["per_year"]["energy_kwh"], 44.151609);
}

TEST_CASE("storage and transfer: Cloud Carbon Footprint coefficients") {
  // Storage: 10 TB on HDD, 3 copies, PUE 1.2, France, 3 years:
  //   10 x 0.65 Wh/TB-h x 8760 h / 1000 = 56.94 kWh ; x 3 x 1.2 = 204.984 kWh per year
  //   CO2e per year = 204.984 x 44.18 / 1000 = 9.05619312 kg ; lifetime x 3 = 27.1685794 kg
  // Transfer: 5000 GB per year x 0.001 kWh/GB x 1.2 = 6 kWh ; x 44.18 / 1000 = 0.26508 kg per year
  Json out = run_ok(R"({"lifetime_years": 3, "items": [
      {"kind": "storage", "tb": 10, "media": "hdd", "replication": 3, "pue": 1.2, "location": "FR"},
      {"kind": "transfer", "gb_per_year": 5000, "pue": 1.2, "location": "FR"}]})");
  near(out["items"][0]["per_year"]["energy_kwh"], 204.984);
  near(out["items"][0]["co2e_kg"], 27.1685794);
  near(out["items"][1]["per_year"]["co2e_kg"], 0.26508);
  near(out["items"][1]["energy_kwh"], 18.0);
  near(out["total"]["by_phase"]["use"]["energy_kwh"], 3 * 204.984 + 18.0);
  // SSD is the default medium: 10 TB x 1.2 x 8760 / 1000 x 1 x 1.56 = 163.9872 kWh per year.
  Json ssd = run_ok(R"({"items": [{"kind": "storage", "tb": 10, "location": "FR"}]})");
  near(ssd["items"][0]["per_year"]["energy_kwh"], 163.9872);
}

TEST_CASE("equipment: manufacturing amortised over the equipment's life") {
  // 8 H100 x 164 kg / 3 years (H100 lifetime) = 437.333 kg per year ; 5-year project: 2186.667 kg
  // 2 servers at 1000 kg, 50 % for this project, default life 4 years: 250 kg per year, 1250 kg.
  Json out = run_ok(R"({"lifetime_years": 5, "items": [
      {"kind": "equipment", "hardware": "H100", "quantity": 8},
      {"kind": "equipment", "label": "serveurs", "embodied_kgco2e": 1000, "quantity": 2, "share": 0.5}]})");
  near(out["items"][0]["per_year"]["co2e_kg"], 437.333333);
  near(out["items"][0]["co2e_kg"], 2186.666667);
  near(out["items"][1]["co2e_kg"], 1250.0);
  CHECK(out["items"][1]["energy_kwh"] == 0.0);
  // Range on embodied only: x 0.7 and x 1.3.
  near(out["items"][1]["co2e_low_kg"], 875.0);
  near(out["items"][1]["co2e_high_kg"], 1625.0);
  near(out["total"]["by_phase"]["build"]["co2e_kg"], 2186.666667 + 1250.0);
}

TEST_CASE("scenarios: the AI option against the non-AI one, absolute and relative") {
  // avec-ia: inference E1 per year (1e6 requests, 4.4151609e-5 kWh and 3.2129452e-6 kg each):
  //   44.151609 kWh x 0.04418 = 1.95061809 kg + embodied 3.2129452 kg = 5.16356329 kg per year
  //   over 3 years: 15.4906899 kg
  // sans-ia: a CPU server 4 cores x 10 W, 8 GB, 2000 h a year, PUE 1.5, France:
  //   P = 1.5 x (40 + 2.98) = 64.47 W ; 128.94 kWh/yr ; 5.6965692 kg/yr ; 17.0897076 kg over 3 years
  // difference avec - sans = -1.5990177 kg ; -1.5990177 / 17.0897076 = -9.3566 %
  Json out = run_ok(R"({"lifetime_years": 3, "carbon_price_eur_per_t": 1000, "scenarios": [
      {"id": "avec-ia", "label": "Avec IA", "items": [{"kind": "inference", "active_params_b": 7.3,
        "output_tokens": 500, "requests_per_year": 1000000, "pue": 1.2, "location": "FR", "wue_onsite": 0}]},
      {"id": "sans-ia", "label": "Sans IA", "items": [{"kind": "compute", "recurrence": "per_year",
        "phase": "use", "runtime_h": 2000, "cores": 4, "tdp_per_core_w": 10, "memory_gb": 8,
        "pue": 1.5, "location": "FR"}]}]})");
  near(out["scenarios"][0]["total"]["co2e_kg"], 15.4906899);
  near(out["scenarios"][1]["total"]["co2e_kg"], 17.0897076);
  CHECK(out["baseline"] == "sans-ia");
  const Json& d = out["differences"][0];
  CHECK(d["scenario"] == "avec-ia");
  near(d["co2e_kg"], -1.5990177);
  near(d["co2e_pct"], -9.4);
  // external cost of the difference at 1000 EUR/t: -1.599 kg -> -1.60 EUR
  near(d["external_cost_eur"], -1.60);
  CHECK_FALSE(out.contains("items"));
}

TEST_CASE("scenarios: baseline can be chosen; a zero baseline gives no percentage") {
  Json out = run_ok(R"({"baseline": "a", "scenarios": [{"id": "a", "items": []},
      {"id": "b", "items": [{"kind": "transfer", "gb_per_year": 1000, "location": "FR"}]}]})");
  CHECK(out["baseline"] == "a");
  CHECK(out["differences"][0]["scenario"] == "b");
  CHECK(out["differences"][0]["co2e_pct"].is_null());
}

TEST_CASE("validation: out-of-range PUE has the page's message and the item counts nothing") {
  Json out = run(R"({"items": [
      {"kind": "compute", "runtime_h": 10, "cores": 2, "tdp_per_core_w": 10, "pue": 0.8, "location": "FR"},
      {"kind": "transfer", "gb_per_year": 1000, "pue": 1.0, "location": "FR"}]})");
  REQUIRE(out["errors"].size() == 1);
  CHECK(out["errors"][0]["field"] == "/items/0/pue");
  CHECK(out["errors"][0]["message"] ==
        "Le PUE doit \u00eatre compris entre 1 et 3 (valeur saisie\u00a0: 0,8).");
  CHECK(out["items"][0]["valid"] == false);
  CHECK_FALSE(out["items"][0].contains("co2e_kg"));
  near(out["total"]["energy_kwh"], 1.0 * 3);  // only the transfer: 1 kWh a year x 3 years
}

TEST_CASE("validation: unknown hardware, location, model and field come with suggestions") {
  Json out = run(R"({"items": [
      {"kind": "compute", "runtime_h": 1, "hardware": "A10O", "cores": 1, "location": "FRA"},
      {"kind": "inference", "model": "mistral-7", "output_tokens": 10, "requests_per_year": 1, "location": "FR"},
      {"kind": "storage", "tb": 1, "location": "FR", "memroy_gb": 3},
      {"kind": "computer", "runtime_h": 1}]})");
  std::string all = out["errors"].dump();
  INFO(all);
  REQUIRE(out["errors"].size() == 5);
  CHECK(out["errors"][0]["field"] == "/items/0/hardware");
  CHECK(out["errors"][0]["message"].get<std::string>().find("A100") != std::string::npos);
  CHECK(out["errors"][1]["field"] == "/items/0/location");
  CHECK(out["errors"][1]["message"].get<std::string>().find("\u00ab\u00a0FR\u00a0\u00bb") != std::string::npos);
  CHECK(out["errors"][2]["field"] == "/items/1/model");
  CHECK(out["errors"][2]["message"].get<std::string>().find("mistral-7b") != std::string::npos);
  CHECK(out["errors"][3]["field"] == "/items/2/memroy_gb");
  CHECK(out["errors"][4]["field"] == "/items/3/kind");
  CHECK(out["errors"][4]["message"].get<std::string>().find("compute") != std::string::npos);
}

TEST_CASE("validation: missing values, wrong types, custom values never blocked") {
  Json out = run(R"({"items": [
      {"kind": "compute", "cores": 4, "tdp_per_core_w": 10},
      {"kind": "inference", "active_params_b": "sept", "output_tokens": -5, "requests_per_year": 1, "carbon_intensity": 50},
      {"kind": "compute", "runtime_h": 1, "gpus": 1, "tdp_per_gpu_w": 250, "carbon_intensity": 30}]})");
  std::string all = out["errors"].dump();
  INFO(all);
  REQUIRE(out["errors"].size() == 4);
  CHECK(out["errors"][0]["field"] == "/items/0/runtime_h");
  CHECK(out["errors"][0]["message"] == "La dur\u00e9e de calcul est obligatoire.");
  CHECK(out["errors"][1]["field"] == "/items/0/location");
  CHECK(out["errors"][2]["field"] == "/items/1/active_params_b");
  CHECK(out["errors"][2]["message"].get<std::string>().find("\u00ab\u00a0sept\u00a0\u00bb") != std::string::npos);
  CHECK(out["errors"][3]["field"] == "/items/1/output_tokens");
  // A GPU the tables do not know, with its own TDP and a custom grid: 1 h x 1.56 x 250 W = 0.39 kWh.
  CHECK(out["items"][2]["valid"] == true);
  near(out["items"][2]["energy_kwh"], 0.39);
}

TEST_CASE("validation: nothing infinite or NaN reaches the output") {
  Json out = run(R"({"items": [{"kind": "inference", "active_params_b": 10000, "output_tokens": 1000000,
      "input_tokens": 10000000, "requests_per_year": 1e13, "location": "FR"},
      {"kind": "compute", "runtime_h": 1e308, "cores": 1, "tdp_per_core_w": 1, "location": "FR"}]})");
  std::string text = out.dump();
  CHECK(text.find("null") == std::string::npos);  // nlohmann writes inf/NaN as null
  CHECK(out["errors"].size() >= 1);
  CHECK(out["errors"][0]["field"] == "/items/1/runtime_h");
}

TEST_CASE("input that is not JSON, or lacks reference data, still yields a result with errors") {
  Json bad = Json::parse(core::footprint("{not json"));
  CHECK(bad["errors"][0]["field"] == "");
  CHECK(bad.contains("method"));
  CHECK(bad["data_version"].is_null());
  Json no_ref = Json::parse(core::footprint(R"({"items": []})"));
  CHECK(no_ref["errors"][0]["field"] == "/reference");
  Json both = run(R"({"items": [], "scenarios": []})");
  CHECK(both["errors"][0]["field"] == "/scenarios");
}

TEST_CASE("footprint_with_reference keeps a reference already present") {
  std::string input = R"({"items":[],"reference":{"data_version":"mine"}})";
  CHECK(core::footprint_with_reference(input, footprint_test::kReference) == input);
  std::string merged = core::footprint_with_reference(R"({"items":[]})", R"({"data_version":"x"})");
  CHECK(Json::parse(merged)["reference"]["data_version"] == "x");
}

TEST_CASE("results are deterministic: the same input gives the same bytes") {
  std::string input = core::footprint_with_reference(
      R"({"items": [{"kind": "compute", "runtime_h": 3.3, "cores": 7, "tdp_per_core_w": 9.1, "location": "DE"}]})",
      footprint_test::kReference);
  CHECK(core::footprint(input) == core::footprint(input));
}
