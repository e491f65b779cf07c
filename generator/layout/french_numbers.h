#pragma once
// Whole numbers as French text writes them: "4 950", groups of three digits joined by a narrow
// no-break space (U+202F), as Intl.NumberFormat('fr-FR') does in the browser.
#include <cstddef>
#include <string>

namespace layout {

inline std::string french_integer(size_t n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += "\u202f";
    out += digits[i];
  }
  return out;
}

}  // namespace layout
