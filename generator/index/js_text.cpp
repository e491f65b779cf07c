// JavaScript string and number semantics needed for a byte-identical Lunr index (see js_text.h).
#include "index/js_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>

#include "text/utf8.h"

#include "index/strict_ieee.h"  // lunr computes in plain IEEE double

namespace search {
namespace {

struct CaseMapping {
  char32_t from, to;
};
struct CaseMappingMulti {
  char32_t from;
  char32_t to[4];  // 0-terminated
};
struct CodeRange {
  char32_t first, last;
};

#include "index/js_lowercase_table.inc"

template <size_t N>
bool in_ranges(const CodeRange (&table)[N], char32_t cp) {
  auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                             [](char32_t c, const CodeRange& r) { return c < r.first; });
  return it != std::begin(table) && cp <= std::prev(it)->last;
}

bool is_cased(char32_t cp) { return in_ranges(kCased, cp); }
bool is_case_ignorable(char32_t cp) { return in_ranges(kCaseIgnorable, cp); }

constexpr char32_t kCapitalSigma = 0x3A3;

// The start of the code point before `pos` in well-formed UTF-8.
size_t utf8_prev(std::string_view s, size_t pos) {
  do {
    --pos;
  } while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80);
  return pos;
}

// Unicode's Final_Sigma condition as ICU (and so V8) tests it for the Σ at byte `at`, which is
// followed by `after`: a case-ignorable character is skipped even when it is also cased.
bool is_final_sigma(std::string_view s, size_t at, size_t after) {
  bool cased_before = false;
  for (size_t pos = at; pos > 0;) {
    pos = utf8_prev(s, pos);
    size_t p = pos;
    const char32_t cp = text::utf8_next(s, p);
    if (is_case_ignorable(cp)) continue;
    cased_before = is_cased(cp);
    break;
  }
  if (!cased_before) return false;
  for (size_t pos = after; pos < s.size();) {
    const char32_t cp = text::utf8_next(s, pos);
    if (is_case_ignorable(cp)) continue;
    return !is_cased(cp);
  }
  return true;
}

void append_lower(std::string& out, char32_t cp) {
  auto single = std::lower_bound(std::begin(kLowerSingle), std::end(kLowerSingle), cp,
                                 [](const CaseMapping& m, char32_t c) { return m.from < c; });
  if (single != std::end(kLowerSingle) && single->from == cp) {
    text::utf8_append(out, single->to);
    return;
  }
  for (const auto& m : kLowerMulti) {
    if (m.from != cp) continue;
    for (const char32_t* p = m.to; *p; ++p) text::utf8_append(out, *p);
    return;
  }
  text::utf8_append(out, cp);
}

}  // namespace

std::string js_to_lower(std::string_view utf8) { return js_to_lower(utf8, 0, utf8.size()); }

std::string js_to_lower(std::string_view utf8, size_t begin, size_t end) {
  std::string out;
  out.reserve((end - begin) * 3 / 2);  // no lower-case form is more than 1.5x longer
  size_t pos = begin;
  while (pos < end) {
    const auto byte = static_cast<unsigned char>(utf8[pos]);
    if (byte < 0x80) {  // ASCII: the common case, no decoding
      out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
      ++pos;
      continue;
    }
    const size_t start = pos;
    const char32_t cp = text::utf8_next(utf8, pos);
    if (cp == kCapitalSigma) {
      text::utf8_append(out, is_final_sigma(utf8, start, pos) ? 0x3C2 : 0x3C3);
    } else {
      append_lower(out, cp);
    }
  }
  return out;
}

