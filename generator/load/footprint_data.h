#pragma once
// Loads the footprint estimator's reference tables from content/data/footprint*.yaml into the
// JSON that travels as the "reference" member of a footprint input (CLI and browser alike).
#include <string>

#include <nlohmann/json.hpp>

#include "diag/diagnostics.h"

namespace load {

/// Reads every `footprint*.yaml` in `content_dir`/data (in name order) and merges their top-level
/// members (data_version, factors, locations, hardware, models, comparisons). Reports with its
/// position every number written without `source` and `year`, unknown or repeated top-level
/// members, and a missing data_version. Returns null when nothing could be read.
nlohmann::ordered_json load_footprint_reference(const std::string& content_dir, diag::Diagnostics& diags);

}  // namespace load
