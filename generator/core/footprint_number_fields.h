#pragma once
// The numeric fields of the footprint input and their bounds, in one table: wide enough for any
// real project, narrow enough to catch a unit slip (W for kW, GB for TB) or a typo. Documented in
// content/README.md ("Footprint input"); the content words each subject
// (content/data/footprint-messages.yaml).
#include <vector>

#include "core/footprint_fields.h"

namespace core::footprint_number_fields {

using footprint_fields::NumberSpec;

// The input as a whole.
inline constexpr NumberSpec kProjectLifetime{"lifetime_years", 0, 50, true, "project_lifetime_years"};
inline constexpr NumberSpec kCarbonPrice{"carbon_price_eur_per_t", 0, 100000, false};

// Every item that uses electricity: where it runs.
inline constexpr NumberSpec kCarbonIntensity{"carbon_intensity", 0, 2000, false};
inline constexpr NumberSpec kWueOnsite{"wue_onsite", 0, 20, false};
inline constexpr NumberSpec kPue{"pue", 1, 3, false};

// Computing (Green Algorithms).
inline constexpr NumberSpec kRuntime{"runtime_h", 0, 100000, true};
inline constexpr NumberSpec kCount{"count", 0, 1000000, false};
inline constexpr NumberSpec kCores{"cores", 0, 1000000, true};
inline constexpr NumberSpec kTdpCore{"tdp_per_core_w", 0, 1000, true};
inline constexpr NumberSpec kUsage{"usage", 0, 1, false};
inline constexpr NumberSpec kGpus{"gpus", 0, 100000, true};
inline constexpr NumberSpec kGpusAsCores{"cores", 0, 100000, true, "gpus_as_cores"};
inline constexpr NumberSpec kTdpGpu{"tdp_per_gpu_w", 0, 2000, true};
inline constexpr NumberSpec kGpuUsage{"gpu_usage", 0, 1, false};
inline constexpr NumberSpec kMemory{"memory_gb", 0, 1000000, false};

// Storage, transfer, manufactured equipment.
inline constexpr NumberSpec kTb{"tb", 0, 1000000, false};
inline constexpr NumberSpec kReplication{"replication", 1, 10, false};
inline constexpr NumberSpec kGbPerYear{"gb_per_year", 0, 1e10, false};
inline constexpr NumberSpec kQuantity{"quantity", 0, 1000000, false};
inline constexpr NumberSpec kEmbodied{"embodied_kgco2e", 0, 1000000, false};
inline constexpr NumberSpec kEquipmentLifetime{"lifetime_years", 0, 30, true, "equipment_lifetime_years"};
inline constexpr NumberSpec kShare{"share", 0, 1, false};

// Language-model inference (EcoLogits, and the guide's input tokens and reasoning).
inline constexpr NumberSpec kActiveParams{"active_params_b", 0, 10000, true};
inline constexpr NumberSpec kTotalParams{"total_params_b", 0, 10000, true};
inline constexpr NumberSpec kOutTokens{"output_tokens", 0, 1000000, false};
inline constexpr NumberSpec kInTokens{"input_tokens", 0, 10000000, false};
inline constexpr NumberSpec kReasoning{"reasoning_factor", 1, 1000, false};
inline constexpr NumberSpec kRequests{"requests_per_year", 0, 1e13, false};

/// Every field above, for the list of subjects the content must word.
inline std::vector<const NumberSpec*> all() {
  return {&kProjectLifetime, &kCarbonPrice, &kCarbonIntensity, &kWueOnsite, &kPue, &kRuntime, &kCount,
          &kCores, &kTdpCore, &kUsage, &kGpus, &kGpusAsCores, &kTdpGpu, &kGpuUsage, &kMemory, &kTb,
          &kReplication, &kGbPerYear, &kQuantity, &kEmbodied, &kEquipmentLifetime, &kShare, &kActiveParams,
          &kTotalParams, &kOutTokens, &kInTokens, &kReasoning, &kRequests};
}

}  // namespace core::footprint_number_fields
