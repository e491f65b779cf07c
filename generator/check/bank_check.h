#pragma once
// The check stage for question banks: core validates the bank's JSON form, and this turns each
// issue into a file:line:col diagnostic using the positions the YAML loader recorded.
#include "diag/diagnostics.h"
#include "load/yaml_json.h"

namespace check {

/// Validates the bank in `doc` and reports every problem to `diags`, at the exact column for
/// errors inside expressions and at the key for unknown keys. Returns true when the bank is valid.
bool check_bank(const load::YamlDocument& doc, diag::Diagnostics& diags);

}  // namespace check
