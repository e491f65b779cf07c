#include "check/date_check.h"

namespace check {

void check_dates(const model::Site& site, const load::RegulatoryDates& dates, const std::string& today,
                 diag::Diagnostics& diags) {
  auto limit = site.config.find("dates_max_age_days");
  if (limit != site.config.end()) {
    if (!limit->is_number_integer() || limit->get<long>() < 1) {
      diags.error(site.config_doc.position("/dates_max_age_days"),
                  "dates_max_age_days must be a whole number of days, e.g. 180");
    } else {
      const long max_age = limit->get<long>();
      for (const load::RegulatoryDate& d : dates.entries) {
        const long age = load::days_between(d.checked, today);
        if (age > max_age)
          diags.warning(d.checked_pos, "'" + d.id + "' was last checked " + std::to_string(age) +
                                           " days ago, more than dates_max_age_days (" +
                                           std::to_string(max_age) + ")",
                        {"check the date against its source (" + d.source + "), then set 'checked' to today"});
      }
    }
  }
  for (const model::Page& page : site.pages) {
    for (const load::DateMention& m : load::past_dates_called_future(page.markdown, dates, today)) {
      diags.warning(diag::position_at(page.file, page.markdown, m.offset, page.body_line),
                    "future wording about " + load::french_date(m.iso) + ", which is past (today is " +
                        load::french_date(today) + ")",
                    {"say what applies now: « s'applique depuis le … »"});
    }
  }
}

}  // namespace check
