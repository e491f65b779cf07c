#include "core/footprint_fields.h"

#include <cmath>

#include "core/footprint_text.h"

namespace core::footprint_fields {

using footprint_text::number_fr;

void Errors::add(const std::string& field, const std::string& message, Json detail) {
  Json e = Json::object();
  e["field"] = field;
  e["message"] = message;
  for (auto it = detail.begin(); it != detail.end(); ++it) e[it.key()] = std::move(it.value());
  list.push_back(std::move(e));
}

std::string describe(const Json& value) {
  if (value.is_string()) return "\u00ab\u00a0" + value.get<std::string>() + "\u00a0\u00bb";
  if (value.is_number()) return number_fr(value.get<double>());
  if (value.is_boolean()) return value.get<bool>() ? "vrai" : "faux";
  if (value.is_null()) return "vide";
  if (value.is_array()) return "une liste";
  return "un objet";
}

Fields::Fields(const Json& object, std::string pointer, Errors& errors)
    : object_(object), pointer_(std::move(pointer)), errors_(errors), errors_before_(errors.size()) {}

bool Fields::has(const char* key) const {
  return object_.is_object() && object_.contains(key) && !object_.at(key).is_null();
}

void Fields::error(const std::string& key, const std::string& message) {
  errors_.add(pointer(key), message);
}

bool Fields::number(const NumberSpec& spec, double& out, bool required, double fallback) {
  if (!has(spec.key)) {
    if (required) {
      error(spec.key, std::string(spec.label) + " est obligatoire.");
      return false;
    }
    out = fallback;
    return true;
  }
  const Json& value = object_.at(spec.key);
  const std::string unit = spec.unit[0] ? std::string("\u00a0") + spec.unit : std::string();
  if (!value.is_number()) {
    error(spec.key, std::string(spec.label) + " doit \u00eatre un nombre (valeur saisie\u00a0: " +
                        describe(value) + ").");
    return false;
  }
  double v = value.get<double>();
  bool below = spec.min_exclusive ? !(v > spec.min) : !(v >= spec.min);
  if (!std::isfinite(v) || below || v > spec.max) {
    std::string agreement = spec.feminine ? "e" : "";
    std::string rule =
        spec.min_exclusive
            ? " doit \u00eatre sup\u00e9rieur" + agreement + " \u00e0 " + number_fr(spec.min) +
                  " et au plus \u00e9gal" + agreement + " \u00e0 " + number_fr(spec.max) + unit
            : " doit \u00eatre compris" + agreement + " entre " + number_fr(spec.min) + " et " +
                  number_fr(spec.max) + unit;
    Json detail = Json::object();
    detail["code"] = "out_of_range";
    detail["min"] = spec.min;
    detail["max"] = spec.max;
    detail["min_exclusive"] = spec.min_exclusive;
    if (std::isfinite(v)) detail["value"] = v;
    errors_.add(pointer(spec.key), std::string(spec.label) + rule + " (valeur saisie\u00a0: " + number_fr(v) + ").",
                std::move(detail));
    return false;
  }
  out = v;
  return true;
}

bool Fields::text(const char* key, const char* label, std::string& out, bool required) {
  if (!has(key)) {
    if (required) {
      error(key, std::string(label) + " est obligatoire.");
      return false;
    }
    out.clear();
    return true;
  }
  const Json& value = object_.at(key);
  if (!value.is_string() || value.get<std::string>().empty()) {
    error(key, std::string(label) + " doit \u00eatre un texte non vide (valeur saisie\u00a0: " +
                   describe(value) + ").");
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
    auto near = footprint_text::closest(it.key(), allowed, 1);
    std::string message = "Champ inconnu \u00ab\u00a0" + it.key() + "\u00a0\u00bb.";
    if (!near.empty()) message += " Vouliez-vous dire \u00ab\u00a0" + near[0] + "\u00a0\u00bb\u00a0?";
    error(it.key(), message);
  }
}

}  // namespace core::footprint_fields
