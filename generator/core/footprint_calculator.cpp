#include "core/footprint_calculator.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "core/footprint_items.h"
#include "core/footprint_messages.h"
#include "core/json_pointer.h"
#include "core/json_read.h"
#include "core/placeholders.h"

namespace core {

namespace {

using Json = nlohmann::ordered_json;

// The answers as text: numbers from a saved file are accepted as they are.
class Answers {
 public:
  explicit Answers(const Json& answers) : answers_(answers) {}
  std::string get(const std::string& name) const {
    if (!answers_.is_object() || !answers_.contains(name)) return "";
    const Json& v = answers_.at(name);
    if (v.is_string()) return trim(v.get<std::string>());
    if (v.is_number()) return v.dump();
    return "";
  }

 private:
  static std::string trim(const std::string& s) {
    size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? "" : s.substr(a, b - a + 1);
  }
  const Json& answers_;
};

// "1 500,5" or "1500.5" → 1500.5; false when the text is not a number.
bool parse_number(const std::string& text, double& out) {
  std::string s;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ') continue;
    // U+00A0 and U+202F, the spaces French writes between thousands.
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) { ++i; continue; }
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0xAF) { i += 2; continue; }
    s += c == ',' ? '.' : static_cast<char>(c);
  }
  if (s.empty() || s.find_first_not_of("0123456789.+-eE") != std::string::npos) return false;
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size() && std::isfinite(out);
}

// What a choice field's answer is: a fixed option of the definition, else a row of the
// reference table the field lists (`from`).
struct Option {
  bool custom = false;
  std::string type;  // hardware type, or the fixed option's
};

Option option_of(const CalculatorFieldSpec& field, const std::string& value,
                 const footprint_reference::Reference& tables) {
  Option o;
  for (const CalculatorOption& opt : field.options) {
    if (opt.value != value) continue;
    o.custom = opt.custom;
    o.type = opt.type;
    return o;
  }
  // Other tables (locations, models, providers): the footprint core checks the value itself and
  // names the closest known ones.
  if (field.from == "hardware") {
    for (const auto& row : tables.hardware)
      if (row.id == value) {
        o.type = row.type;
        return o;
      }
  }
  return o;
}

// The footprint input key a field fills: a name, or, keyed by the type of the option chosen in
// the `key_by` field, one of several ({"cpu": "cores", "gpu": "gpus"}).
std::string key_of(const CalculatorFieldSpec& field, const std::map<std::string, std::string>& types) {
  if (!field.key.empty()) return field.key;
  if (field.keys_by_type.empty()) return "";
  auto it = types.find(field.key_by);
  const std::string type = it == types.end() ? "" : it->second;
  auto by_type = field.keys_by_type.find(type);
  if (!type.empty() && by_type != field.keys_by_type.end()) return by_type->second;
  auto fallback = field.keys_by_type.find("default");
  return fallback == field.keys_by_type.end() ? "" : fallback->second;
}

class Mapper {
 public:
  Mapper(const Calculator& calculator, const footprint_reference::Reference& tables, const Answers& answers)
      : calc_(calculator), tables_(tables), answers_(answers) {}

  // One field's value for the input: a number, a string, or null when empty or not applicable.
  Json value(const CalculatorFieldSpec& field, const std::string& name) {
    fields_[name] = &field;
    const std::string raw = answers_.get(name);
    if (raw.empty()) return nullptr;
    if (field.type == "number") {
      double v = 0;
      if (parse_number(raw, v)) return v;
      add_error(name, message("not_a_number"));
      unreadable_.insert(name);
      return nullptr;
    }
    if (field.type == "choice" && option_of(field, raw, tables_).custom) return nullptr;
    return raw;
  }

  void map_project(const CalculatorBlock& block, Json& input) {
    const bool meta_block = block.scope == CalculatorScope::meta;
    Json meta = input.contains("meta") ? input.at("meta") : Json::object();
    for (const CalculatorFieldSpec& field : block.fields) {
      const std::string name = calculator_field_name(block, field.id, "");
      Json v = value(field, name);
      if (field.key.empty()) continue;
      if (meta_block) {
        if (!v.is_null()) meta[field.key] = v;
        continue;
      }
      pointers_["/" + pointer_token(field.key)] = name;
      if (!v.is_null()) input[field.key] = v;
    }
    if (meta_block && !meta.empty()) input["meta"] = meta;
  }

