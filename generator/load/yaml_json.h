#pragma once
// YAML → JSON with every value's source position, so later stages can point at the exact spot.
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "core/json_pointer.h"
#include "diag/diagnostics.h"
#include "model/yaml_document.h"

namespace load {

using model::YamlDocument;

/// Parses `text` (the contents of `file`). Reports syntax errors, tabs used for indentation and
/// duplicate keys to `diags` with their positions; `ok` is false if anything was reported.
YamlDocument parse_yaml(const std::string& file, const std::string& text, diag::Diagnostics& diags,
                        int first_line = 1);

/// parse_yaml always through yaml-cpp, without the reader of flat maps (load/flat_yaml.h) that
/// parse_yaml tries first: the tests compare the two.
YamlDocument parse_yaml_with_library(const std::string& file, const std::string& text,
                                     diag::Diagnostics& diags, int first_line = 1);

/// Escapes one JSON-pointer reference token ("~" → "~0", "/" → "~1"): the core's.
using core::pointer_token;

}  // namespace load
