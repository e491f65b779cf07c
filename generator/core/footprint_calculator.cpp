#include "core/footprint_calculator.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "core/footprint.h"
#include "core/footprint_items.h"
#include "core/json_pointer.h"

namespace core {

namespace {

using Json = nlohmann::ordered_json;

const Json& member(const Json& parent, const char* key) {
  static const Json empty = Json::object();
  if (parent.is_object() && parent.contains(key)) return parent.at(key);
  return empty;
}

std::string text(const Json& j, const char* key) {
  return j.is_object() && j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>() : "";
}

const Json& list(const Json& parent, const char* key) {
  static const Json empty = Json::array();
  const Json& m = member(parent, key);
  return m.is_array() ? m : empty;
}

struct Scenario {
  std::string id, prefix, label;
};

std::vector<Scenario> scenarios_of(const Json& definition) {
  std::vector<Scenario> out;
  for (const Json& s : list(definition, "scenarios")) {
    Scenario sc{text(s, "id"), text(s, "prefix"), text(s, "label")};
    if (!sc.id.empty() && !sc.prefix.empty()) out.push_back(sc);
  }
  return out;
}

std::string field_name(const std::string& scope, const std::string& block, const std::string& field,
                       const std::string& prefix) {
  if (scope == "project" || scope == "meta") return block + "-" + field;
  if (scope == "scenario") return prefix + "-" + field;
  return prefix + "-" + block + "-" + field;
}

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

// A choice field's option for `value`: a fixed option of the definition, else a row of the
// reference table the field lists (`from`). Null when the value is neither.
struct Option {
  bool known = false, custom = false;
  std::string type;  // hardware type, or the fixed option's
};

Option option_of(const Json& field, const std::string& value, const Json& reference) {
  Option o;
  for (const Json& opt : list(field, "options")) {
    if (text(opt, "value") != value) continue;
    o.known = true;
    o.custom = member(opt, "custom").is_boolean() && member(opt, "custom").get<bool>();
    o.type = text(opt, "type");
    return o;
  }
  const std::string from = text(field, "from");
  if (from == "hardware") {
    for (const Json& row : list(reference, "hardware"))
      if (text(row, "id") == value) {
        o.known = true;
        o.type = text(row, "type");
        return o;
      }
  }
  // Other tables (locations, models, providers): the footprint core checks the value itself and
  // names the closest known ones.
  if (!from.empty()) o.known = true;
  return o;
}

// The footprint input key a field fills: a name, or, keyed by the type of the option chosen in
// the `key_by` field, one of several ({"cpu": "cores", "gpu": "gpus"}).
std::string key_of(const Json& field, const std::map<std::string, std::string>& types) {
  const Json& key = member(field, "key");
  if (key.is_string()) return key.get<std::string>();
  if (!key.is_object()) return "";
  auto it = types.find(text(field, "key_by"));
  const std::string type = it == types.end() ? "" : it->second;
  if (!type.empty() && key.contains(type) && key.at(type).is_string()) return key.at(type).get<std::string>();
  return text(key, "default");
}

class Mapper {
 public:
  Mapper(const Json& definition, const Json& reference, const Answers& answers)
      : def_(definition), ref_(reference), answers_(answers) {}

  // One field's value for the input: a number, a string, or null when empty or not applicable.
  Json value(const Json& field, const std::string& name) {
    const std::string raw = answers_.get(name);
    if (raw.empty()) return nullptr;
    const std::string type = text(field, "type");
    if (type == "number") {
      double v = 0;
      if (parse_number(raw, v)) return v;
      add_error(name, message("not_a_number", "Saisissez un nombre (chiffres et, au besoin, une virgule d\u00e9cimale)."));
      unreadable_.insert(name);
      return nullptr;
    }
    if (type == "choice") {
      const Option o = option_of(field, raw, ref_);
      if (o.custom) return nullptr;
    }
    return raw;
  }

