#pragma once
// Helpers for the core's unit tests: banks written inline as YAML, converted as the generator
// converts them, then compiled or evaluated.
#include <string>

#include <nlohmann/json.hpp>

#include "core/bank_model.h"
#include "core/evaluate.h"
#include "diag/diagnostics.h"
#include "load/yaml_json.h"

namespace test_support {

inline model::YamlDocument yaml(const std::string& text) {
  diag::Diagnostics diags;
  return load::parse_yaml("bank.yaml", text, diags);
}

inline core::CompiledBank compile(const std::string& yaml_text) {
  return core::compile_bank(yaml(yaml_text).value);
}

inline std::string bank_json(const std::string& yaml_text) { return yaml(yaml_text).value.dump(); }

inline nlohmann::ordered_json eval(const std::string& yaml_text, const std::string& answers) {
  return nlohmann::ordered_json::parse(core::evaluate(bank_json(yaml_text), answers));
}

/// The only issue of a bank expected to have exactly one; "" fields when not exactly one.
inline core::Issue only_issue(const std::string& yaml_text) {
  core::CompiledBank b = compile(yaml_text);
  if (b.issues.size() != 1) {
    core::Issue none;
    none.message = std::to_string(b.issues.size()) + " issues";
    for (const auto& i : b.issues) none.message += " | " + i.pointer + ": " + i.message;
    return none;
  }
  return b.issues[0];
}

}  // namespace test_support
