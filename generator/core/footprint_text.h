#pragma once
// Small text helpers for the footprint messages: number display and "did you mean".
// Pure C++ (no locale, no iostream) so that native and WASM produce the same bytes.
#include <string>
#include <vector>

namespace core::footprint_text {

/// A number with `decimal` as its decimal separator and `group` between thousands (numbers of
/// five digits or more): "0,8", "100 000", "1,5e+20"; up to 10 significant digits.
std::string format_number(double value, const std::string& decimal, const std::string& group);

/// ASCII lower-case copy (ids and codes are ASCII).
std::string lower(const std::string& s);

/// Up to `max` candidates closest to `word` (case-insensitive edit distance, then a shared
/// prefix), best first; none when nothing is reasonably close.
std::vector<std::string> closest(const std::string& word, const std::vector<std::string>& candidates,
                                 size_t max = 3);

/// Characters (UTF-8 code points) of `s`: the width of a label in a chart, roughly.
size_t display_width(const std::string& s);

}  // namespace core::footprint_text