  void map_project(const Json& block, Json& input) {
    const std::string scope = text(block, "scope");
    Json meta = member(input, "meta");
    for (const Json& field : list(block, "fields")) {
      const std::string name = field_name(scope, text(block, "id"), text(field, "id"), "");
      const std::string key = text(field, "key");
      Json v = value(field, name);
      if (key.empty()) continue;
      if (scope == "meta") {
        if (!v.is_null()) meta[key] = v;
        continue;
      }
      pointers_["/" + pointer_token(key)] = name;
      if (!v.is_null()) input[key] = v;
    }
    if (scope == "meta" && !meta.empty()) input["meta"] = meta;
  }

  void map_scenario(const Json& block, const Scenario& sc, size_t si, Json& scenario, Json& grid,
                    std::map<std::string, std::string>& grid_names) {
    for (const Json& field : list(block, "fields")) {
      const std::string name = field_name("scenario", text(block, "id"), text(field, "id"), sc.prefix);
      const std::string key = text(field, "key");
      Json v = value(field, name);
      if (key.empty()) continue;
      if (text(field, "target") == "scenario") {
        pointers_["/scenarios/" + std::to_string(si) + "/" + pointer_token(key)] = name;
        if (!v.is_null()) scenario[key] = v;
      } else {
        grid_names[key] = name;
        if (!v.is_null()) grid[key] = v;
      }
    }
  }

  // An item block of one scenario: whether it counts, and the item it makes.
  bool map_item(const Json& block, const Scenario& sc, const std::string& base, Json& item) {
    const std::string block_id = text(block, "id");
    const std::string enabled_by = text(block, "enabled_by");
    std::map<std::string, std::string> types;  // field id → type of its chosen option
    bool active = false;
    std::string first;
    for (const Json& field : list(block, "fields")) {
      const std::string id = text(field, "id");
      const std::string name = field_name("item", block_id, id, sc.prefix);
      if (first.empty()) first = name;
      const std::string raw = answers_.get(name);
      if (text(field, "type") == "choice" && !raw.empty()) types[id] = option_of(field, raw, ref_).type;
      if (enabled_by.empty() ? text(field, "type") == "number" && !raw.empty() : id == enabled_by && !raw.empty())
        active = true;
      if (id == enabled_by) first = name;
    }
    if (!active) return false;
    item = member(block, "item").is_object() ? member(block, "item") : Json::object();
    pointers_[base] = first;
    for (const Json& field : list(block, "fields")) {
      const std::string name = field_name("item", block_id, text(field, "id"), sc.prefix);
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
    const auto& allowed = footprint_items::allowed_keys(text(item, "kind"));
    for (const auto& [key, name] : grid_names) {
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) continue;
      pointers_[base + "/" + pointer_token(key)] = name;
      if (grid.contains(key) && !item.contains(key)) item[key] = grid.at(key);
    }
  }

