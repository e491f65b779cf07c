#pragma once
// The reference tables of the footprint estimator (carbon intensity per location, hardware,
// energy factors, comparisons, and the EcoLogits model registry, provider assumptions and
// electricity mixes), read from the "reference" member of the input. They come from
// content/data/*.yaml, never from constants here: an organisation edits the YAML, and the CLI and
// the page pass the same JSON to this code.
#include <optional>
#include <string>
#include <vector>

#include "core/ecologits_value.h"
#include "core/footprint_fields.h"

namespace core::footprint_reference {

using Json = nlohmann::ordered_json;
using ecologits::Value;

/// An EcoLogits electricity zone: impact factors of one kWh.
struct Zone {
  std::string code, label, source;
  double gwp_kg_per_kwh = 0, wue_l_per_kwh = 0;
};

struct Location {
  std::string code, label, zone;  // zone: the EcoLogits zone its values come from ("" = its own)
  double carbon_intensity = 0;    // gCO2e/kWh
  double wue_offsite = 0;         // L/kWh of electricity generated
  bool has_wue_offsite = false;
  std::string source;             // of the carbon intensity, "publication (year)"
};

/// An EcoLogits provider's datacenter assumptions.
struct Provider {
  std::string id, label, zone, source;
  Value pue, wue;
};

/// A model of the EcoLogits registry; its id is "provider/name".
struct Model {
  std::string id, provider, name, label, source;
  Value active_params_b, total_params_b;  // an interval when the architecture is not released
  std::optional<double> tps, ttft;
  std::vector<std::string> warnings;
};

struct Hardware {
  std::string id, label, type;   // type: cpu | gpu | server | device
  double tdp_w = 0;              // whole chip or card
  double cores = 0;              // CPUs only
  double memory_gb = 0;          // accelerators, 0 when not given
  Value embodied;                // manufacturing, per unit; an interval when two methods differ
  bool has_embodied = false;
  double lifetime_years = 0;     // 0: use the default equipment lifetime
  std::string tdp_source, embodied_source;
  double tdp_per_core_w() const { return cores > 0 ? tdp_w / cores : tdp_w; }
};

struct Comparison {
  std::string id, label, source;
  double kg_per_unit = 0;
};

/// Relative half-widths of the low–high range (see content/README.md, "Footprint input").
struct Uncertainty {
  double compute = 0, inference = 0, storage = 0, transfer = 0, carbon_intensity = 0, embodied = 0;
};

/// The guide's own approximations around EcoLogits (input tokens, dedicated servers), on the
/// hardware EcoLogits assumes: `gpu` and `server` name entries of the hardware table.
struct Llm {
  std::string gpu_id, server_id;
  double gpu_tdp_w = 0;         // the reference GPU's maximum power
  Value gpu_embodied;           // its manufacturing, per card
  double server_embodied_kg = 0;  // the server without its GPUs
  double lifetime_years = 0;    // of the GPU
  double gpu_peak_flops = 0;    // its dense 16-bit peak, FLOP/s
  double prefill_mfu = 0;       // share of that peak reached while reading input tokens
  std::string gpu_source;       // of the GPU's power and manufacturing
};

/// One energy class: below `below` Wh per million output tokens (the last one has no bound).
struct EnergyClass {
  std::string label;
  double below = 0;
  bool bounded = false;
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
  double hours_per_year = 0;
  Llm llm;
  double energy_class_pue = 0;
  std::vector<EnergyClass> energy_classes;
  Uncertainty uncertainty;
  // Sources of the defaults, "publication (year)", for the result's list of sources.
  std::string pue_default_source, pue_inference_source, wue_onsite_source, wue_offsite_source,
      memory_source, storage_source, network_source, llm_source, energy_class_source, hours_source,
      lifetime_source;
};

struct Reference {
  std::string data_version, ecologits_version;
  // What the calculation does and how results are rounded, in the content's words (the data's
  // `method`): the core prints them with every result and has none of its own.
  std::string method_text, rounding_text;
  // The words of the engine's messages (the data's `messages`, core/footprint_messages.h).
  Json messages;
  std::vector<Location> locations;
  std::vector<Hardware> hardware;
  std::vector<Comparison> comparisons;
  std::vector<Zone> zones;
  std::vector<Provider> providers;
  std::vector<Model> models;
  Factors factors;

  const Location* location(const std::string& code) const;    // case-insensitive
  const Hardware* find_hardware(const std::string& id) const;  // case-insensitive
  const Model* model(const std::string& id) const;             // case-insensitive
  const Provider* provider(const std::string& id) const;
  const Zone* zone(const std::string& code) const;
  std::vector<std::string> location_codes() const;
  std::vector<std::string> hardware_ids(const std::string& type = "") const;
  std::vector<std::string> model_ids() const;
  std::vector<std::string> provider_ids() const;
};

/// Reads `json` (the input's "reference" member) into `out`, reporting each missing or invalid
/// table entry under `pointer`. Returns false when anything was reported.
bool parse(const Json& json, const std::string& pointer, Reference& out,
           footprint_fields::Errors& errors);

/// "publication (year)" of a reference quantity {value, source, year}; "" when it has no source.
std::string source_of(const Json& quantity);

}  // namespace core::footprint_reference
