#pragma once
// Scoring a set of answers against a bank: the one entry point the generator (`guide eval`),
// the native tests and the browser (WebAssembly) share, so all three print the same bytes.
#include <string>

#include "core/bank_model.h"

namespace core {

/// Evaluates `answers_json` against the bank whose JSON form is `bank_json` and returns the
/// result JSON (see content/README.md, "Evaluation result", for its keys and their order).
/// Never throws and never aborts: a malformed bank or answers file gives a result whose
/// `errors` say what is wrong.
std::string evaluate(const std::string& bank_json, const std::string& answers_json);

/// The same for a bank compiled once (the browser and `guide eval --batch` keep it between
/// answer changes). `bank` must come from compile_bank().
std::string evaluate(const CompiledBank& bank, const std::string& answers_json);

/// compile_bank() of a JSON text; a text that is not JSON gives a bank with one issue.
CompiledBank compile_bank_text(const std::string& bank_json);

}  // namespace core
