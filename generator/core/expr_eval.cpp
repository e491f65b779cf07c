#include "core/expr_eval.h"

namespace core::expr {

namespace {

const Value kNull;
const Value& operand(const Node& n, const Env& env, Value& scratch);

Value call(const Node& n, const Env& env) {
  switch (n.function) {
    case Function::answered:
      return Value::of(env.question(n.args[0]->index).kind != Kind::null);
    case Function::count: {
      double answered = 0;
      for (const auto& arg : n.args)
        if (env.question(arg->index).kind != Kind::null) ++answered;
      return Value::of(answered);
    }
    case Function::score_of: return Value::of(env.score_of(n.args[0]->index));
    case Function::section: return Value::of(env.section(n.args[0]->index, false));
    case Function::section_max: return Value::of(env.section(n.args[0]->index, true));
    case Function::open: return Value::of(env.gate_open(n.args[0]->index));
  }
  return Value::null();
}

bool contains(const Value& list, const Value& item) {
  if (list.kind != Kind::list) return false;
  for (const Value& v : list.items)
    if (equal(v, item)) return true;
  return false;
}

// Literals and answers are read in place: copying a list or a string answer at every
// comparison was the main cost of evaluating a large bank.
const Value& operand(const Node& n, const Env& env, Value& scratch) {
  if (n.op == Op::literal || n.op == Op::list) return n.value;
  if (n.op == Op::name && n.ref == Ref::question) return env.question(n.index);
  scratch = evaluate(n, env);
  return scratch;
}

}  // namespace

Value evaluate(const Node& n, const Env& env) {
  switch (n.op) {
    case Op::literal:
    case Op::list: return n.value;
    case Op::name:
      if (n.ref == Ref::question) return env.question(n.index);
      if (n.ref == Ref::variable) return Value::of(env.variable(static_cast<Variable>(n.index)));
      return kNull;
    case Op::call: return call(n, env);
    case Op::or_: return Value::of(holds(*n.args[0], env) || holds(*n.args[1], env));
    case Op::and_: return Value::of(holds(*n.args[0], env) && holds(*n.args[1], env));
    case Op::not_: return Value::of(!holds(*n.args[0], env));
    case Op::neg: {
      Value v = evaluate(*n.args[0], env);
      return v.kind == Kind::number ? Value::of(-v.number) : kNull;
    }
    default: break;
  }
  Value scratch_a, scratch_b;
  const Value& a = operand(*n.args[0], env, scratch_a);
  const Value& b = operand(*n.args[1], env, scratch_b);
  switch (n.op) {
    case Op::eq: return Value::of(equal(a, b));
    case Op::ne: return Value::of(!equal(a, b));
    case Op::in: return Value::of(contains(b, a));
    default: break;
  }
  if (a.kind != Kind::number || b.kind != Kind::number) {
    bool comparison = n.op == Op::lt || n.op == Op::le || n.op == Op::gt || n.op == Op::ge;
    return comparison ? Value::of(false) : kNull;
  }
  double x = a.number, y = b.number;
  switch (n.op) {
    case Op::lt: return Value::of(x < y);
    case Op::le: return Value::of(x <= y);
    case Op::gt: return Value::of(x > y);
    case Op::ge: return Value::of(x >= y);
    case Op::add: return Value::of(x + y);
    case Op::sub: return Value::of(x - y);
    case Op::mul: return Value::of(x * y);
    case Op::div: return y == 0 ? kNull : Value::of(x / y);
    default: return kNull;
  }
}

bool holds(const Node& node, const Env& env) {
  Value scratch;
  return truthy(operand(node, env, scratch));
}

}  // namespace core::expr
