// The index writer against JSON.stringify of indexes lunr.js built from the same documents
// (generated with tests/node/lunr-reference.js).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>

#include "index/js_text.h"
#include "index/lunr_index.h"

using namespace search;

TEST_CASE("two documents, one with an integer-like ref added second") {
  const std::vector<SearchDoc> docs = {
      {"achat-ia", "Acheter de l’IA", "Marchés publics : l’achat d’IA — 2024."},
      {"10", "Sobriété", "La sobriété énergétique des marchés."},
  };
  CHECK(serialize_lunr_index(docs) ==
        R"({"version":"2.3.9","fields":["title","body"],"fieldVectors":[["title/achat-ia",[0,6.1,1,1.604]],["body/achat-ia",[1,0.157,2,0.157,3,0.596,4,0.857,5,0.596,6,0.596]],["title/10",[7,2.111]],["body/10",[2,0.218,7,0.218,8,0.829]]],"invertedIndex":[["",{"_index":4,"title":{},"body":{"achat-ia":{}}}],["2024",{"_index":6,"title":{},"body":{"achat-ia":{}}}],["achat",{"_index":5,"title":{},"body":{"achat-ia":{}}}],["achet",{"_index":0,"title":{"achat-ia":{}},"body":{}}],["energet",{"_index":8,"title":{},"body":{"10":{}}}],["ia",{"_index":1,"title":{"achat-ia":{}},"body":{"achat-ia":{}}}],["march",{"_index":2,"title":{},"body":{"10":{},"achat-ia":{}}}],["public",{"_index":3,"title":{},"body":{"achat-ia":{}}}],["sobriet",{"_index":7,"title":{"10":{}},"body":{"10":{}}}]],"pipeline":["trimmer-fr","accentFold-fr","stemmer-fr"]})");
}

TEST_CASE("empty fields still get a vector, refs keep JavaScript key order") {
  const std::vector<SearchDoc> docs = {{"b", "", "eau"}, {"a", "", "Eau, eau ; eau."}, {"2", "EAU", ""}};
  CHECK(serialize_lunr_index(docs) ==
        R"({"version":"2.3.9","fields":["title","body"],"fieldVectors":[["title/b",[]],["body/b",[0,0.16]],["title/a",[]],["body/a",[0,0.161,1,0.624]],["title/2",[0,0.734]],["body/2",[]]],"invertedIndex":[["",{"_index":1,"title":{},"body":{"a":{}}}],["eau",{"_index":0,"title":{"2":{}},"body":{"b":{},"a":{}}}]],"pipeline":["trimmer-fr","accentFold-fr","stemmer-fr"]})");
}

TEST_CASE("no documents") {
  CHECK(serialize_lunr_index({}) ==
        R"({"version":"2.3.9","fields":["title","body"],"fieldVectors":[],"invertedIndex":[],"pipeline":["trimmer-fr","accentFold-fr","stemmer-fr"]})");
}

TEST_CASE("a repeated id is refused") {
  CHECK_THROWS_AS(serialize_lunr_index({{"x", "a", "b"}, {"x", "c", "d"}}), std::invalid_argument);
}

TEST_CASE("numbers are written as JSON.stringify writes them") {
  auto num = [](double v) {
    std::string s;
    append_js_number(s, v);
    return s;
  };
  CHECK(num(6.1) == "6.1");
  CHECK(num(6.1000000000000005) == "6.1000000000000005");
  CHECK(num(13.0) == "13");
  CHECK(num(0.0) == "0");
  CHECK(num(-0.0) == "0");
  CHECK(num(0.001) == "0.001");
  CHECK(num(2.111) == "2.111");
  CHECK(num(100000.0) == "100000");
  CHECK(num(1e21) == "1e+21");
  CHECK(num(1e-7) == "1e-7");
  CHECK(num(1.5e-7) == "1.5e-7");
  CHECK(num(0.000001) == "0.000001");
  CHECK(num(123456789012345680000.0) == "123456789012345680000");
  CHECK(num(1e20) == "100000000000000000000");
  CHECK(num(0.000001234) == "0.000001234");
  CHECK(num(-2.5) == "-2.5");
  CHECK(num(1.7976931348623157e308) == "1.7976931348623157e+308");
}

TEST_CASE("strings are escaped as JSON.stringify escapes them") {
  std::string s;
  append_js_json_string(s, "a\"b\\c/d\n\t\x01\x1f é\u2028");
  CHECK(s == "\"a\\\"b\\\\c/d\\n\\t\\u0001\\u001f é\u2028\"");
}

TEST_CASE("term order is UTF-16 code unit order") {
  CHECK(js_utf16_less("a", "b"));
  CHECK(js_utf16_less("", "a"));
  CHECK(js_utf16_less("ab", "abc"));
  CHECK(js_utf16_less("z", "é"));
  // U+1F600 is D83D DE00 in UTF-16, below U+FB01; in UTF-8 bytes it would sort after.
  CHECK(js_utf16_less("\U0001F600", "\uFB01"));
  CHECK_FALSE(js_utf16_less("\uFB01", "\U0001F600"));
  CHECK(js_utf16_less("\U0001F600", "\U0001F601"));
}

TEST_CASE("Math.log is V8's, bit for bit") {
  // lunr's idf arguments 1 + |(N - n + 0.5) / (n + 0.5)| where glibc's log and V8's differ in
  // the last bit (N = 101; `js` printed by node 20, glibc 2.36 gives one ulp off).
  CHECK(js_math_log(0x1.531dec0d4c77bp+1) == 0x1.f2d95c0d6e5fep-1);  // n = 38
  CHECK(js_math_log(0x1.be5be5be5be5cp+0) == 0x1.1ca4f63be3a6cp-1);  // n = 58
  CHECK(js_math_log(0x1.9b366cd9b366dp+0) == 0x1.e54eab06e0b94p-2);  // n = 63
  CHECK(js_math_log(0x1.77b654b82c339p+0) == 0x1.88da835003e9p-2);   // n = 69
  CHECK(js_math_log(1.0) == 0.0);
  CHECK(js_math_log(2.0) == 0x1.62e42fefa39efp-1);
  // The |f| < 2^-20 branch; node prints 3e7ad7f2847b6492 for Math.log(1 + 1e-7).
  const double tiny = js_math_log(1 + 1e-7);
  uint64_t bits;
  std::memcpy(&bits, &tiny, sizeof bits);
  CHECK(bits == 0x3e7ad7f2847b6492ull);
}

TEST_CASE("array index keys") {
  CHECK(js_is_array_index("0"));
  CHECK(js_is_array_index("12"));
  CHECK(js_is_array_index("4294967294"));
  CHECK_FALSE(js_is_array_index("4294967295"));
  CHECK_FALSE(js_is_array_index("07"));
  CHECK_FALSE(js_is_array_index("-1"));
  CHECK_FALSE(js_is_array_index("1.5"));
  CHECK_FALSE(js_is_array_index(""));
}
