#include "cli/result_errors.h"

#include <iostream>

#include <nlohmann/json.hpp>

namespace cli {

size_t print_result_errors(const std::string& input_path, const std::string& result_json) {
  const auto parsed = nlohmann::json::parse(result_json, nullptr, false);
  if (!parsed.is_object()) return 0;
  const auto errors = parsed.find("errors");
  if (errors == parsed.end() || !errors->is_array()) return 0;
  for (const auto& e : *errors) {
    const std::string field = e.value("field", "");
    std::cerr << input_path << ": error: " << (field.empty() ? "" : field + ": ") << e.value("message", "") << '\n';
  }
  return errors->size();
}

}  // namespace cli
