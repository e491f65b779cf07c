#include <doctest/doctest.h>

#include <random>
#include <string>

#include "load/utf8.h"

namespace {

// The validator as first written, one byte at a time with its line and column kept throughout:
// the fast one (ASCII skipped eight bytes at a time, position counted only on error) must agree.
load::Utf8Error reference_find_invalid_utf8(const std::string& text) {
  load::Utf8Error err;
  int line = 1, col = 1;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size(), i = 0;
  while (i < n) {
    unsigned char c = s[i];
    size_t len = 0;
    unsigned int min = 0, cp = 0;
    if (c < 0x80) len = 1;
    else if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
    bool ok = len > 0 && i + len <= n;
    for (size_t k = 1; ok && k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) ok = false;
      else cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (ok && len > 1 && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) ok = false;
    if (!ok) return {true, line, col};
    if (c == '\n') { ++line; col = 1; } else { col += static_cast<int>(len); }
    i += len;
  }
  return err;
}

}  // namespace

TEST_CASE("UTF-8 errors are found at their line and byte column") {
  CHECK_FALSE(load::find_invalid_utf8("Écoconception et sobriété — 2024 ✓ 😀\n").found);
  const load::Utf8Error latin1 = load::find_invalid_utf8("titre\nun caf\xE9 noir\n");
  CHECK(latin1.found);
  CHECK(latin1.line == 2);
  CHECK(latin1.col == 7);
  // Past a long ASCII run, and at the very end (a truncated sequence).
  const load::Utf8Error truncated = load::find_invalid_utf8(std::string(37, 'a') + "\xE2\x80");
  CHECK(truncated.line == 1);
  CHECK(truncated.col == 38);
  CHECK(load::find_invalid_utf8("\xC0\xAF").found);          // overlong '/'
  CHECK(load::find_invalid_utf8("x\xED\xA0\x80").found);     // surrogate
  CHECK(load::find_invalid_utf8("\xF4\x90\x80\x80").found);  // above U+10FFFF
}

TEST_CASE("the UTF-8 validator agrees with the byte-at-a-time reference on random text") {
  // Mostly ASCII with newlines, French letters, some emoji and now and then a stray byte: the
  // mix that crosses the eight-byte fast path at every alignment.
  const std::string pieces[] = {"a", "b c", "\n", "é", "’", "😀", "\xE9", "\x80", "\xE2\x82",
                                "\xF0\x9F\x98", "0123456789", "\xC3\xA9t\xC3\xA9"};
  std::mt19937 rng(20261123);
  int invalid = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const int count = static_cast<int>(rng() % 60);
    for (int k = 0; k < count; ++k) {
      size_t p = rng() % 100;
      // Stray bytes (indexes 6-9) rarely, so that many texts stay valid to the end.
      p = p < 90 ? (p % 6 == 4 ? 10 : p % 6) : (p < 97 ? 6 + p % 4 : 11);
      text += pieces[p];
    }
    const load::Utf8Error got = load::find_invalid_utf8(text), want = reference_find_invalid_utf8(text);
    REQUIRE(got.found == want.found);
    if (!want.found) continue;
    ++invalid;
    CHECK(got.line == want.line);
    CHECK(got.col == want.col);
  }
  CHECK(invalid > 500);
  CHECK(invalid < 3500);
}

TEST_CASE("the UTF-8 validator agrees with the reference on every pair of leading bytes") {
  // Every lead byte with every second byte, followed by continuation bytes: all overlong,
  // surrogate and out-of-range boundaries of the table are crossed.
  int differing = 0;
  for (int b0 = 0; b0 < 256; ++b0) {
    for (int b1 = 0; b1 < 256; ++b1) {
      for (const char* tail : {"", "\x80", "\x80\x80", "\xBF\xBF z"}) {
        const std::string text = std::string("ab") + static_cast<char>(b0) + static_cast<char>(b1) + tail;
        const load::Utf8Error got = load::find_invalid_utf8(text), want = reference_find_invalid_utf8(text);
        if (got.found != want.found || got.line != want.line || got.col != want.col) ++differing;
      }
    }
  }
  CHECK(differing == 0);
}
