#include "core/footprint_calculator_model.h"

#include "core/json_read.h"

namespace core {

namespace {

using Json = nlohmann::ordered_json;


const Json& list(const Json& j, const char* key) {
  static const Json empty = Json::array();
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : empty;
}

std::optional<double> number(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

// An HTML attribute wants "1", not "1.0": integers as integers, other numbers as JSON writes them.
std::string attribute_number(const Json& v) {
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number()) return v.dump();
  if (v.is_string()) return v.get<std::string>();
  return "";
}

std::map<std::string, std::string> strings(const Json& j, const char* key) {
  std::map<std::string, std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_object()) return out;
  for (auto m = it->begin(); m != it->end(); ++m)
    if (m.value().is_string()) out[m.key()] = m.value().get<std::string>();
  return out;
}

CalculatorScope scope_of(const std::string& s) {
  if (s == "project") return CalculatorScope::project;
  if (s == "meta") return CalculatorScope::meta;
  if (s == "scenario") return CalculatorScope::scenario;
  return CalculatorScope::item;
}

CalculatorFieldSpec field_of(const Json& f) {
  CalculatorFieldSpec out;
  out.id = string_member(f, "id");
  out.label = string_member(f, "label");
  out.type = string_member(f, "type");
  out.unit = string_member(f, "unit");
  out.hint = string_member(f, "hint");
  out.placeholder = string_member(f, "placeholder");
  out.min = number(f, "min");
  out.max = number(f, "max");
  if (f.contains("step")) out.step = attribute_number(f.at("step"));
  for (const Json& o : list(f, "options")) {
    if (!o.is_object()) continue;
    auto custom = o.find("custom");
    out.options.push_back({string_member(o, "value"), string_member(o, "label"), string_member(o, "type"),
                           custom != o.end() && custom->is_boolean() && custom->get<bool>()});
  }
  out.from = string_member(f, "from");
  for (const Json& t : list(f, "types"))
    if (t.is_string()) out.types.push_back(t.get<std::string>());
  auto key = f.find("key");
  if (key != f.end() && key->is_string()) out.key = key->get<std::string>();
  if (key != f.end() && key->is_object()) out.keys_by_type = strings(f, "key");
  out.key_by = string_member(f, "key_by");
  out.to_scenario = string_member(f, "target") == "scenario";
  return out;
}

CalculatorBlock block_of(const Json& b) {
  CalculatorBlock out;
  out.id = string_member(b, "id");
  out.scope = scope_of(string_member(b, "scope"));
  out.step = string_member(b, "step");
  out.legend = string_member(b, "legend");
  auto item = b.find("item");
  out.item = item != b.end() && item->is_object() ? *item : Json::object();
  out.enabled_by = string_member(b, "enabled_by");
  for (const Json& s : list(b, "scenarios"))
    if (s.is_string()) out.scenarios.push_back(s.get<std::string>());
  for (const Json& f : list(b, "fields"))
    if (f.is_object()) out.fields.push_back(field_of(f));
  return out;
}

}  // namespace

bool CalculatorBlock::in(const std::string& scenario_id) const {
  if (scenarios.empty()) return true;
  for (const std::string& id : scenarios)
    if (id == scenario_id) return true;
  return false;
}

Calculator compile_calculator(const Json& definition) {
  Calculator out;
  if (!definition.is_object()) return out;
  out.id = string_member(definition, "id");
  out.title = string_member(definition, "title");
  out.description = string_member(definition, "description");
  out.intro = string_member(definition, "intro");
  auto version = definition.find("version");
  if (version != definition.end() && version->is_number_integer()) out.version = version->get<long long>();
  auto order = definition.find("order");
  if (order != definition.end() && order->is_number_integer()) out.order = order->get<int>();
  out.baseline = string_member(definition, "baseline");
  for (const Json& s : list(definition, "scenarios")) {
    CalculatorScenario sc{string_member(s, "id"), string_member(s, "prefix"), string_member(s, "label"), string_member(s, "intro")};
    // A scenario without an id or a prefix names no field: left out.
    if (!sc.id.empty() && !sc.prefix.empty()) out.scenarios.push_back(std::move(sc));
  }
  for (const Json& s : list(definition, "steps")) out.steps.push_back({string_member(s, "id"), string_member(s, "title")});
  for (const Json& b : list(definition, "blocks"))
    if (b.is_object()) out.blocks.push_back(block_of(b));
  out.texts = strings(definition, "texts");
  out.messages = strings(definition, "messages");
  auto example = definition.find("example");
  if (example != definition.end() && example->is_object())
    out.example = CalculatorExample{string_member(*example, "label"), string_member(*example, "description")};
  return out;
}

std::string calculator_field_name(const CalculatorBlock& block, const std::string& field, const std::string& prefix) {
  if (block.shared()) return block.id + "-" + field;
  if (block.scope == CalculatorScope::scenario) return prefix + "-" + field;
  return prefix + "-" + block.id + "-" + field;
}

std::vector<CalculatorField> calculator_fields(const Calculator& calculator) {
  std::vector<CalculatorField> out;
  for (const CalculatorBlock& block : calculator.blocks) {
    for (const CalculatorFieldSpec& field : block.fields) {
      if (block.shared()) {
        out.push_back({calculator_field_name(block, field.id, ""), block.id, field.id, "", field.type, block.step});
        continue;
      }
      for (const CalculatorScenario& sc : calculator.scenarios)
        if (block.in(sc.id))
          out.push_back({calculator_field_name(block, field.id, sc.prefix), block.id, field.id, sc.id, field.type,
                         block.step});
    }
  }
  return out;
}

}  // namespace core
