#pragma once
// Reading one YAML mapping of a bank: known keys only (with "did you mean"), required keys,
// and typed values, every problem recorded as an Issue at its JSON pointer.
#include <string>
#include <vector>

#include "core/bank_issue.h"
#include "core/bank_model.h"
#include "core/id_patterns.h"

namespace core {

/// "/sections/0" + "questions" → "/sections/0/questions" (escapes '~' and '/').
std::string child_pointer(const std::string& parent, const std::string& key);
std::string child_pointer(const std::string& parent, size_t index);

class Fields {
 public:
  /// `what` names the mapping in messages ("question", "verdict"...). Reports a non-object.
  Fields(const ojson& value, std::string pointer, std::string what, Issues& issues);

  bool is_object() const { return object_; }
  const std::string& pointer() const { return pointer_; }
  std::string at(const std::string& key) const { return child_pointer(pointer_, key); }

  /// Reports every key not in `allowed` (and not in `elsewhere`, which are known keys that
  /// belong to another kind of bank: their message says so).
  void allow(const std::vector<std::string>& allowed,
             const std::vector<std::string>& elsewhere = {}, const std::string& elsewhere_note = "");
  void require(const std::vector<std::string>& keys);

  const ojson* find(const std::string& key) const;
  /// The string at `key`, or "" (reported when present with another type).
  std::string text(const std::string& key) const;
  /// The number at `key`; false when absent or not a number (reported).
  bool number(const std::string& key, double& out) const;
  bool integer(const std::string& key, long long& out) const;
  bool boolean(const std::string& key, bool& out) const;
  /// The id at `key`, checked against `pattern` (reported otherwise).
  std::string id(const std::string& key, IdPattern pattern) const;
  /// The array at `key` or null (reported when present with another type).
  const ojson* array(const std::string& key) const;

  void issue(const std::string& pointer, std::string message) const;

 private:
  const ojson* value_;
  std::string pointer_;
  std::string what_;
  Issues& issues_;
  bool object_;
};

/// Checks the optional `source` of an item ({seed, ref, line}: where in the seed documents it comes
/// from), for questions and clauses alike. Returns its `ref` ("" when there is none).
std::string check_source(const Fields& item, Issues& issues);

/// "a string", "a number"... for messages about JSON values.
const char* json_type_name(const ojson& value);

}  // namespace core
