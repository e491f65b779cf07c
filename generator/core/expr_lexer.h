#pragma once
// Splits an expression into tokens, each with the byte offset where it starts, so that every
// error can point at its exact spot in the YAML file.
#include <string>
#include <vector>

namespace core::expr {

enum class Tok {
  number, string, identifier,
  lparen, rparen, lbracket, rbracket, comma,
  eq, ne, lt, le, gt, ge, plus, minus, star, slash,
  end, error,
};

struct Token {
  Tok type = Tok::end;
  size_t offset = 0;   // byte offset of the token's first character
  size_t length = 0;   // bytes in the source
  std::string text;    // identifier name, decoded string, number spelling, or the error message
  double number = 0;
};

/// Tokenizes `source`. The last token is `end`, or `error` (its text is the message, its offset
/// where the problem is) if the source contains something that is not a token.
std::vector<Token> tokenize(const std::string& source);

/// How a token reads in a message: "')'", "'and'", "the end of the expression"...
std::string describe(const Token& token);

}  // namespace core::expr
