#pragma once
// The check stage for the tools: every bank's id (the name of its page) and content, each bank
// compiled once into the model the later stages render.
#include <vector>

#include "diag/diagnostics.h"
#include "model/site_model.h"
#include "model/tool.h"

namespace check {

/// One tool per valid bank, in file order: ids checked (form, uniqueness), then the bank itself
/// (check_bank). A bank with any error is reported and left out.
std::vector<model::Tool> check_banks(const model::Site& site, diag::Diagnostics& diags);

}  // namespace check
