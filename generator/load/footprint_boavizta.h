#pragma once
// A hardware entry's `boavizta` member: the inputs from which its manufacturing figure was
// computed with Boavizta's GPU method (load/boavizta_gpu.h). The loader recomputes the figure
// and refuses an `embodied_kgco2e` that does not show it, then drops the inputs from the JSON
// (the estimator needs the figure only).
#include <nlohmann/json.hpp>

#include "diag/diagnostics.h"
#include "model/yaml_document.h"

namespace load {

/// Checks the `boavizta` member of every entry of `hardware` (the JSON of the file's `hardware`
/// list, at `pointer` in `doc`) and erases it. Members, each a sourced quantity (a single number):
/// `die_mm2` (the compute die as its maker publishes it) or `die_effective_mm2` (already with its
/// wafer losses, as BoaviztAPI's GPU data give it), `memory_dies`, and optionally the card's
/// `pwb_cm2`, `casing_kg`, `heatsink_kg` and `mass_kg` (BoaviztAPI's defaults otherwise). The
/// memory is the entry's `memory_gb`. The result, rounded to 0.1 kg, must be the `value`, `min` or
/// `max` of the entry's `embodied_kgco2e`; anything else is an error at its position.
void check_boavizta_inputs(const model::YamlDocument& doc, nlohmann::ordered_json& hardware,
                           const std::string& pointer, diag::Diagnostics& diags);

}  // namespace load
