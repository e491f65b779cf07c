// The regulatory dates: written once in data/, cited by {{date:ID}} in pages and banks, and the
// warnings of `guide check` about stale and past-called-future dates.
#include <doctest/doctest.h>

#include "check/date_check.h"
#include "load/date_expansion.h"
#include "load/regulatory_dates.h"
#include "unit/memory_file_system.h"

namespace {

const char* kDates = R"yaml(cited_as: "{date} (état au {checked})"
date_words:
  pattern: "{day} {month} {year}"
  first_day: "1er"
  months: [janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre, décembre]
future_wordings: ["s'appliquera", "s’appliquera", "s'appliqueront", "s’appliqueront", "entrera en application",
                  "entreront en application", "entrera en vigueur", "sera applicable"]
dates:
  - id: ria-interdictions
    text: Pratiques interdites
    article: article 5
    date: 2025-02-02
    source: EUR-Lex
    checked: 2026-12-05
  - id: ria-haut-risque-annexe-iii
    text: Haut risque annexe III
    article: article 6
    date: 2027-12-02
    source: Conseil
    checked: 2026-01-10
)yaml";

load::RegulatoryDates dates(diag::Diagnostics& diags, const std::string& text = kDates) {
  load::MemoryFileSystem fs;
  fs.add("c/data/dates-reglementaires.yaml", text);
  return load::load_regulatory_dates(fs, "c", diags);
}

std::string first_message(const diag::Diagnostics& diags) {
  auto all = diags.sorted();
  return all.empty() ? "" : all[0].message;
}

}  // namespace

TEST_CASE("dates are written in the content's words, the first of the month as its first_day") {
  diag::Diagnostics diags;
  const load::RegulatoryDates d = dates(diags);
  CHECK(diags.error_count() == 0);
  CHECK(d.in_words("2025-02-02") == "2 février 2025");
  CHECK(d.in_words("2024-08-01") == "1er août 2024");
  CHECK(d.in_words("2027-12-02") == "2 décembre 2027");
  CHECK(d.in_words("2027-02-30") == "");
  CHECK(d.in_words("2 août") == "");
  CHECK(load::is_iso_date("2024-02-29"));
  CHECK_FALSE(load::is_iso_date("2027-02-30"));
  CHECK_FALSE(load::is_iso_date("2027-2-3"));
  // Another language: its own order, names and first day; its dates found in its pages.
  std::string english = kDates;
  const std::string french_pattern = "\"{day} {month} {year}\"";
  english.replace(english.find(french_pattern), french_pattern.size(), "\"{month} {day}, {year}\"");
  english.replace(english.find("\"1er\""), 5, "\"1st\"");
  english.replace(english.find("[janvier"), english.find("]", english.find("[janvier")) - english.find("[janvier") + 1,
                  "[January, February, March, April, May, June, July, August, September, October, November, December]");
  diag::Diagnostics en_diags;
  const load::RegulatoryDates en = dates(en_diags, english);
  CHECK(en_diags.error_count() == 0);
  CHECK(en.in_words("2024-08-01") == "August 1st, 2024");
  CHECK(en.in_words("2025-02-02") == "February 2, 2025");
  REQUIRE(load::find_dates("From 1st March 2026 on", en).size() == 1);
  CHECK(load::days_between("2026-12-05", "2027-01-04") == 30);
  CHECK(load::days_between("2024-02-28", "2024-03-01") == 2);
}

TEST_CASE("a reference becomes the date and the day it was checked") {
  diag::Diagnostics diags;
  load::RegulatoryDates d = dates(diags);
  REQUIRE(d.entries.size() == 2);
  auto where = [](size_t offset) { return diag::SourcePos{"p.md", 3, static_cast<int>(offset) + 1}; };
  CHECK(load::expand_date_refs("Depuis le {{date:ria-interdictions}}.", d, where, diags) ==
        "Depuis le 2 février 2025 (état au 5 décembre 2026).");
  CHECK(diags.error_count() == 0);
}

