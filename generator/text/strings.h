#pragma once
// Small string tests every stage uses.
#include <string_view>

namespace text {

/// True when `s` ends with `suffix` (C++20's std::string::ends_with, for C++17).
inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace text
