#include <doctest/doctest.h>

#include <map>
#include <string>

#include "core/expr_check.h"
#include "core/expr_eval.h"
#include "core/expr_parser.h"

using namespace core::expr;

namespace {

// A tiny bank: a choice question, a multi question, a number and a text.
struct Fixture : Env {
  std::vector<QuestionSymbol> symbols = {
      {"usage", Type::string, {"generatif", "predictif"}},
      {"usages", Type::list, {"ocr", "tri"}},
      {"pue", Type::number, {}},
      {"nom", Type::string, {}},
  };
  std::map<std::string, int> index = {{"usage", 0}, {"usages", 1}, {"pue", 2}, {"nom", 3}};
  std::vector<std::string> sections = {"finalite", "donnees"};
  std::vector<Value> answers = std::vector<Value>(4);
  double vars[5] = {7, 10, 0, 3, 1};

  const Value& question(int i) const override { return answers[static_cast<size_t>(i)]; }
  double score_of(int i) const override { return i == 0 ? 2 : 0; }
  double variable(Variable v) const override { return vars[static_cast<int>(v)]; }
  double section(int i, bool max) const override { return max ? 10 : (i == 0 ? 4 : 6); }
  std::vector<std::string> gates = {"lignes_rouges", "analyses"};
  bool gate_open(int i) const override { return i == 0; }

  CheckResult check_text(const std::string& source, bool verdict, ParseResult& parsed) const {
    parsed = parse(source);
    Scope scope{&symbols, &index, &sections, verdict, &gates};
    if (!parsed.root) { CheckResult failed; failed.error = parsed.error; failed.offset = parsed.offset; return failed; }
    return check(*parsed.root, scope);
  }

  std::string error(const std::string& source, bool verdict = false) const {
    ParseResult parsed;
    return check_text(source, verdict, parsed).error;
  }
  size_t offset(const std::string& source, bool verdict = false) const {
    ParseResult parsed;
    return check_text(source, verdict, parsed).offset;
  }
  Value run(const std::string& source, bool verdict = false) const {
    ParseResult parsed;
    CheckResult c = check_text(source, verdict, parsed);
    REQUIRE_MESSAGE(c.error.empty(), c.error);
    return evaluate(*parsed.root, *this);
  }
  bool holds_text(const std::string& source, bool verdict = false) const {
    return truthy(run(source, verdict));
  }
};

}  // namespace

TEST_CASE("comparisons and membership follow the answers") {
  Fixture f;
  f.answers[0] = Value::of(std::string("generatif"));
  f.answers[1] = Value::list({Value::of(std::string("ocr"))});
  f.answers[2] = Value::of(1.4);
  CHECK(f.holds_text("usage == 'generatif'"));
  CHECK_FALSE(f.holds_text("usage != 'generatif'"));
  CHECK(f.holds_text("usage in ['generatif', 'predictif']"));
  CHECK(f.holds_text("'ocr' in usages"));
  CHECK_FALSE(f.holds_text("'tri' in usages"));
  CHECK(f.holds_text("pue < 1.5 and pue >= 1.4"));
  CHECK(f.holds_text("not (pue > 2)"));
  CHECK(f.run("pue * 10 - 4").number == doctest::Approx(10));
  CHECK(f.run("-pue").number == doctest::Approx(-1.4));
  CHECK(f.holds_text("answered(usage) and not answered(nom)"));
  CHECK(f.run("count(usage, usages, pue, nom)").number == 3);
  CHECK(f.run("score_of(usage)").number == 2);
  CHECK(f.holds_text("usages == ['ocr']"));
}

TEST_CASE("unanswered questions are null: comparisons with them are false, not errors") {
  Fixture f;
  CHECK_FALSE(f.holds_text("usage == 'generatif'"));
  CHECK(f.holds_text("usage == null"));
  CHECK_FALSE(f.holds_text("pue < 1.5"));
  CHECK_FALSE(f.holds_text("pue >= 1.5"));
  CHECK_FALSE(f.holds_text("'ocr' in usages"));
  CHECK(f.run("pue + 1").kind == Kind::null);
  CHECK(f.run("1 / 0").kind == Kind::null);
}

TEST_CASE("verdict variables and sections are read in verdicts only") {
  Fixture f;
  CHECK(f.holds_text("score >= 0.7 * max_score", true));
  CHECK(f.holds_text("section('finalite') < section_max('finalite') / 2", true));
  CHECK(f.holds_text("answered == 3 and missing == 1 and red_lines == 0", true));
  CHECK(f.error("score > 3") == "'score' is only available in verdicts");
  CHECK(f.error("section('finalite') > 3") == "section() is only available in verdicts");
  CHECK(f.error("section('finalit') > 3", true) ==
        "unknown section 'finalit' (did you mean 'finalite'?)");
  CHECK(f.offset("section('finalit') > 3", true) == 8);
  CHECK(f.error("section(finalite) > 3", true) ==
        "section() takes one section id in quotes, e.g. section('id')");
}

