#include <doctest/doctest.h>

#include <string>

#include "load/unknown_members.h"
#include "load/yaml_json.h"

// The shared report of unknown mapping members: where, how worded, which severity.

namespace {

model::YamlDocument read(const std::string& text) {
  diag::Diagnostics diags;
  model::YamlDocument doc = load::parse_yaml("f.yaml", text, diags);
  REQUIRE(diags.error_count() == 0);
  return doc;
}

}  // namespace

TEST_CASE("unknown members are reported at their key, with a suggestion and the reader's notes") {
  const auto doc = read("entry:\n  id: a\n  txet: b\n  colour: c\n");
  diag::Diagnostics diags;
  const size_t n = load::report_unknown_members(doc, doc.value["entry"], "/entry", {"id", "text"}, diags,
                                                {"member", " of 'entry'", {"an entry holds 'id' and 'text'"}});
  CHECK(n == 2);
  const auto all = diags.sorted();
  REQUIRE(all.size() == 2);
  CHECK(all[0].severity == diag::Severity::error);
  CHECK(all[0].pos.line == 3);
  CHECK(all[0].pos.col == 3);
  CHECK(all[0].message == "unknown member 'txet' of 'entry'");
  REQUIRE(all[0].notes.size() == 2);
  CHECK(all[0].notes[0] == "did you mean 'text'?");
  CHECK(all[0].notes[1] == "an entry holds 'id' and 'text'");
  CHECK(all[1].pos.line == 4);
  CHECK(all[1].message == "unknown member 'colour' of 'entry'");
  REQUIRE(all[1].notes.size() == 1);  // nothing close to suggest
  CHECK(all[1].notes[0] == "an entry holds 'id' and 'text'");
}

TEST_CASE("unknown members: warnings, the document's root, keys needing pointer escapes") {
  const auto doc = read("title: T\na/b: x\n");
  diag::Diagnostics diags;
  CHECK(load::report_unknown_members(doc, doc.value, "", {"title"}, diags,
                                     {"front-matter key", " (ignored)", {}, diag::Severity::warning}) == 1);
  CHECK(diags.error_count() == 0);
  REQUIRE(diags.warning_count() == 1);
  const auto w = diags.sorted()[0];
  CHECK(w.message == "unknown front-matter key 'a/b' (ignored)");
  CHECK(w.pos.line == 2);
  CHECK(w.pos.col == 1);
}

TEST_CASE("unknown members: a mapping of known members, or no mapping, reports nothing") {
  const auto doc = read("a: 1\nb: [x]\n");
  diag::Diagnostics diags;
  CHECK(load::report_unknown_members(doc, doc.value, "", {"a", "b"}, diags) == 0);
  CHECK(load::report_unknown_members(doc, doc.value["b"], "/b", {}, diags) == 0);
  CHECK(diags.sorted().empty());
}
