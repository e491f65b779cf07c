#pragma once
// The check stage for the tools: every bank's id (the name of its page) and content, each bank
// compiled once into the model the later stages render. A bank of kind "calculator" is the
// footprint calculator, checked against the footprint reference data.
#include <vector>

#include <nlohmann/json.hpp>

#include "diag/diagnostics.h"
#include "model/site_model.h"
#include "model/tool.h"

namespace check {

/// One tool per valid bank, in file order: ids checked (form, uniqueness), then the bank itself
/// (check_bank, or check_calculator against `reference`, the footprint reference JSON; null when
/// content/data has none, which a calculator then reports). A bank with any error is reported
/// and left out.
std::vector<model::Tool> check_banks(const model::Site& site, const nlohmann::ordered_json& reference,
                                     diag::Diagnostics& diags);

}  // namespace check
