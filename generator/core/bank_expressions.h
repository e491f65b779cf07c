#pragma once
// Compiling the expressions of a bank: parse, check against the bank's questions, bind.
#include <string>
#include <vector>

#include "core/bank_model.h"
#include "core/expr_check.h"

namespace core {

class ExpressionCompiler {
 public:
  /// `bank` must already hold every question, section and gate (expressions may name later ones).
  ExpressionCompiler(const Bank& bank, Issues& issues);

  /// Compiles the expression at `pointer` (`value` must be a string; anything else is
  /// reported). Returns null and records an issue (with the offset inside the string) when it
  /// does not parse or check. `result`, when given, receives what the checker learnt.
  expr::Expr compile(const ojson& value, const std::string& pointer, bool verdict,
                     expr::CheckResult* result = nullptr);

 private:
  std::vector<expr::QuestionSymbol> symbols_;
  std::vector<std::string> sections_;
  std::vector<std::string> gates_;
  const Bank& bank_;
  Issues& issues_;
};

/// Evaluates an expression that reads nothing (CheckResult::constant).
bool constant_holds(const expr::Node& node);

}  // namespace core
