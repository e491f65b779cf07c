#pragma once
// Reading one JSON object of the footprint input field by field, with a French message per
// invalid field addressed by its JSON pointer, so the page can show it next to the right input.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json_pointer.h"

namespace core::footprint_fields {

using Json = nlohmann::ordered_json;

/// The "errors" list of a result: [{"field": JSON pointer, "message": French sentence}], and for
/// an error a caller may reword in its own language (the calculator page: its content's words),
/// "code" and the values the sentence quotes: {"code": "out_of_range", "min", "max",
/// "min_exclusive", "value"}.
struct Errors {
  Json list = Json::array();
  void add(const std::string& field, const std::string& message, Json detail = Json::object());
  size_t size() const { return list.size(); }
};

/// A numeric field: its French name (with article, as the sentence starts), the grammatical
/// gender for "compris/comprise", its bounds and unit. Bounds are documented in content/README.md.
struct NumberSpec {
  const char* key;
  const char* label;     // "Le PUE", "La durée de calcul"
  bool feminine;
  double min;
  double max;
  bool min_exclusive;    // true: must be > min (a zero would make the item meaningless)
  const char* unit;      // "h", "W", "" ...
};

using core::pointer_token;

class Fields {
 public:
  Fields(const Json& object, std::string pointer, Errors& errors);

  bool has(const char* key) const;
  /// Reads a number. Absent: an error if `required`, else `out = fallback`. Returns false when
  /// the field was reported invalid or missing.
  bool number(const NumberSpec& spec, double& out, bool required, double fallback = 0);
  /// Reads a non-empty string (trimmed of nothing: ids are exact). Absent and not required: "".
  bool text(const char* key, const char* label, std::string& out, bool required);
  /// Reports every key not in `allowed`, suggesting the closest allowed one.
  void reject_unknown(const std::vector<std::string>& allowed);
  /// Reports a message on a field of this object.
  void error(const std::string& key, const std::string& message);

  bool ok() const { return errors_.size() == errors_before_; }
  std::string pointer(const std::string& key) const { return pointer_ + "/" + pointer_token(key); }
  const Json& object() const { return object_; }

 private:
  const Json& object_;
  std::string pointer_;
  Errors& errors_;
  size_t errors_before_;
};

/// Describes a JSON value for a message: « texte », "une liste", "un objet", "vrai"...
std::string describe(const Json& value);

}  // namespace core::footprint_fields
