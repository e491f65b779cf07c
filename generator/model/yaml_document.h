#pragma once
// A YAML source as the later stages see it: its JSON value and where every value and key was
// written, so that any stage can point at the exact spot (load/yaml_json.h makes one).
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "diag/diagnostics.h"

namespace model {

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

}  // namespace model
