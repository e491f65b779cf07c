#pragma once
// The syntax tree of an expression. The parser builds it; the checker binds its names to the
// bank (questions, verdict variables, sections) so evaluation does no lookups by string.
#include <memory>
#include <string>
#include <vector>

#include "core/expr_value.h"

namespace core::expr {

enum class Op {
  literal, list, name, call,
  or_, and_, not_,
  eq, ne, lt, le, gt, ge, in,
  add, sub, mul, div, neg,
};

/// What a `name` node (or a function's argument) refers to once bound.
enum class Ref { unbound, question, variable, section, gate };

/// Variables that exist only in verdicts.
enum class Variable { score, max_score, red_lines, answered, missing };

enum class Function { answered, count, score_of, section, section_max, open };

struct Node {
  Op op = Op::literal;
  size_t offset = 0;   // byte offset of the node's first character in the source
  size_t length = 0;   // bytes it spans (for literals and names)
  Value value;         // literal value; for `list`, the items (literals only)
  std::vector<size_t> item_offsets;  // for `list`: where each item starts
  std::string name;    // identifier, or function name for `call`
  std::vector<std::unique_ptr<Node>> args;  // operands, or call arguments

  Ref ref = Ref::unbound;  // set by the checker
  int index = -1;          // question index, Variable, section or gate index
  Function function = Function::answered;
};

using Expr = std::shared_ptr<const Node>;

}  // namespace core::expr
