#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "load/flat_yaml.h"
#include "load/yaml_json.h"

// The reader of flat front matter must give exactly what yaml-cpp gives, or decline.

namespace {

// Every observable part of a document, written out so that a difference shows in the message.
std::string describe(const model::YamlDocument& doc) {
  std::string out = "ok=" + std::to_string(doc.ok) + " value=" + doc.value.dump() + "\n";
  for (const auto& [pointer, pos] : doc.values)
    out += "value " + pointer + " @" + std::to_string(pos.line) + ":" + std::to_string(pos.col) + "\n";
  for (const auto& [pointer, pos] : doc.keys)
    out += "key " + pointer + " @" + std::to_string(pos.line) + ":" + std::to_string(pos.col) + "\n";
  for (const auto& [pointer, quoted] : doc.quoted) out += "quoted " + pointer + "=" + std::to_string(quoted) + "\n";
  return out;
}

// True when the flat reader took `text`; then its reading must be the library's.
bool check_same_as_library(const std::string& text, int first_line = 2) {
  auto flat = load::parse_flat_yaml_map("p.md", text, first_line);
  if (!flat) return false;
  diag::Diagnostics diags;
  const model::YamlDocument library = load::parse_yaml_with_library("p.md", text, diags, first_line);
  INFO("text:\n" << text);
  CHECK(describe(*flat) == describe(library));
  CHECK(diags.error_count() == 0);
  return true;
}

}  // namespace

TEST_CASE("flat front matter reads as yaml-cpp reads it: values, types, quotes and positions") {
  CHECK(check_same_as_library("title: Une page\ndescription: Ce qu'il faut savoir, en bref.\norder: 3\n"));
  CHECK(check_same_as_library("title: \"Eau : ce qu'il faut savoir\"\nweight: -2\nratio: 0.5\n"));
  CHECK(check_same_as_library("\n# a comment\ntitle:    Espaces avant   \n\nflag: true\nnothing: null\n"));
  CHECK(check_same_as_library("title: 'Entre apostrophes droites'\nyear: 2026\nbig: 1e3\n"));
  CHECK(check_same_as_library("title: Accents é à ç, « guillemets » et 2 000 €\nsub_title-2: x\n", 7));
  CHECK(check_same_as_library("title: oui\nother: non\nlast: ~\n"));
  CHECK(check_same_as_library("title: a:b c#d\n"));
}

TEST_CASE("flat front matter declines every shape it cannot be sure of") {
  const std::vector<std::string> declined = {
      "",                                     // nothing: the library says what that is
      "# only a comment\n",
      "title:\n  nested: x\n",                // a value on the next lines
      "tags: [a, b]\n",                       // flow list
      "tags:\n- a\n",                         // block list
      "title: Eau : métaux\n",                // ': ' inside a plain value (an error in YAML)
      "title: x # comment\n",                 // a comment after the value
      "title: x\ntitle: y\n",                 // duplicate key: the library words the error
      "title: \"with \\\"escapes\\\"\"\n",    // escapes in double quotes
      "title: 'l''IA'\n",                     // doubled quote in single quotes
      "title: \"not closed\n",
      "title: &anchor x\n",
      "title: *alias\n",
      "title: |\n  block\n",
      "title: >\n  folded\n",
      " title: indented\n",
      "title : spaced key\n",
      "title:no space\n",
      "\ttitle: tab\n",
      "title: tab\tinside\n",
      "title: x\r\n",
      "title: x:\n",
      "title: -x\n",
      "title: !tag x\n",
      "%YAML 1.2\n",
      "title: line\xC2\x85" "break\n",        // NEL: a line break to YAML 1.1
      "é: accent in key\n",
  };
  for (const std::string& text : declined) {
    INFO("text: " << text);
    CHECK_FALSE(load::parse_flat_yaml_map("p.md", text, 2).has_value());
  }
}

TEST_CASE("flat front matter agrees with yaml-cpp on thousands of generated headers") {
  // Lines drawn from fragments that sit on both sides of the reader's limits; every header the
  // flat reader takes must read the same through yaml-cpp.
  const std::vector<std::string> keys = {"title", "description", "order", "x-y", "_k", "a1"};
  const std::vector<std::string> values = {
      "Texte simple", "l'IA", "12", "-3", "4.50", ".5", "1e-2", "true", "False", "~", "null", "oui",
      "\"entre : guillemets\"", "'simple'", "a, b", "a:b", "50 %", "€ 3", "x  ", "#x", "a #b",
      "\"\"", "''", "0x1F", "+7", "007", "1_000", "2026-12-06", "é", "-", "- x", "[x]", "x]", "{x}",
      "'a'b'", "\"a\\nb\"", "a\tb", ":x", "?x", "@x", "`x`", "%x", "!x", "&x", "*x", "|", ">"};
  std::mt19937 random(20261206);
  int taken = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const int lines = 1 + static_cast<int>(random() % 4);
    for (int l = 0; l < lines; ++l) {
      switch (random() % 8) {
        case 0: text += "\n"; break;
        case 1: text += "# note\n"; break;
        default:
          text += keys[random() % keys.size()] + ":" + std::string(1 + random() % 2, ' ') +
                  values[random() % values.size()] + "\n";
      }
    }
    if (check_same_as_library(text, 1 + static_cast<int>(random() % 5))) ++taken;
  }
  CHECK(taken > 500);  // the comparison covered many accepted headers, not just declines
}

TEST_CASE("parse_yaml takes the flat path and still reports through the library otherwise") {
  diag::Diagnostics diags;
  const model::YamlDocument doc = load::parse_yaml("p.md", "title: x\ntitle: y\n", diags, 2);
  CHECK_FALSE(doc.ok);
  CHECK(diags.error_count() == 1);  // the duplicate key, worded by the library path
}
