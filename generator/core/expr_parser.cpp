#include "core/expr_parser.h"

#include <utility>

#include "core/expr_lexer.h"

namespace core::expr {

namespace {

bool is_keyword(const Token& t, const char* word) {
  return t.type == Tok::identifier && t.text == word;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  ParseResult run() {
    ParseResult result;
    if (tokens_.back().type == Tok::error) {
      // Report the lexical error only if the tokens before it parse; otherwise the first
      // problem in reading order wins. Simplest: the lexer error is always first in order
      // of what a reader fixes, since everything before it was valid tokens.
      const Token& bad = tokens_.back();
      result.error = bad.text;
      result.offset = bad.offset;
      return result;
    }
    if (peek().type == Tok::end) {
      fail(peek(), "empty expression");
    } else {
      auto root = parse_or();
      if (ok() && peek().type != Tok::end) {
        const Token& t = peek();
        if (t.type == Tok::rparen) fail(t, "unexpected ')' with no matching '('");
        else fail(t, "unexpected " + describe(t) + " after a complete expression"
                     " (missing 'and' or 'or'?)");
      }
      if (ok()) result.root = std::move(root);
    }
    result.error = error_;
    result.offset = error_offset_;
    return result;
  }

 private:
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  int depth_ = 0;
  std::string error_;
  size_t error_offset_ = 0;

  bool ok() const { return error_.empty(); }
  const Token& peek() const { return tokens_[pos_]; }
  const Token& take() { return tokens_[pos_ < tokens_.size() - 1 ? pos_++ : pos_]; }

  std::unique_ptr<Node> fail(const Token& at, std::string message) {
    if (ok()) {
      error_ = std::move(message);
      error_offset_ = at.offset;
    }
    return nullptr;
  }

  // Counts nesting on every path that recurses without consuming a closing token.
  struct DepthGuard {
    int& depth;
    explicit DepthGuard(int& d) : depth(d) { ++depth; }
    ~DepthGuard() { --depth; }
  };

  static std::unique_ptr<Node> binary(Op op, size_t offset, std::unique_ptr<Node> left,
                                      std::unique_ptr<Node> right) {
    auto n = std::make_unique<Node>();
    n->op = op;
    n->offset = offset;
    n->args.push_back(std::move(left));
    n->args.push_back(std::move(right));
    return n;
  }

  std::unique_ptr<Node> operand_after(const Token& op, std::unique_ptr<Node> (Parser::*next)()) {
    if (peek().type == Tok::end) return fail(peek(), "expected an expression after " + describe(op));
    return (this->*next)();
  }

  std::unique_ptr<Node> parse_or() {
    DepthGuard guard(depth_);
    if (depth_ > kMaxDepth) return fail(peek(), "expression nested too deeply");
    auto left = parse_and();
    while (ok() && is_keyword(peek(), "or")) {
      Token op = take();
      auto right = operand_after(op, &Parser::parse_and);
      if (!ok()) return nullptr;
      size_t start = left->offset;  // read before the move below
      left = binary(Op::or_, start, std::move(left), std::move(right));
    }
    return ok() ? std::move(left) : nullptr;
  }

  std::unique_ptr<Node> parse_and() {
    auto left = parse_not();
    while (ok() && is_keyword(peek(), "and")) {
      Token op = take();
      auto right = operand_after(op, &Parser::parse_not);
      if (!ok()) return nullptr;
      size_t start = left->offset;  // read before the move below
      left = binary(Op::and_, start, std::move(left), std::move(right));
    }
    return ok() ? std::move(left) : nullptr;
  }

  std::unique_ptr<Node> parse_not() {
    if (!is_keyword(peek(), "not")) return parse_comparison();
    DepthGuard guard(depth_);
    if (depth_ > kMaxDepth) return fail(peek(), "expression nested too deeply");
    Token op = take();
    auto operand = operand_after(op, &Parser::parse_not);
    if (!ok()) return nullptr;
    auto n = std::make_unique<Node>();
    n->op = Op::not_;
    n->offset = op.offset;
    n->args.push_back(std::move(operand));
    return n;
  }

  static bool comparison_op(const Token& t, Op& op) {
    switch (t.type) {
      case Tok::eq: op = Op::eq; return true;
      case Tok::ne: op = Op::ne; return true;
      case Tok::lt: op = Op::lt; return true;
      case Tok::le: op = Op::le; return true;
      case Tok::gt: op = Op::gt; return true;
      case Tok::ge: op = Op::ge; return true;
      default: break;
    }
    if (is_keyword(t, "in")) { op = Op::in; return true; }
    return false;
  }

  std::unique_ptr<Node> parse_comparison() {
    auto left = parse_additive();
    Op op;
    if (!ok() || !comparison_op(peek(), op)) return left;
    Token op_token = take();
    auto right = operand_after(op_token, &Parser::parse_additive);
    if (!ok()) return nullptr;
    Op again;
    if (comparison_op(peek(), again))
      return fail(peek(), "comparisons cannot be chained: join them with 'and'");
    auto n = binary(op, op_token.offset, std::move(left), std::move(right));
    return n;
  }

  std::unique_ptr<Node> parse_additive() {
    auto left = parse_multiplicative();
    while (ok() && (peek().type == Tok::plus || peek().type == Tok::minus)) {
      Token op = take();
      auto right = operand_after(op, &Parser::parse_multiplicative);
      if (!ok()) return nullptr;
      left = binary(op.type == Tok::plus ? Op::add : Op::sub, op.offset, std::move(left),
                    std::move(right));
    }
    return ok() ? std::move(left) : nullptr;
  }

  std::unique_ptr<Node> parse_multiplicative() {
    auto left = parse_unary();
    while (ok() && (peek().type == Tok::star || peek().type == Tok::slash)) {
      Token op = take();
      auto right = operand_after(op, &Parser::parse_unary);
      if (!ok()) return nullptr;
      left = binary(op.type == Tok::star ? Op::mul : Op::div, op.offset, std::move(left),
                    std::move(right));
    }
    return ok() ? std::move(left) : nullptr;
  }

  std::unique_ptr<Node> parse_unary() {
    if (peek().type != Tok::minus) return parse_primary();
    DepthGuard guard(depth_);
    if (depth_ > kMaxDepth) return fail(peek(), "expression nested too deeply");
    Token op = take();
    auto operand = operand_after(op, &Parser::parse_unary);
    if (!ok()) return nullptr;
    auto n = std::make_unique<Node>();
    n->op = Op::neg;
    n->offset = op.offset;
    n->args.push_back(std::move(operand));
    return n;
  }

  static std::unique_ptr<Node> literal(const Token& t, Value v) {
    auto n = std::make_unique<Node>();
    n->op = Op::literal;
    n->offset = t.offset;
    n->length = t.length;
    n->value = std::move(v);
    return n;
  }

  std::unique_ptr<Node> parse_primary() {
    const Token& t = peek();
    switch (t.type) {
      case Tok::number: take(); return literal(t, Value::of(t.number));
      case Tok::string: take(); return literal(t, Value::of(t.text));
      case Tok::lparen: {
        take();
        auto inner = parse_or();
        if (!ok()) return nullptr;
        if (peek().type != Tok::rparen)
          return fail(peek(), "expected ')' to close the '(', found " + describe(peek()));
        take();
        return inner;
      }
      case Tok::lbracket: return parse_list();
      case Tok::identifier: return parse_name();
      case Tok::end: return fail(t, "expected a value, found the end of the expression");
      default: return fail(t, "expected a value, found " + describe(t));
    }
  }

  std::unique_ptr<Node> parse_list() {
    Token open = take();
    auto n = std::make_unique<Node>();
    n->op = Op::list;
    n->offset = open.offset;
    std::vector<Value> items;
    if (peek().type != Tok::rbracket) {
      while (true) {
        const Token& t = peek();
        bool negative = false;
        if (t.type == Tok::minus && tokens_[pos_ + 1].type == Tok::number) {
          take();
          negative = true;
        }
        const Token& item = peek();
        if (item.type == Tok::number) items.push_back(Value::of(negative ? -item.number : item.number));
        else if (item.type == Tok::string) items.push_back(Value::of(item.text));
        else return fail(item, "a list holds only strings and numbers, found " + describe(item));
        n->item_offsets.push_back(item.offset);
        take();
        if (peek().type == Tok::comma) { take(); continue; }
        if (peek().type == Tok::rbracket) break;
        return fail(peek(), "expected ',' or ']' in the list, found " + describe(peek()));
      }
    }
    const Token& close = take();
    n->length = close.offset + 1 - open.offset;
    n->value = Value::list(std::move(items));
    return n;
  }

  std::unique_ptr<Node> parse_name() {
    Token t = take();
    if (t.text == "true") return literal(t, Value::of(true));
    if (t.text == "false") return literal(t, Value::of(false));
    if (t.text == "null") return literal(t, Value::null());
    if (t.text == "and" || t.text == "or" || t.text == "in")
      return fail(t, "expected a value before '" + t.text + "'");
    auto n = std::make_unique<Node>();
    n->offset = t.offset;
    n->length = t.length;
    n->name = t.text;
    if (peek().type != Tok::lparen) {
      n->op = Op::name;
      return n;
    }
    n->op = Op::call;
    take();
    if (peek().type != Tok::rparen) {
      while (true) {
        if (peek().type == Tok::end)
          return fail(peek(), "expected ')' after the arguments of " + t.text);
        auto arg = parse_or();
        if (!ok()) return nullptr;
        n->args.push_back(std::move(arg));
        if (peek().type == Tok::comma) { take(); continue; }
        if (peek().type == Tok::rparen) break;
        return fail(peek(), "expected ')' after the arguments of " + t.text);
      }
    }
    take();
    return n;
  }
};

}  // namespace

ParseResult parse(const std::string& source) {
  if (source.size() > kMaxLength) {
    ParseResult r;
    r.error = "expression too long (more than " + std::to_string(kMaxLength) + " bytes)";
    r.offset = kMaxLength;
    return r;
  }
  return Parser(tokenize(source)).run();
}

}  // namespace core::expr
