#pragma once
// Writes the regulatory dates into the content: every {{date:ID}} of the pages and of the banks'
// texts becomes the date in words with the day it was checked (load/regulatory_dates.h).
#include "load/file_system.h"
#include "load/regulatory_dates.h"
#include "model/site_model.h"

namespace load {

/// Expands the references of every page body and of every string of every bank, reporting each
/// unknown id at its position in the source.
/// (`fs` reads the banks' sources again, to point at the reference inside a block of text).
void expand_site_dates(model::Site& site, const RegulatoryDates& dates, const FileSystem& fs,
                       diag::Diagnostics& diags);

/// The same for one page's body (`guide serve` rebuilds a page alone).
void expand_page_dates(model::Page& page, const RegulatoryDates& dates, diag::Diagnostics& diags);
/// The same for one bank document whose YAML text is `source` (`guide eval` reads a bank alone).
void expand_bank_dates(YamlDocument& doc, const std::string& source, const RegulatoryDates& dates,
                       diag::Diagnostics& diags);

}  // namespace load
