#include "load/regulatory_dates.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <array>
#include <cstdio>
#include <ctime>

#include "core/placeholders.h"
#include "load/content_loader.h"
#include "load/yaml_json.h"
#include "load/unknown_members.h"

namespace load {

namespace {

bool parse_iso(const std::string& iso, int& y, int& m, int& d) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (iso[i] < '0' || iso[i] > '9') return false;
  y = std::stoi(iso.substr(0, 4));
  m = std::stoi(iso.substr(5, 2));
  d = std::stoi(iso.substr(8, 2));
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1];
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

bool is_id_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

constexpr const char* kOpen = "{{date:";

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// A list of non-empty texts at `pointer`, or an error there.
bool read_texts(const YamlDocument& doc, const std::string& pointer, const nlohmann::ordered_json& node,
                std::vector<std::string>& out, diag::Diagnostics& diags) {
  bool ok = node.is_array();
  for (size_t i = 0; ok && i < node.size(); ++i)
    ok = node[i].is_string() && !node[i].get<std::string>().empty();
  if (!ok) {
    diags.error(doc.position(pointer), "'" + pointer.substr(pointer.rfind('/') + 1) + "' must be a list of texts");
    return false;
  }
  for (const auto& item : node) out.push_back(item.get<std::string>());
  return true;
}

// The words of dates (`date_words`) and of announcements (`future_wordings`): required, as every
// word of the site lives in content.
void read_date_words(const YamlDocument& doc, DateWords& words, diag::Diagnostics& diags) {
  const auto& v = doc.value;
  const char* const kExample =
      "e.g. date_words: {pattern: \"{day} {month} {year}\", first_day: \"1er\", months: [janvier, …, décembre]}";
  if (!v.contains("date_words") || !v["date_words"].is_object()) {
    diags.error(doc.position(v.contains("date_words") ? "/date_words" : ""),
                "the dates file needs 'date_words', how a date is written in words", {kExample});
  } else {
    const auto& w = v["date_words"];
    report_unknown_members(doc, w, "/date_words", {"pattern", "first_day", "months"}, diags);
    auto text = [&](const char* key, std::string& out) {
      if (w.contains(key) && w[key].is_string() && !w[key].get<std::string>().empty()) out = w[key].get<std::string>();
      else diags.error(doc.position(w.contains(key) ? std::string("/date_words/") + key : "/date_words"),
                       std::string("'date_words' needs '") + key + "', a text", {kExample});
    };
    text("pattern", words.pattern);
    text("first_day", words.first_day);
    for (const char* name : {"{day}", "{month}", "{year}"})
      if (!words.pattern.empty() && words.pattern.find(name) == std::string::npos)
        diags.error(doc.position("/date_words/pattern"), std::string("'pattern' must contain ") + name);
    if (!w.contains("months")) {
      diags.error(doc.position("/date_words"), "'date_words' needs 'months', the twelve month names", {kExample});
    } else if (read_texts(doc, "/date_words/months", w["months"], words.months, diags) && words.months.size() != 12) {
      diags.error(doc.position("/date_words/months"),
                  "'months' lists " + std::to_string(words.months.size()) + " names, not 12");
      words.months.clear();
    }
    size_t digits = 0;
    while (digits < words.first_day.size() && words.first_day[digits] >= '0' && words.first_day[digits] <= '9') ++digits;
    words.first_day_suffix = words.first_day.substr(digits);
  }
  if (!v.contains("future_wordings")) {
    diags.error(doc.position(""), "the dates file needs 'future_wordings', the phrases that announce what is to come",
                {"guide check flags them in a sentence that cites a past date; e.g. future_wordings: [s'appliquera, …]"});
  } else {
    read_texts(doc, "/future_wordings", v["future_wordings"], words.future, diags);
    for (std::string& wording : words.future) {
      for (char& c : wording) c = ascii_lower(c);
      words.future_first[static_cast<unsigned char>(wording[0])] = true;
    }
  }
}

// The sentence around `at`: from after the previous '.', '!', '?' or blank line to the next.
std::pair<size_t, size_t> sentence_around(const std::string& text, size_t at) {
  auto is_end = [&](size_t i) {
    char c = text[i];
    if (c == '!' || c == '?') return true;
    if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') return true;
    // A '.' ends a sentence when followed by a space or an end of line (not "art. 5", which
    // is rare in the pages, nor "2.5").
    return c == '.' && (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n');
  };
  size_t begin = at;
  while (begin > 0 && !is_end(begin - 1)) --begin;
  size_t end = at;
  while (end < text.size() && !is_end(end)) ++end;
  return {begin, end};
}

}  // namespace

const RegulatoryDate* RegulatoryDates::find(const std::string& id) const {
  for (const RegulatoryDate& d : entries)
    if (d.id == id) return &d;
  return nullptr;
}

std::vector<std::string> RegulatoryDates::ids() const {
  std::vector<std::string> out;
  for (const RegulatoryDate& d : entries) out.push_back(d.id);
  return out;
}

std::string RegulatoryDates::in_words(const std::string& iso) const {
  int y, m, d;
  if (!parse_iso(iso, y, m, d) || words.months.size() != 12) return "";
  return core::fill_placeholders(words.pattern, {{"day", d == 1 ? words.first_day : std::to_string(d)},
                                                 {"month", words.months[m - 1]},
                                                 {"year", std::to_string(y)}});
}

bool is_iso_date(const std::string& iso) {
  int y, m, d;
  return parse_iso(iso, y, m, d);
}

long days_between(const std::string& from, const std::string& to) {
  int y1, m1, d1, y2, m2, d2;
  if (!parse_iso(from, y1, m1, d1) || !parse_iso(to, y2, m2, d2)) return 0;
  return days_from_civil(y2, m2, d2) - days_from_civil(y1, m1, d1);
}

std::string today_utc() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return std::to_string(utc.tm_year + 1900) + "-" + two(utc.tm_mon + 1) + "-" + two(utc.tm_mday);
}

