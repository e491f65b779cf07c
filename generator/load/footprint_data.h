#pragma once
// Loads the footprint estimator's reference tables into the JSON that travels as the "reference"
// member of a footprint input (CLI and browser alike): content/data/footprint*.yaml, and the
// EcoLogits tables of ecologits-*.yaml (load/ecologits_data.h) under "ecologits".
#include <string>

#include <nlohmann/json.hpp>

#include "diag/diagnostics.h"
#include "load/file_system.h"

namespace load {

/// Reads every `footprint*.yaml` in `content_dir`/data (in name order) through `fs` and merges
/// their top-level members (data_version, factors, locations, hardware, comparisons), then adds
/// the EcoLogits tables as "ecologits". Reports with its position every number written without
/// `source` and `year` (a number, or an interval {min, max}), unknown or repeated top-level
/// members, a missing data_version, and a location whose EcoLogits `zone` is not listed or that
/// has neither a zone nor its own carbon intensity. `locator` members (where a figure is found in
/// its source) stay in the YAML for readers and are left out of the JSON. A hardware entry's
/// `boavizta` inputs are checked against its manufacturing figure (load/footprint_boavizta.h) and
/// left out too. Returns null when nothing could be read.
nlohmann::ordered_json load_footprint_reference(const FileSystem& fs, const std::string& content_dir,
                                                diag::Diagnostics& diags);

}  // namespace load
