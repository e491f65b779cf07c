#include "core/join.h"

namespace core {

std::string join(const std::vector<std::string>& items, std::string_view separator, std::string_view last) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? last : separator;
    out += items[i];
  }
  return out;
}

}  // namespace core
