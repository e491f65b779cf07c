#include "core/ecologits_estimator.h"

#include <cmath>
#include <limits>

#include "core/ecologits_constants.h"

namespace core::ecologits {

namespace {

// The results of one run of the graph, for scalar parameter counts. Only the usage results can
// be intervals (through the datacenter PUE and WUE); the embodied ones depend on the latency
// and the GPU count alone.
struct Pass {
  Value energy, usage_gwp, usage_adpe, usage_pe, usage_wcf;
  double embodied_gwp = 0, embodied_adpe = 0, embodied_pe = 0;
};

// Smallest power of two >= n (n >= 1, finite), computed exactly: the GPUs are deployed in sets
// of 1, 2, 4, 8, 16... (the reference rounds up in base 2 through log2).
double next_power_of_two(double n) {
  int exponent = 0;
  const double mantissa = std::frexp(n, &exponent);  // n = mantissa * 2^exponent, mantissa in [0.5, 1)
  return mantissa == 0.5 ? n : std::ldexp(1.0, exponent);
}

bool fail(Failure& failure, const char* field, const char* code, const char* subject = "") {
  failure.field = field;
  failure.code = code;
  failure.subject = subject;
  return false;
}

// An interval the reference would refuse to build (lower bound above upper bound, a negative
// factor having inverted it); `what` is the quantity's subject.
bool misordered(const Value& v, Failure& failure, const char* what) {
  if (v.ordered()) return false;
  fail(failure, "", "ecologits_interval_reversed", what);
  return true;
}

// One evaluation of the EcoLogits graph (llm.py's assets), in the reference's order of
// operations so that the results agree to the last bits wherever the libm does.
bool run_pass(const Inputs& in, double active, double total, Pass& out, Failure& failure) {
  // gpu_energy (kWh): energy of one GPU for the whole generation.
  double energy_per_token = kGpuEnergyAlpha * std::exp(kGpuEnergyBeta * kBatchSize) * active + kGpuEnergyGamma;
  energy_per_token /= 1000;
  const double gpu_energy = in.output_tokens * energy_per_token;

  // generation_latency (s): published throughput when known, else the regression; never more
  // than the measured request latency.
  if (in.tps && *in.tps == 0)
    return fail(failure, "/tps", "ecologits_tps_zero");
  const double latency = generation_latency(in, active);

  // gpu_required_count: enough 80 GB GPUs to hold the weights, rounded up to a power of two.
  const double gpus = gpu_count(total);
  if (gpus == 0)
    return fail(failure, "/modelTotalParameterCount", "ecologits_no_gpu");

  // server_energy (kWh, server without its GPUs, this request's share of the batch), then the
  // IT energy, the request energy (PUE) and the usage impacts.
  const double server_energy = (latency / 3600) * kServerPowerKw * (gpus / kServerGpus) * (1 / kBatchSize);
  const Value it_energy = Value::number(server_energy + gpus * gpu_energy);
  out.energy = in.datacenter_pue * it_energy;
  out.usage_gwp = out.energy * Value::number(in.mix_gwp);
  out.usage_adpe = out.energy * Value::number(in.mix_adpe);
  out.usage_pe = out.energy * Value::number(in.mix_pe);
  // Water: on-site (datacenter WUE) plus off-site (electricity production, scaled by the PUE),
  // applied to the IT energy.
  const Value offsite_wue = in.datacenter_pue * Value::number(in.mix_wue);
  const Value water_factor = in.datacenter_wue + offsite_wue;
  out.usage_wcf = it_energy * water_factor;
  if (misordered(out.energy, failure, "ecologits_energy") ||
      misordered(out.usage_gwp, failure, "ecologits_usage_gwp") ||
      misordered(out.usage_adpe, failure, "ecologits_usage_adpe") ||
      misordered(out.usage_pe, failure, "ecologits_usage_pe") ||
      misordered(offsite_wue, failure, "ecologits_offsite_wue") ||
      misordered(water_factor, failure, "ecologits_water_factor") ||
      misordered(out.usage_wcf, failure, "ecologits_usage_wcf"))
    return false;

  // Embodied impacts: the server's and the GPUs' manufacturing, shared over the hardware's
  // lifetime and the batch, for the time this request kept them busy.
  const double share = gpus / kServerGpus;
  const double server_gwp = share * kServerEmbodiedGwp + gpus * kGpuEmbodiedGwp;
  const double server_adpe = share * kServerEmbodiedAdpe + gpus * kGpuEmbodiedAdpe;
  const double server_pe = share * kServerEmbodiedPe + gpus * kGpuEmbodiedPe;
  const double time_share = kHardwareLifetimeS * kBatchSize;
  out.embodied_gwp = latency * server_gwp / time_share;
  out.embodied_adpe = latency * server_adpe / time_share;
  out.embodied_pe = latency * server_pe / time_share;
  return true;
}

// [first.min, second.max], as the reference collapses its two passes.
bool collapse(const Value& first, const Value& second, Value& out, Failure& failure, const char* what) {
  out = Value::interval(first.min, second.max);
  return !misordered(out, failure, what);
}

bool input_interval_ordered(const Value& v, const char* field, Failure& failure) {
  if (v.ordered()) return true;
  return fail(failure, field, "ecologits_input_reversed");
}

}  // namespace

double gpu_count(double total) {
  const double required_memory = kMemoryOverhead * total * kQuantizationBits / 8;
  const double gpus_needed = std::ceil(required_memory / kGpuMemoryGb);
  if (!(gpus_needed >= 1) || !std::isfinite(gpus_needed)) return 0;
  return next_power_of_two(gpus_needed);
}

double generation_latency(const Inputs& in, double active) {
  const double request_latency =
      in.request_latency ? *in.request_latency : std::numeric_limits<double>::infinity();
  const double latency_per_token =
      in.tps ? 1 / *in.tps : kLatencyAlpha * active + kLatencyBeta * kBatchSize + kLatencyGamma;
  const double first_token = in.ttft ? *in.ttft : 0;
  const double modelled_latency = in.output_tokens * latency_per_token + first_token;
  return request_latency < modelled_latency ? request_latency : modelled_latency;
}

bool estimate(const Inputs& in, Impacts& out, Failure& failure) {
  if (!input_interval_ordered(in.active_parameters, "/modelActiveParameterCount", failure) ||
      !input_interval_ordered(in.total_parameters, "/modelTotalParameterCount", failure) ||
      !input_interval_ordered(in.datacenter_pue, "/datacenterPue", failure) ||
      !input_interval_ordered(in.datacenter_wue, "/datacenterWue", failure))
    return false;

  Pass low;
  if (!in.active_parameters.range && !in.total_parameters.range) {
    if (!run_pass(in, in.active_parameters.min, in.total_parameters.min, low, failure)) return false;
    out.usage_energy = low.energy;
    out.usage_gwp = low.usage_gwp;
    out.usage_adpe = low.usage_adpe;
    out.usage_pe = low.usage_pe;
    out.usage_wcf = low.usage_wcf;
    out.embodied_gwp = Value::number(low.embodied_gwp);
    out.embodied_adpe = Value::number(low.embodied_adpe);
    out.embodied_pe = Value::number(low.embodied_pe);
  } else {
    // A number paired with an interval counts as both of its bounds.
    Pass high;
    if (!run_pass(in, in.active_parameters.min, in.total_parameters.min, low, failure) ||
        !run_pass(in, in.active_parameters.max, in.total_parameters.max, high, failure))
      return false;
    if (!collapse(low.energy, high.energy, out.usage_energy, failure, "ecologits_energy") ||
        !collapse(low.usage_gwp, high.usage_gwp, out.usage_gwp, failure, "ecologits_usage_gwp") ||
        !collapse(low.usage_adpe, high.usage_adpe, out.usage_adpe, failure, "ecologits_usage_adpe") ||
        !collapse(low.usage_pe, high.usage_pe, out.usage_pe, failure, "ecologits_usage_pe") ||
        !collapse(low.usage_wcf, high.usage_wcf, out.usage_wcf, failure, "ecologits_usage_wcf") ||
        !collapse(Value::number(low.embodied_gwp), Value::number(high.embodied_gwp), out.embodied_gwp, failure,
                  "ecologits_embodied_gwp") ||
        !collapse(Value::number(low.embodied_adpe), Value::number(high.embodied_adpe), out.embodied_adpe,
                  failure, "ecologits_embodied_adpe") ||
        !collapse(Value::number(low.embodied_pe), Value::number(high.embodied_pe), out.embodied_pe, failure,
                  "ecologits_embodied_pe"))
      return false;
  }

  out.energy = out.usage_energy;
  out.wcf = out.usage_wcf;
  out.gwp = out.usage_gwp + out.embodied_gwp;
  out.adpe = out.usage_adpe + out.embodied_adpe;
  out.pe = out.usage_pe + out.embodied_pe;
  return !misordered(out.gwp, failure, "ecologits_gwp") && !misordered(out.adpe, failure, "ecologits_adpe") &&
         !misordered(out.pe, failure, "ecologits_pe");
}

}  // namespace core::ecologits
