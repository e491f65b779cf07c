#pragma once
// A quantity of the EcoLogits estimator: a number, or an interval when an input is only known
// between two bounds (a model's parameter count, a datacenter's PUE or WUE).
//
// The arithmetic is EcoLogits' RangeValue, bound by bound: [a, b] * k = [a*k, b*k], never
// reordered. A negative factor therefore yields min > max, which the reference implementation
// refuses (its RangeValue validator raises); `ordered()` is how the estimator detects that case.
namespace core::ecologits {

struct Value {
  double min = 0;
  double max = 0;
  bool range = false;  // false: a plain number, min == max

  static Value number(double v) { return Value{v, v, false}; }
  static Value interval(double lo, double hi) { return Value{lo, hi, true}; }

  /// False for an interval whose lower bound exceeds its upper bound (never for a number).
  bool ordered() const { return !(min > max); }
};

/// Bound by bound; an interval when either side is one.
Value operator+(const Value& a, const Value& b);
Value operator*(const Value& a, const Value& b);

}  // namespace core::ecologits
