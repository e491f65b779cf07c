#pragma once
// Recursive-descent parser for the bank expression language (content/README.md, "Expressions").
#include <memory>
#include <string>

#include "core/expr_ast.h"

namespace core::expr {

/// Deepest nesting accepted (parentheses, `not`, unary minus): hostile input such as ten
/// thousand '(' gets an error instead of exhausting the stack.
constexpr int kMaxDepth = 40;
/// Longest expression accepted, in bytes. Operator chains ("a or b or c...") build left-deep
/// trees that evaluation walks recursively; bounding the length bounds that depth too.
constexpr size_t kMaxLength = 4000;

struct ParseResult {
  std::unique_ptr<Node> root;  // null on error
  std::string error;           // empty on success
  size_t offset = 0;           // where the error is, in bytes from the start of the source
};

/// Parses `source`. Never throws; on error returns the first problem and its offset.
ParseResult parse(const std::string& source);

}  // namespace core::expr
