#pragma once
// The EcoLogits reference data of content/data/: ecologits-models.yaml (model registry extract:
// active and total parameters, published throughput), ecologits-providers.yaml (each provider's
// datacenter zone, PUE and WUE) and ecologits-mixes.yaml (electricity impact factors per zone).
// Loaded and checked by `guide check` and `guide build` as part of the footprint reference
// (load/footprint_data.h), which the calculator and `guide footprint` read. The format is described in content/README.md, "EcoLogits data".
#include <string>

#include <nlohmann/json.hpp>

#include "diag/diagnostics.h"
#include "load/file_system.h"

namespace load {

/// Reads the ecologits-*.yaml files of `content_dir`/data that exist and reports, with its
/// position, every problem: a number that is not a quantity {value (or min and max), unit,
/// source, year}, an unknown or missing member, an interval out of order, a model whose provider
/// or a provider whose zone is not listed, a duplicate id, a dense model whose active and total
/// counts differ, a mixture of experts with more active than total parameters, a zero
/// throughput, an `ecologits_version` other than the estimator's. Returns
/// {ecologits_version, models, providers, zones} (members present only for the files found), or
/// null when there is no such file.
nlohmann::ordered_json load_ecologits_data(const FileSystem& fs, const std::string& content_dir,
                                           diag::Diagnostics& diags);

}  // namespace load
