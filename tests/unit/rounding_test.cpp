#include <doctest/doctest.h>

#include <cmath>

#include "core/rounding.h"

TEST_CASE("half-up rounding rounds decimal halves away from zero") {
  CHECK(core::round_half_up(2.675, 2) == 2.68);
  CHECK(core::round_half_up(0.125, 2) == 0.13);
  CHECK(core::round_half_up(-0.125, 2) == -0.13);
  CHECK(core::round_half_up(1.005, 2) == 1.01);
  CHECK(core::round_half_up(2.5, 0) == 3.0);
  CHECK(core::round_half_up(1.2344, 3) == 1.234);
}

TEST_CASE("half-up rounding never yields negative zero") {
  double r = core::round_half_up(-0.0001, 2);
  CHECK(r == 0.0);
  CHECK_FALSE(std::signbit(r));
}
