#include "load/yaml_scalar.h"

#include <cerrno>
#include <cstdlib>

namespace load {

namespace {

using ojson = nlohmann::ordered_json;

bool is_digits(const std::string& s, size_t from, size_t to) {
  if (from >= to) return false;
  for (size_t i = from; i < to; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? — the core schema's float, without regex
// (std::regex costs more than the rest of YAML parsing on a page's front matter).
bool is_float(const std::string& s) {
  size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
  size_t e = s.find_first_of("eE", i);
  size_t mantissa_end = e == std::string::npos ? s.size() : e;
  size_t dot = s.find('.', i);
  bool mantissa_ok;
  if (dot == std::string::npos || dot >= mantissa_end) {
    mantissa_ok = is_digits(s, i, mantissa_end);
  } else if (dot == i) {
    mantissa_ok = is_digits(s, dot + 1, mantissa_end);
  } else {
    mantissa_ok = is_digits(s, i, dot) && (dot + 1 == mantissa_end || is_digits(s, dot + 1, mantissa_end));
  }
  if (!mantissa_ok) return false;
  if (e == std::string::npos) return true;
  size_t k = e + 1;
  if (k < s.size() && (s[k] == '-' || s[k] == '+')) ++k;
  return is_digits(s, k, s.size());
}

}  // namespace

ojson resolve_plain(const std::string& s) {
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  const char first = s[0];
  if (!(first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9'))) return s;
  size_t sign = (first == '-' || first == '+') ? 1 : 0;
  if (is_digits(s, sign, s.size())) {
    errno = 0;
    long long v = std::strtoll(s.c_str(), nullptr, 10);
    if (errno == 0) return v;
  }
  if (is_float(s)) return std::strtod(s.c_str(), nullptr);
  return s;
}

}  // namespace load
