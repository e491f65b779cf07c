#pragma once
// A fixed reference for the footprint unit tests, so that the hand computations in the tests do
// not move when an organisation edits content/data. Values equal the shipped YAML at the time of
// writing (bare numbers are accepted by the core; the loader is what insists on sources). The
// GPUs' manufacturing figures have changed since (the A100's became a range, the V100 got one):
// the older ones stay here, since the hand computations rely on them (Green Algorithms' GA-2 case
// with the V100 counts electricity alone). The MI300X has no figure in the shipped data either.
#include <string>

namespace footprint_test {

inline const char* const kReference = R"REF({
  "data_version": "test-1",
  "messages": {
    "format": {"decimal": ",", "group": "\u00a0", "quote": "<{text}>", "list_separator": ", ",
               "list_last": " or ", "did_you_mean": " Close: {choices}."},
    "subjects": {"pue": {"label": "Le PUE"}, "runtime_h": {"label": "La duree", "unit": "h"}},
    "errors": {"out_of_range": "{subject}: from {min} to {max}{unit} (typed {value}).",
               "required": "{subject}: missing.", "location_unknown": "Unknown place {id}.{suggestions}"}
  },
  "factors": {
    "memory_power_w_per_gb": 0.3725, "pue_default": 1.56, "pue_inference_default": 1.2,
    "pue_threshold": 1.5, "wue_onsite_default": 1.8, "wue_offsite_default": 3.908,
    "storage_hdd_wh_per_tb_hour": 0.65, "storage_ssd_wh_per_tb_hour": 1.2,
    "network_kwh_per_gb": 0.001, "carbon_price_eur_per_t": 200, "equipment_lifetime_years": 4,
    "hours_per_year": 8760,
    "llm": {"gpu": "H100", "server": "serveur-8-gpu", "gpu_peak_tflops": 989, "prefill_mfu": 0.462},
    "energy_class": {"pue": 1.2, "classes": [{"label": "A", "below": 100}, {"label": "B", "below": 300},
      {"label": "C", "below": 1000}, {"label": "D", "below": 3000}, {"label": "E", "below": 10000}, {"label": "F"}]},
    "uncertainty": {"compute": 0.15, "inference": 0.5, "storage": 0.5, "transfer": 0.9,
                    "carbon_intensity": 0.15, "embodied": 0.3}
  },
  "locations": [
    {"code": "FR", "label": "France", "carbon_intensity": {"value": 44.18}, "wue_offsite": {"value": 3.6737}},
    {"code": "GA-FR", "label": "France (Green Algorithms)", "carbon_intensity": 51.28},
    {"code": "WORLD", "label": "Monde", "carbon_intensity": 475, "wue_offsite": 3.908},
    {"code": "DE", "label": "Allemagne", "carbon_intensity": 338.66},
    {"code": "FR-ECO", "label": "France (zone EcoLogits)", "zone": "FRA"}
  ],
  "hardware": [
    {"id": "cpu-generique", "type": "cpu", "tdp_w": 12, "cores": 1},
    {"id": "xeon-gold-6148", "type": "cpu", "tdp_w": 150, "cores": 20},
    {"id": "A100", "type": "gpu", "tdp_w": 300, "embodied_kgco2e": 143},
    {"id": "A100-SXM", "type": "gpu", "tdp_w": 400},
    {"id": "V100", "type": "gpu", "tdp_w": 300},
    {"id": "MI300X", "type": "gpu", "tdp_w": 750},
    {"id": "H100", "type": "gpu", "tdp_w": 700, "embodied_kgco2e": {"min": 164, "max": 575.1, "source": "NVIDIA ; Boavizta", "year": 2026}, "lifetime_years": 3},
    {"id": "L4", "type": "gpu", "tdp_w": 72},
    {"id": "serveur-8-gpu", "type": "server", "embodied_kgco2e": 5700, "lifetime_years": 3}
  ],
  "ecologits": {
    "ecologits_version": "0.11.2",
    "zones": [
      {"code": "FRA", "label": "France", "gwp": {"value": 0.04144, "source": "EcoLogits 0.11.2", "year": 2026}, "wue": 3.6737},
      {"code": "SWE", "label": "Suède", "gwp": 0.02268, "wue": 6.0315},
      {"code": "USA", "label": "États-Unis", "gwp": 0.38274, "wue": 3.1321}
    ],
    "providers": [
      {"id": "mistralai", "label": "Mistral AI", "zone": "SWE", "pue": 1.16, "wue": 0.09},
      {"id": "huggingface_hub", "label": "Hugging Face", "zone": "USA", "pue": {"min": 1.09, "max": 1.14}, "wue": {"min": 0.13, "max": 0.99}}
    ],
    "models": [
      {"provider": "huggingface_hub", "name": "mistralai/Mistral-7B-Instruct-v0.3", "label": "Mistral 7B",
       "active_params_b": {"value": 7.25, "source": "EcoLogits 0.11.2, registre des modèles", "year": 2026}, "total_params_b": 7.25},
      {"provider": "mistralai", "name": "mistral-large-2512", "label": "Mistral Large", "active_params_b": 41,
       "total_params_b": 675, "tps": 16.0, "ttft": 0.64},
      {"provider": "mistralai", "name": "mistral-medium-latest", "label": "Mistral Medium",
       "active_params_b": {"min": 70, "max": 120}, "total_params_b": {"min": 70, "max": 120}}
    ]
  },
  "comparisons": [
    {"id": "voiture-km", "label": "km en voiture", "kgco2e_per_unit": {"value": 0.175, "source": "GA"}},
    {"id": "semaine-serveur", "label": "semaines de serveur", "kgco2e_per_unit": 9}
  ]
})REF";

}  // namespace footprint_test
