#include "core/footprint_messages.h"

#include "core/footprint_number_fields.h"
#include "core/footprint_text.h"
#include "core/json_read.h"
#include "core/placeholders.h"

namespace core::footprint_messages {

const std::vector<Code>& codes() {
  static const std::vector<Code> list = {
      // Any field (core/footprint_fields.cpp).
      {"required", {"subject"}},
      {"not_a_number", {"subject", "value"}},
      {"out_of_range", {"subject", "min", "max", "value"}},
      {"out_of_range_above", {"subject", "min", "max", "value"}},
      {"not_a_text", {"subject", "value"}},
      {"unknown_member", {"key", "suggestions"}},
      // The whole input and its scenarios (core/footprint.cpp).
      {"input_not_json", {}},
      {"reference_missing", {}},
      {"items_and_scenarios", {}},
      {"items_or_scenarios_missing", {}},
      {"items_not_list", {}},
      {"scenarios_empty", {}},
      {"scenario_not_object", {}},
      {"scenario_id_repeated", {"id"}},
      {"baseline_unknown", {"id", "suggestions"}},
      {"allocation_invalid", {"value"}},
      // Items (core/footprint_items.cpp, footprint_item_common.cpp).
      {"item_not_object", {}},
      {"kind_unknown", {"id", "suggestions", "choices"}},
      {"phase_invalid", {"value"}},
      {"location_unknown", {"id", "suggestions"}},
      {"location_missing", {}},
      {"hardware_unknown", {"id", "suggestions", "hint"}},
      {"hardware_unsuited", {"id", "type", "suggestions", "hint"}},
      {"recurrence_invalid", {"value"}},
      {"compute_without_hardware", {}},
      {"media_invalid", {"value"}},
      {"embodied_unpublished", {"id"}},
      {"equipment_lifetime_unknown", {}},
      {"result_too_large", {}},
      // Language-model inference (core/footprint_inference.cpp, core/ecologits_estimator.cpp).
      {"model_unknown", {"id", "suggestions"}},
      {"total_below_active", {"active"}},
      {"datacenter_invalid", {"value"}},
      {"provider_missing", {}},
      {"provider_unknown", {"id", "suggestions"}},
      {"provider_zone_missing", {"id"}},
      {"ecologits_tps_zero", {}},
      {"ecologits_no_gpu", {}},
      {"ecologits_input_reversed", {}},
      {"ecologits_interval_reversed", {"subject"}},
      // The calculator page's session (core/footprint_calculator.cpp).
      {"calculator_missing", {}},
      {"calculator_not_loaded", {}},
  };
  return list;
}

const std::vector<const char*>& subjects() {
  static const std::vector<const char*> list = [] {
    // The numeric fields, from their table; then the texts and choices, and the quantities of
    // EcoLogits' graph, named when an interval comes out reversed.
    std::vector<const char*> out;
    for (const footprint_fields::NumberSpec& spec : footprint_number_fields::kAll) out.push_back(spec.subject());
    for (const char* name :
         {"allocation", "baseline", "scenario_id", "scenario_label", "item_label", "kind", "phase", "location",
          "recurrence", "hardware", "media", "model", "datacenter", "provider", "ecologits_energy",
          "ecologits_usage_gwp", "ecologits_usage_adpe", "ecologits_usage_pe", "ecologits_offsite_wue",
          "ecologits_water_factor", "ecologits_usage_wcf", "ecologits_embodied_gwp", "ecologits_embodied_adpe",
          "ecologits_embodied_pe", "ecologits_gwp", "ecologits_adpe", "ecologits_pe"})
      out.push_back(name);
    return out;
  }();
  return list;
}

const std::vector<const char*>& hints() {
  static const std::vector<const char*> list = {"enter_power", "enter_power_per_core",
                                                "enter_power_per_gpu", "enter_embodied"};
  return list;
}

const std::vector<const char*>& format_keys() {
  static const std::vector<const char*> list = {"decimal", "group", "quote", "list_separator", "list_last",
                                                "did_you_mean", "value_true", "value_false", "value_null", "value_list",
                                                "value_object"};
  return list;
}

std::vector<std::string> placeholders(const Code& code) {
  std::vector<std::string> out(code.values.begin(), code.values.end());
  for (const char* v : code.values)
    if (std::string(v) == "subject") out.push_back("unit");
  return out;
}

namespace {

class Writer {
 public:
  explicit Writer(const Json& catalogue)
      : format_(member(catalogue, "format")), subjects_(member(catalogue, "subjects")),
        hints_(member(catalogue, "hints")) {}

