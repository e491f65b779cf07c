#include "text/html.h"

#include <array>

namespace text {

void append_escaped_html(std::string& out, std::string_view text, bool apostrophes) {
  // Plain text is copied a run at a time; the bytes to escape found with a table (find_first_of
  // would search the set once per byte).
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : {'&', '<', '>', '"', '\''}) table[c] = true;
    return table;
  }();
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!kSpecial[static_cast<unsigned char>(text[i])] || (text[i] == '\'' && !apostrophes)) continue;
    out.append(text.data() + run, i - run);
    switch (text[i]) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += "&#39;"; break;
    }
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
}

std::string escape_html(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_escaped_html(out, text);
  return out;
}

std::string script_safe_json(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '<') out += "\\u003c";
    else if (json.compare(i, 3, "\xE2\x80\xA8") == 0) { out += "\\u2028"; i += 2; }
    else if (json.compare(i, 3, "\xE2\x80\xA9") == 0) { out += "\\u2029"; i += 2; }
    else out += json[i];
  }
  return out;
}

}  // namespace text
