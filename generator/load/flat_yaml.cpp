#include "load/flat_yaml.h"

#include <string_view>

#include "core/json_pointer.h"
#include "load/yaml_scalar.h"

namespace load {

namespace {

bool is_key_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_key_char(char c) { return is_key_start(c) || (c >= '0' && c <= '9') || c == '-'; }

// Bytes that never appear in the values this reader takes: control characters (tabs included),
// and the starts of the Unicode line breaks YAML 1.1 knows (NEL, LS, PS) and of a BOM.
bool has_unusual_byte(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85) return true;
    if (c == 0xE2 && s.substr(i, 3) >= "\xE2\x80\xA8" && s.substr(i, 3) <= "\xE2\x80\xA9") return true;
    if (c == 0xEF && s.substr(i, 3) == "\xEF\xBB\xBF") return true;
  }
  return false;
}

// A one-line plain scalar whose meaning holds in any YAML reader: no indicator first, none of
// ": ", " #", brackets or braces inside, no ':' last.
bool is_simple_plain(std::string_view v) {
  const char first = v.front();
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(first) != std::string_view::npos) {
    if (!(first == '-' && v.size() > 1 && v[1] >= '0' && v[1] <= '9')) return false;
  }
  if (v.back() == ':') return false;
  if (v.find(": ") != std::string_view::npos || v.find(" #") != std::string_view::npos) return false;
  return v.find_first_of("[]{}") == std::string_view::npos;
}

}  // namespace

std::optional<model::YamlDocument> parse_flat_yaml_map(const std::string& file, const std::string& text,
                                                       int first_line) {
  model::YamlDocument doc;
  doc.file = file;
  doc.value = nlohmann::ordered_json::object();
  int line = first_line;
  for (size_t start = 0; start < text.size(); ++line) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view l(text.data() + start, end - start);
    start = end + 1;
    if (l.find_first_not_of(' ') == std::string_view::npos || l.front() == '#') continue;  // blank, comment
    if (!is_key_start(l.front())) return std::nullopt;
    size_t k = 1;
    while (k < l.size() && is_key_char(l[k])) ++k;
    if (k + 1 >= l.size() || l[k] != ':' || l[k + 1] != ' ') return std::nullopt;
    const std::string key(l.substr(0, k));
    size_t v = l.find_first_not_of(' ', k + 1);
    if (v == std::string_view::npos) return std::nullopt;  // an empty value may open a block
    std::string_view value = l.substr(v);
    value = value.substr(0, value.find_last_not_of(' ') + 1);
    if (has_unusual_byte(value)) return std::nullopt;
    const std::string pointer = "/" + core::pointer_token(key);
    if (doc.value.contains(key)) return std::nullopt;  // the library words the error
    const char quote = value.front();
    if (quote == '"' || quote == '\'') {
      // One-line quoted text without escapes: what is between the quotes, as written.
      if (value.size() < 2 || value.back() != quote) return std::nullopt;
      std::string_view inner = value.substr(1, value.size() - 2);
      if (inner.find(quote) != std::string_view::npos || (quote == '"' && inner.find('\\') != std::string_view::npos))
        return std::nullopt;
      doc.value[key] = std::string(inner);
      doc.quoted[pointer] = true;
    } else {
      if (!is_simple_plain(value)) return std::nullopt;
      doc.value[key] = resolve_plain(std::string(value));
    }
    if (doc.values.empty()) doc.values[""] = {file, line, 1};  // the map starts at its first key
    doc.keys[pointer] = {file, line, 1};
    doc.values[pointer] = {file, line, static_cast<int>(v) + 1};
  }
  if (doc.value.empty()) return std::nullopt;
  doc.ok = true;
  return doc;
}

}  // namespace load
