#include "load/utf8.h"

#include <cstdint>
#include <cstring>

#include "diag/diagnostics.h"

namespace load {

namespace {

// The position is counted only once a bad byte is found: the scan itself needs no per-byte
// bookkeeping.
Utf8Error error_at(const std::string& text, size_t at) {
  const diag::SourcePos pos = diag::position_at("", text, at);
  return {true, pos.line, pos.col};
}

}  // namespace

Utf8Error find_invalid_utf8(const std::string& text) {
  // Well-formed sequences as the Unicode Standard's table 3-7 lists them: a lead byte gives the
  // length and the range of the second byte (which rules out overlongs, surrogates and code
  // points past U+10FFFF); any further bytes are 80–BF. No code point is decoded.
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Pages are mostly ASCII: skip it eight bytes at a time, straight to the first byte that is not
    // (the lowest set high bit of a little-endian word is its first such byte).
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, s + i, 8);
      const uint64_t high = word & 0x8080808080808080ull;
      if (high != 0) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        i += static_cast<size_t>(__builtin_ctzll(high)) / 8;
#endif
        break;
      }
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) low = 0xA0;        // overlong
      else if (c == 0xED) high = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) low = 0x90;        // overlong
      else if (c == 0xF4) high = 0x8F;  // past U+10FFFF
    } else {
      return error_at(text, i);  // a continuation byte, C0, C1 or F5–FF
    }
    if (i + len > n || s[i + 1] < low || s[i + 1] > high) return error_at(text, i);
    for (size_t k = 2; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return error_at(text, i);
    }
    i += len;
  }
  return {};
}

}  // namespace load
