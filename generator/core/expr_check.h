#pragma once
// Static checks of an expression against its bank: names must be questions (or, in verdicts,
// variables and sections), operands must have types that make sense, and string literals
// compared with a choice question must be choices it has. Binds names for the evaluator.
#include <map>
#include <string>
#include <vector>

#include "core/expr_ast.h"

namespace core::expr {

/// The static type of an answer or expression; `any` when it cannot be known.
enum class Type { any, null, boolean, number, string, list };

struct QuestionSymbol {
  std::string id;
  Type type = Type::any;              // string (yesno, choice, text), list (multi), number
  std::vector<std::string> choices;   // empty for free text and numbers
};

/// What an expression may name.
struct Scope {
  const std::vector<QuestionSymbol>* questions = nullptr;
  const std::map<std::string, int>* question_index = nullptr;
  const std::vector<std::string>* sections = nullptr;
  bool verdict = false;  // score, max_score, red_lines, answered, missing, section(), section_max(), open()
  const std::vector<std::string>* gates = nullptr;  // what open() may name
};

struct CheckResult {
  std::string error;                // empty when the expression is sound
  size_t offset = 0;
  std::vector<int> questions;       // every question the expression reads (for show_if cycles)
  std::vector<size_t> question_offsets;  // where each of them is first named
  bool constant = true;             // reads no question, variable, section or gate
  std::vector<int> gates;           // gates read with open(), in order of first mention
  bool reads_missing = false;       // reads the `missing` variable
};

/// Checks `root` (bound in place) against `scope`. The first error wins.
CheckResult check(Node& root, const Scope& scope);

}  // namespace core::expr
