// C ABI entry points of the footprint estimator (guide-footprint.js), a module of its own so that
// the bank pages do not download it. Every returned string is malloc'd: the caller frees it with
// guide_free (c_strings.cpp).
#include <string>

#include "core/ecologits_json.h"
#include "core/footprint.h"
#include "core/footprint_calculator.h"
#include "core/footprint_chart.h"
#include "wasm/c_strings.h"

extern "C" {

char* guide_footprint(const char* input_json) {
  return wasm_abi::give(core::footprint(input_json ? input_json : ""));
}

// One EcoLogits estimate (the same bytes as `guide ecologits`): the result, or the
// {"errors":[...]} document for an input that is malformed or that the reference rejects.
char* guide_ecologits(const char* input_json) {
  return wasm_abi::give(core::ecologits_json(input_json ? input_json : ""));
}

// SVG bar chart of a result returned by guide_footprint (its three parts per scenario, with the
// range); `options_json` gives the words (null or "": French defaults).
char* guide_footprint_chart(const char* result_json, const char* options_json) {
  return wasm_abi::give(core::footprint_chart_svg(result_json ? result_json : "", options_json ? options_json : ""));
}

// The calculator's answers mapped to a footprint input and computed (the same bytes as
// `guide footprint --answers`): {"input", "blocks", "errors", "result"}.
char* guide_calculator(const char* input_json) {
  return wasm_abi::give(core::footprint_calculator(input_json ? input_json : ""));
}

}  // extern "C"

namespace {

// The calculator the page loaded once: its definition and reference tables stay in the module,
// so that each change of an answer sends only the answers.
core::CalculatorSession& loaded_calculator() {
  static core::CalculatorSession session;
  return session;
}

}  // namespace

extern "C" {

// Keeps {"calculator": definition, "reference": tables} in the module: "" when loaded, else the
// {"errors": [...]} document that guide_calculator_answers then returns.
char* guide_calculator_load(const char* setup_json) {
  return wasm_abi::give(loaded_calculator().load(setup_json ? setup_json : ""));
}

// The loaded calculator on {"answers": {...}}: the same bytes as guide_calculator on the
// request that also holds the definition and the tables.
char* guide_calculator_answers(const char* answers_json) {
  return wasm_abi::give(loaded_calculator().compute(answers_json ? answers_json : ""));
}

}  // extern "C"
