#include "core/ecologits_value.h"

namespace core::ecologits {

Value operator+(const Value& a, const Value& b) {
  if (!a.range && !b.range) return Value::number(a.min + b.min);
  return Value::interval(a.min + b.min, a.max + b.max);
}

Value operator*(const Value& a, const Value& b) {
  if (!a.range && !b.range) return Value::number(a.min * b.min);
  return Value::interval(a.min * b.min, a.max * b.max);
}

}  // namespace core::ecologits
