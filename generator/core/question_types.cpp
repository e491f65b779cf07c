#include "core/question_types.h"

#include <algorithm>
#include <iterator>

#include "core/json_writer.h"

namespace core {

namespace {

constexpr DefaultChoice kYesNo[] = {{"oui"}, {"non"}};

std::string label_of(const std::map<std::string, std::string>& labels, std::string_view type,
                     std::string_view id) {
  auto it = labels.find(default_choice_key(type, id));
  return it == labels.end() ? std::string(id) : it->second;
}

constexpr QuestionTypeInfo kTypes[] = {
    {"yesno", AnswerShape::one_choice, {kYesNo, std::size(kYesNo)}, true},
    {"choice", AnswerShape::one_choice, {}, false},
    {"multi", AnswerShape::several_choices, {}, false},
    {"number", AnswerShape::number, {}, false},
    {"text", AnswerShape::text, {}, false},
};

}  // namespace

FixedList<QuestionTypeInfo> question_types() { return {kTypes, std::size(kTypes)}; }

std::vector<Choice> default_choices(const QuestionTypeInfo& type) {
  std::vector<Choice> out;
  for (const DefaultChoice& c : type.default_choices) out.push_back({std::string(c.id), "", false, 0});
  return out;
}

std::string default_choice_key(std::string_view type, std::string_view choice_id) {
  return std::string(type) + "_" + std::string(choice_id);
}

std::vector<std::string> default_choice_keys() {
  std::vector<std::string> keys;
  for (const QuestionTypeInfo& t : question_types())
    for (const DefaultChoice& c : t.default_choices) keys.push_back(default_choice_key(t.name, c.id));
  return keys;
}

void label_default_choices(Bank& bank, const std::map<std::string, std::string>& labels) {
  for (Question& q : bank.questions)
    for (Choice& c : q.choices)
      if (c.label.empty()) c.label = label_of(labels, q.type, c.id);
}

const QuestionTypeInfo* find_question_type(const std::string& name) {
  for (const QuestionTypeInfo& t : question_types())
    if (t.name == name) return &t;
  return nullptr;
}

std::vector<std::string> question_type_names(const std::vector<AnswerShape>& shapes) {
  std::vector<std::string> names;
  for (const QuestionTypeInfo& t : question_types())
    if (std::find(shapes.begin(), shapes.end(), t.answer) != shapes.end()) names.emplace_back(t.name);
  return names;
}

const char* answer_shape_name(AnswerShape shape) {
  switch (shape) {
    case AnswerShape::one_choice: return "one_choice";
    case AnswerShape::several_choices: return "several_choices";
    case AnswerShape::number: return "number";
    case AnswerShape::text: return "text";
  }
  return "text";
}

std::string question_types_json(const std::map<std::string, std::string>& labels) {
  JsonWriter w;
  w.begin_object();
  for (const QuestionTypeInfo& t : question_types()) {
    w.key(std::string(t.name)).begin_object().key("answer").string(answer_shape_name(t.answer));
    if (!t.default_choices.empty()) {
      w.key("choices").begin_array();
      for (const DefaultChoice& c : t.default_choices)
        w.begin_object().key("id").string(std::string(c.id)).key("label").string(label_of(labels, t.name, c.id)).end_object();
      w.end_array();
    }
    w.end_object();
  }
  w.end_object();
  return w.str();
}

bool answered_by_choice(AnswerShape shape) {
  return shape == AnswerShape::one_choice || shape == AnswerShape::several_choices;
}

expr::Type answer_expression_type(AnswerShape shape) {
  switch (shape) {
    case AnswerShape::one_choice:
    case AnswerShape::text: return expr::Type::string;
    case AnswerShape::several_choices: return expr::Type::list;
    case AnswerShape::number: return expr::Type::number;
  }
  return expr::Type::any;
}

}  // namespace core
