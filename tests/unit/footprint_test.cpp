// Worked examples of the footprint estimator, computed by hand (or from the published test
// vectors of Green Algorithms v3.0, see ../shared/research/anchors-mission.md §2.6, and the
// formulas of EcoLogits 0.11.2, whose own vectors tests/ecologits replays), asserted within 0.1 %.
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
  // Green Algorithms counts the electricity; the guide adds the GPUs' manufacture for the hours
  // used: 8 x 143 kgCO2e x 100 h / (4 years x 8,760 h) = 3.26484 kg.
  near(out["items"][0]["co2e_embodied_kg"], 3.26484);
  near(out["items"][0]["co2e_kg"].get<double>() - out["items"][0]["co2e_embodied_kg"].get<double>(), 84.6110311);
}

TEST_CASE("compute: a GPU named as 'hardware' counts its cards in 'cores' (Green Algorithms)") {
  // 8 x A100 300 W, 48 h, 128 GB, default PUE 1.56, FR 44.18 g/kWh:
  //   P = 1.56 x (2400 + 47.68) = 3818.3808 W ; E = 183.2822784 kWh ; CO2e = 8.09741106 kg
  Json out = run_ok(R"({"items": [{"kind": "compute", "hardware": "A100", "cores": 8,
      "runtime_h": 48, "memory_gb": 128, "location": "FR"}]})");
  near(out["items"][0]["energy_kwh"], 183.2822784);
  // Plus the cards' manufacture for the hours used: 8 x 143 x 48 / 35,040 = 1.56712 kg.
  near(out["items"][0]["co2e_embodied_kg"], 1.56712);
  near(out["items"][0]["co2e_kg"].get<double>() - out["items"][0]["co2e_embodied_kg"].get<double>(), 8.09741106);
  CHECK(out["items"][0]["details"]["gpus"] == 8.0);
}

TEST_CASE("inference: EcoLogits 0.11.2 for the generated tokens, the guide's prefill for the input") {
  // A custom 7.3 B model, 500 output + 1000 input tokens, PUE 1.2, France (44.18 g/kWh, 3.6737 L/kWh
  // off site, 1.8 L/kWh on site by default), 1e6 requests a year, 2 years. EcoLogits 0.11.2:
  //   energy per token per GPU = 1.1665e-6 x e^(-0.0112 x 64) x 7.3 + 4.0529e-5 Wh; 1 GPU;
  //   latency = 500 x (6.785e-4 x 7.3 + 3.119e-4 x 64 + 0.019474) = 22.195 s;
  //   energy = 1.2 x (GPU 2.2343e-5 + server 22.195/3600 x 1.2 x 1/8 / 64 kWh) = 4.4151609e-5 kWh;
  //   embodied = 22.195 x (1/8 x 5700 + 273) / (3 years x 64) = 3.6125015e-6 kg.
  // Prefill (the guide's): 1000 x 2 x 7.3e9 / (989e12 x 0.462) = 0.0319532 GPU-s at (700 + 150) W:
  //   1.2 x 7.5445096e-6 kWh; embodied 0.0319532 / 3 years x (273 + 712.5) = 3.328459e-7 kg.
  // Per year: 53.20502 kWh; usage 2.3505978 kg, embodied 3.9453475 kg; water 275.26681 L.
  Json out = run_ok(R"({"lifetime_years": 2, "items": [{"kind": "inference", "active_params_b": 7.3,
      "output_tokens": 500, "input_tokens": 1000, "requests_per_year": 1000000, "pue": 1.2,
      "location": "FR"}]})");
  const Json& item = out["items"][0];
  CHECK(item["phase"] == "use");
  CHECK(item["allocation"] == "shared");
  near(item["per_year"]["energy_kwh"], 53.20502017);
  near(item["per_year"]["co2e_embodied_kg"], 3.94534747);
  near(item["per_year"]["co2e_kg"], 6.29594526);
  near(item["per_year"]["water_l"], 275.2668129);
  near(item["co2e_kg"], 2 * 6.29594526);
  near(item["details"]["per_request"]["energy_wh"], 0.05320502);
  near(item["details"]["per_request"]["co2e_embodied_g"], 0.003945347);
  near(item["details"]["input_share_of_energy_pct"], 17.0);
  CHECK(item["details"]["method"] == "EcoLogits 0.11.2");
  CHECK(item["details"]["gpus"] == 1);
  CHECK(out["ecologits_version"] == "0.11.2");
  // Without the input tokens the request is EcoLogits' own estimate.
  Json without = run_ok(R"({"items": [{"kind": "inference", "active_params_b": 7.3, "output_tokens": 500,
      "requests_per_year": 1000000, "pue": 1.2, "location": "FR"}]})");
  near(without["items"][0]["per_year"]["energy_kwh"], 44.15160869);
  near(without["items"][0]["per_year"]["co2e_embodied_kg"], 3.61250146);
  // A reasoning model that generates 4 tokens per visible one: EcoLogits on 2000 tokens.
  Json reasoning = run_ok(R"({"items": [{"kind": "inference", "active_params_b": 7.3, "output_tokens": 500,
      "reasoning_factor": 4, "requests_per_year": 1000000, "pue": 1.2, "location": "FR"}]})");
  near(reasoning["items"][0]["per_year"]["energy_kwh"], 176.60643477);
  CHECK(reasoning["items"][0]["details"]["generated_tokens"] == 2000.0);
}

