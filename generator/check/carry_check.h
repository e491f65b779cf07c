#pragma once
// An advice that carries answers into another tool (a verdict's `carry`) must name a tool that
// exists and answers that tool accepts: checked once every bank is loaded.
#include <vector>

#include "diag/diagnostics.h"
#include "model/site_model.h"

namespace check {

/// Reports, at the `carry` of the verdict, an unknown target bank and each carried answer the
/// target bank would ignore (unknown question, not one of its choices…).
void check_carries(const std::vector<model::Bank>& banks, diag::Diagnostics& diags);

}  // namespace check
