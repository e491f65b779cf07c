#include <doctest/doctest.h>

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "check/question_type_texts_check.h"
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

TEST_CASE("question types: names for messages") {
  CHECK(core::question_type_names({core::AnswerShape::number}) == std::vector<std::string>{"number"});
}

TEST_CASE("question types as the page scripts read them: each type's way of answering, default choices") {
  const std::map<std::string, std::string> labels = {{"yesno_oui", "Oui"}, {"yesno_non", "Non"}};
  const auto table = nlohmann::json::parse(core::question_types_json(labels));
  REQUIRE(table.size() == core::question_types().size());
  for (const core::QuestionTypeInfo& t : core::question_types()) {
    INFO(std::string(t.name));
    const std::string name(t.name);
    REQUIRE(table.contains(name));
    CHECK(table[name]["answer"] == core::answer_shape_name(t.answer));
    CHECK(table[name].contains("choices") == !t.default_choices.empty());
  }
  CHECK(table["yesno"]["choices"] == nlohmann::json::parse(R"([{"id":"oui","label":"Oui"},{"id":"non","label":"Non"}])"));
  // Without the site's words, a choice shows its id: the core has none of its own.
  const auto bare = nlohmann::json::parse(core::question_types_json({}));
  CHECK(bare["yesno"]["choices"] == nlohmann::json::parse(R"([{"id":"oui","label":"oui"},{"id":"non","label":"non"}])"));
  CHECK(core::default_choice_keys() == std::vector<std::string>{"yesno_oui", "yesno_non"});
}

TEST_CASE("a question without choices gets its type's default ones; a yesno keeps to them in any order") {
  const std::string head = "id: essai\nversion: 1\nkind: checklist\ntitle: Essai\nverdicts:\n  - {level: ok, label: Ok, text: Bien.}\nsections:\n  - id: s\n    title: S\n    questions:\n";
  const auto plain = test_support::compile(head + "      - {id: a, text: Alors, type: yesno}\n");
  std::string issues;
  for (const auto& i : plain.issues) issues += i.message + "\n";
  INFO(issues);
  REQUIRE(plain.ok());
  REQUIRE(plain.bank.questions[0].choices.size() == 2);
  CHECK(plain.bank.questions[0].choices[0].id == "oui");
  CHECK(plain.bank.questions[0].choices[0].label.empty());  // the site labels it
  CHECK(plain.bank.questions[0].answer == core::AnswerShape::one_choice);
  core::Bank labelled = plain.bank;
  core::label_default_choices(labelled, {{"yesno_oui", "Tout à fait"}});
  CHECK(labelled.questions[0].choices[0].label == "Tout à fait");
  CHECK(labelled.questions[0].choices[1].label == "non");
  const auto reordered = test_support::compile(
      head + "      - id: a\n        text: Alors\n        type: yesno\n        choices: [{id: non, label: Pas du tout}, {id: oui, label: Tout à fait}]\n");
  CHECK(reordered.ok());
  core::Bank written = reordered.bank;
  core::label_default_choices(written, {{"yesno_oui", "Oui"}});
  CHECK(written.questions[0].choices[1].label == "Tout à fait");  // the bank's own words stay
  const auto doubled = test_support::compile(
      head + "      - id: a\n        text: Alors\n        type: yesno\n        choices: [{id: oui, label: X}, {id: oui2, label: Y}]\n");
  CHECK_FALSE(doubled.ok());
}

TEST_CASE("content/interface/question-types.yaml labels every default choice, and only them") {
  auto run = [](const std::vector<model::InterfaceText>& texts, bool with_file = true) {
    std::vector<model::InterfaceTexts> files;
    if (with_file) files.push_back({"question-types", "content/interface/question-types.yaml", texts});
    files.push_back({"search", "content/interface/search.yaml", {{"yesno_oui", "x", {}}}});
    diag::Diagnostics diags;
    check::check_question_type_texts(files, true, "content", diags);
    return diags.sorted();
  };
  const diag::SourcePos at{"content/interface/question-types.yaml", 7, 1};
  CHECK(run({{"yesno_oui", "Oui", at}, {"yesno_non", "Non", at}}).empty());
  auto missing = run({{"yesno_oui", "Oui", at}, {"yesno_nom", "Non", at}});
  REQUIRE(missing.size() == 2);
  CHECK(missing[0].message == "missing label 'yesno_non'");
  CHECK(missing[0].severity == diag::Severity::error);
  CHECK(missing[1].message == "'yesno_nom' labels no default choice");
  CHECK(missing[1].pos.line == 7);
  CHECK(missing[1].notes[0] == "did you mean 'yesno_non'?");
  auto none = run({}, false);
  REQUIRE(none.size() == 1);
  CHECK(none[0].message.rfind("missing content/interface/question-types.yaml", 0) == 0);
  diag::Diagnostics diags;
  check::check_question_type_texts({}, false, "content", diags);  // a corpus without the folder
  CHECK(diags.sorted().empty());
}