bool js_is_space(char32_t cp) {
  switch (cp) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool js_utf16_less(std::string_view a, std::string_view b) {
  // UTF-8 byte order equals code point order; it differs from UTF-16 code unit order only when
  // a supplementary code point (surrogates D800–DFFF) meets one in E000–FFFF. Compare bytewise up
  // to the first difference, then decide on the two code points there.
  size_t n = std::min(a.size(), b.size());
  size_t i = 0;
  while (i < n && a[i] == b[i]) ++i;
  if (i == n) return a.size() < b.size();
  // Back up to the start of the code point containing the first differing byte.
  size_t start = i;
  while (start > 0 && (static_cast<unsigned char>(a[start]) & 0xC0) == 0x80) --start;
  size_t pa = start, pb = start;
  char32_t ca = text::utf8_next(a, pa), cb = text::utf8_next(b, pb);
  auto unit = [](char32_t cp) -> char32_t { return cp >= 0x10000 ? 0xD800 + ((cp - 0x10000) >> 10) : cp; };
  const char32_t ua = unit(ca), ub = unit(cb);
  if (ua != ub) return ua < ub;
  return ca < cb;  // both supplementary with the same high surrogate: low surrogates keep order
}

namespace {

// The bytes of `w` that may need an escape: below 0x20, '"', '\\', and for a script '<' and 0xE2
// (the lead byte of U+2028/2029), as high bits (the classic "has zero byte" bit trick). Exact for
// the lowest one, which is all the writer uses: plain text is skipped eight bytes at a time, and
// straight to the first byte to look at.
template <bool kScript>
uint64_t may_need_escape(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  uint64_t m = ((w - 0x20 * kOnes) & ~w & kHigh) | has_zero(w ^ ('"' * kOnes)) |
               has_zero(w ^ ('\\' * kOnes));
  if (kScript) m |= has_zero(w ^ ('<' * kOnes)) | has_zero(w ^ (0xE2 * kOnes));
  return m;
}

template <bool kScript>
void append_json_string(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  size_t run = 0;  // start of the pending run of bytes copied as they are
  size_t i = 0;
  while (i < s.size()) {
    while (i + 8 <= s.size()) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      const uint64_t flagged = may_need_escape<kScript>(word);
      if (flagged != 0) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        i += static_cast<size_t>(__builtin_ctzll(flagged)) / 8;  // the first flagged byte
#endif
        break;
      }
      i += 8;
    }
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && (!kScript || (c != '<' && c != 0xE2))) {
      ++i;
      continue;
    }
    if (kScript && c == 0xE2) {  // U+2028 and U+2029 are E2 80 A8 / E2 80 A9
      if (i + 2 >= s.size() || s[i + 1] != '\x80' || (s[i + 2] != '\xA8' && s[i + 2] != '\xA9')) {
        ++i;
        continue;
      }
      out.append(s.data() + run, i - run);
      out += s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 3;
      run = i;
      continue;
    }
    out.append(s.data() + run, i - run);
    ++i;
    run = i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '<': out += "\\u003c"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

}  // namespace

void append_js_json_string(std::string& out, std::string_view s, JsonTarget target) {
  if (target == JsonTarget::script) append_json_string<true>(out, s);
  else append_json_string<false>(out, s);
}

char* write_js_thousandths(char* out, double rounded) {
  // rounded is the double nearest m / 1000 for an integer m. While m has at most 15 digits, the
  // shortest decimal that reads back as that double is m / 1000 itself, trailing zeros dropped,
  // in plain notation (>= 0.001 and < 1e21): Number::toString's own output.
  const double m = std::round(rounded * 1000);
  if (!(std::fabs(m) < 1e15) || m / 1000 != rounded || m == 0) {
    std::string general;
    append_js_number(general, rounded);
    return std::copy(general.begin(), general.end(), out);
  }
  auto milli = static_cast<long long>(m);
  if (milli < 0) {
    *out++ = '-';
    milli = -milli;
  }
  out = std::to_chars(out, out + 20, milli / 1000).ptr;
  const int frac = static_cast<int>(milli % 1000);
  if (frac == 0) return out;
  *out++ = '.';
  *out++ = static_cast<char>('0' + frac / 100);
  if (frac % 100 == 0) return out;
  *out++ = static_cast<char>('0' + frac / 10 % 10);
  if (frac % 10 == 0) return out;
  *out++ = static_cast<char>('0' + frac % 10);
  return out;
}

void append_js_thousandths(std::string& out, double rounded) {
  char buf[kMaxJsThousandthsChars];
  out.append(buf, static_cast<size_t>(write_js_thousandths(buf, rounded) - buf));
}

