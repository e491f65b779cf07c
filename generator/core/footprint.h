#pragma once
// The footprint estimator: JSON in, JSON out, the same bytes natively (guide footprint) and in
// the browser (guide-core.js). Input and output are described in content/README.md,
// "Footprint input"; the reference tables travel inside the input under "reference".
#include <string>

#include <nlohmann/json.hpp>

#include "core/footprint_fields.h"
#include "core/footprint_reference.h"

namespace core {

/// Computes the footprint of `input_json` and returns the result JSON (keys in a fixed order,
/// every number rounded half-up at the decimals listed in its "rounding" member). Never fails:
/// invalid input yields a result whose "errors" list says what to fix, field by field.
std::string footprint(const std::string& input_json);

/// The same on an input already parsed (the calculator builds its input as JSON): the result
/// whose dump() is footprint()'s string.
nlohmann::ordered_json footprint_json(const nlohmann::ordered_json& input);

/// The reference tables of an input ("reference") read once, to compute many inputs with them
/// (the calculator's session): what reading them reported is kept and repeated in each result.
struct PreparedReference {
  footprint_reference::Reference tables;
  bool ok = false;
  footprint_fields::Errors errors;  // under /reference
};

PreparedReference prepare_reference(const nlohmann::ordered_json& reference);

/// footprint_json() with tables already read: `input`'s own "reference" member, if any, is not
/// read. The same result as footprint_json() on `input` holding those tables.
nlohmann::ordered_json footprint_json(const nlohmann::ordered_json& input, const PreparedReference& reference);

/// `input_json` with `reference_json` set as its "reference" member when it has none; the CLI
/// and the page both build the full input this way. Unparseable input is returned unchanged.
std::string footprint_with_reference(const std::string& input_json, const std::string& reference_json);

/// A method identifier stamped in every result; bump it when a formula changes.
extern const char* const kFootprintMethodVersion;

}  // namespace core
