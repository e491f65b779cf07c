#include "core/bank_fields.h"

#include <algorithm>

#include "core/join.h"
#include "core/json_pointer.h"
#include "core/suggest.h"

namespace core {

std::string child_pointer(const std::string& parent, const std::string& key) {
  return parent + "/" + pointer_token(key);
}

std::string child_pointer(const std::string& parent, size_t index) {
  return parent + "/" + std::to_string(index);
}

const char* json_type_name(const ojson& v) {
  if (v.is_null()) return "nothing";
  if (v.is_boolean()) return "a boolean";
  if (v.is_number()) return "a number";
  if (v.is_string()) return "a string";
  if (v.is_array()) return "a list";
  return "a mapping";
}

Fields::Fields(const ojson& value, std::string pointer, std::string what, Issues& issues)
    : value_(&value), pointer_(std::move(pointer)), what_(std::move(what)), issues_(issues),
      object_(value.is_object()) {
  if (!object_)
    issue(pointer_, "a " + what_ + " must be a mapping of keys, found " + json_type_name(value));
}

void Fields::issue(const std::string& pointer, std::string message) const {
  Issue i;
  i.pointer = pointer;
  i.message = std::move(message);
  issues_.push_back(std::move(i));
}

void Fields::allow(const std::vector<std::string>& allowed, const std::vector<std::string>& elsewhere,
                   const std::string& elsewhere_note) {
  if (!object_) return;
  for (auto it = value_->begin(); it != value_->end(); ++it) {
    const std::string& key = it.key();
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    Issue i;
    i.pointer = at(key);
    i.at_key = true;
    if (std::find(elsewhere.begin(), elsewhere.end(), key) != elsewhere.end()) {
      i.message = "'" + key + "' is not a key of this " + what_ + ": " + elsewhere_note;
    } else {
      i.message = "unknown key '" + key + "' in " + what_ + did_you_mean(key, allowed);
      i.notes.push_back("a " + what_ + " takes: " + join(allowed, ", "));
    }
    issues_.push_back(std::move(i));
  }
}

void Fields::require(const std::vector<std::string>& keys) {
  if (!object_) return;
  for (const auto& key : keys)
    if (!value_->contains(key)) issue(pointer_, what_ + " is missing the required key '" + key + "'");
}

const ojson* Fields::find(const std::string& key) const {
  if (!object_) return nullptr;
  auto it = value_->find(key);
  return it == value_->end() ? nullptr : &*it;
}

std::string Fields::text(const std::string& key) const {
  const ojson* v = find(key);
  if (!v) return "";
  if (!v->is_string()) {
    issue(at(key), "'" + key + "' must be text, found " + json_type_name(*v));
    return "";
  }
  return v->get<std::string>();
}

bool Fields::number(const std::string& key, double& out) const {
  const ojson* v = find(key);
  if (!v) return false;
  if (!v->is_number()) {
    issue(at(key), "'" + key + "' must be a number, found " + json_type_name(*v));
    return false;
  }
  out = v->get<double>();
  return true;
}

bool Fields::integer(const std::string& key, long long& out) const {
  const ojson* v = find(key);
  if (!v) return false;
  if (!v->is_number_integer()) {
    issue(at(key), "'" + key + "' must be a whole number, found " +
                       (v->is_number() ? std::string("a decimal number") : json_type_name(*v)));
    return false;
  }
  out = v->get<long long>();
  return true;
}

bool Fields::boolean(const std::string& key, bool& out) const {
  const ojson* v = find(key);
  if (!v) return false;
  if (!v->is_boolean()) {
    issue(at(key), "'" + key + "' must be true or false, found " + json_type_name(*v));
    return false;
  }
  out = v->get<bool>();
  return true;
}

std::string Fields::id(const std::string& key, IdPattern pattern) const {
  const ojson* v = find(key);
  if (!v) return "";
  if (!v->is_string()) {
    issue(at(key), "'" + key + "' must be an identifier, found " + json_type_name(*v));
    return "";
  }
  std::string s = v->get<std::string>();
  if (!matches(s, pattern)) {
    // Still returned: the id keeps its place so that references to it don't cascade errors.
    issue(at(key), "invalid " + what_ + " id '" + s + "': use " + pattern_rule(pattern));
  }
  return s;
}

const ojson* Fields::array(const std::string& key) const {
  const ojson* v = find(key);
  if (!v) return nullptr;
  if (!v->is_array()) {
    issue(at(key), "'" + key + "' must be a list, found " + json_type_name(*v));
    return nullptr;
  }
  return v;
}

std::string check_source(const Fields& item, Issues& issues) {
  const ojson* source = item.find("source");
  if (!source) return "";
  Fields s(*source, item.at("source"), "source", issues);
  s.allow({"seed", "ref", "line"});
  s.text("seed");
  std::string ref = s.text("ref");
  long long line;
  s.integer("line", line);
  return ref;
}

}  // namespace core
