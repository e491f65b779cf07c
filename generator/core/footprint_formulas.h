#pragma once
// The footprint equations, free of parsing and of reference tables, so each can be checked by
// hand against the published tools they reproduce (see the unit tests for worked examples).
#include <cstdint>

namespace core::footprint_formulas {

/// Green Algorithms v3.0 power draw in W (blueprints/form/form_blueprint.py): PUE x (cores x TDP
/// per core x usage + GPUs x TDP per GPU x GPU usage + memory GB x memory power per GB).
double compute_power_w(double cores, double tdp_per_core_w, double usage, double gpus,
                       double tdp_per_gpu_w, double gpu_usage, double memory_gb,
                       double memory_w_per_gb, double pue);

/// Energy of one run in kWh: runtime x power / 1000 (Green Algorithms, PSF = 1).
double compute_energy_kwh(double runtime_h, double power_w);

/// Constants of the EcoLogits 0.9.1 LLM inference model (ecologits/impacts/llm.py), plus the two
/// the guide adds to count input tokens (prefill, see llm_prefill_*).
struct LlmConstants {
  double alpha, beta, gamma;        // f_E = alpha * exp(beta * B) * P_active + gamma   [Wh/token]
  double batch;                     // B
  double lat_a, lat_b, lat_c;       // f_L = lat_a * P_active + lat_b * B + lat_c       [s/token]
  double server_power_kw;           // server without its GPUs
  double gpus_per_server;           // 8 (p5.48xlarge)
  double gpu_memory_gb;             // 80 (H100)
  double memory_overhead;           // 1.2
  double quantization_bits;         // 16
  double server_embodied_kg;        // server without GPUs
  double gpu_embodied_kg;           // one GPU
  double lifespan_s;                // hardware lifespan in seconds
  double gpu_power_kw;              // GPU power while prefilling (compute-bound: its TDP)
  double gpu_peak_flops;            // dense BF16 peak of that GPU, FLOP/s
  double prefill_mfu;               // model FLOPs utilisation reached while prefilling
};

/// Per-request results of the inference model, before PUE on the energy terms.
struct LlmRequest {
  int64_t gpus = 0;              // GPUs holding the model
  double latency_s = 0;          // generation time of the output tokens
  double gpu_energy_kwh = 0;     // all GPUs, output tokens (n x T_out x f_E / 1000)
  double server_energy_kwh = 0;  // server share without GPUs, output tokens
  double prefill_energy_kwh = 0; // GPUs + server share for the input tokens (guide's approximation)
  double embodied_kg = 0;        // manufacturing share allocated to the request
  double it_energy_kwh() const { return gpu_energy_kwh + server_energy_kwh + prefill_energy_kwh; }
};

/// n_GPU = smallest power of two holding 1.2 x P_total x Q/8 GB in 80 GB GPUs (EcoLogits).
int64_t llm_gpu_count(double total_params_b, const LlmConstants& c);

/// EcoLogits 0.9.1 for output tokens, and, for input tokens, a compute-bound prefill estimate:
/// 2 x P_active FLOPs per token (forward pass) at peak x MFU, charged like EcoLogits charges
/// GPU-seconds (GPU power, one eighth of the server, embodied per GPU-second of lifespan).
LlmRequest llm_request(double active_params_b, double total_params_b, double output_tokens,
                       double input_tokens, const LlmConstants& c);

/// Storage energy in kWh per year: TB x Wh per TB-hour x 8760 h / 1000 x replication x PUE
/// (Cloud Carbon Footprint's storage estimator).
double storage_energy_kwh_per_year(double tb, double wh_per_tb_hour, double replication,
                                   double pue);

/// Transfer energy in kWh: GB x kWh per GB x PUE (Cloud Carbon Footprint's networking estimator).
double transfer_energy_kwh(double gb, double kwh_per_gb, double pue);

/// Water in litres: IT energy x on-site WUE + facility energy x off-site WUE (electricity
/// generation). WUE is defined per kWh of IT energy (The Green Grid), hence the split.
double water_l(double facility_energy_kwh, double pue, double wue_onsite, double wue_offsite);

/// kg CO2e of `energy_kwh` at `carbon_intensity_g_per_kwh`.
double co2e_kg(double energy_kwh, double carbon_intensity_g_per_kwh);

}  // namespace core::footprint_formulas
