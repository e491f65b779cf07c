#pragma once
// The EcoLogits estimator of one LLM request (EcoLogits 0.11.2, compute_llm_impacts): five
// criteria — energy, global warming (GWP), abiotic resources (ADPe), primary energy (PE) and
// water (WCF) — each split into a usage and, except energy and water, an embodied phase.
// Pure arithmetic: no I/O, no exception, the same results natively and in WebAssembly.
#include <optional>
#include <string>

#include "core/ecologits_value.h"

namespace core::ecologits {

/// One request, in the units of the EcoLogits spec.
struct Inputs {
  Value active_parameters;  // billions; an interval for an undisclosed model
  Value total_parameters;   // billions; differs from active for a mixture of experts
  double output_tokens = 0;
  std::optional<double> request_latency;  // measured, s; none: the modelled latency is used
  double mix_adpe = 0;                    // kgSbeq per kWh of electricity
  double mix_pe = 0;                      // MJ per kWh
  double mix_gwp = 0;                     // kgCO2eq per kWh
  double mix_wue = 0;                     // L of water per kWh (off-site, electricity production)
  Value datacenter_pue;                   // Power Usage Effectiveness
  Value datacenter_wue;                   // L per kWh (on-site)
  std::optional<double> tps;              // published output tokens per second
  std::optional<double> ttft;             // published time to first token, s
};

/// The result, as the spec's `expected` object: totals, then the usage and embodied phases.
/// Energy and water are usage only, so their totals equal their usage values.
struct Impacts {
  Value energy, gwp, adpe, pe, wcf;  // totals: kWh, kgCO2eq, kgSbeq, MJ, L
  Value usage_energy, usage_gwp, usage_adpe, usage_pe, usage_wcf;
  Value embodied_gwp, embodied_adpe, embodied_pe;
};

/// Why the reference implementation would refuse an input: `field` is the input it comes
/// from as a JSON pointer ("/tps"), or "" for the result as a whole; `code` is one of
/// core/footprint_messages.h ("ecologits_tps_zero"...), and `subject` the quantity an
/// "ecologits_interval_reversed" names ("ecologits_energy"...). The words are the caller's.
struct Failure {
  std::string field;
  const char* code = "";
  const char* subject = "";
};

/// Estimates one request. When a parameter count is an interval, the graph runs twice (lower
/// bounds, then upper bounds) and every result is the interval [first.min, second.max]. Returns
/// false, with `failure` set and `out` unspecified, for the inputs the reference rejects: tps = 0,
/// a total parameter count that sizes no GPU (zero, negative, or too large to be finite), and an
/// interval whose bounds are (or become, through a negative factor) out of order.
bool estimate(const Inputs& in, Impacts& out, Failure& failure);

/// The GPUs the estimator deploys for a model of `total_parameters` billion parameters (80 GB
/// cards, 16-bit weights, 1.2 overhead, rounded up to a power of two), or 0 when the count sizes
/// no GPU (zero, negative, or too large to be finite).
double gpu_count(double total_parameters);

/// The generation latency of one request as the estimator models it, in s: output tokens at the
/// published throughput (or the regression on `active_parameters`), plus the published time to
/// first token, capped by a measured request latency. Assumes tps is not 0.
double generation_latency(const Inputs& in, double active_parameters);

}  // namespace core::ecologits
