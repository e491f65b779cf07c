#pragma once
// The footprint calculator, declared once. Its definition (content/banks/<id>.yaml, kind
// "calculator": scenarios, blocks of fields and what each field fills in the footprint input)
// maps the form's answers (field name → text, as the page reads them) to a footprint input, and
// the footprint core computes it. The CLI (`guide footprint --answers`), the native tests and the
// page (GuideFootprint.calculator, WebAssembly) all run this code: the page script only reads its
// fields and shows what comes back.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace core {

/// One field of the form as the page names it: `<block>-<field>` for the blocks shared by the
/// scenarios (scope "project" and "meta"), `<prefix>-<field>` for a scenario's settings (scope
/// "scenario", e.g. avec-location), `<prefix>-<block>-<field>` for an item block.
struct CalculatorField {
  std::string name;
  std::string block, field, scenario;  // scenario: the scenario's id, "" for a shared block
  std::string type;                    // number | choice | text
};

/// Every field of `definition` (the calculator's JSON), in page order, both scenarios interleaved
/// per block. Malformed parts are skipped (the load stage reports them).
std::vector<CalculatorField> calculator_fields(const nlohmann::ordered_json& definition);

/// Whether an item block is part of scenario `scenario_id`: every scenario, unless the block lists
/// its own ("scenarios": [ids]; a language model's inference only in the scenario with AI).
bool calculator_block_in(const nlohmann::ordered_json& block, const std::string& scenario_id);

/// Maps and computes. `input_json` is {"calculator": definition, "reference": reference tables,
/// "answers": {name: text or number}}. Returns, keys in this order:
///   "calculator", "version"  the definition's id and version;
///   "input"    the footprint input the answers make (what `guide footprint` takes);
///   "blocks"   {"<prefix>-<block>": true|false}: whether each item block counts;
///   "errors"   [{"name": field name or "", "message"}], one per field and message: the answers
///              that are not numbers, then the footprint's errors traced back to the field that
///              caused them;
///   "result"   the footprint result of "input" (the same bytes as core::footprint on it).
/// Never fails: a malformed input gives {"errors": [...]} with what to fix.
std::string footprint_calculator(const std::string& input_json);

}  // namespace core