  void map_scenario(const CalculatorBlock& block, const CalculatorScenario& sc, size_t si, Json& scenario, Json& grid,
                    std::map<std::string, std::string>& grid_names) {
    for (const CalculatorFieldSpec& field : block.fields) {
      const std::string name = calculator_field_name(block, field.id, sc.prefix);
      Json v = value(field, name);
      if (field.key.empty()) continue;
      if (field.to_scenario) {
        pointers_["/scenarios/" + std::to_string(si) + "/" + pointer_token(field.key)] = name;
        if (!v.is_null()) scenario[field.key] = v;
      } else {
        grid_names[field.key] = name;
        if (!v.is_null()) grid[field.key] = v;
      }
    }
  }

  // An item block of one scenario: whether it counts, and the item it makes.
  bool map_item(const CalculatorBlock& block, const CalculatorScenario& sc, const std::string& base, Json& item) {
    std::map<std::string, std::string> types;  // field id → type of its chosen option
    bool active = false;
    std::string first;
    for (const CalculatorFieldSpec& field : block.fields) {
      const std::string name = calculator_field_name(block, field.id, sc.prefix);
      if (first.empty()) first = name;
      const std::string raw = answers_.get(name);
      if (field.type == "choice" && !raw.empty()) types[field.id] = option_of(field, raw, tables_).type;
      if (block.enabled_by.empty() ? field.type == "number" && !raw.empty() : field.id == block.enabled_by && !raw.empty())
        active = true;
      if (field.id == block.enabled_by) first = name;
    }
    if (!active) return false;
    item = block.item;
    pointers_[base] = first;
    for (const CalculatorFieldSpec& field : block.fields) {
      const std::string name = calculator_field_name(block, field.id, sc.prefix);
      const std::string key = key_of(field, types);
      Json v = value(field, name);
      if (key.empty()) continue;
      pointers_[base + "/" + pointer_token(key)] = name;
      if (!v.is_null()) item[key] = v;
    }
    return true;
  }

  // The scenario's electricity settings, copied into each of its items that takes them.
  void add_grid(Json& item, const std::string& base, const Json& grid,
                const std::map<std::string, std::string>& grid_names) {
    const auto& allowed = footprint_items::allowed_keys(string_member(item, "kind"));
    for (const auto& [key, name] : grid_names) {
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) continue;
      pointers_[base + "/" + pointer_token(key)] = name;
      if (grid.contains(key) && !item.contains(key)) item[key] = grid.at(key);
    }
  }

  void add_error(const std::string& name, const std::string& message) {
    for (const Json& e : errors_)
      if (string_member(e, "name") == name && string_member(e, "message") == message) return;
    Json e = Json::object();
    e["name"] = name;
    e["message"] = message;
    errors_.push_back(std::move(e));
  }

  // The field a footprint error's pointer comes from: the longest mapped prefix.
  std::string field_for(std::string pointer) const {
    while (true) {
      auto it = pointers_.find(pointer);
      if (it != pointers_.end()) return it->second;
      const size_t slash = pointer.rfind('/');
      if (slash == std::string::npos || pointer.empty()) return "";
      pointer = pointer.substr(0, slash);
    }
  }

  // What the page shows of a footprint error on field `name`: a value out of range in the
  // content's words, with the field's own label and unit; any other in the core's.
  std::string reworded(const std::string& name, const Json& e) const {
    auto field = fields_.find(name);
    const std::string code = string_member(e, "code");
    const char* key = code == "out_of_range_above" ? "out_of_range_above" : "out_of_range";
    // Without the calculator's words (a definition guide check did not see), the engine's.
    if (field == fields_.end() || (code != "out_of_range" && code != "out_of_range_above") || !calc_.messages.count(key))
      return string_member(e, "message");
    const CalculatorFieldSpec& spec = *field->second;
    auto number = [&](const char* member) {
      return e.contains(member) && e.at(member).is_number()
                 ? footprint_messages::format_number(e.at(member).get<double>(), tables_.messages)
                 : "";
    };
    return fill_placeholders(message(key),
                                {{"label", spec.label}, {"min", number("min")}, {"max", number("max")},
                                 {"unit", spec.unit.empty() ? "" : "\u00a0" + spec.unit}, {"value", number("value")}});
  }

  // The words are the content's (the bank's messages, all required by guide check); the key
  // stands in for a missing one, as in the page scripts.
  std::string message(const char* key) const {
    auto it = calc_.messages.find(key);
    return it == calc_.messages.end() || it->second.empty() ? key : it->second;
  }

  Json& errors() { return errors_; }
  // A field whose text is not a number already has its message: what the core then says of
  // the missing value would only repeat it.
  bool unreadable(const std::string& name) const { return unreadable_.count(name) > 0; }

 private:
  const Calculator& calc_;
  const footprint_reference::Reference& tables_;
  const Answers& answers_;
  std::map<std::string, std::string> pointers_;
  std::map<std::string, const CalculatorFieldSpec*> fields_;  // by name, as the answers name them
  std::set<std::string> unreadable_;
  Json errors_ = Json::array();
};

