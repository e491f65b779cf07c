#pragma once
// The numeric fields of the footprint input and their bounds, in one table: wide enough for any
// real project, narrow enough to catch a unit slip (W for kW, GB for TB) or a typo. Documented in
// content/README.md ("Footprint input"); the content words each subject
// (content/data/footprint-messages.yaml), and guide check asks for every subject of the table.
#include <string_view>

#include "core/footprint_fields.h"

namespace core::footprint_number_fields {

using footprint_fields::NumberSpec;

/// Every numeric field, by subject (its key, or its `named_as` where one key has two bounds).
inline constexpr NumberSpec kAll[] = {
    // The input as a whole.
    {"lifetime_years", 0, 50, true, "project_lifetime_years"},
    {"carbon_price_eur_per_t", 0, 100000, false},
    // Every item that uses electricity: where it runs.
    {"carbon_intensity", 0, 2000, false},
    {"wue_onsite", 0, 20, false},
    {"pue", 1, 3, false},
    // Computing (Green Algorithms).
    {"runtime_h", 0, 100000, true},
    {"count", 0, 1000000, false},
    {"cores", 0, 1000000, true},
    {"tdp_per_core_w", 0, 1000, true},
    {"usage", 0, 1, false},
    {"gpus", 0, 100000, true},
    {"cores", 0, 100000, true, "gpus_as_cores"},
    {"tdp_per_gpu_w", 0, 2000, true},
    {"gpu_usage", 0, 1, false},
    {"memory_gb", 0, 1000000, false},
    // Storage, transfer, manufactured equipment.
    {"tb", 0, 1000000, false},
    {"replication", 1, 10, false},
    {"gb_per_year", 0, 1e10, false},
    {"quantity", 0, 1000000, false},
    {"embodied_kgco2e", 0, 1000000, false},
    {"lifetime_years", 0, 30, true, "equipment_lifetime_years"},
    {"share", 0, 1, false},
    // Language-model inference (EcoLogits, and the guide's input tokens and reasoning).
    {"active_params_b", 0, 10000, true},
    {"total_params_b", 0, 10000, true},
    {"output_tokens", 0, 1000000, false},
    {"input_tokens", 0, 10000000, false},
    {"reasoning_factor", 1, 1000, false},
    {"requests_per_year", 0, 1e13, false},
};

namespace detail {
// Declared, never defined, not constexpr: naming a subject the table lacks makes field() no
// constant expression, so the constant that asks for it does not compile.
const NumberSpec& no_such_field();

constexpr bool subjects_unique() {
  for (const NumberSpec& a : kAll)
    for (const NumberSpec& b : kAll)
      if (&a != &b && std::string_view(a.subject()) == b.subject()) return false;
  return true;
}
static_assert(subjects_unique(), "two fields of kAll share a subject: give one a named_as");
}  // namespace detail

/// The field of the table that has this subject; for constant expressions only (below).
constexpr const NumberSpec& field(std::string_view subject) {
  for (const NumberSpec& spec : kAll)
    if (subject == spec.subject()) return spec;
  return detail::no_such_field();
}

// The fields the engine reads, by name.
inline constexpr const NumberSpec& kProjectLifetime = field("project_lifetime_years");
inline constexpr const NumberSpec& kCarbonPrice = field("carbon_price_eur_per_t");
inline constexpr const NumberSpec& kCarbonIntensity = field("carbon_intensity");
inline constexpr const NumberSpec& kWueOnsite = field("wue_onsite");
inline constexpr const NumberSpec& kPue = field("pue");
inline constexpr const NumberSpec& kRuntime = field("runtime_h");
inline constexpr const NumberSpec& kCount = field("count");
inline constexpr const NumberSpec& kCores = field("cores");
inline constexpr const NumberSpec& kTdpCore = field("tdp_per_core_w");
inline constexpr const NumberSpec& kUsage = field("usage");
inline constexpr const NumberSpec& kGpus = field("gpus");
inline constexpr const NumberSpec& kGpusAsCores = field("gpus_as_cores");
inline constexpr const NumberSpec& kTdpGpu = field("tdp_per_gpu_w");
inline constexpr const NumberSpec& kGpuUsage = field("gpu_usage");
inline constexpr const NumberSpec& kMemory = field("memory_gb");
inline constexpr const NumberSpec& kTb = field("tb");
inline constexpr const NumberSpec& kReplication = field("replication");
inline constexpr const NumberSpec& kGbPerYear = field("gb_per_year");
inline constexpr const NumberSpec& kQuantity = field("quantity");
inline constexpr const NumberSpec& kEmbodied = field("embodied_kgco2e");
inline constexpr const NumberSpec& kEquipmentLifetime = field("equipment_lifetime_years");
inline constexpr const NumberSpec& kShare = field("share");
inline constexpr const NumberSpec& kActiveParams = field("active_params_b");
inline constexpr const NumberSpec& kTotalParams = field("total_params_b");
inline constexpr const NumberSpec& kOutTokens = field("output_tokens");
inline constexpr const NumberSpec& kInTokens = field("input_tokens");
inline constexpr const NumberSpec& kReasoning = field("reasoning_factor");
inline constexpr const NumberSpec& kRequests = field("requests_per_year");

}  // namespace core::footprint_number_fields
