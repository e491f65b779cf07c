#pragma once
// YAML → JSON with every value's source position, so later stages can point at the exact spot.
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "core/json_pointer.h"
#include "diag/diagnostics.h"

namespace load {

/// A YAML document converted to JSON (YAML 1.2 core schema: `oui`/`non` stay strings, quoted
/// scalars are always strings), with the position of every value and every mapping key.
struct YamlDocument {
  bool ok = false;                 // false when the YAML did not parse (errors were reported)
  nlohmann::ordered_json value;    // keys keep the author's order
  std::map<std::string, diag::SourcePos> values;  // JSON pointer → where the value starts
  std::map<std::string, diag::SourcePos> keys;    // JSON pointer → where its key starts
  std::map<std::string, bool> quoted;             // JSON pointer → scalar was written in quotes

  /// Where the value at `pointer` starts, or the nearest parent's position, or the file.
  diag::SourcePos position(const std::string& pointer) const;
  /// Where the key of the member at `pointer` starts (falls back to position()).
  diag::SourcePos key_position(const std::string& pointer) const;
  /// Position of byte `offset` inside the string scalar at `pointer` (exact for plain and quoted
  /// one-line scalars; the scalar's start otherwise). Used for errors inside expressions.
  diag::SourcePos offset_position(const std::string& pointer, size_t offset) const;

  std::string file;
};

/// Parses `text` (the contents of `file`). Reports syntax errors, tabs used for indentation and
/// duplicate keys to `diags` with their positions; `ok` is false if anything was reported.
YamlDocument parse_yaml(const std::string& file, const std::string& text, diag::Diagnostics& diags,
                        int first_line = 1);

/// Escapes one JSON-pointer reference token ("~" → "~0", "/" → "~1"): the core's.
using core::pointer_token;

}  // namespace load
