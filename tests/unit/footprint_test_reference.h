#pragma once
// A fixed reference for the footprint unit tests, so that the hand computations in the tests do
// not move when an organisation edits content/data. Values equal the shipped YAML at the time of
// writing (bare numbers are accepted by the core; the loader is what insists on sources).
#include <string>

namespace footprint_test {

inline const char* const kReference = R"REF({
  "data_version": "test-1",
  "factors": {
    "memory_power_w_per_gb": 0.3725, "pue_default": 1.56, "pue_inference_default": 1.2,
    "pue_threshold": 1.5, "wue_onsite_default": 1.8, "wue_offsite_default": 3.908,
    "storage_hdd_wh_per_tb_hour": 0.65, "storage_ssd_wh_per_tb_hour": 1.2,
    "network_kwh_per_gb": 0.001, "carbon_price_eur_per_t": 200, "equipment_lifetime_years": 4,
    "llm": {
      "energy_alpha": 1.1665273170451914e-06, "energy_beta": -0.011205921025579175,
      "energy_gamma": 4.052928146734005e-05, "batch_size": 64,
      "latency_alpha": 6.785088094353663e-04, "latency_beta": 3.119310311688259e-04,
      "latency_gamma": 0.019473717579473387, "server_power_kw": 1.2, "gpus_per_server": 8,
      "gpu_memory_gb": 80, "memory_overhead": 1.2, "quantization_bits": 16,
      "server_embodied_kgco2e": 5700, "gpu_embodied_kgco2e": 164, "hardware_lifespan_years": 3,
      "prefill_gpu_power_w": 700, "prefill_gpu_peak_tflops": 989, "prefill_mfu": 0.462
    },
    "uncertainty": {"compute": 0.15, "inference": 0.5, "storage": 0.5, "transfer": 0.9,
                    "carbon_intensity": 0.15, "embodied": 0.3}
  },
  "locations": [
    {"code": "FR", "label": "France", "carbon_intensity": {"value": 44.18}, "wue_offsite": {"value": 3.6737}},
    {"code": "GA-FR", "label": "France (Green Algorithms)", "carbon_intensity": 51.28},
    {"code": "WORLD", "label": "Monde", "carbon_intensity": 475, "wue_offsite": 3.908},
    {"code": "DE", "label": "Allemagne", "carbon_intensity": 338.66}
  ],
  "hardware": [
    {"id": "cpu-generique", "type": "cpu", "tdp_w": 12, "cores": 1},
    {"id": "xeon-gold-6148", "type": "cpu", "tdp_w": 150, "cores": 20},
    {"id": "A100", "type": "gpu", "tdp_w": 300, "embodied_kgco2e": 143},
    {"id": "A100-SXM", "type": "gpu", "tdp_w": 400},
    {"id": "V100", "type": "gpu", "tdp_w": 300},
    {"id": "H100", "type": "gpu", "tdp_w": 700, "embodied_kgco2e": 164, "lifetime_years": 3},
    {"id": "L4", "type": "gpu", "tdp_w": 72}
  ],
  "models": [
    {"id": "mistral-7b", "active_params_b": 7.3, "total_params_b": 7.3},
    {"id": "mixtral-8x7b", "active_params_b": 12.9, "total_params_b": 46.7},
    {"id": "mistral-large-2", "active_params_b": 123, "total_params_b": 123}
  ],
  "comparisons": [
    {"id": "voiture-km", "label": "km en voiture", "kgco2e_per_unit": {"value": 0.175, "source": "GA"}},
    {"id": "semaine-serveur", "label": "semaines de serveur", "kgco2e_per_unit": 9}
  ]
})REF";

}  // namespace footprint_test
