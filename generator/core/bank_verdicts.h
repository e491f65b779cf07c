#pragma once
// Verdicts are tried in order: each must be reachable, and the last must always match.
#include <string>
#include <vector>

#include "core/bank_model.h"
#include "core/expr_check.h"

namespace core {

/// Reports verdicts after one that always matches, conditions that can never hold, and a list
/// that does not end with the fallback (no `when`).
void check_verdict_order(const std::vector<Verdict>& verdicts,
                         const std::vector<std::string>& pointers,
                         const std::vector<bool>& has_when,
                         const std::vector<expr::CheckResult>& checks, Issues& issues);

}  // namespace core
