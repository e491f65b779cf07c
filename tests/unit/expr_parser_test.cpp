#include <doctest/doctest.h>

#include <string>

#include "core/expr_parser.h"

using core::expr::Op;
using core::expr::parse;

namespace {

std::string error_of(const std::string& source) { return parse(source).error; }
size_t offset_of(const std::string& source) { return parse(source).offset; }

}  // namespace

TEST_CASE("the parser respects precedence: or < and < not < comparison < + < *") {
  auto r = parse("a == 'x' or b and not c > 1 + 2 * 3");
  REQUIRE(r.error.empty());
  const auto& root = *r.root;
  CHECK(root.op == Op::or_);
  CHECK(root.args[0]->op == Op::eq);
  const auto& conj = *root.args[1];
  CHECK(conj.op == Op::and_);
  CHECK(conj.args[1]->op == Op::not_);
  const auto& cmp = *conj.args[1]->args[0];
  CHECK(cmp.op == Op::gt);
  CHECK(cmp.args[1]->op == Op::add);
  CHECK(cmp.args[1]->args[1]->op == Op::mul);
}

TEST_CASE("the parser records byte offsets of names and literals") {
  auto r = parse("usage in ['a', 'bb']");
  REQUIRE(r.error.empty());
  CHECK(r.root->op == Op::in);
  CHECK(r.root->offset == 6);
  CHECK(r.root->args[0]->offset == 0);
  CHECK(r.root->args[1]->op == Op::list);
  CHECK(r.root->args[1]->item_offsets == std::vector<size_t>{10, 15});
}

TEST_CASE("the parser reads numbers, strings with both quotes, escapes and negative list items") {
  auto r = parse("x in [-1.5, 2] or y == \"l'eau\" or z == 'it\\'s'");
  REQUIRE(r.error.empty());
  CHECK(r.root->args[0]->args[0]->args[1]->value.items[0].number == -1.5);
  CHECK(r.root->args[0]->args[1]->args[1]->value.text == "l'eau");
  CHECK(r.root->args[1]->args[1]->value.text == "it's");
}

TEST_CASE("parse errors say what was expected, at the byte where it was expected") {
  CHECK(error_of("count(a, b") == "expected ')' after the arguments of count");
  CHECK(offset_of("count(a, b") == 10);
  CHECK(error_of("count(a b)") == "expected ')' after the arguments of count");
  CHECK(offset_of("count(a b)") == 8);
  CHECK(error_of("(a == 'x'") == "expected ')' to close the '(', found the end of the expression");
  CHECK(offset_of("(a == 'x'") == 9);
  CHECK(error_of("a == 'x')") == "unexpected ')' with no matching '('");
  CHECK(offset_of("a == 'x')") == 8);
  CHECK(error_of("a == ") == "expected an expression after '=='");
  CHECK(offset_of("a == ") == 5);
  CHECK(error_of("a and") == "expected an expression after 'and'");
  CHECK(error_of("") == "empty expression");
  CHECK(error_of("a b") == "unexpected 'b' after a complete expression (missing 'and' or 'or'?)");
  CHECK(offset_of("a b") == 2);
  CHECK(error_of("a == 1 == 2") == "comparisons cannot be chained: join them with 'and'");
  CHECK(offset_of("a == 1 == 2") == 7);
  CHECK(error_of("[a]") == "a list holds only strings and numbers, found 'a'");
  CHECK(error_of("['a' 'b']") == "expected ',' or ']' in the list, found string 'b'");
  CHECK(error_of("or a") == "expected a value before 'or'");
}

TEST_CASE("lexical errors name the operator people meant") {
  CHECK(error_of("a = 'x'") == "'=' is not an operator here: compare with '=='");
  CHECK(offset_of("a = 'x'") == 2);
  CHECK(error_of("a && b") == "'&&' is written 'and' here");
  CHECK(error_of("a || b") == "'||' is written 'or' here");
  CHECK(error_of("!a") == "unexpected '!': write 'not' to negate, '!=' to compare");
  CHECK(error_of("a == 'oui") == "unterminated string");
  CHECK(offset_of("a == 'oui") == 5);
  CHECK(error_of("a > 1x") == "malformed number '1x'");
  CHECK(error_of("a == é") == "unexpected a non-ASCII character in expression");
  CHECK(offset_of("a == é") == 5);
}

TEST_CASE("hostile nesting gets an error, not a stack overflow") {
  std::string parens(2000, '(');
  CHECK(error_of(parens + "1") == "expression nested too deeply");
  CHECK(error_of(std::string(2000, '-') + "1") == "expression nested too deeply");
  std::string nots;
  for (int i = 0; i < 900; ++i) nots += "not ";
  CHECK(error_of(nots + "a") == "expression nested too deeply");
  CHECK(error_of(std::string(100000, '(')) == "expression too long (more than 4000 bytes)");
  // Reasonable nesting still parses.
  CHECK(parse(std::string(30, '(') + "1" + std::string(30, ')')).error.empty());
  // Long flat chains are not nesting, but their length is bounded.
  std::string chain = "a";
  for (int i = 0; i < 700; ++i) chain += " or a";
  CHECK(parse(chain).error.empty());
  for (int i = 0; i < 200; ++i) chain += " or a";
  CHECK(error_of(chain) == "expression too long (more than 4000 bytes)");
}
