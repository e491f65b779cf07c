#include <doctest/doctest.h>

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "core/question_types.h"
#include "core_test_support.h"

// The table of question types: what the stages and the page scripts read instead of type names.

TEST_CASE("question types: every name found once, every way of answering has a type") {
  std::set<std::string> names;
  std::set<core::AnswerShape> shapes;
  for (const core::QuestionTypeInfo& t : core::question_types()) {
    CHECK(names.insert(std::string(t.name)).second);
    shapes.insert(t.answer);
    REQUIRE(core::find_question_type(std::string(t.name)) == &t);
    if (t.only_default_choices) CHECK_FALSE(t.default_choices.empty());
    if (!t.default_choices.empty()) CHECK(core::answered_by_choice(t.answer));
  }
  CHECK(shapes.size() == 4);
  CHECK(core::find_question_type("oui") == nullptr);
  CHECK(core::find_question_type("") == nullptr);
  CHECK(core::find_question_type("yesno")->answer == core::AnswerShape::one_choice);
  CHECK(core::find_question_type("multi")->answer == core::AnswerShape::several_choices);
  CHECK(core::answer_expression_type(core::AnswerShape::several_choices) == core::expr::Type::list);
  CHECK(core::answer_expression_type(core::AnswerShape::number) == core::expr::Type::number);
  CHECK(core::answer_expression_type(core::AnswerShape::one_choice) == core::expr::Type::string);
}

TEST_CASE("question types: lists for messages") {
  CHECK(core::join_names({}, " and ") == "");
  CHECK(core::join_names({"a"}, " and ") == "a");
  CHECK(core::join_names({"a", "b", "c"}, " and ") == "a, b and c");
  CHECK(core::join_names({"a", "b", "c"}, ", ") == "a, b, c");
  CHECK(core::question_type_names({core::AnswerShape::number}) == std::vector<std::string>{"number"});
}

TEST_CASE("question types as the page scripts read them: each type's way of answering, default choices") {
  const auto table = nlohmann::json::parse(core::question_types_json());
  REQUIRE(table.size() == core::question_types().size());
  for (const core::QuestionTypeInfo& t : core::question_types()) {
    INFO(std::string(t.name));
    const std::string name(t.name);
    REQUIRE(table.contains(name));
    CHECK(table[name]["answer"] == core::answer_shape_name(t.answer));
    CHECK(table[name].contains("choices") == !t.default_choices.empty());
  }
  CHECK(table["yesno"]["choices"] == nlohmann::json::parse(R"([{"id":"oui","label":"Oui"},{"id":"non","label":"Non"}])"));
}

TEST_CASE("a question without choices gets its type's default ones; a yesno keeps to them in any order") {
  const std::string head = "id: essai\nversion: 1\nkind: checklist\ntitle: Essai\nverdicts:\n  - {level: ok, label: Ok, text: Bien.}\nsections:\n  - id: s\n    title: S\n    questions:\n";
  const auto plain = test_support::compile(head + "      - {id: a, text: Alors, type: yesno}\n");
  std::string issues;
  for (const auto& i : plain.issues) issues += i.message + "\n";
  INFO(issues);
  REQUIRE(plain.ok());
  REQUIRE(plain.bank.questions[0].choices.size() == 2);
  CHECK(plain.bank.questions[0].choices[0].label == "Oui");
  CHECK(plain.bank.questions[0].answer == core::AnswerShape::one_choice);
  const auto reordered = test_support::compile(
      head + "      - id: a\n        text: Alors\n        type: yesno\n        choices: [{id: non, label: Pas du tout}, {id: oui, label: Tout à fait}]\n");
  CHECK(reordered.ok());
  const auto doubled = test_support::compile(
      head + "      - id: a\n        text: Alors\n        type: yesno\n        choices: [{id: oui, label: X}, {id: oui2, label: Y}]\n");
  CHECK_FALSE(doubled.ok());
}
