#pragma once
// Validation of `clauses` banks (the clause-annex builder): profiles, documents, parameters and
// clauses whose bodies name parameters in braces.
#include "core/bank_fields.h"

namespace core {

/// Reads and checks the clause-specific parts of `root` (a kind: clauses bank) into `bank`:
/// top-level `profiles`, `documents`, `parameters`, and `sections` of clauses. Common keys are
/// read by the caller.
void check_clauses(const ojson& root, Bank& bank, Issues& issues);

/// Reads a questionnaire bank's `profiles` (as in clauses banks: {id, label} each), the supplier
/// profiles its sections may name. Optional: a questionnaire without profiles filters by theme
/// only.
void read_questionnaire_profiles(const ojson& root, Bank& bank, Issues& issues);

/// Checks a questionnaire bank's optional `parameters` (as in clauses banks) and `letter`
/// ({title, body}: the cover letter sent with the questionnaire), whose `{name}`s must be parameters.
void check_letter(const ojson& root, Bank& bank, Issues& issues);

}  // namespace core
