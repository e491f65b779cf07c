#pragma once
// The in-memory form of a question bank (content/README.md, "Question banks"), built and
// validated by compile_bank(). Expressions are parsed and bound once, here, so that evaluating
// an answer change does no parsing and no name lookups.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/bank_issue.h"
#include "core/expr_ast.h"

namespace core {

using ojson = nlohmann::ordered_json;

enum class QuestionType { yesno, choice, multi, number, text };

struct Choice {
  std::string id;
  std::string label;
  bool has_score = false;
  double score = 0;
};

struct Condition {
  expr::Expr when;     // null: always (a fallback)
  std::string source;  // the expression as written
};

struct ScoreRule {
  Condition condition;
  double score = 0;
};

struct Recommendation {
  Condition condition;
  std::string text;
  std::string link;
};

struct Question {
  std::string id;
  std::string text;
  int section = 0;
  QuestionType type = QuestionType::yesno;
  std::vector<Choice> choices;
  bool scored = false;       // choices carry scores, or score_rules exist
  double max_score = 0;      // highest reachable score (multi: sum of positive scores)
  bool required = true;
  bool has_min = false, has_max = false;
  double min = 0, max = 0;
  expr::Expr show_if;        // null: always visible
  bool has_red_line = false;
  Condition red_line;
  std::string red_line_message;
  std::vector<Recommendation> recommendations;
  std::vector<ScoreRule> score_rules;
};

struct Section {
  std::string id;
  std::string title;
  double weight = 1;
  expr::Expr show_if;          // null: always shown; otherwise hides every question of the section
  std::vector<int> questions;  // indices into Bank::questions
};

/// One condition of a gate: while `question` is visible, `condition` must hold.
struct Requirement {
  int question = -1;
  Condition condition;
};

/// A condition that must be met before any favourable advice (content/README.md, "Gates"). It is
/// open while a requirement of a visible question does not hold; verdicts read it with open('id').
struct Gate {
  std::string id;
  std::string label;
  std::vector<Requirement> requirements;
};

struct Verdict {
  Condition condition;  // null `when`: the fallback
  std::string level;
  std::string label;
  std::string text;
  std::string explain;
  std::vector<int> gates;      // gates its `when` reads: their pending questions explain it
  bool reads_missing = false;  // its `when` reads `missing`: the unanswered questions explain it
};

/// How section scores add up: `points` adds each section's points times its weight; `normalised`
/// makes each section count for its weight whatever its number of questions (weight × points /
/// maximum points).
enum class Scoring { points, normalised };

struct Bank {
  std::string id;
  long long version = 0;
  std::string kind;  // checklist | grid | questionnaire | clauses
  std::string title;
  std::vector<Section> sections;
  std::vector<Question> questions;
  std::vector<Verdict> verdicts;
  std::vector<Gate> gates;
  Scoring scoring = Scoring::points;
  std::string rests_on;     // advice_scope.rests_on: what the advice rests on (Markdown)
  std::string not_covered;  // advice_scope.not_covered: what it does not cover (Markdown)
  std::map<std::string, int> question_index;
  /// Questions in an order where every show_if only reads questions before it, so one pass
  /// computes visibility to its fixpoint.
  std::vector<int> visibility_order;
};

struct CompiledBank {
  Bank bank;
  Issues issues;  // empty when the bank is valid
  bool ok() const { return issues.empty(); }
};

/// Builds and validates a bank from its JSON form (the YAML converted as it stands). Never
/// throws; every problem becomes an Issue, in document order.
CompiledBank compile_bank(const ojson& json);

}  // namespace core
