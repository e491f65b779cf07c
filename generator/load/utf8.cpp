#include "load/utf8.h"

#include <cstdint>
#include <cstring>

namespace load {

namespace {

// Line and byte column of offset `at`, counted only once a bad byte is found: the scan itself
// then needs no per-byte bookkeeping.
Utf8Error error_at(const std::string& text, size_t at) {
  Utf8Error err;
  err.found = true;
  err.line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++err.line;
      line_start = i + 1;
    }
  }
  err.col = static_cast<int>(at - line_start) + 1;
  return err;
}

}  // namespace

Utf8Error find_invalid_utf8(const std::string& text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Pages are mostly ASCII: skip it eight bytes at a time.
    uint64_t word;
    while (i + 8 <= n && (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080ull) == 0)) i += 8;
    if (i >= n) break;
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    unsigned int min = 0, cp = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
    bool ok = len > 0 && i + len <= n;
    for (size_t k = 1; ok && k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) ok = false;
    if (!ok) return error_at(text, i);
    i += len;
  }
  return {};
}

}  // namespace load