RegulatoryDates load_regulatory_dates(const FileSystem& fs, const std::string& content_dir,
                                      diag::Diagnostics& diags) {
  RegulatoryDates out;
  const std::string path = content_dir + "/data/" + kRegulatoryDatesFile;
  if (!fs.is_file(path)) return out;
  out.file = path;
  const YamlDocument doc = read_yaml_source(fs, path, diags);
  if (!doc.ok) return out;
  const auto& v = doc.value;
  if (!v.is_object() || !v.contains("dates") || !v["dates"].is_array()) {
    diags.error(doc.position(""), "the dates file must hold 'dates:', a list of entries",
                {"each entry: id, text, article, date, source, checked"});
    return out;
  }
  report_unknown_members(doc, v, "", {"cited_as", "date_words", "future_wordings", "dates"}, diags,
                         {"key", "", {"the file holds 'cited_as:', 'date_words:', 'future_wordings:' and 'dates:'"}});
  read_date_words(doc, out.words, diags);
  // The words around a cited date are the content's, as every word of the site.
  const char* const kCitedAsExample = "e.g. cited_as: \"{date} (état au {checked})\"";
  if (!v.contains("cited_as")) {
    diags.error(doc.position(""), "the dates file has no 'cited_as', how a cited date is written",
                {kCitedAsExample});
  } else if (!v["cited_as"].is_string() || v["cited_as"].get<std::string>().find("{date}") == std::string::npos ||
             v["cited_as"].get<std::string>().find("{checked}") == std::string::npos) {
    diags.error(doc.position("/cited_as"), "'cited_as' must be a text with {date} and {checked}", {kCitedAsExample});
  } else {
    out.cited_as = v["cited_as"].get<std::string>();
  }
  static const std::vector<std::string> kKeys = {"id", "text", "article", "date", "source", "checked"};
  const auto& list = v["dates"];
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string at = "/dates/" + std::to_string(i);
    const auto& e = list[i];
    if (!e.is_object()) {
      diags.error(doc.position(at), "an entry must be a mapping with id, text, article, date, source, checked");
      continue;
    }
    report_unknown_members(doc, e, at, kKeys, diags);
    RegulatoryDate d;
    bool ok = true;
    auto field = [&](const char* key, std::string& target) {
      const std::string p = at + "/" + key;
      if (!e.contains(key)) {
        diags.error(doc.position(at), std::string("this entry has no '") + key + "'");
        ok = false;
      } else if (!e[key].is_string() || e[key].get<std::string>().empty()) {
        diags.error(doc.position(p), std::string("'") + key + "' must be text");
        ok = false;
      } else {
        target = e[key].get<std::string>();
      }
    };
    for (const char* key : {"id", "text", "article", "date", "source", "checked"}) {
      std::string value;
      field(key, value);
      if (std::string(key) == "id") d.id = value;
      else if (std::string(key) == "text") d.text = value;
      else if (std::string(key) == "article") d.article = value;
      else if (std::string(key) == "date") d.date = value;
      else if (std::string(key) == "source") d.source = value;
      else d.checked = value;
    }
    d.pos = doc.position(at + "/id");
    d.checked_pos = doc.position(at + "/checked");
    if (!d.id.empty() && !std::all_of(d.id.begin(), d.id.end(), is_id_char)) {
      diags.error(d.pos, "a date id is lower-case letters, digits and '-'");
      ok = false;
    }
    for (const auto& [key, value] : {std::pair<const char*, std::string>{"date", d.date}, {"checked", d.checked}}) {
      if (!value.empty() && !is_iso_date(value)) {
        diags.error(doc.position(at + "/" + key), "'" + value + "' is not a date written YYYY-MM-DD",
                    {"e.g. 2027-12-02"});
        ok = false;
      }
    }
    if (const RegulatoryDate* first = out.find(d.id)) {
      diags.error(d.pos, "duplicate date id '" + d.id + "'", {"first defined at " + diag::format_pos(first->pos)});
      ok = false;
    }
    if (ok) out.entries.push_back(std::move(d));
  }
  return out;
}

