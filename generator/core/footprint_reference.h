#pragma once
// The reference tables of the footprint estimator (carbon intensity per location, hardware,
// language models, energy factors, comparisons), read from the "reference" member of the input.
// They come from content/data/footprint*.yaml, never from constants here: an organisation edits
// the YAML, and the CLI and the page pass the same JSON to this code.
#include <string>
#include <vector>

#include "core/footprint_fields.h"
#include "core/footprint_formulas.h"

namespace core::footprint_reference {

using Json = nlohmann::ordered_json;

struct Location {
  std::string code, label;
  double carbon_intensity = 0;  // gCO2e/kWh
  double wue_offsite = 0;       // L/kWh of electricity generated
  bool has_wue_offsite = false;
};

struct Hardware {
  std::string id, label, type;   // type: cpu | gpu
  double tdp_w = 0;              // whole chip or card
  double cores = 0;              // CPUs only
  double embodied_kg = 0;        // manufacturing, per unit
  bool has_embodied = false;
  double lifetime_years = 0;     // 0: use the default equipment lifetime
  double tdp_per_core_w() const { return cores > 0 ? tdp_w / cores : tdp_w; }
};

struct Model {
  std::string id, label;
  double active_params_b = 0, total_params_b = 0;
};

struct Comparison {
  std::string id, label, source;
  double kg_per_unit = 0;
};

/// Relative half-widths of the low–high range (see content/README.md, "Footprint input").
struct Uncertainty {
  double compute = 0, inference = 0, storage = 0, transfer = 0, carbon_intensity = 0, embodied = 0;
};

struct Factors {
  double memory_w_per_gb = 0;
  double pue_default = 0;
  double pue_inference_default = 0;
  double wue_onsite_default = 0;
  double wue_offsite_default = 0;
  double storage_hdd_wh_per_tb_hour = 0;
  double storage_ssd_wh_per_tb_hour = 0;
  double network_kwh_per_gb = 0;
  double carbon_price_eur_per_t = 0;
  double equipment_lifetime_years = 0;
  footprint_formulas::LlmConstants llm{};
  Uncertainty uncertainty;
};

struct Reference {
  std::string data_version;
  std::vector<Location> locations;
  std::vector<Hardware> hardware;
  std::vector<Model> models;
  std::vector<Comparison> comparisons;
  Factors factors;

  const Location* location(const std::string& code) const;   // case-insensitive
  const Hardware* find_hardware(const std::string& id) const; // case-insensitive
  const Model* model(const std::string& id) const;            // case-insensitive
  std::vector<std::string> location_codes() const;
  std::vector<std::string> hardware_ids(const std::string& type = "") const;
  std::vector<std::string> model_ids() const;
};

/// Reads `json` (the input's "reference" member) into `out`, reporting each missing or invalid
/// table entry under `pointer`. Returns false when anything was reported.
bool parse(const Json& json, const std::string& pointer, Reference& out,
           footprint_fields::Errors& errors);

}  // namespace core::footprint_reference
