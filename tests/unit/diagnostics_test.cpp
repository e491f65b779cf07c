#include <doctest/doctest.h>

#include <sstream>

#include "diag/diagnostics.h"

TEST_CASE("diagnostics print GCC style, sorted, with the source line and a caret") {
  diag::Diagnostics d;
  d.add_source("a.md", "première ligne\nété : x\n");
  d.error({"a.md", 2, 7}, "second", {"a note"});  // byte 7 is the colon
  d.warning({"a.md", 1, 1}, "first");
  std::ostringstream out;
  d.print(out);
  CHECK(out.str() ==
        "a.md:1:1: warning: first\n  première ligne\n  ^\n"
        "a.md:2:7: error: second\n  été : x\n      ^\na.md:2:7: note: a note\n");
  CHECK(d.error_count() == 1);
  CHECK(d.warning_count() == 1);
}

TEST_CASE("suggestions pick the closest name and refuse distant ones") {
  CHECK(diag::closest_match("titel", {"title", "description"}) == "title");
  CHECK(diag::closest_match("zzzzzz", {"title", "description"}).empty());
}
