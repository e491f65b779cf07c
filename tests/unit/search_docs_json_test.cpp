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

TEST_CASE("the site's plain shape, read the fast way, gives the texts the general reader gives") {
  // Strings only (simdjson's path): escapes, accents, surrogate pairs, a repeated key, null.
  const std::string plain =
      R"([{"id":"a\"b","title":"L\u2019eau \u00e9t\u00e9","body":"x\ny\t\\ \ud83d\ude00 é","url":"a.html"},)"
      R"( {"id":"c","title":"1","title":"2","body":null}])";
  auto p = parse(plain);
  REQUIRE(p.ok);
  REQUIRE(p.docs.size() == 2);
  CHECK(p.docs[0].id == "a\"b");
  CHECK(p.docs[0].title == "L\u2019eau \u00e9t\u00e9");
  CHECK(p.docs[0].body == "x\ny\t\\ \U0001F600 é");
  CHECK(p.docs[1].title == "2");  // the last of a repeated key, as JSON.parse keeps
  CHECK(p.docs[1].body == "");
  // The same documents with a number somewhere go the general way: same texts.
  auto q = parse(plain.substr(0, plain.size() - 2) + R"(,"extra":1}])");
  REQUIRE(q.ok);
  REQUIRE(q.docs.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    CHECK(q.docs[i].id == p.docs[i].id);
    CHECK(q.docs[i].title == p.docs[i].title);
    CHECK(q.docs[i].body == p.docs[i].body);
  }
  // Text after the array is an error, whichever way it is read.
  CHECK_FALSE(parse(plain + " []").ok);
}
