#include "core/footprint_fields.h"

#include <cmath>

#include "core/footprint_text.h"

namespace core::footprint_fields {

void Errors::add(const std::string& field, const char* code, Json values) {
  Json e = Json::object();
  e["field"] = field;
  e["message"] = "";  // worded once the result is complete
  e["code"] = code;
  for (auto it = values.begin(); it != values.end(); ++it) e[it.key()] = std::move(it.value());
  list.push_back(std::move(e));
}

void Errors::add_data(const std::string& field, const std::string& message) {
  Json e = Json::object();
  e["field"] = field;
  e["message"] = message;
  list.push_back(std::move(e));
}

Json unknown_id(const std::string& id, const std::vector<std::string>& candidates, size_t max) {
  Json values = Json::object();
  values["id"] = id;
  values["suggestions"] = footprint_text::closest(id, candidates, max);
  return values;
}

Fields::Fields(const Json& object, std::string pointer, Errors& errors)
    : object_(object), pointer_(std::move(pointer)), errors_(errors), errors_before_(errors.size()) {}

bool Fields::has(const char* key) const {
  return object_.is_object() && object_.contains(key) && !object_.at(key).is_null();
}

void Fields::error(const std::string& key, const char* code, Json values) {
  errors_.add(pointer(key), code, std::move(values));
}

bool Fields::number(const NumberSpec& spec, double& out, bool required, double fallback) {
  if (!has(spec.key)) {
    if (required) {
      error(spec.key, "required", {{"subject", spec.subject()}});
      return false;
    }
    out = fallback;
    return true;
  }
  const Json& value = object_.at(spec.key);
  if (!value.is_number()) {
    error(spec.key, "not_a_number", {{"subject", spec.subject()}, {"value", value}});
    return false;
  }
  double v = value.get<double>();
  bool below = spec.min_exclusive ? !(v > spec.min) : !(v >= spec.min);
  if (!std::isfinite(v) || below || v > spec.max) {
    error(spec.key, spec.min_exclusive ? "out_of_range_above" : "out_of_range",
          {{"subject", spec.subject()}, {"min", spec.min}, {"max", spec.max}, {"value", value}});
    return false;
  }
  out = v;
  return true;
}

bool Fields::text(const char* key, const char* subject, std::string& out, bool required) {
  if (!has(key)) {
    if (required) {
      error(key, "required", {{"subject", subject}});
      return false;
    }
    out.clear();
    return true;
  }
  const Json& value = object_.at(key);
  if (!value.is_string() || value.get<std::string>().empty()) {
    error(key, "not_a_text", {{"subject", subject}, {"value", value}});
    return false;
  }
  out = value.get<std::string>();
  return true;
}

void Fields::reject_unknown(const std::vector<std::string>& allowed) {
  if (!object_.is_object()) return;
  for (auto it = object_.begin(); it != object_.end(); ++it) {
    bool known = false;
    for (const auto& a : allowed) known = known || a == it.key();
    if (known) continue;
    error(it.key(), "unknown_member",
          {{"key", it.key()}, {"suggestions", footprint_text::closest(it.key(), allowed, 1)}});
  }
}

}  // namespace core::footprint_fields
