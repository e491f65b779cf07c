// Robustness of the YAML reader and of diagnostics on hostile input: aliases that never end or
// explode, nesting deeper than any page or bank needs, and megabyte-long lines in messages.
#include <doctest/doctest.h>

#include <sstream>

#include "diag/diagnostics.h"
#include "load/yaml_json.h"
#include "render/markdown.h"

TEST_CASE("a list that contains itself through an alias is an error, not a stack overflow") {
  diag::Diagnostics diags;
  model::YamlDocument doc = load::parse_yaml("b.yaml", "a: &a [x, *a]\nb: &b {k: *b}\n", diags);
  CHECK_FALSE(doc.ok);
  CHECK(diags.error_count() == 1);  // conversion stops at the first
  CHECK(diags.sorted().front().message == "YAML nested more than 64 levels deep");
}

TEST_CASE("aliases expanding to billions of values are stopped early") {
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 10; ++i) {
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) text += (k ? ", *a" : "*a") + std::to_string(i - 1);
    text += "]\n";
  }
  diag::Diagnostics diags;
  model::YamlDocument doc = load::parse_yaml("b.yaml", text, diags);
  CHECK_FALSE(doc.ok);
  CHECK(diags.sorted().front().message == "YAML aliases (*name) expand to too many values");
}

TEST_CASE("moderate use of aliases still works") {
  diag::Diagnostics diags;
  model::YamlDocument doc = load::parse_yaml(
      "b.yaml", "oui_non: &on [{id: oui}, {id: non}]\nq1: {choices: *on}\nq2: {choices: *on}\n", diags);
  CHECK(doc.ok);
  CHECK(doc.value["q2"]["choices"][1]["id"] == "non");
}

TEST_CASE("thousands of nested lists are refused at the outermost one") {
  diag::Diagnostics diags;
  load::parse_yaml("b.yaml", "id: x\nlist: " + std::string(5000, '[') + "\n", diags);
  REQUIRE(diags.error_count() == 1);
  diag::Diagnostic d = diags.sorted().front();
  CHECK(d.pos.line == 2);
  CHECK(d.pos.col == 7);
}

TEST_CASE("a megabyte-long line is quoted around the column only, caret in place") {
  std::string line = std::string(100000, 'a') + "XYZ" + std::string(100000, 'b');
  diag::Diagnostics diags;
  diags.add_source("f.md", "titre\n" + line + "\n");
  diags.error({"f.md", 2, 100001}, "here");
  std::ostringstream out;
  diags.print(out);
  std::istringstream lines(out.str());
  std::string first, quoted, caret;
  std::getline(lines, first);
  std::getline(lines, quoted);
  std::getline(lines, caret);
  CHECK(first == "f.md:2:100001: error: here");
  CHECK(quoted.size() < 200);
  // The caret's column, counted in characters ("…" is one), falls on the 'X'.
  size_t caret_at = caret.find('^');
  std::string before = quoted.substr(0, quoted.find("XYZ"));
  size_t chars = 0;
  for (unsigned char c : before) chars += (c & 0xC0) != 0x80;
  CHECK(caret_at == chars);
}

TEST_CASE("the same link written twice in a paragraph is located twice, each at its column") {
  diag::Diagnostics diags;
  render::LinkResolver none = [](const std::string&) { return std::optional<std::string>(); };
  render::RenderedMarkdown r = render::render_markdown(
      "Voir [a](@/x.md), [b](@/x.md)\net [c](@/x.md).\n\n| t |\n|---|\n| [d](@/x.md) |\n", "p.md", 5,
      "p.html", none, diags);
  REQUIRE(r.links.size() == 4);
  CHECK(diag::format_pos(r.links[0].pos) == "p.md:5:10");
  CHECK(diag::format_pos(r.links[1].pos) == "p.md:5:23");
  CHECK(diag::format_pos(r.links[2].pos) == "p.md:6:8");
  CHECK(diag::format_pos(r.links[3].pos) == "p.md:10:7");
}
