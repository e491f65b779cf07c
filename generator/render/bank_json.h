#pragma once
// Lenient readers of a bank's JSON for the pages that render it. Banks are validated before
// rendering, so these only spare every renderer its own missing-key checks.
#include <string>

#include <nlohmann/json.hpp>

namespace render {

/// The member `key` as text (a number is written as JSON writes it), or `fallback`.
inline std::string bank_text(const nlohmann::ordered_json& j, const char* key,
                             const std::string& fallback = "") {
  auto it = j.find(key);
  if (it == j.end()) return fallback;
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return fallback;
}

/// The member `key` when it is a list, else an empty list.
inline const nlohmann::ordered_json& bank_list(const nlohmann::ordered_json& j, const char* key) {
  static const nlohmann::ordered_json empty = nlohmann::ordered_json::array();
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : empty;
}

/// The text items of a list, separated by spaces (for data attributes listing ids).
inline std::string bank_id_list(const nlohmann::ordered_json& list) {
  std::string out;
  for (const auto& v : list) {
    if (!v.is_string()) continue;
    if (!out.empty()) out += ' ';
    out += v.get<std::string>();
  }
  return out;
}

}  // namespace render
