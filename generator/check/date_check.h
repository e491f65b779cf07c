#pragma once
// Warnings about the regulatory dates: a date checked too long ago (site.yaml
// dates_max_age_days), and a page that speaks of a past date in the future tense.
#include <string>

#include "diag/diagnostics.h"
#include "load/regulatory_dates.h"
#include "model/site_model.h"

namespace check {

/// `today` is YYYY-MM-DD (the build's date, or --today for tests). Warnings only: a stale date
/// does not stop a build, but `guide check` shows it.
void check_dates(const model::Site& site, const load::RegulatoryDates& dates, const std::string& today,
                 diag::Diagnostics& diags);

}  // namespace check
