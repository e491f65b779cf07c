#include <doctest/doctest.h>

#include "core/json_writer.h"
#include "core/rounding.h"

TEST_CASE("numbers are written half-up at their decimals, without trailing zeros") {
  CHECK(core::format_number(3, 2) == "3");
  CHECK(core::format_number(0.125, 2) == "0.13");
  CHECK(core::format_number(-2.5, 2) == "-2.5");
  CHECK(core::format_number(0.1 + 0.2, 2) == "0.3");
  CHECK(core::format_number(-0.001, 2) == "0");
  CHECK(core::format_number(2.675, 2) == "2.68");
  CHECK(core::format_number(100.0001, 6) == "100.0001");
  CHECK(core::format_number(123456789.125, 6) == "123456789.125");
  CHECK(core::format_number(0.05, 1) == "0.1");
  CHECK(core::format_number(1e21, 2) == "1e+21");
  CHECK(core::format_number(-1.5e300, 2) == "-1.5e+300");
  CHECK(core::format_number(1e308, 2) == "1e+308");
  CHECK(core::format_number(1.0 / 0.0, 2) == "null");
}

TEST_CASE("half-up rounding keeps the digits of large values") {
  CHECK(core::round_half_up(123456789.125, 6) == 123456789.125);
  CHECK(core::round_half_up(98765432.105, 2) == 98765432.11);
}

TEST_CASE("the writer separates members and escapes strings") {
  core::JsonWriter w;
  w.begin_object().key("a").integer(-12).key("b").begin_array().string("x\"\\\n\x01é").boolean(true)
      .null().end_array().key("c").begin_object().end_object().key("d").string_or_null("")
      .end_object();
  CHECK(w.str() == "{\"a\":-12,\"b\":[\"x\\\"\\\\\\n\\u0001é\",true,null],\"c\":{},\"d\":null}");
}