std::string expand_date_refs(const std::string& text, const RegulatoryDates& dates,
                             const std::function<diag::SourcePos(size_t)>& where,
                             diag::Diagnostics& diags) {
  size_t at = text.find(kOpen);
  if (at == std::string::npos) return text;
  std::string out;
  size_t copied = 0;
  const size_t open_len = std::char_traits<char>::length(kOpen);
  for (; at != std::string::npos; at = text.find(kOpen, at + 1)) {
    size_t id_begin = at + open_len, id_end = id_begin;
    while (id_end < text.size() && is_id_char(text[id_end])) ++id_end;
    if (id_end == id_begin || text.compare(id_end, 2, "}}") != 0) {
      diags.error(where(at), "malformed date reference: write {{date:ID}} with an id of the dates file",
                  {"ids are lower-case letters, digits and '-'"});
      continue;
    }
    const std::string id = text.substr(id_begin, id_end - id_begin);
    const RegulatoryDate* d = dates.find(id);
    if (!d) {
      std::vector<std::string> notes;
      std::string guess = diag::closest_match(id, dates.ids());
      if (!guess.empty()) notes.push_back("did you mean '" + guess + "'?");
      notes.push_back(dates.file.empty() ? std::string("there is no data/") + kRegulatoryDatesFile
                                         : "the ids are those of " + dates.file);
      diags.error(where(at), "unknown date id '" + id + "'", notes);
      continue;
    }
    out.append(text, copied, at - copied);
    out += core::fill_placeholders(dates.cited_as, {{"date", dates.in_words(d->date)}, {"checked", dates.in_words(d->checked)}});
    copied = id_end + 2;
  }
  out.append(text, copied, std::string::npos);
  return out;
}

namespace {

// The offset of the first ASCII digit at or after `from`, or text.size(). Eight bytes at a time
// ("has a byte between", Bit Twiddling Hacks): a byte is flagged only when it is below 0x80 and
// between '0' and '9', so UTF-8 letters never match; the exact byte is then found one by one.
size_t next_digit(const std::string& text, size_t from) {
  constexpr uint64_t kOnes = ~uint64_t{0} / 255, kLow7 = kOnes * 127, kHigh = kOnes * 128;
  const char* data = text.data();
  const size_t size = text.size();
  size_t i = from;
  for (; i + 8 <= size; i += 8) {
    uint64_t x;
    std::memcpy(&x, data + i, 8);
    const uint64_t low = x & kLow7;
    if (((kOnes * (127 + ('9' + 1)) - low) & ~x & (low + kOnes * (127 - ('0' - 1))) & kHigh) != 0) break;
  }
  while (i < size && static_cast<unsigned char>(data[i] - '0') > 9) ++i;
  return i;
}

}  // namespace

