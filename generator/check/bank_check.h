#pragma once
// The check stage for question banks: core validates the bank's JSON form, and this turns each
// issue into a file:line:col diagnostic using the positions the YAML loader recorded.
#include "core/bank_model.h"
#include "diag/diagnostics.h"
#include "load/yaml_json.h"

namespace check {

/// Compiles the bank in `doc` (core::compile_bank, the one reading of a bank's schema) and reports
/// every problem to `diags`, at the exact column for errors inside expressions and at the key for
/// unknown keys. The result is what the later stages render; ok() when the bank is valid.
core::CompiledBank check_bank(const load::YamlDocument& doc, diag::Diagnostics& diags);

}  // namespace check
