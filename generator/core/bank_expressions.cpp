#include "core/bank_expressions.h"

#include "core/bank_fields.h"
#include "core/expr_eval.h"
#include "core/expr_parser.h"
#include "core/question_types.h"

namespace core {

namespace {

// Constant expressions read nothing, so an environment that knows nothing is enough.
class EmptyEnv : public expr::Env {
 public:
  const expr::Value& question(int) const override { return null_; }
  double score_of(int) const override { return 0; }
  double variable(expr::Variable) const override { return 0; }
  double section(int, bool) const override { return 0; }
  bool gate_open(int) const override { return false; }

 private:
  expr::Value null_;
};

}  // namespace

ExpressionCompiler::ExpressionCompiler(const Bank& bank, Issues& issues)
    : bank_(bank), issues_(issues) {
  for (const Question& q : bank.questions) {
    expr::QuestionSymbol symbol;
    symbol.id = q.id;
    symbol.type = answer_expression_type(q.answer);
    for (const Choice& c : q.choices) symbol.choices.push_back(c.id);
    symbols_.push_back(std::move(symbol));
  }
  for (const Section& s : bank.sections) sections_.push_back(s.id);
  for (const Gate& g : bank.gates) gates_.push_back(g.id);
}

expr::Expr ExpressionCompiler::compile(const ojson& value, const std::string& pointer, bool verdict,
                                       expr::CheckResult* result) {
  if (!value.is_string()) {
    Issue i;
    i.pointer = pointer;
    i.message = std::string("an expression must be text (in quotes if needed), found ") +
                json_type_name(value);
    issues_.push_back(std::move(i));
    return nullptr;
  }
  const std::string& source = value.get_ref<const std::string&>();
  expr::ParseResult parsed = expr::parse(source);
  // A parse or type error, at its offset in the expression's text.
  auto fail_at = [&](const std::string& message, size_t offset) {
    Issue i;
    i.pointer = pointer;
    i.message = message;
    i.offset = static_cast<long>(offset);
    issues_.push_back(std::move(i));
    return nullptr;
  };
  if (!parsed.root) return fail_at(parsed.error, parsed.offset);
  expr::Scope scope;
  scope.questions = &symbols_;
  scope.question_index = &bank_.question_index;
  scope.sections = &sections_;
  scope.gates = &gates_;
  scope.verdict = verdict;
  expr::CheckResult checked = expr::check(*parsed.root, scope);
  if (!checked.error.empty()) return fail_at(checked.error, checked.offset);
  if (result) *result = std::move(checked);
  return expr::Expr(std::move(parsed.root));
}

bool constant_holds(const expr::Node& node) {
  EmptyEnv env;
  return expr::holds(node, env);
}

}  // namespace core
