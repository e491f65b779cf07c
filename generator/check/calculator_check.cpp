#include "check/calculator_check.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/footprint_items.h"
#include "core/id_patterns.h"
#include "core/join.h"
#include "load/unknown_members.h"

namespace check {

namespace {

using Json = nlohmann::ordered_json;
using Names = std::vector<std::string>;

const Names kScopes = {"project", "meta", "scenario", "item"};
const Names kTypes = {"number", "choice", "text", "date"};
const Names kTables = {"locations", "hardware", "models", "providers"};
const Names kHardwareTypes = {"cpu", "gpu", "server", "device"};
const Names kKinds = {"compute", "inference", "storage", "transfer", "equipment"};
const Names kProjectKeys = {"lifetime_years", "carbon_price_eur_per_t"};
const Names kScenarioKeys = {"allocation"};

bool has(const Names& names, const std::string& n) { return std::find(names.begin(), names.end(), n) != names.end(); }

class Checker {
 public:
  Checker(const load::YamlDocument& doc, const Json& reference, diag::Diagnostics& diags)
      : doc_(doc), ref_(reference), diags_(diags) {}

  bool ok() const { return ok_; }

  void error(const std::string& pointer, const std::string& message, Names notes = {}) {
    diags_.error(doc_.position(pointer), message, std::move(notes));
    ok_ = false;
  }

  void error_at_key(const std::string& pointer, const std::string& message, Names notes = {}) {
    diags_.error(doc_.key_position(pointer), message, std::move(notes));
    ok_ = false;
  }

  // The mapping at `pointer` has only `allowed` members and every `required` one. Returns whether
  // it can be read further (a mapping with every required member): an unknown member is reported
  // but does not hide the problems in the rest of the mapping.
  bool members(const Json& node, const std::string& pointer, const Names& required, const Names& optional) {
    if (!node.is_object()) {
      error(pointer, "expected a mapping with " + core::join(required, ", "));
      return false;
    }
    Names all = required;
    all.insert(all.end(), optional.begin(), optional.end());
    bool good = true;
    if (load::report_unknown_members(doc_, node, pointer, all, diags_, {"member"}) > 0) ok_ = false;
    for (const auto& key : required)
      if (!node.contains(key)) {
        error(pointer, "missing '" + key + "'");
        good = false;
      }
    return good;
  }

  std::string text(const Json& node, const std::string& pointer, const char* key, bool required) {
    if (!node.is_object() || !node.contains(key)) {
      if (required) error(pointer, std::string("missing '") + key + "'");
      return "";
    }
    const Json& v = node.at(key);
    if (v.is_string() && !v.get<std::string>().empty()) return v.get<std::string>();
    error(pointer + "/" + key, std::string("'") + key + "' must be a non-empty string");
    return "";
  }

  bool id(const std::string& value, const std::string& pointer, const char* what) {
    if (value.empty()) return false;
    const bool good = core::matches(value, core::IdPattern::name);
    if (!good) error(pointer, std::string(what) + " '" + value + "' must be lower-case letters, digits and '_', starting with a letter");
    return good;
  }

  // The ids (or codes) of a reference table, as the form lists them.
  Names table_ids(const std::string& table) const {
    Names out;
    if (table == "models") {
      const Json& models = ref_.is_object() && ref_.contains("ecologits") ? ref_.at("ecologits") : Json();
      if (models.is_object() && models.contains("models") && models.at("models").is_array())
        for (const Json& m : models.at("models"))
          if (m.is_object()) out.push_back(m.value("provider", std::string()) + "/" + m.value("name", std::string()));
      return out;
    }
    if (table == "providers") {
      const Json& e = ref_.is_object() && ref_.contains("ecologits") ? ref_.at("ecologits") : Json();
      if (e.is_object() && e.contains("providers") && e.at("providers").is_array())
        for (const Json& p : e.at("providers"))
          if (p.is_object()) out.push_back(p.value("id", std::string()));
      return out;
    }
    const char* key = table == "locations" ? "code" : "id";
    if (ref_.is_object() && ref_.contains(table) && ref_.at(table).is_array())
      for (const Json& row : ref_.at(table))
        if (row.is_object() && row.contains(key) && row.at(key).is_string()) out.push_back(row.at(key).get<std::string>());
    return out;
  }

