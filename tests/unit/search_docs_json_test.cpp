// Reading the `guide index` input.
#include <doctest/doctest.h>

#include "index/search_docs_json.h"

using namespace search;

namespace {
struct Parsed {
  bool ok;
  std::vector<SearchDoc> docs;
  SearchDocsError error;
};
Parsed parse(const std::string& json) {
  Parsed p;
  p.ok = parse_search_docs(json, p.docs, p.error);
  return p;
}
}  // namespace

TEST_CASE("documents with every kind of field value") {
  auto p = parse(R"([{"id":"a","title":"T","body":"B","url":"a.html"},
                     {"id":12,"title":null,"body":3.5,"url":{"x":[1,{"y":2}]},"extra":[[]]},
                     {"body":true,"id":"c"}])");
  REQUIRE(p.ok);
  REQUIRE(p.docs.size() == 3);
  CHECK(p.docs[0].id == "a");
  CHECK(p.docs[0].title == "T");
  CHECK(p.docs[0].body == "B");
  CHECK(p.docs[1].id == "12");
  CHECK(p.docs[1].title == "");
  CHECK(p.docs[1].body == "3.5");
  CHECK(p.docs[2].title == "");
  CHECK(p.docs[2].body == "true");
}

TEST_CASE("syntax errors carry a byte offset") {
  auto p = parse("[\n{\"id\": \"a\",}]");
  CHECK_FALSE(p.ok);
  CHECK(p.error.byte == 14);
  CHECK(p.error.message.find("syntax error while parsing object key") == 0);
}

TEST_CASE("structural errors name the entry") {
  auto missing = parse(R"([{"id":"a"},{"title":"x"}])");
  CHECK_FALSE(missing.ok);
  CHECK(missing.error.byte == 0);
  CHECK(missing.error.message == "entry 1 has no \"id\" (a string or a number)");

  CHECK(parse(R"({"id":"a"})").error.message.find("expected an array") == 0);
  CHECK(parse(R"([{"id":"a"}, 3])").error.message == "entry 1 is not an object");
  CHECK(parse(R"([{"id":null}])").error.message == "entry 0 has no \"id\" (a string or a number)");
  CHECK(parse(R"([{"id":"a","body":["x"]}])").error.message ==
        "entry 0: \"body\" must be a string");
  CHECK(parse(R"([{"id":true}])").error.message == "entry 0: \"id\" must be a string or a number");
  CHECK(parse("[]").ok);
}
