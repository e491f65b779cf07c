#pragma once
// Reading a member of a JSON value that may not hold what it should (a hand-made input, a page's
// options, a saved file), without exceptions: the core is built with -fno-exceptions for
// WebAssembly, where json::value() or get<std::string>() on a member of another type aborts.
#include <string>

namespace core {

/// The member `key` of `object`, or an empty object when `object` is not an object or has no such
/// member: a reader can then look inside it without testing each level.
template <typename JsonType>
const JsonType& member(const JsonType& object, const char* key) {
  static const JsonType empty = JsonType::object();
  if (!object.is_object()) return empty;
  auto it = object.find(key);
  return it != object.end() ? *it : empty;
}

/// The string member `key` of `object`, or `fallback` when `object` is not an object or the
/// member is missing or not a string. `JsonType`: nlohmann's json or ordered_json.
template <typename JsonType>
std::string string_member(const JsonType& object, const char* key, const char* fallback = "") {
  if (!object.is_object()) return fallback;
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->template get<std::string>() : fallback;
}

}  // namespace core