  void check_options(const Json& field, const std::string& p, const std::string& type) {
    const bool has_options = field.contains("options"), has_from = field.contains("from");
    if (type != "choice") {
      for (const char* k : {"options", "from", "types"})
        if (field.contains(k)) error_at_key(p + "/" + k, std::string("only a 'choice' field takes '") + k + "'");
      return;
    }
    if (!has_options && !has_from) error(p, "a 'choice' field needs 'options', 'from' (a reference table) or both");
    if (has_from) {
      const std::string from = text(field, p, "from", true);
      if (!from.empty() && !has(kTables, from))
        error(p + "/from", "unknown table '" + from + "'", {"the tables are " + core::join(kTables, ", ")});
      if (field.contains("types")) {
        const Json& types = field.at("types");
        bool good = types.is_array() && from == "hardware";
        for (size_t i = 0; good && i < types.size(); ++i) good = types[i].is_string() && has(kHardwareTypes, types[i].get<std::string>());
        if (!good) error(p + "/types", "'types' lists hardware types for a field 'from: hardware'", {core::join(kHardwareTypes, ", ")});
      }
    }
    if (!has_options) return;
    const Json& options = field.at("options");
    if (!options.is_array()) {
      error(p + "/options", "'options' must be a list of {value, label}");
      return;
    }
    std::set<std::string> values;
    for (size_t i = 0; i < options.size(); ++i) {
      const std::string op = p + "/options/" + std::to_string(i);
      if (!members(options[i], op, {"value", "label"}, {"type", "custom"})) continue;
      if (!options[i].at("value").is_string()) error(op + "/value", "'value' must be a string (\"\" for none)");
      else if (!values.insert(options[i].at("value").get<std::string>()).second)
        error(op + "/value", "this value is listed twice");
      text(options[i], op, "label", true);
      if (options[i].contains("type") && !has(kHardwareTypes, options[i].value("type", std::string())))
        error(op + "/type", "'type' must be a hardware type", {core::join(kHardwareTypes, ", ")});
      if (options[i].contains("custom") && !options[i].at("custom").is_boolean())
        error(op + "/custom", "'custom' must be true or false");
    }
  }

  // The values a choice field accepts: its options' and its table's.
  Names choice_values(const core::CalculatorFieldSpec& field) const {
    Names out;
    for (const core::CalculatorOption& o : field.options) out.push_back(o.value);
    if (!field.from.empty()) {
      Names ids = table_ids(field.from);
      out.insert(out.end(), ids.begin(), ids.end());
    }
    return out;
  }

  // What a field fills: an input key the block's scope (or the item's kind) accepts.
  void check_key(const Json& field, const std::string& p, const std::string& scope, const std::string& kind,
                 const Json& block) {
    if (!field.contains("key")) {
      error(p, "missing 'key': the footprint input member this field fills");
      return;
    }
    const Json& key = field.at("key");
    Names keys;
    if (key.is_string()) {
      keys.push_back(key.get<std::string>());
    } else if (key.is_object() && scope == "item") {
      const std::string by = text(field, p, "key_by", true);
      bool found = false;
      for (const Json& f : block.value("fields", Json::array()))
        if (f.is_object() && f.value("id", std::string()) == by && f.value("type", std::string()) == "choice") found = true;
      if (!by.empty() && !found) error(p + "/key_by", "'key_by' must name a choice field of this block");
      for (auto it = key.begin(); it != key.end(); ++it) {
        if (it.key() != "default" && !has(kHardwareTypes, it.key()))
          error_at_key(p + "/key/" + it.key(), "'" + it.key() + "' is not a hardware type", {core::join(kHardwareTypes, ", ") + ", or default"});
        if (!it.value().is_string()) error(p + "/key/" + it.key(), "each key must be a string");
        else keys.push_back(it.value().get<std::string>());
      }
    } else {
      error(p + "/key", "'key' must be a member name, or for an item block a mapping by hardware type");
      return;
    }
    if (field.contains("key_by") && !key.is_object()) error_at_key(p + "/key_by", "'key_by' goes with a 'key' mapping");
    for (const auto& k : keys) {
      Names allowed;
      if (scope == "project") allowed = kProjectKeys;
      else if (scope == "scenario" && field.value("target", std::string()) == "scenario") allowed = kScenarioKeys;
      else if (scope == "scenario") {
        // Copied into every item that takes it.
        for (const auto& kd : kKinds)
          for (const auto& a : core::footprint_items::allowed_keys(kd))
            if (a != "kind" && a != "label" && !has(allowed, a)) allowed.push_back(a);
      } else if (scope == "item") {
        allowed = core::footprint_items::allowed_keys(kind);
      } else {
        continue;  // meta: free
      }
      if (!has(allowed, k)) {
        const std::string near = diag::closest_match(k, allowed);
        error(key.is_string() ? p + "/key" : p + "/key", "'" + k + "' is not a member the footprint input takes here",
              near.empty() ? Names{"it takes " + core::join(allowed, ", ")} : Names{"did you mean '" + near + "'?"});
      }
    }
  }