  std::string number(double v) const {
    return footprint_text::format_number(v, string_member(format_, "decimal", "."), string_member(format_, "group"));
  }
  std::string quoted(const std::string& s) const {
    const std::string quote = string_member(format_, "quote");
    return quote.empty() ? "\"" + s + "\"" : fill_placeholders(quote, {{"text", s}});
  }
  std::string list(const Json& items) const {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out += string_member(format_, i + 1 == items.size() ? "list_last" : "list_separator");
      out += quoted(items[i].is_string() ? items[i].get<std::string>() : items[i].dump());
    }
    return out;
  }
  // The input as typed: a quoted text, a number, or the catalogue's word for its kind.
  std::string described(const Json& v) const {
    if (v.is_string()) return quoted(v.get<std::string>());
    if (v.is_number()) return number(v.get<double>());
    if (v.is_boolean()) return string_member(format_, v.get<bool>() ? "value_true" : "value_false");
    if (v.is_null()) return string_member(format_, "value_null");
    return string_member(format_, v.is_array() ? "value_list" : "value_object");
  }
  std::string plain(const Json& v) const {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number()) return number(v.get<double>());
    if (v.is_array()) return list(v);
    return described(v);
  }

  void add(const std::string& name, const Json& v, std::vector<std::pair<std::string, std::string>>& out) const {
    if (name == "subject") {
      const std::string id = v.is_string() ? v.get<std::string>() : "";
      auto it = subjects_.find(id);
      const bool entry = it != subjects_.end();
      const std::string label = entry ? (it->is_string() ? it->get<std::string>() : string_member(*it, "label")) : id;
      const std::string unit = entry ? string_member(*it, "unit") : "";
      out.push_back({"subject", label});
      out.push_back({"unit", unit.empty() ? "" : "\u00a0" + unit});
    } else if (name == "value") {
      out.push_back({name, described(v)});
    } else if (name == "suggestions") {
      const bool any = v.is_array() && !v.empty();
      out.push_back({name, any ? fill_placeholders(string_member(format_, "did_you_mean"), {{"choices", list(v)}}) : ""});
    } else if (name == "hint") {
      out.push_back({name, string_member(hints_, v.is_string() ? v.get<std::string>().c_str() : "")});
    } else {
      out.push_back({name, plain(v)});
    }
  }

 private:
  const Json& format_;
  const Json& subjects_;
  const Json& hints_;
};

bool reserved(const std::string& key) { return key == "field" || key == "code" || key == "message"; }

}  // namespace

std::string format_number(double value, const Json& catalogue) { return Writer(catalogue).number(value); }

std::string worded(const Json& error, const Json& catalogue) {
  const std::string code = string_member(error, "code");
  const std::string words = string_member(member(catalogue, "errors"), code.c_str());
  if (words.empty()) {
    // No words for it: the code and its values, for a developer to read.
    Json values = Json::object();
    for (auto it = error.begin(); it != error.end(); ++it)
      if (!reserved(it.key())) values[it.key()] = it.value();
    return values.empty() ? code : code + " " + values.dump();
  }
  const Writer writer(catalogue);
  std::vector<std::pair<std::string, std::string>> values;
  for (auto it = error.begin(); it != error.end(); ++it)
    if (!reserved(it.key())) writer.add(it.key(), it.value(), values);
  return fill_placeholders(words, values);
}

void word(Json& errors, const Json& catalogue) {
  if (!errors.is_array()) return;
  for (Json& e : errors)
    if (e.is_object() && e.contains("code")) e["message"] = worded(e, catalogue);
}

}  // namespace core::footprint_messages
