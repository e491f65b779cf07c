#include "core/id_patterns.h"

namespace core {

namespace {

bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool matches(std::string_view id, IdPattern pattern) {
  if (id.empty()) return false;
  for (size_t i = 0; i < id.size(); ++i) {
    char c = id[i];
    bool ok = false;
    switch (pattern) {
      case IdPattern::slug: ok = lower(c) || digit(c) || c == '-'; break;
      case IdPattern::section: ok = lower(c) || digit(c) || c == '_'; break;
      case IdPattern::name: ok = lower(c) || (i > 0 && (digit(c) || c == '_')); break;
      case IdPattern::choice: ok = lower(c) || digit(c) || (i > 0 && (c == '_' || c == '-')); break;
    }
    if (!ok) return false;
  }
  return true;
}

std::string pattern_rule(IdPattern pattern) {
  switch (pattern) {
    case IdPattern::slug: return "lowercase letters, digits and '-'";
    case IdPattern::section: return "lowercase letters, digits and '_'";
    case IdPattern::name: return "a lowercase letter, then lowercase letters, digits and '_'";
    case IdPattern::choice: return "a lowercase letter or digit, then lowercase letters, digits, '_' and '-'";
  }
  return "";
}

}  // namespace core