  std::optional<core::Calculator> run() {
    const Json& v = doc_.value;
    members(v, "", {"id", "version", "kind", "title", "scenarios", "steps", "blocks", "texts"},
            {"description", "order", "intro", "baseline", "example", "messages", "audience"});
    if (!v.is_object()) return std::nullopt;
    if (!v.contains("version") || !v.at("version").is_number_integer()) error("/version", "'version' must be an integer");
    text(v, "", "title", true);

    // Scenarios.
    Names scenario_ids, prefixes;
    const Json& scenarios = v.value("scenarios", Json());
    if (!scenarios.is_array() || scenarios.empty()) error("/scenarios", "'scenarios' must list at least one scenario");
    for (size_t i = 0; scenarios.is_array() && i < scenarios.size(); ++i) {
      const std::string p = "/scenarios/" + std::to_string(i);
      if (!members(scenarios[i], p, {"id", "prefix", "label"}, {"intro"})) continue;
      const std::string sid = text(scenarios[i], p, "id", true), prefix = text(scenarios[i], p, "prefix", true);
      text(scenarios[i], p, "label", true);
      if (has(scenario_ids, sid)) error(p + "/id", "scenario '" + sid + "' is listed twice");
      if (id(prefix, p + "/prefix", "prefix") && has(prefixes, prefix)) error(p + "/prefix", "prefix '" + prefix + "' is used twice");
      scenario_ids.push_back(sid);
      prefixes.push_back(prefix);
    }
    if (v.contains("baseline") && !has(scenario_ids, v.value("baseline", std::string())))
      error("/baseline", "'baseline' must be the id of a scenario", {core::join(scenario_ids, ", ")});

    // Steps: pages in order; the last one is the results page and holds no block.
    Names steps;
    const Json& step_list = v.value("steps", Json());
    if (!step_list.is_array() || step_list.size() < 2) error("/steps", "'steps' must list the form's pages and, last, the results page");
    for (size_t i = 0; step_list.is_array() && i < step_list.size(); ++i) {
      const std::string p = "/steps/" + std::to_string(i);
      if (!members(step_list[i], p, {"id", "title"}, {})) continue;
      const std::string sid = text(step_list[i], p, "id", true);
      text(step_list[i], p, "title", true);
      if (!sid.empty() && !core::matches(sid, core::IdPattern::slug))
        error(p + "/id", "a step id names a page: lower-case letters, digits and '-'");
      if (has(steps, sid)) error(p + "/id", "step '" + sid + "' is listed twice");
      steps.push_back(sid);
    }

    // Blocks and fields.
    std::set<std::string> block_ids;
    const Json& blocks = v.value("blocks", Json());
    if (!blocks.is_array() || blocks.empty()) error("/blocks", "'blocks' must list at least one block of fields");
    for (size_t b = 0; blocks.is_array() && b < blocks.size(); ++b) {
      const Json& block = blocks[b];
      const std::string p = "/blocks/" + std::to_string(b);
      if (!members(block, p, {"id", "scope", "step", "legend", "fields"}, {"item", "enabled_by", "scenarios"})) continue;
      const std::string bid = text(block, p, "id", true), scope = text(block, p, "scope", true), step = text(block, p, "step", true);
      text(block, p, "legend", true);
      if (id(bid, p + "/id", "block id") && !block_ids.insert(bid).second) error(p + "/id", "block '" + bid + "' is listed twice");
      if (!scope.empty() && !has(kScopes, scope)) error(p + "/scope", "unknown scope '" + scope + "'", {"scopes: " + core::join(kScopes, ", ")});
      if (!step.empty() && !has(steps, step)) error(p + "/step", "step '" + step + "' is not in 'steps'", {core::join(steps, ", ")});
      else if (!steps.empty() && step == steps.back()) error(p + "/step", "the last step is the results page: it holds no block");
      std::string kind;
      if (scope == "item") {
        if (!block.contains("item")) error(p, "an item block needs 'item': the footprint item it makes ({kind, label…})");
        else if (members(block.at("item"), p + "/item", {"kind", "label"}, {"phase", "recurrence"})) {
          kind = text(block.at("item"), p + "/item", "kind", true);
          if (!kind.empty() && !has(kKinds, kind)) error(p + "/item/kind", "unknown item kind '" + kind + "'", {core::join(kKinds, ", ")});
        }
        if (block.contains("scenarios")) {
          const Json& only = block.at("scenarios");
          bool good = only.is_array() && !only.empty();
          for (size_t i = 0; good && i < only.size(); ++i) good = only[i].is_string() && has(scenario_ids, only[i].get<std::string>());
          if (!good) error(p + "/scenarios", "'scenarios' lists the ids of the scenarios this block is part of", {core::join(scenario_ids, ", ")});
        }
      } else {
        for (const char* k : {"item", "enabled_by", "scenarios"})
          if (block.contains(k)) error_at_key(p + "/" + k, std::string("only an item block takes '") + k + "'");
      }
      const Json& fields = block.at("fields");
      if (!fields.is_array() || fields.empty()) {
        error(p + "/fields", "'fields' must list at least one field");
        continue;
      }
      std::set<std::string> field_ids;
      for (size_t f = 0; f < fields.size(); ++f) {
        const Json& field = fields[f];
        const std::string fp = p + "/fields/" + std::to_string(f);
        if (!members(field, fp, {"id", "label", "type", "key"},
                     {"hint", "unit", "min", "max", "step", "placeholder", "options", "from", "types", "key_by", "target"}))
          continue;
        const std::string fid = text(field, fp, "id", true), type = text(field, fp, "type", true);
        text(field, fp, "label", true);
        if (id(fid, fp + "/id", "field id") && !field_ids.insert(fid).second) error(fp + "/id", "field '" + fid + "' is listed twice in this block");
        if (!type.empty() && !has(kTypes, type)) error(fp + "/type", "unknown field type '" + type + "'", {core::join(kTypes, ", ")});
        for (const char* k : {"min", "max"})
          if (field.contains(k) && (!field.at(k).is_number() || type != "number"))
            error(fp + "/" + k, std::string("'") + k + "' must be a number, on a number field");
        if (field.contains("step") && !(field.at("step").is_string() || field.at("step").is_number()))
          error(fp + "/step", "'step' must be a number or \"any\"");
        for (const char* k : {"hint", "unit", "placeholder"})
          if (field.contains(k)) text(field, fp, k, false);
        if (field.contains("target")) {
          const std::string target = field.value("target", std::string());
          if (scope != "scenario") error_at_key(fp + "/target", "only a field of a scenario block takes 'target'");
          else if (target != "scenario" && target != "items") error(fp + "/target", "'target' must be 'scenario' or 'items'");
        }
        check_options(field, fp, type);
        check_key(field, fp, scope, kind, block);
      }
      if (block.contains("enabled_by")) {
        const std::string by = text(block, p, "enabled_by", true);
        bool found = false;
        for (const Json& f : fields)
          if (f.is_object() && f.value("id", std::string()) == by && f.value("type", std::string()) == "choice") found = true;
        if (!by.empty() && !found) error(p + "/enabled_by", "'enabled_by' must name a choice field of this block");
      }
    }

    // Names unique across the form (the page, the saved files and the links use them). The
    // example is checked against them whenever the blocks are sound, whatever else is wrong.
    const bool blocks_ok = ok_;
    core::Calculator calculator = core::compile_calculator(v);
    std::map<std::string, const core::CalculatorFieldSpec*> names;  // field name → its definition
    if (blocks_ok) {
      for (const core::CalculatorBlock& block : calculator.blocks) {
        for (const core::CalculatorFieldSpec& field : block.fields) {
          auto name = [&](const std::string& prefix) {
            const std::string n = core::calculator_field_name(block, field.id, prefix);
            if (names.count(n)) error("/blocks", "two fields are both named '" + n + "'");
            else names[n] = &field;
          };
          if (block.shared()) name("");
          for (const core::CalculatorScenario& sc : calculator.scenarios)
            if (!block.shared() && block.in(sc.id)) name(sc.prefix);
        }
      }
    }

    check_texts(v);
    check_messages(v);
    if (v.contains("example") && blocks_ok) check_example(v.at("example"), names);
    if (!ok_) return std::nullopt;
    return calculator;
  }

