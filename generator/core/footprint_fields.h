#pragma once
// Reading one JSON object of the footprint input field by field, with an error per invalid field
// addressed by its JSON pointer, so the page can show it next to the right input. Errors are
// codes and values; the words are the content's (core/footprint_messages.h).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json_pointer.h"

namespace core::footprint_fields {

using Json = nlohmann::ordered_json;

/// The "errors" list of a result: [{"field": JSON pointer, "code": a code of
/// core/footprint_messages.h, its values ("subject", "min", "value"...), "message"}]. The
/// message is filled when the result is complete (footprint_messages::word), from the content's
/// words; an error of the reference data has an English message and no code.
struct Errors {
  Json list = Json::array();
  void add(const std::string& field, const char* code, Json values = Json::object());
  /// An error in the reference data: for whoever edits content/data, in English.
  void add_data(const std::string& field, const std::string& message);
  size_t size() const { return list.size(); }
};

/// A numeric field: its key, its bounds, and the subject its messages name (worded with its unit
/// by the content) when it is not the key. The fields are core/footprint_number_fields.h.
struct NumberSpec {
  const char* key;
  double min;
  double max;
  bool min_exclusive;               // true: must be > min (a zero would make the item meaningless)
  const char* named_as = nullptr;   // the subject, when the key alone is ambiguous
  constexpr const char* subject() const { return named_as ? named_as : key; }
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
  bool text(const char* key, const char* subject, std::string& out, bool required);
  /// Reports every key not in `allowed`, suggesting the closest allowed one.
  void reject_unknown(const std::vector<std::string>& allowed);
  /// Reports error `code` with its values on a field of this object.
  void error(const std::string& key, const char* code, Json values = Json::object());

  bool ok() const { return errors_.size() == errors_before_; }
  std::string pointer(const std::string& key) const { return pointer_ + "/" + pointer_token(key); }
  const Json& object() const { return object_; }

 private:
  const Json& object_;
  std::string pointer_;
  Errors& errors_;
  size_t errors_before_;
};

/// {"id": id, "suggestions": the closest of `candidates`}: an unknown id's values.
Json unknown_id(const std::string& id, const std::vector<std::string>& candidates, size_t max = 3);

}  // namespace core::footprint_fields