TEST_CASE("the words around a cited date are the content's: cited_as, with {date} and {checked}") {
  diag::Diagnostics diags;
  std::string text = kDates;
  text.replace(0, text.find('\n'), "cited_as: \"{checked}, vérifié ; applicable le {date}\"");
  load::RegulatoryDates d = dates(diags, text);
  auto where = [](size_t offset) { return diag::SourcePos{"p.md", 3, static_cast<int>(offset) + 1}; };
  CHECK(load::expand_date_refs("({{date:ria-interdictions}})", d, where, diags) ==
        "(5 décembre 2026, vérifié ; applicable le 2 février 2025)");
  CHECK(diags.error_count() == 0);

  diag::Diagnostics missing;
  dates(missing, std::string(kDates).substr(std::string(kDates).find('\n') + 1));
  CHECK(first_message(missing) == "the dates file has no 'cited_as', how a cited date is written");
  diag::Diagnostics partial;
  text = kDates;
  text.replace(0, text.find('\n'), "cited_as: \"le {date}\"");
  dates(partial, text);
  REQUIRE(partial.error_count() == 1);
  CHECK(first_message(partial) == "'cited_as' must be a text with {date} and {checked}");
  CHECK(partial.sorted()[0].pos.line == 1);
}

TEST_CASE("an unknown or malformed date reference is an error at its position, with the closest id") {
  diag::Diagnostics diags;
  load::RegulatoryDates d = dates(diags);
  auto where = [](size_t offset) { return diag::SourcePos{"p.md", 3, static_cast<int>(offset) + 1}; };
  std::string out = load::expand_date_refs("Le {{date:ria-interdiction}} et {{date:}}", d, where, diags);
  CHECK(out == "Le {{date:ria-interdiction}} et {{date:}}");
  auto all = diags.sorted();
  REQUIRE(all.size() == 2);
  CHECK(all[0].message == "unknown date id 'ria-interdiction'");
  CHECK(all[0].pos.col == 4);
  CHECK(all[0].notes[0] == "did you mean 'ria-interdictions'?");
  CHECK(all[1].message.find("malformed date reference") == 0);
}

TEST_CASE("the dates file reports a date not written YYYY-MM-DD and a missing field") {
  diag::Diagnostics diags;
  std::string text = kDates;
  text.replace(text.find("2027-12-02"), 10, "02/12/2027");
  dates(diags, text);
  CHECK(first_message(diags) == "'02/12/2027' is not a date written YYYY-MM-DD");
  diag::Diagnostics missing;
  std::string no_source = kDates;
  no_source.erase(no_source.find("    source: EUR-Lex\n"), 20);
  dates(missing, no_source);
  CHECK(first_message(missing) == "this entry has no 'source'");
}

TEST_CASE("future wording about a past date is found, in the same sentence only") {
  diag::Diagnostics diags;
  load::RegulatoryDates d = dates(diags);
  const std::string today = "2026-12-05";
  auto found = load::past_dates_called_future("L'article 50 s'appliquera le 2 août 2026.", d, today);
  REQUIRE(found.size() == 1);
  CHECK(found[0].iso == "2026-08-02");
  CHECK(found[0].offset == 13);
  CHECK(load::past_dates_called_future("Les interdictions entreront en application le {{date:ria-interdictions}}.", d, today).size() == 1);
  CHECK(load::past_dates_called_future("Le haut risque s'appliquera le {{date:ria-haut-risque-annexe-iii}}.", d, today).empty());
  CHECK(load::past_dates_called_future("Il s'applique depuis le 2 août 2026.", d, today).empty());
  CHECK(load::past_dates_called_future("Le texte date du 2 août 2026. Il s'appliquera plus tard.", d, today).empty());
  // Capitals at a sentence start, curly apostrophes, a wording right after a parenthesis.
  CHECK(load::past_dates_called_future("Entrera en vigueur le 1er août 2024.", d, today).size() == 1);
  CHECK(load::past_dates_called_future("Elles (s’appliqueront le 2 août 2026).", d, today).size() == 1);
  CHECK(load::past_dates_called_future("Un article SERA APPLICABLE le 2 août 2026.", d, today).size() == 1);
  // "today" decides: the same sentence was right before the date.
  CHECK(load::past_dates_called_future("L'article 50 s'appliquera le 2 août 2026.", d, "2026-07-01").empty());
}

