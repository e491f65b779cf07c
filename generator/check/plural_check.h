#pragma once
// Warns about plurals left to the reader, "3 an(s)" or "1 valeur(s)": a number is known when the
// text is written, so the word can agree with it ("1 an", "3 ans"). Code (fenced blocks and
// `spans` of pages) is not read.
#include "diag/diagnostics.h"
#include "model/site_model.h"

namespace check {

/// One warning per "(s)" or "(x)" right after a letter, in every page body and every text of
/// every bank, at the start of its word.
void check_plural_marks(const model::Site& site, diag::Diagnostics& diags);

}  // namespace check