TEST_CASE("inference: a registry model at its provider's datacenter, with EcoLogits' intervals") {
  // Mistral 7B (7.25 B) served by Hugging Face: EcoLogits places it in the USA (0.38274 kg/kWh,
  // 3.1321 L/kWh), PUE 1.09-1.14, WUE 0.13-0.99. Per year (1e6 requests of 500 tokens):
  //   energy 40.076824-41.915210 kWh (centre 40.996017); usage 15.339004-16.042628 kg;
  //   embodied 3.6097406 kg; water 130.30443-167.68268 L.
  Json out = run_ok(R"({"lifetime_years": 1, "items": [{"kind": "inference",
      "model": "huggingface_hub/mistralai/Mistral-7B-Instruct-v0.3", "datacenter": "provider",
      "output_tokens": 500, "requests_per_year": 1000000, "location": "FR", "pue": 2}]})");
  const Json& item = out["items"][0];
  near(item["energy_kwh"], 40.99601723);
  near(item["co2e_kg"], 15.69081563 + 3.6097406);
  near(item["water_l"], 148.9935535);
  CHECK(item["details"]["provider"] == "huggingface_hub");
  CHECK(item["details"]["zone"] == "USA");
  CHECK(item["details"]["pue"]["min"] == 1.09);
  CHECK(item["details"]["pue"]["max"] == 1.14);
  near(item["details"]["per_request"]["energy_wh_low"], 0.04007682);
  near(item["details"]["per_request"]["energy_wh_high"], 0.04191521);
  // The range holds the interval: usage at its bounds x (1 -/+ 0.5) x (1 -/+ 0.15), embodied x (1 -/+ 0.3).
  near(item["co2e_low_kg"], 15.33900363 * 0.5 * 0.85 + 3.6097406 * 0.7);
  near(item["co2e_high_kg"], 16.04262764 * 1.5 * 1.15 + 3.6097406 * 1.3);
  // The registry's source is listed with the result.
  CHECK(item["sources"][0] == "EcoLogits 0.11.2, registre des mod\u00e8les (2026)");
}

TEST_CASE("inference: the energy class of compar:IA, per million output tokens") {
  // EcoLogits at PUE 1.2 for 1e6 tokens: Mistral 7B 88.24 Wh (A); Mistral Large 2512 (41 B active
  // of 675, 16 tokens/s) 4015.3 Wh, above 3000 and below 10 000: class E.
  Json out = run_ok(R"({"items": [
      {"kind": "inference", "model": "huggingface_hub/mistralai/Mistral-7B-Instruct-v0.3", "output_tokens": 100,
       "requests_per_year": 10, "location": "FR"},
      {"kind": "inference", "model": "mistralai/mistral-large-2512", "output_tokens": 100,
       "requests_per_year": 10, "location": "FR"}]})");
  CHECK(out["items"][0]["details"]["energy_class"]["label"] == "A");
  near(out["items"][0]["details"]["energy_class"]["wh_per_million_output_tokens"], 88.2425483);
  CHECK(out["items"][1]["details"]["energy_class"]["label"] == "E");
  near(out["items"][1]["details"]["energy_class"]["wh_per_million_output_tokens"], 4015.32563);
}

