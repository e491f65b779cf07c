#include "core/expr_lexer.h"

#include <cstdlib>

namespace core::expr {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_ident_char(char c) { return is_ident_start(c) || is_digit(c); }

Token make(Tok type, size_t offset, size_t length, std::string text = {}) {
  Token t;
  t.type = type;
  t.offset = offset;
  t.length = length;
  t.text = std::move(text);
  return t;
}

// Operators people bring from other languages get a message that names ours.
Token misused_operator(const std::string& s, size_t i) {
  char c = s[i];
  char next = i + 1 < s.size() ? s[i + 1] : '\0';
  if (c == '=') return make(Tok::error, i, 1, "'=' is not an operator here: compare with '=='");
  if (c == '!') return make(Tok::error, i, 1, "unexpected '!': write 'not' to negate, '!=' to compare");
  if (c == '&' && next == '&') return make(Tok::error, i, 2, "'&&' is written 'and' here");
  if (c == '|' && next == '|') return make(Tok::error, i, 2, "'||' is written 'or' here");
  if (c == '?') return make(Tok::error, i, 1, "'?' is not supported: use score_rules or separate conditions");
  std::string shown = static_cast<unsigned char>(c) >= 0x80 ? "a non-ASCII character"
                                                           : "'" + std::string(1, c) + "'";
  return make(Tok::error, i, 1, "unexpected " + shown + " in expression");
}

}  // namespace

std::vector<Token> tokenize(const std::string& s) {
  std::vector<Token> out;
  size_t i = 0;
  while (true) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    if (i >= s.size()) {
      out.push_back(make(Tok::end, s.size(), 0));
      return out;
    }
    char c = s[i];
    char next = i + 1 < s.size() ? s[i + 1] : '\0';
    size_t start = i;
    if (is_digit(c) || (c == '.' && is_digit(next))) {
      while (i < s.size() && is_digit(s[i])) ++i;
      if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && is_digit(s[i])) ++i;
      }
      if (i < s.size() && is_ident_char(s[i])) {
        out.push_back(make(Tok::error, start, i - start + 1,
                           "malformed number '" + s.substr(start, i - start + 1) + "'"));
        return out;
      }
      Token t = make(Tok::number, start, i - start, s.substr(start, i - start));
      t.number = std::strtod(t.text.c_str(), nullptr);
      out.push_back(t);
      continue;
    }
    if (is_ident_start(c)) {
      while (i < s.size() && is_ident_char(s[i])) ++i;
      out.push_back(make(Tok::identifier, start, i - start, s.substr(start, i - start)));
      continue;
    }
    if (c == '\'' || c == '"') {
      std::string text;
      ++i;
      while (i < s.size() && s[i] != c) {
        if (s[i] == '\\' && i + 1 < s.size()) ++i;  // \' \" \\ keep the next byte as is
        text += s[i++];
      }
      if (i >= s.size()) {
        out.push_back(make(Tok::error, start, s.size() - start, "unterminated string"));
        return out;
      }
      ++i;
      out.push_back(make(Tok::string, start, i - start, text));
      continue;
    }
    Tok type = Tok::error;
    size_t length = 1;
    switch (c) {
      case '(': type = Tok::lparen; break;
      case ')': type = Tok::rparen; break;
      case '[': type = Tok::lbracket; break;
      case ']': type = Tok::rbracket; break;
      case ',': type = Tok::comma; break;
      case '+': type = Tok::plus; break;
      case '-': type = Tok::minus; break;
      case '*': type = Tok::star; break;
      case '/': type = Tok::slash; break;
      case '<': type = next == '=' ? Tok::le : Tok::lt; length = next == '=' ? 2 : 1; break;
      case '>': type = next == '=' ? Tok::ge : Tok::gt; length = next == '=' ? 2 : 1; break;
      case '=': if (next == '=') { type = Tok::eq; length = 2; } break;
      case '!': if (next == '=') { type = Tok::ne; length = 2; } break;
      default: break;
    }
    if (type == Tok::error) {
      out.push_back(misused_operator(s, i));
      return out;
    }
    out.push_back(make(type, start, length, s.substr(start, length)));
    i += length;
  }
}

std::string describe(const Token& t) {
  switch (t.type) {
    case Tok::end: return "the end of the expression";
    case Tok::number: return "number " + t.text;
    case Tok::string: return "string '" + t.text + "'";
    case Tok::identifier: return "'" + t.text + "'";
    case Tok::error: return t.text;
    default: return "'" + t.text + "'";
  }
}

}  // namespace core::expr
