#include "core/footprint_formulas.h"

#include <cmath>

namespace core::footprint_formulas {

double compute_power_w(double cores, double tdp_per_core_w, double usage, double gpus,
                       double tdp_per_gpu_w, double gpu_usage, double memory_gb,
                       double memory_w_per_gb, double pue) {
  return pue * (cores * tdp_per_core_w * usage + gpus * tdp_per_gpu_w * gpu_usage +
                memory_gb * memory_w_per_gb);
}

double compute_energy_kwh(double runtime_h, double power_w) { return runtime_h * power_w / 1000.0; }

int64_t llm_gpu_count(double total_params_b, const LlmConstants& c) {
  double memory_gb = c.memory_overhead * total_params_b * c.quantization_bits / 8.0;
  double needed = std::ceil(memory_gb / c.gpu_memory_gb);
  // 2^ceil(log2(k)) computed on integers: identical natively and in WASM, no libm rounding.
  int64_t n = 1;
  while (static_cast<double>(n) < needed && n < (int64_t(1) << 40)) n *= 2;
  return n;
}

LlmRequest llm_request(double active_params_b, double total_params_b, double output_tokens,
                       double input_tokens, const LlmConstants& c) {
  LlmRequest r;
  r.gpus = llm_gpu_count(total_params_b, c);
  const double n = static_cast<double>(r.gpus);
  const double wh_per_token = c.alpha * std::exp(c.beta * c.batch) * active_params_b + c.gamma;
  const double s_per_token = c.lat_a * active_params_b + c.lat_b * c.batch + c.lat_c;
  r.latency_s = output_tokens * s_per_token;
  r.gpu_energy_kwh = n * output_tokens * wh_per_token / 1000.0;
  r.server_energy_kwh = r.latency_s / 3600.0 * c.server_power_kw * n / c.gpus_per_server / c.batch;
  // Output tokens hold the n GPUs for latency/B each (the batch shares them): GPU-seconds.
  const double decode_gpu_s = n * r.latency_s / c.batch;
  const double prefill_gpu_s =
      input_tokens * 2.0 * active_params_b * 1e9 / (c.gpu_peak_flops * c.prefill_mfu);
  r.prefill_energy_kwh = prefill_gpu_s / 3600.0 *
                         (c.gpu_power_kw + c.server_power_kw / c.gpus_per_server);
  const double embodied_per_gpu = c.server_embodied_kg / c.gpus_per_server + c.gpu_embodied_kg;
  r.embodied_kg = (decode_gpu_s + prefill_gpu_s) / c.lifespan_s * embodied_per_gpu;
  return r;
}

double storage_energy_kwh_per_year(double tb, double wh_per_tb_hour, double replication,
                                   double pue) {
  return tb * wh_per_tb_hour * 8760.0 / 1000.0 * replication * pue;
}

double transfer_energy_kwh(double gb, double kwh_per_gb, double pue) { return gb * kwh_per_gb * pue; }

double water_l(double facility_energy_kwh, double pue, double wue_onsite, double wue_offsite) {
  return facility_energy_kwh / pue * wue_onsite + facility_energy_kwh * wue_offsite;
}

double co2e_kg(double energy_kwh, double carbon_intensity_g_per_kwh) {
  return energy_kwh * carbon_intensity_g_per_kwh / 1000.0;
}

}  // namespace core::footprint_formulas
