#pragma once
// The question types a bank may use, in one table (question_types.cpp): the name a bank writes,
// how the question is answered, and the choices it gets when the bank gives none. The stages
// never name a type: they ask how its question is answered (AnswerShape). So a new type that is
// answered like an existing one (a scale of fixed choices, say) is one row of the table; a new
// way of answering is a new shape, handled wherever AnswerShape is switched on.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank_model.h"
#include "core/expr_check.h"

namespace core {

/// A choice a type gives when the bank writes none (yesno: oui, non). Its label is the site's
/// words, not the core's: content/interface/question-types.yaml, under default_choice_key().
struct DefaultChoice {
  std::string_view id;
};

/// A fixed list, as constant data: the table is read by the WebAssembly core too, where building
/// strings and vectors at start-up would cost bytes on every tool page.
template <typename T>
struct FixedList {
  const T* first = nullptr;
  size_t count = 0;
  const T* begin() const { return first; }
  const T* end() const { return first + count; }
  size_t size() const { return count; }
  bool empty() const { return count == 0; }
};

struct QuestionTypeInfo {
  std::string_view name;                     // as a bank writes it: `type: yesno`
  AnswerShape answer;
  FixedList<DefaultChoice> default_choices;  // when the bank writes no 'choices' (empty: it must)
  bool only_default_choices;                 // the bank may reword the default choices, not change them
};

/// Every type, in the order the error messages list them.
FixedList<QuestionTypeInfo> question_types();

/// The choices a question of `type` gets when its bank writes none, without labels: the site
/// gives them (label_default_choices), the evaluation needs none.
std::vector<Choice> default_choices(const QuestionTypeInfo& type);

/// Where the label of a type's default choice is read: "yesno_oui".
std::string default_choice_key(std::string_view type, std::string_view choice_id);

/// Every default choice's key, in table order: what content/interface/question-types.yaml holds.
std::vector<std::string> default_choice_keys();

/// Labels the choices `bank` got by default from `labels` (keyed by default_choice_key()); a
/// label missing there is the choice's id.
void label_default_choices(Bank& bank, const std::map<std::string, std::string>& labels);

/// The type a bank names `name`, or nullptr.
const QuestionTypeInfo* find_question_type(const std::string& name);

/// The names of the types answered in one of `shapes`, in table order.
std::vector<std::string> question_type_names(const std::vector<AnswerShape>& shapes);


/// The shape's name where scripts read the table: "one_choice", "several_choices", "number", "text".
const char* answer_shape_name(AnswerShape shape);

/// The table as the page scripts read it (forms-answers.js): {"yesno": {"answer": "one_choice",
/// "choices": [{"id": "oui", "label": "Oui"}, ...]}, "choice": {"answer": "one_choice"}, ...},
/// with the default choices' `labels` as label_default_choices() reads them.
std::string question_types_json(const std::map<std::string, std::string>& labels);

/// Whether a question so answered picks among choices (one or several).
bool answered_by_choice(AnswerShape shape);

/// The type of such a question's answer in bank expressions (`answer in [...]`, `answer > 3`).
expr::Type answer_expression_type(AnswerShape shape);

}  // namespace core
