#pragma once
// An advice that carries answers into another tool (a verdict's `carry`) must name a tool that
// exists and answers that tool accepts: checked once every bank is compiled.
#include <vector>

#include "diag/diagnostics.h"
#include "model/site_model.h"
#include "model/tool.h"

namespace check {

/// Reports, at the `carry` of the verdict, an unknown target bank and each carried answer the
/// target bank would ignore (unknown question, not one of its choices…). A carry into a bank
/// that exists but did not compile is left to that bank's own errors.
void check_carries(const model::Site& site, const std::vector<model::Tool>& tools, diag::Diagnostics& diags);

}  // namespace check
