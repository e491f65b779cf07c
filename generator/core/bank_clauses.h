#pragma once
// Validation of `clauses` banks (the clause-annex builder): profiles, documents, parameters and
// clauses whose bodies name parameters in braces.
#include "core/bank_fields.h"

namespace core {

/// Reads and checks the clause-specific parts of `root` (a kind: clauses bank) into `bank`:
/// top-level `profiles`, `documents`, `parameters`, and `sections` of clauses. Common keys are
/// read by the caller.
void check_clauses(const ojson& root, Bank& bank, Issues& issues);

}  // namespace core
