#pragma once
// Texts with {name} placeholders, as the content writes them (the calculator's messages, the
// cited dates' `cited_as`, the calculator's step texts) and as the page scripts fill them.
#include <string>
#include <utility>
#include <vector>

namespace core {

/// `text` with each {name} of `values` replaced, in one pass: a value is never read again, so a
/// value holding braces stays as it is. An unknown {name} stays as written, as in the scripts.
inline std::string fill_placeholders(const std::string& text,
                                     const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool replaced = false;
    if (text[i] == '{') {
      for (const auto& [name, value] : values) {
        if (text.compare(i + 1, name.size(), name) == 0 && i + 1 + name.size() < text.size() &&
            text[i + 1 + name.size()] == '}') {
          out += value;
          i += name.size() + 2;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

}  // namespace core
