#pragma once
// Texts with {name} placeholders, as the content writes them (the calculator's messages, the
// cited dates' `cited_as`, the clauses' parameters, the notices' fields, the footprint engine's
// messages) and as the page scripts fill them (GuideKit.fill in assets/js/tool-memory.js, which
// knows a name by the same rule).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace core {

/// Whether `name` can be written {name}: a lowercase letter, then lowercase letters, digits and
/// '_' (IdPattern::name, the rule of the ids that fill them). Braces around anything else are text.
bool is_placeholder_name(std::string_view name);

/// Calls `visit(name, offset)` for each {name} of `text`, in the order written; `offset` is the
/// byte offset of its '{'.
template <class Visit>
void for_each_placeholder(std::string_view text, Visit&& visit) {
  for (size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
    const size_t close = text.find('}', open + 1);
    if (close == std::string_view::npos) return;
    const std::string_view name = text.substr(open + 1, close - open - 1);
    if (is_placeholder_name(name)) visit(name, open);
  }
}

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
