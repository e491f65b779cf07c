#pragma once
// The check stage for a calculator (a bank of kind "calculator", content/banks/empreinte.yaml):
// its scenarios, steps, blocks and fields, what each field fills in the footprint input, the
// words of its pages and its example, checked against the footprint reference tables. Every
// problem is a file:line:col diagnostic; the render stage, the CLI and the core then read the
// definition once, as core::Calculator.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/footprint_calculator_model.h"
#include "diag/diagnostics.h"
#include "load/yaml_json.h"

namespace check {

/// The words the calculator's pages and script need, under `texts:` (each required).
const std::vector<std::string>& calculator_text_keys();

/// Every message of the calculator's `messages` (all required): what the core shows beside a
/// field, in the content's words (not_a_number, out_of_range, out_of_range_above).
const std::vector<std::string>& calculator_message_keys();

/// Validates the calculator in `doc` against `reference` (the footprint reference JSON, for the
/// tables its choices list and its example's values). Reports every problem to `diags` and
/// returns the calculator read from it when it is valid, nothing otherwise.
std::optional<core::Calculator> check_calculator(const load::YamlDocument& doc,
                                                 const nlohmann::ordered_json& reference,
                                                 diag::Diagnostics& diags);

}  // namespace check
