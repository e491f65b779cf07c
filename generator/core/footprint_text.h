#pragma once
// Small text helpers for the footprint messages: French number display and "did you mean".
// Pure C++ (no locale, no iostream) so that native and WASM produce the same bytes.
#include <string>
#include <vector>

namespace core::footprint_text {

/// A number as French readers write it: "0,8", "100 000", "1,5e+20" (no-break space between
/// thousands; up to 10 significant digits).
std::string number_fr(double value);

/// ASCII lower-case copy (ids and codes are ASCII).
std::string lower(const std::string& s);

/// Up to `max` candidates closest to `word` (case-insensitive edit distance, then a shared
/// prefix), best first; none when nothing is reasonably close.
std::vector<std::string> closest(const std::string& word, const std::vector<std::string>& candidates,
                                 size_t max = 3);

/// Characters (UTF-8 code points) of `s`: the width of a label in a chart, roughly.
size_t display_width(const std::string& s);

/// "« A », « B » ou « C »" for a suggestion list.
std::string quoted_list(const std::vector<std::string>& items);

}  // namespace core::footprint_text