  void add_error(const std::string& name, const std::string& message) {
    for (const Json& e : errors_)
      if (text(e, "name") == name && text(e, "message") == message) return;
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

  std::string message(const char* key, const char* fallback) const {
    const std::string m = text(member(def_, "messages"), key);
    return m.empty() ? fallback : m;
  }

  Json& errors() { return errors_; }
  // A field whose text is not a number already has its message: what the core then says of
  // the missing value would only repeat it.
  bool unreadable(const std::string& name) const { return unreadable_.count(name) > 0; }

 private:
  const Json& def_;
  const Json& ref_;
  const Answers& answers_;
  std::map<std::string, std::string> pointers_;
  std::set<std::string> unreadable_;
  Json errors_ = Json::array();
};

Json error_document(const std::string& message) {
  Json out = Json::object();
  Json e = Json::object();
  e["name"] = "";
  e["message"] = message;
  out["errors"] = Json::array({e});
  return out;
}

}  // namespace

bool calculator_block_in(const Json& block, const std::string& scenario_id) {
  const Json& only = member(block, "scenarios");
  if (!only.is_array()) return true;
  for (const Json& id : only)
    if (id.is_string() && id.get<std::string>() == scenario_id) return true;
  return false;
}

std::vector<CalculatorField> calculator_fields(const Json& definition) {
  std::vector<CalculatorField> out;
  const auto scenarios = scenarios_of(definition);
  for (const Json& block : list(definition, "blocks")) {
    const std::string scope = text(block, "scope"), block_id = text(block, "id");
    const bool shared = scope == "project" || scope == "meta";
    for (const Json& field : list(block, "fields")) {
      const std::string id = text(field, "id"), type = text(field, "type");
      if (shared) {
        out.push_back({field_name(scope, block_id, id, ""), block_id, id, "", type});
        continue;
      }
      for (const auto& sc : scenarios)
        if (calculator_block_in(block, sc.id)) out.push_back({field_name(scope, block_id, id, sc.prefix), block_id, id, sc.id, type});
    }
  }
  return out;
}

std::string footprint_calculator(const std::string& input_json) {
  Json request = Json::parse(input_json, nullptr, false);
  if (request.is_discarded() || !request.is_object())
    return error_document("L'entr\u00e9e n'est pas un objet JSON valide.").dump();
  const Json& definition = member(request, "calculator");
  if (!definition.is_object() || !list(definition, "blocks").size() || scenarios_of(definition).empty())
    return error_document("La d\u00e9finition du calculateur (calculator) est absente ou sans blocs ni sc\u00e9narios.").dump();
  const Json& reference = member(request, "reference");
  const Answers answers(member(request, "answers"));
  Mapper mapper(definition, reference, answers);

  Json input = Json::object();
  for (const Json& block : list(definition, "blocks")) {
    const std::string scope = text(block, "scope");
    if (scope == "project" || scope == "meta") mapper.map_project(block, input);
  }
  const auto scenarios = scenarios_of(definition);
  Json blocks = Json::object();
  Json list_out = Json::array();
  for (size_t si = 0; si < scenarios.size(); ++si) {
    const Scenario& sc = scenarios[si];
    Json scenario = Json::object();
    scenario["id"] = sc.id;
    scenario["label"] = sc.label;
    Json grid = Json::object();
    std::map<std::string, std::string> grid_names;
    for (const Json& block : list(definition, "blocks"))
      if (text(block, "scope") == "scenario") mapper.map_scenario(block, sc, si, scenario, grid, grid_names);
    Json items = Json::array();
    for (const Json& block : list(definition, "blocks")) {
      if (text(block, "scope") != "item" || !calculator_block_in(block, sc.id)) continue;
      const std::string base = "/scenarios/" + std::to_string(si) + "/items/" + std::to_string(items.size());
      Json item;
      const bool active = mapper.map_item(block, sc, base, item);
      blocks[sc.prefix + "-" + text(block, "id")] = active;
      if (!active) continue;
      mapper.add_grid(item, base, grid, grid_names);
      items.push_back(std::move(item));
    }
    scenario["items"] = std::move(items);
    list_out.push_back(std::move(scenario));
  }
  input["scenarios"] = std::move(list_out);
  const std::string baseline = text(definition, "baseline");
  if (!baseline.empty()) input["baseline"] = baseline;

  // The footprint core computes the input with the reference tables, which then leave it again:
  // the input the page saves is the one `guide footprint` reads with its own reference data.
  input["reference"] = std::move(request["reference"]);  // moved: the mapping is done
  Json result = footprint_json(input);
  input.erase("reference");
  for (const Json& e : list(result, "errors")) {
    const std::string name = mapper.field_for(text(e, "field"));
    if (!mapper.unreadable(name)) mapper.add_error(name, text(e, "message"));
  }

  Json out = Json::object();
  out["calculator"] = text(definition, "id");
  out["version"] = member(definition, "version").is_number_integer() ? member(definition, "version") : Json(nullptr);
  out["input"] = std::move(input);
  out["blocks"] = std::move(blocks);
  out["errors"] = std::move(mapper.errors());
  out["result"] = std::move(result);
  return out.dump();
}

}  // namespace core
