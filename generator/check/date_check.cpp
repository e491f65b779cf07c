#include "check/date_check.h"

#include <vector>

#include "parallel/parallel_for.h"

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
  // Each page on its own (a scan of its whole text), on every core; reported in page order.
  std::vector<std::vector<load::DateMention>> found(site.pages.size());
  parallel::for_each_index(site.pages.size(), [&](size_t i) {
    found[i] = load::past_dates_called_future(site.pages[i].markdown, dates, today);
  }, 64);
  for (size_t i = 0; i < site.pages.size(); ++i) {
    const model::Page& page = site.pages[i];
    for (const load::DateMention& m : found[i]) {
      diags.warning(diag::position_at(page.file, page.markdown, m.offset, page.body_line),
                    "future wording about " + m.iso + ", which is past (today is " + today + ")",
                    {"say what applies now: « s'applique depuis le … »"});
    }
  }
}

}  // namespace check