TEST_CASE("inference on dedicated servers: the model's GPUs all year, manufacturing whole") {
  // Mistral 7B fits one H100: 1 GPU + 1/8 of the server (1.2 kW) = 850 W all year: 7446 kWh of IT
  // energy, x PUE 1.2 = 8935.2 kWh; France through EcoLogits' zone FRA (41.44 g/kWh): 370.27469 kg.
  // One replica serves 64 x 8760 h / 22.178 s = 91 million requests a year: one is enough.
  // Manufacturing per year: (H100 164-575.1, centre 369.55, + 5700 / 8) / 3 years = 360.68333 kg
  // (292.16667 to 429.2).
  Json out = run_ok(R"({"lifetime_years": 1, "scenarios": [{"id": "a", "allocation": "dedicated", "items": [
      {"kind": "inference", "model": "huggingface_hub/mistralai/Mistral-7B-Instruct-v0.3", "output_tokens": 500,
       "requests_per_year": 1000000, "location": "FR-ECO"}]}]})");
  const Json& item = out["scenarios"][0]["items"][0];
  CHECK(out["scenarios"][0]["allocation"] == "dedicated");
  CHECK(item["allocation"] == "dedicated");
  CHECK(item["details"]["replicas"] == 1);
  near(item["energy_kwh"], 8935.2);
  near(item["co2e_embodied_kg"], 360.683333);
  near(item["co2e_kg"], 370.274688 + 360.683333);
  near(item["details"]["per_request"]["energy_wh"], 8.9352);
  near(item["co2e_low_kg"], 370.274688 * 0.5 * 0.85 + 292.166667 * 0.7);
  // Ten times the capacity needs ten replicas.
  Json busy = run_ok(R"({"allocation": "dedicated", "items": [{"kind": "inference",
      "model": "huggingface_hub/mistralai/Mistral-7B-Instruct-v0.3", "output_tokens": 500,
      "requests_per_year": 900000000, "location": "FR-ECO"}]})");
  CHECK(busy["items"][0]["details"]["replicas"] == 10);
  near(busy["items"][0]["per_year"]["energy_kwh"], 89352.0);
}

TEST_CASE("compute: dedicated servers run all year; GPUs carry their manufacturing share") {
  // 4 cores x 10 W, 8 GB, PUE 1.5 on a dedicated server: 8760 h, not the 2000 h typed.
  //   P = 1.5 x (40 + 2.98) = 64.47 W ; 564.7572 kWh a year.
  Json dedicated = run_ok(R"({"allocation": "dedicated", "items": [{"kind": "compute", "recurrence": "per_year",
      "phase": "use", "runtime_h": 2000, "cores": 4, "tdp_per_core_w": 10, "memory_gb": 8, "pue": 1.5,
      "location": "FR"}]})");
  near(dedicated["items"][0]["per_year"]["energy_kwh"], 564.7572);
  // 2 H100 for 1000 h a year on a shared server: 2 x 369.55 x 1000 / (3 x 8760) = 28.124049 kg a year
  // of manufacturing, between 2 x 164 and 2 x 575.1 in the same proportion.
  Json shared = run_ok(R"({"items": [{"kind": "compute", "recurrence": "per_year", "phase": "use",
      "runtime_h": 1000, "gpu": "H100", "gpus": 2, "pue": 1.2, "location": "FR"}]})");
  const Json& item = shared["items"][0];
  near(item["per_year"]["co2e_embodied_kg"], 28.1240487);
  near(item["details"]["embodied_per_unit_min_kgco2e"], 164.0);
  CHECK_FALSE(item["details"].contains("embodied_missing_hardware"));
}

