#pragma once
// What an unquoted YAML scalar means: the YAML 1.2 core schema (null, booleans, integers,
// floats, else text). `oui`/`non`/`yes` stay text, as French values need.
#include <string>

#include <nlohmann/json.hpp>

namespace load {

/// The JSON value of the plain (unquoted) scalar `s`.
nlohmann::ordered_json resolve_plain(const std::string& s);

}  // namespace load
