#include "render/footprint_data.h"

namespace render {

std::string footprint_data_script(const nlohmann::ordered_json& reference) {
  const std::string json = reference.dump();
  std::string escaped;
  escaped.reserve(json.size() + 64);
  for (size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    // '<' '>' '&' only occur inside JSON strings, where \u escapes mean the same text.
    if (c == '<') escaped += "\\u003c";
    else if (c == '>') escaped += "\\u003e";
    else if (c == '&') escaped += "\\u0026";
    else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' && (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      escaped += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      escaped += c;
    }
  }
  return "window.GUIDE_FOOTPRINT_DATA=" + escaped + ";\n";
}

}  // namespace render