TEST_CASE("compute: cards without a published manufacturing figure are named, never silently zero") {
  // The MI300X has no embodied_kgco2e: nothing is counted for its manufacture, and the item says
  // which cards were left out, for the page's warning.
  Json out = run_ok(R"({"items": [{"kind": "compute", "recurrence": "per_year", "phase": "use",
      "runtime_h": 1000, "gpu": "MI300X", "gpus": 2, "pue": 1.2, "location": "FR"}]})");
  const Json& item = out["items"][0];
  CHECK(item["per_year"]["co2e_embodied_kg"] == 0);
  REQUIRE(item["details"].contains("embodied_missing_hardware"));
  CHECK(item["details"]["embodied_missing_hardware"].is_string());
  CHECK(item["details"]["embodied_missing_hardware"] == "MI300X");  // its label, or its id when it has none
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

TEST_CASE("equipment: manufacturing amortised over the equipment's life, a published range kept") {
  // 8 H100: NVIDIA's 164 kg against Boavizta's 575.1 kg per card, centre 369.55, over 3 years (the
  //   H100's lifetime) = 985.466667 kg per year; 5-year project: 4927.333333 kg, from 8 x 164 / 3 x 5 =
  //   2186.666667 to 8 x 575.1 / 3 x 5 = 7668 kg (the range is the published one, nothing added).
  // 2 servers at 1000 kg, 50 % for this project, default life 4 years: 250 kg per year, 1250 kg.
  Json out = run_ok(R"({"lifetime_years": 5, "items": [
      {"kind": "equipment", "hardware": "H100", "quantity": 8},
      {"kind": "equipment", "label": "serveurs", "embodied_kgco2e": 1000, "quantity": 2, "share": 0.5}]})");
  near(out["items"][0]["per_year"]["co2e_kg"], 985.466667);
  near(out["items"][0]["co2e_kg"], 4927.333333);
  near(out["items"][0]["co2e_low_kg"], 2186.666667);
  near(out["items"][0]["co2e_high_kg"], 7668.0);
  // A lifetime the user sets replaces the hardware's: 4 years.
  Json four = run_ok(R"({"lifetime_years": 4, "items": [{"kind": "equipment", "hardware": "H100", "quantity": 1,
      "lifetime_years": 4}]})");
  near(four["items"][0]["per_year"]["co2e_kg"], 92.3875);
  near(out["items"][1]["co2e_kg"], 1250.0);
  CHECK(out["items"][1]["energy_kwh"] == 0.0);
  // Range on embodied only: x 0.7 and x 1.3.
  near(out["items"][1]["co2e_low_kg"], 875.0);
  near(out["items"][1]["co2e_high_kg"], 1625.0);
  near(out["total"]["by_phase"]["build"]["co2e_kg"], 4927.333333 + 1250.0);
  near(out["total"]["breakdown"]["embodied_kg"], 4927.333333 + 1250.0);
  CHECK(out["total"]["breakdown"]["build_electricity_kg"] == 0.0);
}

TEST_CASE("scenarios: the AI option against the non-AI one, absolute and relative") {
  // avec-ia: 1e6 requests a year of 4.4151609e-5 kWh and 3.6125015e-6 kg embodied each:
  //   44.151609 kWh x 0.04418 = 1.95061807 kg + embodied 3.6125015 kg = 5.5631195 kg per year
  //   over 3 years: 16.6893586 kg
  // sans-ia: a CPU server 4 cores x 10 W, 8 GB, 2000 h a year, PUE 1.5, France:
  //   P = 1.5 x (40 + 2.98) = 64.47 W ; 128.94 kWh/yr ; 5.6965692 kg/yr ; 17.0897076 kg over 3 years
  // difference avec - sans = -0.400349 kg ; -0.400349 / 17.0897076 = -2.34 %
  Json out = run_ok(R"({"lifetime_years": 3, "carbon_price_eur_per_t": 1000, "scenarios": [
      {"id": "avec-ia", "label": "Avec IA", "items": [{"kind": "inference", "active_params_b": 7.3,
        "output_tokens": 500, "requests_per_year": 1000000, "pue": 1.2, "location": "FR", "wue_onsite": 0}]},
      {"id": "sans-ia", "label": "Sans IA", "items": [{"kind": "compute", "recurrence": "per_year",
        "phase": "use", "runtime_h": 2000, "cores": 4, "tdp_per_core_w": 10, "memory_gb": 8,
        "pue": 1.5, "location": "FR"}]}]})");
  near(out["scenarios"][0]["total"]["co2e_kg"], 16.6893586);
  near(out["scenarios"][1]["total"]["co2e_kg"], 17.0897076);
  CHECK(out["baseline"] == "sans-ia");
  const Json& d = out["differences"][0];
  CHECK(d["scenario"] == "avec-ia");
  near(d["co2e_kg"], -0.400349);
  near(d["co2e_pct"], -2.3);
  // external cost of the difference at 1000 EUR/t: -0.400 kg -> -0.40 EUR
  near(d["external_cost_eur"], -0.40);
  CHECK(d["same_allocation"] == true);
  CHECK_FALSE(out.contains("items"));
}

