#pragma once
// The footprint calculator, declared once. Its definition (content/banks/<id>.yaml, kind
// "calculator", read into core::Calculator) maps the form's answers (field name → text, as the
// page reads them) to a footprint input, and the footprint core computes it. The CLI (`guide
// footprint --answers`), the native tests and the page (GuideFootprint, WebAssembly) all run this
// code: the page script only reads its fields and shows what comes back.
#include <string>

#include <nlohmann/json.hpp>

#include "core/footprint_calculator_model.h"
#include "core/footprint.h"

namespace core {

/// A calculator and its reference tables, read once, then any number of answers mapped and
/// computed with them: the page loads both into the WebAssembly module once and then sends only
/// its answers (about 75 KB less to copy and parse on every change).
class CalculatorSession {
 public:
  /// Reads `setup_json`, {"calculator": definition, "reference": reference tables} (other
  /// members are ignored). Returns "" when the session is ready, else the {"errors": [...]}
  /// document that compute() then returns.
  std::string load(const std::string& setup_json);
  /// The same from a definition already read and the reference tables' JSON.
  void load(Calculator calculator, const nlohmann::ordered_json& reference);

  /// Maps and computes the "answers" member of `answers_json` ({"answers": {name: text or
  /// number}}; other members are ignored). Returns, keys in this order:
  ///   "calculator", "version"  the definition's id and version;
  ///   "input"    the footprint input the answers make (what `guide footprint` takes);
  ///   "blocks"   {"<prefix>-<block>": true|false}: whether each item block counts;
  ///   "errors"   [{"name": field name or "", "message"}], one per field and message: the
  ///              answers that are not numbers, then the footprint's errors traced back to the
  ///              field that caused them;
  ///   "result"   the footprint result of "input" (the same bytes as core::footprint on it
  ///              with the session's reference tables).
  /// Never fails: a malformed input gives {"errors": [...]} with what to fix.
  std::string compute(const std::string& answers_json) const;

  /// load() and compute() on documents already parsed (a discarded one is not JSON).
  std::string load_parsed(const nlohmann::ordered_json& setup);
  std::string compute_parsed(const nlohmann::ordered_json& request) const;

 private:
  bool ready_ = false;
  std::string load_error_;
  Calculator calculator_;
  PreparedReference reference_;
};

/// A session loaded and computed on one document, {"calculator", "reference", "answers"}: the
/// same bytes as CalculatorSession::load then compute on it.
std::string footprint_calculator(const std::string& input_json);

}  // namespace core
