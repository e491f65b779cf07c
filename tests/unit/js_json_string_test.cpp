#include <doctest/doctest.h>

#include <random>
#include <string>

#include "index/js_text.h"

namespace {

// JSON.stringify's string escapes, plus the script ones, one byte at a time: the writer (which
// skips plain text eight bytes at a time) must produce exactly this.
std::string reference_json_string(const std::string& s, bool script) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (script && c == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x80' &&
        (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
      out += s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\b') out += "\\b";
    else if (c == '\f') out += "\\f";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20) out += std::string("\\u00") + kHex[c >> 4] + kHex[c & 0xF];
    else if (script && c == '<') out += "\\u003c";
    else out += static_cast<char>(c);
  }
  return out + "\"";
}

}  // namespace

TEST_CASE("JSON strings for a script escape quotes, controls, '<' and U+2028/2029") {
  std::string out;
  search::append_js_json_string(out, "a\"b\\c\nd</script>\xE2\x80\xA8 l\xE2\x80\x99" "eau\x01",
                                search::JsonTarget::script);
  CHECK(out == "\"a\\\"b\\\\c\\nd\\u003c/script>\\u2028 l\xE2\x80\x99" "eau\\u0001\"");
  out.clear();
  search::append_js_json_string(out, "</p>\xE2\x80\xA9", search::JsonTarget::json);
  CHECK(out == "\"</p>\xE2\x80\xA9\"");
}

TEST_CASE("JSON string escaping agrees with the byte-at-a-time reference on random text") {
  const std::string pieces[] = {"texte ", "é", "’", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80",
                                "\"", "\\", "<", ">", "\n", "\t", "\x01", "\x1F", "0123456789abcdef"};
  std::mt19937 rng(2028);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int count = static_cast<int>(rng() % 40);
    for (int k = 0; k < count; ++k) {
      const size_t p = rng() % 100;
      text += pieces[p < 60 ? (p % 2 == 0 ? 0 : 14) : p % std::size(pieces)];
    }
    for (const bool script : {false, true}) {
      std::string got;
      search::append_js_json_string(got, text, script ? search::JsonTarget::script : search::JsonTarget::json);
      REQUIRE(got == reference_json_string(text, script));
    }
  }
}
