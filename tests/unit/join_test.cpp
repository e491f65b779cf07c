#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/join.h"

TEST_CASE("a list as one text: a separator between items, another before the last") {
  CHECK(core::join({}, ", ", " and ") == "");
  CHECK(core::join({"a"}, ", ", " and ") == "a");
  CHECK(core::join({"a", "b"}, ", ", " and ") == "a and b");
  CHECK(core::join({"a", "b", "c"}, ", ", " and ") == "a, b and c");
  CHECK(core::join({"a", "b", "c"}, " ") == "a b c");
  CHECK(core::join({"", "b"}, ", ") == ", b");  // an empty item keeps its place
}
