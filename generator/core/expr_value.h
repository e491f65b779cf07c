#pragma once
// The values expressions compute with: what an answer can be, plus booleans.
#include <string>
#include <vector>

namespace core::expr {

enum class Kind { null, boolean, number, string, list };

/// A dynamically typed value. Lists hold strings or numbers only (a `multi` answer, a list
/// literal), so values never nest more than one level.
struct Value {
  Kind kind = Kind::null;
  bool boolean = false;
  double number = 0;
  std::string text;
  std::vector<Value> items;

  static Value null() { return {}; }
  static Value of(bool b) { Value v; v.kind = Kind::boolean; v.boolean = b; return v; }
  static Value of(double n) { Value v; v.kind = Kind::number; v.number = n; return v; }
  static Value of(std::string s) { Value v; v.kind = Kind::string; v.text = std::move(s); return v; }
  static Value list(std::vector<Value> items) {
    Value v; v.kind = Kind::list; v.items = std::move(items); return v;
  }
};

/// null, false, 0, "" and [] are false; everything else is true.
bool truthy(const Value& v);
/// Structural equality; values of different kinds are never equal.
bool equal(const Value& a, const Value& b);
/// "null", "a boolean", "a number", "a string", "a list" — for messages.
const char* kind_name(Kind kind);

}  // namespace core::expr
