#pragma once
// Evaluates a checked (bound) expression. Total: any input gives a value, never a crash.
#include "core/expr_ast.h"

namespace core::expr {

/// What an expression reads while it runs; the bank evaluator implements it.
class Env {
 public:
  virtual ~Env() = default;
  /// The answer of question `index`, null when unanswered or hidden.
  virtual const Value& question(int index) const = 0;
  virtual double score_of(int index) const = 0;
  virtual double variable(Variable variable) const = 0;
  virtual double section(int index, bool maximum) const = 0;
  /// Whether gate `index` is open (verdicts only).
  virtual bool gate_open(int index) const = 0;
};

/// Semantics (content/README.md, "Expressions"): and/or/not work on truthiness and give
/// booleans; `==` is structural; `<`-style comparisons are false unless both sides are
/// numbers; `x in list` is false unless the right side is a list; arithmetic on anything but
/// two numbers, and division by zero, give null.
Value evaluate(const Node& node, const Env& env);

/// evaluate() then truthy().
bool holds(const Node& node, const Env& env);

}  // namespace core::expr
