#pragma once
// The `inference` item: a language model answering requests, estimated with the EcoLogits
// estimator (ecologits_estimator.h, EcoLogits 0.11.2) for the tokens it generates, plus what
// EcoLogits leaves out and the guide approximates openly: the input tokens (a compute-bound
// reading of the prompt) and the hidden tokens of a reasoning model (a multiplier on the output).
//
// Counted as EcoLogits counts it (a share of a batched GPU server per request), or, for a
// scenario counted on dedicated servers, as the GPUs that hold the model powered all year and
// manufactured for the project (as many replicas as the requests need).
#include <optional>
#include <string>
#include <vector>

#include "core/footprint_fields.h"
#include "core/footprint_item_common.h"
#include "core/footprint_reference.h"

namespace core::footprint_inference {

/// The keys an inference item accepts.
const std::vector<std::string>& allowed_keys();

/// Evaluates the inference item read by `in` into `out` (impacts, range, details, sources).
/// Returns false when a field was reported invalid.
bool evaluate(footprint_fields::Fields& in, const footprint_reference::Reference& ref,
              const footprint_items::Context& ctx, footprint_items::ItemResult& out);

/// The energy class of a model, as compar:IA gives it: the EcoLogits energy of one million output
/// tokens at the reference PUE (the middle of the interval for a model of uncertain size), in Wh,
/// and the first class whose bound it stays below.
struct EnergyClass {
  std::string label;
  double wh_per_million_output_tokens = 0;
};
bool energy_class(const footprint_reference::Reference& ref, const ecologits::Value& active,
                  const ecologits::Value& total, const std::optional<double>& tps,
                  const std::optional<double>& ttft, EnergyClass& out);

}  // namespace core::footprint_inference
