#pragma once
// The check stage for a calculator (a bank of kind "calculator", content/banks/empreinte.yaml):
// its scenarios, steps, blocks and fields, what each field fills in the footprint input, the
// words of its pages and its example, checked against the footprint reference tables. Every
// problem is a file:line:col diagnostic; the page, the CLI and the core then rely on the shape.
#include <nlohmann/json.hpp>

#include "diag/diagnostics.h"
#include "load/yaml_json.h"

namespace check {

/// The words the calculator's pages and script need, under `texts:` (each required).
const std::vector<std::string>& calculator_text_keys();

/// Validates the calculator in `doc` against `reference` (the footprint reference JSON, for the
/// tables its choices list and its example's values). Reports every problem to `diags` and
/// returns the definition JSON (the document as written) when it is valid, null otherwise.
nlohmann::ordered_json check_calculator(const load::YamlDocument& doc, const nlohmann::ordered_json& reference,
                                        diag::Diagnostics& diags);

}  // namespace check