// A result that is one error, `code` of core/footprint_messages.h worded by `catalogue` (the
// reference data's messages, when the session has them).
std::string error_document(const char* code, const Json& catalogue = Json()) {
  Json e = Json::object();
  e["name"] = "";
  e["code"] = code;
  e["message"] = footprint_messages::worded(e, catalogue);
  Json out = Json::object();
  out["errors"] = Json::array({e});
  return out.dump();
}

}  // namespace

std::string CalculatorSession::load(const std::string& setup_json) {
  return load_parsed(Json::parse(setup_json, nullptr, false));
}

std::string CalculatorSession::load_parsed(const Json& setup) {
  ready_ = false;
  if (setup.is_discarded() || !setup.is_object()) return load_error_ = error_document("input_not_json");
  auto definition = setup.find("calculator");
  Calculator calculator = definition == setup.end() ? Calculator() : compile_calculator(*definition);
  if (calculator.blocks.empty() || calculator.scenarios.empty())
    return load_error_ = error_document("calculator_missing");
  auto reference = setup.find("reference");
  load(std::move(calculator), reference == setup.end() ? Json() : *reference);
  return "";
}

void CalculatorSession::load(Calculator calculator, const Json& reference) {
  calculator_ = std::move(calculator);
  reference_ = prepare_reference(reference);
  load_error_.clear();
  ready_ = true;
}

std::string CalculatorSession::compute(const std::string& answers_json) const {
  return compute_parsed(Json::parse(answers_json, nullptr, false));
}

std::string CalculatorSession::compute_parsed(const Json& request) const {
  if (!ready_) return load_error_.empty() ? error_document("calculator_not_loaded") : load_error_;
  if (request.is_discarded() || !request.is_object())
    return error_document("input_not_json", reference_.tables.messages);
  const Calculator& calc = calculator_;
  static const Json no_answers = Json::object();
  const Answers answers(request.contains("answers") ? request.at("answers") : no_answers);
  Mapper mapper(calc, reference_.tables, answers);

  Json input = Json::object();
  for (const CalculatorBlock& block : calc.blocks)
    if (block.shared()) mapper.map_project(block, input);
  Json blocks = Json::object();
  Json list_out = Json::array();
  for (size_t si = 0; si < calc.scenarios.size(); ++si) {
    const CalculatorScenario& sc = calc.scenarios[si];
    Json scenario = Json::object();
    scenario["id"] = sc.id;
    scenario["label"] = sc.label;
    Json grid = Json::object();
    std::map<std::string, std::string> grid_names;
    for (const CalculatorBlock& block : calc.blocks)
      if (block.scope == CalculatorScope::scenario) mapper.map_scenario(block, sc, si, scenario, grid, grid_names);
    Json items = Json::array();
    for (const CalculatorBlock& block : calc.blocks) {
      if (block.scope != CalculatorScope::item || !block.in(sc.id)) continue;
      const std::string base = "/scenarios/" + std::to_string(si) + "/items/" + std::to_string(items.size());
      Json item;
      const bool active = mapper.map_item(block, sc, base, item);
      blocks[sc.prefix + "-" + block.id] = active;
      if (!active) continue;
      mapper.add_grid(item, base, grid, grid_names);
      items.push_back(std::move(item));
    }
    scenario["items"] = std::move(items);
    list_out.push_back(std::move(scenario));
  }
  input["scenarios"] = std::move(list_out);
  if (!calc.baseline.empty()) input["baseline"] = calc.baseline;

  // The footprint core computes the input with the session's reference tables: the input the
  // page saves is the one `guide footprint` reads with its own reference data.
  Json result = footprint_json(input, reference_);
  if (result.contains("errors") && result.at("errors").is_array()) {
    for (const Json& e : result.at("errors")) {
      const std::string name = mapper.field_for(string_member(e, "field"));
      if (!mapper.unreadable(name)) mapper.add_error(name, mapper.reworded(name, e));
    }
  }

  Json out = Json::object();
  out["calculator"] = calc.id;
  out["version"] = calc.version ? Json(*calc.version) : Json(nullptr);
  out["input"] = std::move(input);
  out["blocks"] = std::move(blocks);
  out["errors"] = std::move(mapper.errors());
  out["result"] = std::move(result);
  return out.dump();
}

std::string footprint_calculator(const std::string& input_json) {
  const Json request = Json::parse(input_json, nullptr, false);
  CalculatorSession session;
  const std::string error = session.load_parsed(request);
  return error.empty() ? session.compute_parsed(request) : error;
}

}  // namespace core
