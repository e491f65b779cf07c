#pragma once
// The common shape of a page's front matter read without the YAML library: a few lines of
// `key: value`, each value a one-line scalar. yaml-cpp spends about 170,000 instructions on such
// a three-line header (8 % of a 5,000-page build); this reads it in a few hundred. Anything it is
// not sure to read exactly as yaml-cpp would (a nested value, a list, an indicator, an escape, a
// comment after a value, a duplicate key...) makes it decline, and parse_yaml hands the text to
// the library. tests/unit/flat_yaml_test.cpp and the page fuzzer compare both readings.
#include <optional>
#include <string>

#include "model/yaml_document.h"

namespace load {

/// `text` read as a map of one-line scalars, with the positions, quoting and JSON values that
/// parse_yaml gives it (lines numbered from `first_line`); nullopt when `text` has another shape.
std::optional<model::YamlDocument> parse_flat_yaml_map(const std::string& file, const std::string& text,
                                                       int first_line);

}  // namespace load
