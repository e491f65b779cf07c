#pragma once
// The in-memory form of a footprint calculator (a bank of kind "calculator", content/README.md,
// "Calculateurs"): its scenarios, steps, blocks of fields and what each field fills in the
// footprint input, and the words of its pages. Read once from the definition's JSON by
// compile_calculator(); the check stage validates that JSON first (check/calculator_check), then
// the render stage, the mapping of answers (core/footprint_calculator.h) and the command line
// all work on this model.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace core {

/// A fixed choice of a choice field, listed before the rows of its reference table.
struct CalculatorOption {
  std::string value, label;
  std::string type;     // the hardware type it stands for (cpu, gpu…); "" = none
  bool custom = false;  // "another one": the field then fills nothing, the others say what
};

/// Where a block's fields belong: shared by the scenarios (project settings, the report's
/// identification), one scenario's settings, or one footprint item of a scenario.
enum class CalculatorScope { project, meta, scenario, item };

struct CalculatorFieldSpec {
  std::string id, label, type;  // type: number | choice | text | date
  std::string unit, hint, placeholder;  // "" = none
  std::optional<double> min, max;
  std::string step = "any";     // the input's step attribute
  std::vector<CalculatorOption> options;
  std::string from;                // reference table a choice lists (locations, hardware, models, providers)
  std::vector<std::string> types;  // hardware types a "from: hardware" field lists (empty: all)
  // The footprint input member the field fills: `key`, or, by the type of the option chosen in
  // the field `key_by`, the member `keys_by_type[type]` ("default" when no type applies).
  std::string key;
  std::map<std::string, std::string> keys_by_type;
  std::string key_by;
  bool to_scenario = false;  // a scenario block's field that sets the scenario, not its items
};

struct CalculatorBlock {
  std::string id;
  CalculatorScope scope = CalculatorScope::item;
  std::string step, legend;
  nlohmann::ordered_json item;     // an item block's footprint item, before its fields ({kind, label…})
  std::string enabled_by;          // the choice field whose answer makes the block count ("" = any number)
  std::vector<std::string> scenarios;  // the scenarios it is part of (empty: all)
  std::vector<CalculatorFieldSpec> fields;

  bool shared() const { return scope == CalculatorScope::project || scope == CalculatorScope::meta; }
  /// Whether the block is part of scenario `scenario_id` (an item block may list its own).
  bool in(const std::string& scenario_id) const;
};

struct CalculatorScenario {
  std::string id, prefix, label, intro;
};

struct CalculatorStep {
  std::string id, title;
};

struct CalculatorExample {
  std::string label, description;
};

struct Calculator {
  std::string id, title, description, intro;  // intro: Markdown
  std::optional<long long> version;
  int order = 100;
  std::string baseline;  // the scenario the others are weighed against ("" = the last)
  std::vector<CalculatorScenario> scenarios;
  std::vector<CalculatorStep> steps;  // the form's pages, then the results page
  std::vector<CalculatorBlock> blocks;
  std::map<std::string, std::string> texts;     // the words of the pages and the script
  std::map<std::string, std::string> messages;  // the mapping's own messages (not_a_number)
  std::optional<CalculatorExample> example;
};

/// Reads a calculator's definition (the bank's JSON). Lenient: a part of the wrong shape is left
/// out (check_calculator reports it with its position before anything compiles).
Calculator compile_calculator(const nlohmann::ordered_json& definition);

/// One field of the form as the page names it: `<block>-<field>` for the blocks shared by the
/// scenarios (scope project and meta), `<prefix>-<field>` for a scenario's settings (scope
/// scenario, e.g. avec-location), `<prefix>-<block>-<field>` for an item block.
struct CalculatorField {
  std::string name;
  std::string block, field, scenario;  // scenario: the scenario's id, "" for a shared block
  std::string type;                    // number | choice | text | date
  std::string step;                    // the step (page) that shows it
};

/// Every field of `calculator`, in page order, both scenarios interleaved per block.
std::vector<CalculatorField> calculator_fields(const Calculator& calculator);

/// The name of field `field` of `block` in the scenario of prefix `prefix` ("" for a shared block).
std::string calculator_field_name(const CalculatorBlock& block, const std::string& field, const std::string& prefix);

}  // namespace core
