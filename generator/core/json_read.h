#pragma once
// Reading a member of a JSON value that may not hold what it should (a hand-made input, a page's
// options, a saved file), without exceptions: the core is built with -fno-exceptions for
// WebAssembly, where json::value() or get<std::string>() on a member of another type aborts.
#include <string>

namespace core {

/// The string member `key` of `object`, or `fallback` when `object` is not an object or the
/// member is missing or not a string. `JsonType`: nlohmann's json or ordered_json.
template <typename JsonType>
std::string string_member(const JsonType& object, const char* key, const char* fallback = "") {
  if (!object.is_object()) return fallback;
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->template get<std::string>() : fallback;
}

}  // namespace core