  // The mapping's own messages, which the core shows in the reader's language: all required, the
  // core has no words of its own.
  void check_messages(const Json& v) {
    const Names& keys = calculator_message_keys();
    if (!v.contains("messages")) {
      error("", "missing 'messages'", {"the core shows them when a field cannot be read or is out of range"});
      return;
    }
    const Json& messages = v.at("messages");
    check_strings(messages, "/messages", keys);
    if (!messages.is_object()) return;
    for (const auto& key : keys)
      if (!messages.contains(key)) error("/messages", "missing message '" + key + "'", {"the core shows it beside a field"});
  }

  void check_strings(const Json& node, const std::string& p, const Names& known) {
    if (!node.is_object()) {
      error(p, "expected a mapping of texts");
      return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
      const std::string kp = p + "/" + load::pointer_token(it.key());
      if (!has(known, it.key())) {
        const std::string near = diag::closest_match(it.key(), known);
        error_at_key(kp, "unknown text '" + it.key() + "'", near.empty() ? Names{} : Names{"did you mean '" + near + "'?"});
      } else if (!it.value().is_string() || it.value().get<std::string>().empty()) {
        error(kp, "'" + it.key() + "' must be a non-empty string");
      }
    }
  }

  void check_texts(const Json& v) {
    if (!v.contains("texts")) return;
    const Json& texts = v.at("texts");
    check_strings(texts, "/texts", calculator_text_keys());
    if (!texts.is_object()) return;
    for (const auto& key : calculator_text_keys())
      if (!texts.contains(key)) error("/texts", "missing text '" + key + "'", {"the calculator's pages and script show it"});
  }

