#pragma once
// Public ids against the banks (load/public_ids.h): every section, question and clause of every
// bank has one, every id of the ledger names an item that exists (or is retired), and each item's
// id is written into its bank as `ref`, where the forms, the results and the prints read it.
#include <vector>

#include "diag/diagnostics.h"
#include "load/public_ids.h"
#include "model/site_model.h"

namespace check {

/// Checks `ids` against `banks` and sets `ref` on each section and item of each bank listed.
/// When the content has no ledger (`ids.file` empty), does nothing: public ids are optional for a
/// site. Once a ledger exists, a bank with sections missing from it is a warning (an error with
/// --strict), and every item of a bank it lists must have its id.
void apply_public_ids(std::vector<model::Bank>& banks, const load::PublicIds& ids, diag::Diagnostics& diags);

}  // namespace check