TEST_CASE("unknown names and functions are errors with a suggestion, at their offset") {
  Fixture f;
  CHECK(f.error("usage == 'generatif' and usagess == ['ocr']") ==
        "unknown question 'usagess' (did you mean 'usages'?)");
  CHECK(f.offset("usage == 'generatif' and usagess == ['ocr']") == 25);
  CHECK(f.error("usage_x == 'a'") == "unknown question 'usage_x' (did you mean 'usage'?)");
  CHECK(f.error("zzz") == "unknown question 'zzz'");
  CHECK(f.error("answerd(usage)") ==
        "unknown function 'answerd' (did you mean 'answered'?); functions are answered, count, "
        "score_of, section, section_max, open");
  CHECK(f.error("answered(usage, pue)") == "answered() takes one question id");
  CHECK(f.error("answered('usage')") == "the arguments of answered() are question ids, without quotes");
  CHECK(f.error("count()") == "count() needs at least one question id");
  CHECK(f.error("count == 1") == "'count' is a function: write count(...)");
}

TEST_CASE("type errors: strings against numbers, choices the question does not have") {
  Fixture f;
  CHECK(f.error("usage == 3") == "cannot compare question 'usage' (a string) with a number");
  CHECK(f.offset("usage == 3") == 9);
  CHECK(f.error("pue == 'haut'") == "cannot compare question 'pue' (a number) with the string 'haut'");
  CHECK(f.error("usage == 'generatf'") ==
        "'generatf' is not a choice of question 'usage' (did you mean 'generatif'?); its choices "
        "are generatif, predictif");
  CHECK(f.offset("usage == 'generatf'") == 9);
  CHECK(f.error("'generatif' == usage") == "");
  CHECK(f.error("usage in ['generatif', 'x']") ==
        "'x' is not a choice of question 'usage'; its choices are generatif, predictif");
  CHECK(f.offset("usage in ['generatif', 'x']") == 23);
  CHECK(f.error("'scan' in usages") ==
        "'scan' is not a choice of question 'usages'; its choices are ocr, tri");
  CHECK(f.error("usages == ['ocr', 'x']") ==
        "'x' is not a choice of question 'usages'; its choices are ocr, tri");
  CHECK(f.error("pue < 'x'") == "'<' compares numbers, but the string 'x' is not one");
  CHECK(f.error("usage > 1") == "'>' compares numbers, but question 'usage' (a string) is not one");
  CHECK(f.error("nom + 1") == "'+' needs numbers, but question 'nom' (a string) is not one");
  CHECK(f.error("-usage") == "'-' needs a number, but question 'usage' (a string) is not one");
  CHECK(f.error("usage in nom") ==
        "'in' needs a list on its right (a multi question or ['a', 'b']), but question 'nom' (a "
        "string) is not one");
  CHECK(f.error("usages in ['ocr']") == "the left of 'in' must be one value, not question 'usages' (a list)");
  CHECK(f.error("3 in usages") ==
        "question 'usages' holds choice ids (strings), but a number is not one");
  CHECK(f.error("pue in [1, 'a']") ==
        "the list mixes a string with the answers of question 'pue' (a number)");
  // Free text has no choices: any string compares.
  CHECK(f.error("nom == 'Dupont'") == "");
  CHECK(f.error("usage == null or pue != null") == "");
}

TEST_CASE("the checker reports what an expression reads, and whether it is constant") {
  Fixture f;
  ParseResult parsed;
  CheckResult c = f.check_text("usage == 'generatif' and count(pue, usage) > 0", false, parsed);
  CHECK(c.questions == std::vector<int>{0, 2});
  CHECK(c.question_offsets == std::vector<size_t>{0, 31});
  CHECK_FALSE(c.constant);
  CHECK(f.check_text("1 + 1 == 2", false, parsed).constant);
}

TEST_CASE("open('gate') tells whether a gate is open, in verdicts only, and is recorded") {
  Fixture f;
  CHECK(f.holds_text("open('lignes_rouges')", true));
  CHECK_FALSE(f.holds_text("open('analyses')", true));
  CHECK(f.error("open('lignes_rouges')") == "open() is only available in verdicts");
  CHECK(f.error("open('lignes_rouge')", true) ==
        "unknown gate 'lignes_rouge' (did you mean 'lignes_rouges'?)");
  CHECK(f.offset("score > 1 and open('x')", true) == 19);
  CHECK(f.error("open(usage)", true) == "open() takes one gate id in quotes, e.g. open('lignes_rouges')");
  ParseResult parsed;
  CheckResult c = f.check_text("open('analyses') or missing > 0 or open('lignes_rouges')", true, parsed);
  REQUIRE(c.error.empty());
  CHECK(c.gates == std::vector<int>{1, 0});
  CHECK(c.reads_missing);
  CHECK_FALSE(c.constant);
}
