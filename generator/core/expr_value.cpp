#include "core/expr_value.h"

namespace core::expr {

bool truthy(const Value& v) {
  switch (v.kind) {
    case Kind::null: return false;
    case Kind::boolean: return v.boolean;
    case Kind::number: return v.number != 0;
    case Kind::string: return !v.text.empty();
    case Kind::list: return !v.items.empty();
  }
  return false;
}

bool equal(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Kind::null: return true;
    case Kind::boolean: return a.boolean == b.boolean;
    case Kind::number: return a.number == b.number;
    case Kind::string: return a.text == b.text;
    case Kind::list:
      if (a.items.size() != b.items.size()) return false;
      for (size_t i = 0; i < a.items.size(); ++i)
        if (!equal(a.items[i], b.items[i])) return false;
      return true;
  }
  return false;
}

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::null: return "null";
    case Kind::boolean: return "a boolean";
    case Kind::number: return "a number";
    case Kind::string: return "a string";
    case Kind::list: return "a list";
  }
  return "a value";
}

}  // namespace core::expr