void append_js_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += "null";  // what JSON.stringify writes for NaN and infinities
    return;
  }
  if (value == 0) {
    out += '0';  // -0 too
    return;
  }
  // Shortest round-trip digits d1..dk and exponent n with value = 0.d1..dk x 10^n, then
  // Number::toString's layout (ECMA-262 Number::toString, steps for radix 10).
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<size_t>(res.ptr - buf));  // "-d.ddde+XX"
  if (sci.front() == '-') {
    out += '-';
    sci.remove_prefix(1);
  }
  const size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e))
    if (c != '.') digits += c;
  int exponent = 0;
  std::from_chars(sci.data() + e + (sci[e + 1] == '+' ? 2 : 1), sci.data() + sci.size(), exponent);
  const int k = static_cast<int>(digits.size());
  const int n = exponent + 1;
  if (k <= n && n <= 21) {
    out += digits;
    out.append(static_cast<size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out.append(digits, 0, static_cast<size_t>(n));
    out += '.';
    out.append(digits, static_cast<size_t>(n), std::string::npos);
  } else if (-6 < n && n <= 0) {
    out += "0.";
    out.append(static_cast<size_t>(-n), '0');
    out += digits;
  } else {
    out += digits[0];
    if (k > 1) {
      out += '.';
      out.append(digits, 1, std::string::npos);
    }
    out += n - 1 >= 0 ? "e+" : "e-";
    out += std::to_string(std::abs(n - 1));
  }
}

double js_math_log(double x) {
  // fdlibm's __ieee754_log (Sun Microsystems 1993: "Permission to use, copy, modify, and
  // distribute this software is freely granted, provided that this notice is preserved"), the
  // algorithm V8's base::ieee754::log uses. Every operation below must stay in this order.
  static const double kLn2Hi = 0x1.62e42feep-1, kLn2Lo = 0x1.a39ef35793c76p-33;
  static const double kLg1 = 0x1.5555555555593p-1, kLg2 = 0x1.999999997fa04p-2,
                      kLg3 = 0x1.2492494229359p-2, kLg4 = 0x1.c71c51d8e78afp-3,
                      kLg5 = 0x1.7466496cb03dep-3, kLg6 = 0x1.39a09d078c69fp-3,
                      kLg7 = 0x1.2f112df3e5244p-3;
  if (!(x >= 1) || !std::isfinite(x)) return std::log(x);  // outside lunr's domain

  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  int32_t high = static_cast<int32_t>(bits >> 32);
  int32_t k = (high >> 20) - 1023;
  high &= 0x000fffff;
  // Scale the mantissa into [sqrt(2)/2, sqrt(2)) so that f = m - 1 is small.
  const int32_t carry = (high + 0x95f64) & 0x100000;
  bits = (static_cast<uint64_t>(static_cast<uint32_t>(high | (carry ^ 0x3ff00000))) << 32) |
         (bits & 0xffffffffu);
  std::memcpy(&x, &bits, sizeof x);
  k += carry >> 20;
  const double f = x - 1.0;
  const double dk = static_cast<double>(k);

  if ((0x000fffff & (2 + high)) < 3) {  // |f| < 2^-20: two terms of the series suffice
    if (f == 0) return k == 0 ? 0.0 : dk * kLn2Hi + dk * kLn2Lo;
    const double r = f * f * (0.5 - 0.33333333333333333 * f);
    return k == 0 ? f - r : dk * kLn2Hi - ((r - dk * kLn2Lo) - f);
  }
  const double s = f / (2.0 + f);
  const double z = s * s;
  const double w = z * z;
  const double t1 = w * (kLg2 + w * (kLg4 + w * kLg6));
  const double t2 = z * (kLg1 + w * (kLg3 + w * (kLg5 + w * kLg7)));
  const double r = t2 + t1;
  const int32_t far_from_one = (high - 0x6147a) | (0x6b851 - high);
  if (far_from_one > 0) {
    const double hfsq = 0.5 * f * f;
    return k == 0 ? f - (hfsq - s * (hfsq + r))
                  : dk * kLn2Hi - ((hfsq - (s * (hfsq + r) + dk * kLn2Lo)) - f);
  }
  return k == 0 ? f - s * (f - r) : dk * kLn2Hi - ((s * (f - r) - dk * kLn2Lo) - f);
}

bool js_is_array_index(std::string_view key) {
  if (key.empty() || key.size() > 10) return false;
  if (key.size() > 1 && key[0] == '0') return false;
  uint64_t v = 0;
  for (char c : key) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return v <= 4294967294ull;
}

}  // namespace search