TEST_CASE("dates in words are found with their offset; other digit runs are not dates") {
  diag::Diagnostics diags;
  load::RegulatoryDates d = dates(diags);
  auto found = load::find_dates("Du 1er mars 2026 au 21 août 2026, puis {{date:ria-interdictions}}.", d);
  REQUIRE(found.size() == 3);
  CHECK(found[0].offset == 3);
  CHECK(found[0].iso == "2026-03-01");
  CHECK(found[1].iso == "2026-08-21");
  CHECK(found[2].iso == "2025-02-02");
  // A three-digit day, a two-digit year, a five-digit year, no space, an impossible day, a
  // capitalised month: none is a date.
  for (const char* text : {"123 mars 2026", "2 mars 26", "2 mars 20266", "2mars 2026", "31 avril 2026",
                           "2 Mars 2026", "2 marsx 2026", "12 décembre"})
    CHECK_MESSAGE(load::find_dates(text, d).empty(), text);
  CHECK(load::find_dates("12 décembre 2027", d).front().iso == "2027-12-12");
  CHECK(load::find_dates("x 9 mai 2024 y", d).front().offset == 2);
  // The scan for digits reads eight bytes at a time: a date is found wherever it starts, after
  // any mix of ASCII and UTF-8 letters, whatever its day's digits.
  const std::string fillers[] = {"a", "é", "—", "{", "/", ":", "\x7f", "ÿ"};
  for (int day : {1, 9, 10, 19, 29, 30}) {
    for (size_t pad = 0; pad < 20; ++pad) {
      std::string text;
      while (text.size() < pad) text += fillers[text.size() % 8];
      const size_t at = text.size();
      text += std::to_string(day) + " mai 2024 fin";
      const auto hit = load::find_dates(text, d);
      REQUIRE_MESSAGE(hit.size() == 1, text);
      CHECK(hit[0].offset == at);
      CHECK(hit[0].iso == "2024-05-" + std::string(day < 10 ? "0" : "") + std::to_string(day));
    }
  }
}

TEST_CASE("guide check warns about a date checked longer ago than site.yaml allows") {
  diag::Diagnostics diags;
  load::RegulatoryDates d = dates(diags);
  model::Site site;
  site.config = {{"dates_max_age_days", 180}};
  check::check_dates(site, d, "2026-12-05", diags);
  auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].severity == diag::Severity::warning);
  CHECK(all[0].message == "'ria-haut-risque-annexe-iii' was last checked 329 days ago, more than dates_max_age_days (180)");
  CHECK(all[0].pos.line == 20);  // its checked: line
  diag::Diagnostics fresh;
  check::check_dates(site, d, "2026-02-01", fresh);
  CHECK(fresh.warning_count() == 0);
}

TEST_CASE("guide check warns about a page that calls a past date future, at the wording") {
  diag::Diagnostics diags;
  load::RegulatoryDates d = dates(diags);
  model::Site site;
  model::Page page;
  page.file = "c/pages/cadre.md";
  page.body_line = 5;
  page.markdown = "Intro.\n\nLe haut risque entrera en application le 2 août 2026.\n";
  site.pages.push_back(page);
  check::check_dates(site, d, "2026-12-05", diags);
  auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].pos.line == 7);
  CHECK(all[0].pos.col == 16);
  CHECK(all[0].message == "future wording about 2026-08-02, which is past (today is 2026-12-05)");
}

TEST_CASE("the words of dates and of announcements are required, and checked where they are written") {
  auto without = [](const std::string& from, const std::string& to) {
    std::string text = kDates;
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, text.find("dates:\n", at) - at, to);
    return text;
  };
  diag::Diagnostics none;
  dates(none, without("date_words:", ""));
  std::string all;
  for (const auto& d : none.sorted()) all += d.message + "\n";
  CHECK(all.find("the dates file needs 'date_words'") != std::string::npos);
  CHECK(all.find("the dates file needs 'future_wordings'") != std::string::npos);

  diag::Diagnostics bad;
  const load::RegulatoryDates d = dates(bad, without("date_words:", R"(date_words:
  pattern: "{day} {year}"
  first_day: "1er"
  months: [janvier, février]
future_wordings: [5]
)"));
  all.clear();
  for (const auto& e : bad.sorted()) all += diag::format_pos(e.pos) + ": " + e.message + "\n";
  INFO(all);
  CHECK(all.find(":3:12: 'pattern' must contain {month}") != std::string::npos);
  CHECK(all.find(":5:11: 'months' lists 2 names, not 12") != std::string::npos);
  CHECK(all.find(":6:18: 'future_wordings' must be a list of texts") != std::string::npos);
  // Without month names no date is written in words, and none is found in a page.
  CHECK(d.in_words("2025-02-02") == "");
  CHECK(load::find_dates("Le 2 août 2026.", d).empty());
}