  void check_example(const Json& example, const std::map<std::string, const core::CalculatorFieldSpec*>& names) {
    if (!members(example, "/example", {"label", "answers"}, {"description"})) return;
    text(example, "/example", "label", true);
    const Json& answers = example.at("answers");
    if (!answers.is_object()) {
      error("/example/answers", "'answers' must map field names to values");
      return;
    }
    for (auto it = answers.begin(); it != answers.end(); ++it) {
      const std::string ap = "/example/answers/" + load::pointer_token(it.key());
      auto found = names.find(it.key());
      if (found == names.end()) {
        Names all;
        for (const auto& n : names) all.push_back(n.first);
        const std::string near = diag::closest_match(it.key(), all);
        error_at_key(ap, "no field is named '" + it.key() + "'", near.empty() ? Names{} : Names{"did you mean '" + near + "'?"});
        continue;
      }
      if (!it.value().is_string()) {
        error(ap, "an answer is written as text (quote numbers: \"1000\")");
        continue;
      }
      const core::CalculatorFieldSpec& field = *found->second;
      if (field.type == "choice") {
        const Names values = choice_values(field);
        if (!has(values, it.value().get<std::string>()))
          error(ap, "'" + it.value().get<std::string>() + "' is not a choice of field '" + it.key() + "'");
      }
    }
  }

 private:
  const load::YamlDocument& doc_;
  const Json& ref_;
  diag::Diagnostics& diags_;
  bool ok_ = true;
};

}  // namespace

const std::vector<std::string>& calculator_message_keys() {
  static const std::vector<std::string> keys = {"not_a_number", "out_of_range", "out_of_range_above"};
  return keys;
}

const std::vector<std::string>& calculator_text_keys() {
  static const std::vector<std::string> keys = {
      "step_heading", "steps_label", "nojs", "errors_title", "compute", "example_load", "example_clear",
      "example_banner", "clear_all", "clear_confirm", "export_json", "export_csv", "import", "print",
      "provisional_title", "provisional_empty", "details_link", "results_title", "results_empty",
      "chart_caption", "grid_link", "method_summary", "previous", "next", "status_ok", "status_errors",
      "status_unavailable", "status_no_data", "status_imported", "status_import_failed", "status_data_changed",
      "status_cleared", "status_example", "error_step", "summary_none", "summary_scenario", "summary_years",
      "allocation_shared", "allocation_dedicated", "allocation_same", "allocation_warning", "embodied_missing", "comparison_more",
      "comparison_less", "comparison_equal", "comparison_question", "table_caption", "table_difference",
      "row_total", "row_range", "row_build_electricity", "row_use_electricity", "row_embodied", "row_per_year",
      "row_energy", "row_water", "row_cost", "row_allocation", "request_title", "request_line",
      "request_input_share", "request_year", "energy_class", "ecologits_version", "comparisons",
      "comparisons_sources", "method_versions", "report_title", "report_identification", "report_assumptions",
      "report_sources", "report_not_given", "report_default", "report_block_off", "chart_title",
      "chart_build_electricity", "chart_use_electricity", "chart_embodied", "chart_bar", "chart_part", "chart_separator", "chart_range", "chart_bar_value",
      "chart_project", "chart_decimal", "chart_group", "chart_unit", "list_separator", "range",
      "labelled", "option_with_code", "percent", "csv_method", "year_one", "year_many", "value_one", "value_many"};
  return keys;
}

std::optional<core::Calculator> check_calculator(const load::YamlDocument& doc, const Json& reference,
                                                 diag::Diagnostics& diags) {
  Checker checker(doc, reference, diags);
  return checker.run();
}

}  // namespace check
