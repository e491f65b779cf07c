#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "check/bank_check.h"

namespace {

std::string check_text(const std::string& yaml) {
  diag::Diagnostics diags;
  load::YamlDocument doc = load::parse_yaml("banks/essai.yaml", yaml, diags);
  REQUIRE(doc.ok);
  check::check_bank(doc, diags);
  std::string out;
  for (const auto& d : diags.sorted()) {
    out += diag::format_pos(d.pos) + ": " + d.message + "\n";
    for (const auto& n : d.notes) out += "  note: " + n + "\n";
  }
  return out;
}

const std::string kHead = R"(id: essai
version: 1
kind: checklist
title: Essai
sections:
  - id: s
    title: S
    questions:
      - id: usage
        text: Usage ?
        type: choice
        choices: [{id: generatif, label: G}, {id: autre, label: A}]
)";
const std::string kVerdicts = R"(verdicts:
  - level: ok
    label: OK
    text: OK.
)";

}  // namespace

TEST_CASE("an error inside an expression points at its exact column") {
  std::string out = check_text(kHead + R"(      - id: frugal
        text: Frugal ?
        type: yesno
        show_if: "usage == 'generatf'"
)" + kVerdicts);
  CHECK(out == "banks/essai.yaml:16:28: 'generatf' is not a choice of question 'usage' (did you "
               "mean 'generatif'?); its choices are generatif, autre\n");
  // Plain scalar: no quote to skip.
  out = check_text(kHead + R"(      - id: frugal
        text: Frugal ?
        type: yesno
        show_if: usag == 'generatif'
)" + kVerdicts);
  CHECK(out == "banks/essai.yaml:16:18: unknown question 'usag' (did you mean 'usage'?)\n");
}

TEST_CASE("unknown keys point at the key; duplicates name the first definition") {
  std::string out = check_text(kHead + R"(      - id: usage
        txt: Encore ?
        type: yesno
)" + kVerdicts);
  CHECK(out == "banks/essai.yaml:13:9: question is missing the required key 'text'\n"
               "banks/essai.yaml:13:13: duplicate question id 'usage'\n"
               "  note: first defined at banks/essai.yaml:9:13\n"
               "banks/essai.yaml:14:9: unknown key 'txt' in question (did you mean 'text'?)\n"
               "  note: a question takes: id, text, help, type, choices, show_if, red_line, "
               "recommendations, guide, source, required, unit, min, max, step, score_rules, "
               "max_score, ref\n");
}

TEST_CASE("a valid bank reports nothing") {
  CHECK(check_text(kHead + kVerdicts) == "");
}
