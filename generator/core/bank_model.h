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

/// How a question is answered: its control on the page, its answer's value, how that value is
/// scored and its type in expressions. The types a bank names map to these in question_types.h.
enum class AnswerShape { one_choice, several_choices, number, text };

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
  std::string type;          // as the bank names it (question_types.h)
  AnswerShape answer = AnswerShape::one_choice;
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
  // What the pages show; the evaluation reads none of it.
  std::string help, guide, unit;
  std::string source_ref;      // source.ref: where in the seed documents it comes from
  std::string public_ref;      // the public id from content/data/identifiants-publics.yaml ("G-5.12")
  std::string show_if_source;  // the show_if expression as written ("" when always visible)
  std::string expected, proof;  // questionnaires: the answer expected, the means of proof
  ojson min_number, max_number, step_number;  // as written (10 stays 10, not 10.0); null when absent
};

/// A clause of a clauses bank: text with {parameter} slots, for the profiles it applies to.
struct Clause {
  std::string id, title, body, buyer_note, source_ref;
  std::string public_ref;  // the public id from content/data/identifiants-publics.yaml ("C-1.2")
  std::vector<std::string> profiles, deliverables;
  std::vector<std::string> requires;  // parameters whose 0 removes the clause (zero_removes)
};

struct Section {
  std::string id;
  std::string title;
  std::string public_ref;  // the public id of a criterion or a part ("G-5", "C-1"), or ""
  double weight = 1;
  expr::Expr show_if;          // null: always shown; otherwise hides every question of the section
  std::vector<int> questions;  // indices into Bank::questions
  std::string intro, guide;
  std::string theme;                  // questionnaires: the theme the buyer may keep or leave out
  std::vector<std::string> profiles;  // questionnaires: the supplier profiles it is for
  std::string document;               // clauses: the contract document it belongs to
  std::vector<Clause> clauses;        // clauses banks hold clauses instead of questions
};

/// An id with the label shown for it: a clauses bank's supplier profiles and documents.
struct Labelled {
  std::string id, label;
  std::string item;  // documents: the word before their items' numbers ("" = "Article")
};

/// A value the buyer fills into a clauses bank's texts, written {id} in them.
struct Parameter {
  std::string id, label, type, unit, help;  // type: text | number
  // As written (a number stays 10, not 10.0); min and max null when absent. Kept as JSON values:
  // printing them is the pages' business (nlohmann's serializer would add 8 KB to the WASM core).
  ojson default_value, min_number, max_number;
  bool zero_removes = false;  // a number set to 0 removes what shows it and the clauses requiring it
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
  // carry: the answers this advice carries into another tool, whose page it links to.
  std::string carry_bank, carry_label;
  ojson carry_answers;  // null when the advice carries nothing
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
  std::string description, intro;
  // start: what the tool's start page says before "Commencer": how long it takes (plain text) and
  // what to have at hand (Markdown). Both empty when the bank has no `start`.
  std::string start_duration, start_prepare;
  int order = 100;  // position among the tools (an integer `order`; 100 when absent)
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
  // Clauses banks: who the clauses are for, the documents they go into, the values they take.
  std::vector<Labelled> profiles, documents;
  std::vector<Parameter> parameters;  // clauses banks; questionnaires for their cover letter
  // Questionnaires: the optional cover letter sent with them ({title, body} with {parameter}s).
  bool has_letter = false;
  std::string letter_title, letter_body;
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