std::vector<DateMention> find_dates(const std::string& text, const RegulatoryDates& dates) {
  std::vector<DateMention> out;
  // References.
  for (size_t at = text.find(kOpen); at != std::string::npos; at = text.find(kOpen, at + 1)) {
    size_t b = at + std::char_traits<char>::length(kOpen), e = b;
    while (e < text.size() && is_id_char(text[e])) ++e;
    if (const RegulatoryDate* d = dates.find(text.substr(b, e - b))) out.push_back({at, d->date});
  }
  // Dates in words: "<day> <month> <year>", the day 1 or 2 digits, possibly followed by the
  // suffix of `first_day` ("1er"), a month of `date_words`, the year 4 digits. One pass from each run of digits: searching the text once per month made this check
  // the slowest step of a 5,000-page build (a " mois " pattern starts at every space).
  auto is_digit = [&](size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  const std::vector<std::string>& months = dates.words.months;
  const std::string& suffix = dates.words.first_day_suffix;
  for (size_t i = 0, day_end = 0; !months.empty() && i < text.size(); i = day_end) {
    // On to the next run of digits, eight bytes at a time: this runs over every page's text.
    i = next_digit(text, i);
    if (i == text.size()) break;
    day_end = i;
    while (is_digit(day_end)) ++day_end;
    if (day_end - i > 2) continue;
    size_t p = day_end;
    if (!suffix.empty() && text.compare(p, suffix.size(), suffix) == 0) p += suffix.size();
    if (p >= text.size() || text[p] != ' ') continue;
    ++p;
    for (int m = 0; m < 12; ++m) {
      const size_t len = months[m].size();
      if (text.compare(p, len, months[m]) != 0 || p + len >= text.size() || text[p + len] != ' ') continue;
      const size_t y = p + len + 1;
      size_t y_end = y;
      while (is_digit(y_end)) ++y_end;
      if (y_end - y != 4) break;
      const std::string iso = text.substr(y, 4) + "-" + two(m + 1) + "-" + two(std::stoi(text.substr(i, day_end - i)));
      if (is_iso_date(iso)) out.push_back({i, iso});
      break;
    }
  }
  std::sort(out.begin(), out.end(), [](const DateMention& a, const DateMention& b) { return a.offset < b.offset; });
  return out;
}

std::vector<DateMention> past_dates_called_future(const std::string& text, const RegulatoryDates& dates,
                                                  const std::string& today) {
  // Past dates are rare and cheap to find (a run of digits or a reference starts each), the
  // wordings are not (every word start is a candidate): most pages have no past date and need no
  // wording scan at all.
  std::vector<DateMention> past;
  for (const DateMention& d : find_dates(text, dates))
    if (days_between(d.iso, today) > 0) past.push_back(d);
  std::vector<DateMention> out;
  if (past.empty()) return out;
  // One pass over the word starts, comparing only the wordings that begin with the word's first
  // letter (ASCII case folded): searching the text once per wording cost more than the rest of
  // the load stage on a 5,000-page site.
  const auto lower = ascii_lower;
  auto is_word_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
  };
  auto wording_at = [&](size_t at, const std::string& wording) {
    for (size_t k = 0; k < wording.size(); ++k)
      if (at + k >= text.size() || lower(text[at + k]) != wording[k]) return false;
    return true;
  };
  const DateWords& words = dates.words;
  std::vector<size_t> wordings;
  for (size_t i = 0; i < text.size();) {
    const char first = lower(text[i]);
    if (words.future_first[static_cast<unsigned char>(first)]) {
      for (const std::string& wording : words.future)
        if (wording[0] == first && wording_at(i, wording)) wordings.push_back(i);
    }
    // On to the next word's start.
    while (i < text.size() && is_word_char(text[i])) ++i;
    while (i < text.size() && !is_word_char(text[i])) ++i;
  }
  for (size_t at : wordings) {
    auto [begin, end] = sentence_around(text, at);
    for (const DateMention& d : past) {
      if (d.offset < begin || d.offset >= end) continue;
      out.push_back({at, d.iso});
      break;
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const DateMention& a, const DateMention& b) { return a.offset < b.offset; });
  return out;
}

}  // namespace load
