#pragma once
// A list written as one text, for the diagnostics that list what a key may be and the data
// attributes that list ids.
#include <string>
#include <string_view>
#include <vector>

namespace core {

/// The items with `separator` between them, and `last` before the last one: join({a, b, c}, ", ",
/// " and ") is "a, b and c". No item: "".
std::string join(const std::vector<std::string>& items, std::string_view separator, std::string_view last);

/// The items with `separator` between every two.
inline std::string join(const std::vector<std::string>& items, std::string_view separator) {
  return join(items, separator, separator);
}

}  // namespace core