TEST_CASE("scenarios counted differently are flagged: a share of a server against a whole one") {
  Json out = run_ok(R"({"scenarios": [{"id": "a", "items": []},
      {"id": "b", "allocation": "dedicated", "items": []}]})");
  CHECK(out["scenarios"][0]["allocation"] == "shared");
  CHECK(out["scenarios"][1]["allocation"] == "dedicated");
  CHECK(out["differences"][0]["same_allocation"] == false);
  Json bad = run(R"({"allocation": "partly", "items": []})");
  CHECK(bad["errors"][0]["field"] == "/allocation");
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
  // A code and its values, worded by the reference data's catalogue (here the tests' own).
  CHECK(out["errors"][0]["code"] == "out_of_range");
  CHECK(out["errors"][0]["subject"] == "pue");
  CHECK(out["errors"][0]["min"] == 1.0);
  CHECK(out["errors"][0]["max"] == 3.0);
  CHECK(out["errors"][0]["value"] == 0.8);
  CHECK(out["errors"][0]["message"] == "Le PUE: from 1 to 3 (typed 0,8).");
  CHECK(out["items"][0]["valid"] == false);
  CHECK_FALSE(out["items"][0].contains("co2e_kg"));
  near(out["total"]["energy_kwh"], 1.0 * 3);  // only the transfer: 1 kWh a year x 3 years
}

TEST_CASE("validation: unknown hardware, location, model and field come with suggestions") {
  Json out = run(R"({"items": [
      {"kind": "compute", "runtime_h": 1, "hardware": "A10O", "cores": 1, "location": "FRA"},
      {"kind": "inference", "model": "mistralai/mistral-large-251", "output_tokens": 10, "requests_per_year": 1, "location": "FR"},
      {"kind": "storage", "tb": 1, "location": "FR", "memroy_gb": 3},
      {"kind": "computer", "runtime_h": 1}]})");
  std::string all = out["errors"].dump();
  INFO(all);
  REQUIRE(out["errors"].size() == 5);
  CHECK(out["errors"][0]["field"] == "/items/0/hardware");
  CHECK(out["errors"][0]["message"].get<std::string>().find("A100") != std::string::npos);
  CHECK(out["errors"][1]["field"] == "/items/0/location");
  CHECK(out["errors"][1]["code"] == "location_unknown");
  CHECK(out["errors"][1]["suggestions"][0] == "FR");
  CHECK(out["errors"][1]["message"].get<std::string>().find("Close: <FR>") != std::string::npos);
  CHECK(out["errors"][2]["field"] == "/items/1/model");
  CHECK(out["errors"][2]["message"].get<std::string>().find("mistralai/mistral-large-2512") != std::string::npos);
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
  CHECK(out["errors"][0]["code"] == "required");
  CHECK(out["errors"][0]["message"] == "La duree: missing.");
  CHECK(out["errors"][1]["field"] == "/items/0/location");
  CHECK(out["errors"][2]["field"] == "/items/1/active_params_b");
  CHECK(out["errors"][2]["code"] == "not_a_number");
  CHECK(out["errors"][2]["value"] == "sept");
  // No words for this code in the tests' catalogue: the code and its values, for a developer.
  CHECK(out["errors"][2]["message"] == R"(not_a_number {"subject":"active_params_b","value":"sept"})");
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
