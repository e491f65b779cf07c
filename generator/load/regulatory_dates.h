#pragma once
// The regulatory dates (content/data/dates-reglementaires.yaml): each obligation with its article,
// its date of application, its source and the day it was last checked. Pages and banks cite a
// date by id with {{date:ID}}, so that each date is written once (content/README.md, "Dates").
#include <functional>
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "load/file_system.h"

namespace load {

struct RegulatoryDate {
  std::string id;       // [a-z0-9-]+
  std::string text;     // the obligation, in a sentence
  std::string article;  // e.g. "règlement (UE) 2024/1689, article 5"
  std::string date;     // date of application, YYYY-MM-DD
  std::string source;   // where the date was read
  std::string checked;  // when it was last checked against its source, YYYY-MM-DD
  diag::SourcePos pos, checked_pos;
};

/// How the content writes a date in words and announces what is to come (the dates file's
/// `date_words` and `future_wordings`): the site's language, not the generator's.
struct DateWords {
  std::string pattern;               // "{day} {month} {year}"
  std::string first_day;             // the 1st of a month: "1er"
  std::vector<std::string> months;   // twelve names, January first
  std::vector<std::string> future;   // "s'appliquera"..., lower case
  std::string first_day_suffix;      // what follows the digits of `first_day` ("er")
  bool future_first[256] = {};       // the first bytes of `future`, for one pass over a text
};

struct RegulatoryDates {
  std::string file;  // "" when the content has no dates file
  std::vector<RegulatoryDate> entries;
  // How a cited date is written, the file's `cited_as`: {date} the date of application, {checked}
  // the day it was checked, "{date} (état au {checked})".
  std::string cited_as;
  DateWords words;
  const RegulatoryDate* find(const std::string& id) const;
  std::vector<std::string> ids() const;
  /// "2025-02-02" → "2 février 2025" in the content's words ("1er" for the first of the
  /// month); "" when not a date or when the content has no words for dates.
  std::string in_words(const std::string& iso) const;
};

/// The file's name below content/data/.
constexpr const char* kRegulatoryDatesFile = "dates-reglementaires.yaml";

/// Reads `content_dir`/data/dates-reglementaires.yaml when it exists. Reports, at their
/// position, missing fields, dates not written YYYY-MM-DD, duplicate ids and unknown keys, a
/// `cited_as` that is missing or lacks {date} or {checked}, and `date_words` or
/// `future_wordings` missing or malformed.
RegulatoryDates load_regulatory_dates(const FileSystem& fs, const std::string& content_dir,
                                      diag::Diagnostics& diags);

/// True for a date written YYYY-MM-DD that exists ("2027-02-30" does not).
bool is_iso_date(const std::string& iso);

/// Days from `from` to `to` (both YYYY-MM-DD); 0 when either is not a date.
long days_between(const std::string& from, const std::string& to);

/// Today's date (UTC) as YYYY-MM-DD.
std::string today_utc();

/// Replaces every {{date:ID}} in `text` with the date in words and the day it was checked, in
/// the words of the file's `cited_as`: "2 décembre 2027 (état au 5 décembre 2026)". An unknown id or a malformed reference is an
/// error at `where(offset)`, the position of its first byte; the reference is then left as is.
std::string expand_date_refs(const std::string& text, const RegulatoryDates& dates,
                             const std::function<diag::SourcePos(size_t)>& where,
                             diag::Diagnostics& diags);

/// One date a text mentions: written in words ("2 août 2026", "1er août 2024": a day, a month
/// of the content's `date_words`, a year) or cited by {{date:ID}}, at `offset`.
struct DateMention {
  size_t offset = 0;
  std::string iso;
};

/// Every date `text` mentions, in order (references resolved through `dates`).
std::vector<DateMention> find_dates(const std::string& text, const RegulatoryDates& dates);

/// Future wording (the content's `future_wordings`: "s'appliquera", "entrera en application"…)
/// about a date before `today`, in the same sentence: each one as {offset of the wording, the date}.
std::vector<DateMention> past_dates_called_future(const std::string& text, const RegulatoryDates& dates,
                                                  const std::string& today);

}  // namespace load
