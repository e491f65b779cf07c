#include <doctest/doctest.h>

#include <string>

#include "core_test_support.h"

using test_support::compile;
using test_support::only_issue;

namespace {

// A valid bank; each test breaks one thing in it.
const std::string kBank = R"(id: essai
version: 1
kind: checklist
title: Essai
sections:
  - id: besoin
    title: Le besoin
    questions:
      - id: usage
        text: Quel usage ?
        type: choice
        choices:
          - {id: generatif, label: Générative, score: 0}
          - {id: predictif, label: Prédictive, score: 2}
      - id: frugal
        text: Modèle frugal ?
        type: yesno
        show_if: "usage == 'generatif'"
        choices: [{id: oui, label: Oui, score: 1}, {id: non, label: Non, score: 0}]
      - id: biometrie
        text: Biométrie ?
        type: yesno
        red_line: {when: "biometrie == 'oui'", message: Interdit.}
verdicts:
  - when: "red_lines > 0"
    level: non-recevable
    label: Non recevable
    text: Ligne rouge.
  - level: a-approfondir
    label: À approfondir
    text: Autres cas.
)";

std::string with(const std::string& from, const std::string& to) {
  std::string s = kBank;
  size_t at = s.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("the reference bank is valid") {
  core::CompiledBank b = compile(kBank);
  for (const auto& i : b.issues) MESSAGE(i.pointer << ": " << i.message);
  CHECK(b.ok());
  CHECK(b.bank.questions.size() == 3);
  CHECK(b.bank.questions[0].max_score == 2);
  CHECK(b.bank.questions[2].scored == false);
}

TEST_CASE("unknown keys are reported at the key, with a suggestion and the allowed keys") {
  core::Issue i = only_issue(with("show_if:", "shwo_if:"));
  CHECK(i.message == "unknown key 'shwo_if' in question (did you mean 'show_if'?)");
  CHECK(i.pointer == "/sections/0/questions/1/shwo_if");
  CHECK(i.at_key);
  REQUIRE(i.notes.size() == 1);
  CHECK(i.notes[0].rfind("a question takes: id, text, help, type, choices, show_if,", 0) == 0);

  i = only_issue(with("title: Le besoin", "title: Le besoin\n    profiles: [hebergeur]"));
  CHECK(i.message == "'profiles' is not a key of this section: only questionnaire sections take it");
  CHECK(i.pointer == "/sections/0/profiles");
}

TEST_CASE("missing required keys are reported on their mapping") {
  core::Issue i = only_issue(with("        text: Quel usage ?\n", ""));
  CHECK(i.message == "question is missing the required key 'text'");
  CHECK(i.pointer == "/sections/0/questions/0");
  i = only_issue(with("version: 1\n", ""));
  CHECK(i.message == "bank is missing the required key 'version'");
  CHECK(i.pointer == "");
}

TEST_CASE("ids must follow their pattern and be unique") {
  core::Issue i = only_issue(with("id: frugal", "id: Frugal"));
  CHECK(i.message == "invalid question id 'Frugal': use a lowercase letter, then lowercase "
                     "letters, digits and '_'");
  CHECK(i.pointer == "/sections/0/questions/1/id");

  core::CompiledBank b = compile(with("id: frugal\n        text: Modèle frugal ?\n        type: yesno\n        show_if: \"usage == 'generatif'\"",
                                      "id: usage\n        text: Modèle frugal ?\n        type: yesno"));
  REQUIRE(b.issues.size() == 1);
  CHECK(b.issues[0].message == "duplicate question id 'usage'");
  CHECK(b.issues[0].pointer == "/sections/0/questions/1/id");
  CHECK(b.issues[0].related == "/sections/0/questions/0/id");

  // (The red line naming 'biometrie' is reported too.)
  i = compile(with("id: biometrie", "id: score")).issues.at(0);
  CHECK(i.message == "'score' is a word of the expression language and cannot be a question id");

  i = only_issue(with("id: essai", "id: Essai_1"));
  CHECK(i.message == "invalid bank id 'Essai_1': use lowercase letters, digits and '-'");
  CHECK(i.pointer == "/id");

  i = only_issue(with("{id: predictif, label", "{id: generatif, label"));
  CHECK(i.message == "duplicate choice id 'generatif' in question 'usage'");
  CHECK(i.pointer == "/sections/0/questions/0/choices/1/id");
}

TEST_CASE("expressions: unknown questions and type mismatches at their offset") {
  core::Issue i = only_issue(with("show_if: \"usage == 'generatif'\"", "show_if: \"usag == 'generatif'\""));
  CHECK(i.message == "unknown question 'usag' (did you mean 'usage'?)");
  CHECK(i.pointer == "/sections/0/questions/1/show_if");
  CHECK(i.offset == 0);

  i = only_issue(with("when: \"biometrie == 'oui'\"", "when: \"biometrie == 'ouii'\""));
  CHECK(i.message == "'ouii' is not a choice of question 'biometrie' (did you mean 'oui'?); its "
                     "choices are oui, non");
  CHECK(i.pointer == "/sections/0/questions/2/red_line/when");
  CHECK(i.offset == 13);

  i = only_issue(with("when: \"red_lines > 0\"", "when: \"red_lines > 'zero'\""));
  CHECK(i.message == "'>' compares numbers, but the string 'zero' is not one");
  CHECK(i.pointer == "/verdicts/0/when");
  CHECK(i.offset == 12);

  i = only_issue(with("when: \"red_lines > 0\"", "when: \"red_lines > (0\""));
  CHECK(i.message == "expected ')' to close the '(', found the end of the expression");
  CHECK(i.offset == 14);

  i = only_issue(with("show_if: \"usage == 'generatif'\"", "show_if: \"score > 2\""));
  CHECK(i.message == "'score' is only available in verdicts");

  i = only_issue(with("show_if: \"usage == 'generatif'\"", "show_if: true"));
  CHECK(i.message == "an expression must be text (in quotes if needed), found a boolean");
}

TEST_CASE("a scored question needs a score on every choice") {
  core::Issue i = only_issue(with("{id: predictif, label: Prédictive, score: 2}", "{id: predictif, label: Prédictive}"));
  CHECK(i.message == "choice 'predictif' of question 'usage' has no score, but other choices do: "
                     "every choice of a scored question needs a score");
  CHECK(i.pointer == "/sections/0/questions/0/choices/1");
}

TEST_CASE("question types constrain their keys") {
  core::Issue i = only_issue(with("type: choice", "type: chioce"));
  CHECK(i.message == "unknown question type 'chioce' (did you mean 'choice'?); types are yesno, "
                     "choice, multi, number, text");
  i = only_issue(with("        type: yesno\n        red_line", "        type: text\n        choices: [{id: a, label: A}]\n        red_line"));
  CHECK(i.message == "only yesno, choice and multi questions take 'choices'");
  i = only_issue(with("        type: yesno\n        red_line", "        type: yesno\n        min: 3\n        red_line"));
  CHECK(i.message == "only number questions take 'min'");
  CHECK(i.pointer == "/sections/0/questions/2/min");
  i = only_issue(with("choices: [{id: oui, label: Oui, score: 1}, {id: non, label: Non, score: 0}]",
                      "choices: [{id: oui, label: Oui, score: 1}, {id: nsp, label: NSP, score: 0}]"));
  CHECK(i.message == "a yesno question's choices are 'oui' and 'non'; use type: choice for other answers");
  // (The show_if comparing the multi 'usage' with a string is reported too.)
  i = compile(with("        type: choice\n        choices:\n          - {id: generatif, label: Générative, score: 0}\n          - {id: predictif, label: Prédictive, score: 2}\n",
                   "        type: multi\n")).issues.at(0);
  CHECK(i.message == "a multi question needs 'choices'");
}

TEST_CASE("a show_if that depends on itself is a cycle") {
  core::Issue i = only_issue(with("show_if: \"usage == 'generatif'\"", "show_if: \"frugal == 'oui'\""));
  CHECK(i.message == "the show_if of 'frugal' reads 'frugal' itself: a question cannot depend on "
                     "its own answer to exist");
  CHECK(i.pointer == "/sections/0/questions/1/show_if");
  CHECK(i.offset == 0);

  std::string two = with("        type: choice\n        choices:", "        type: choice\n        show_if: \"answered(frugal)\"\n        choices:");
  core::CompiledBank b = compile(two);
  REQUIRE(b.issues.size() == 1);
  CHECK(b.issues[0].message == "the show_if of 'frugal' depends on itself: usage → frugal → usage");
  CHECK(b.issues[0].pointer == "/sections/0/questions/1/show_if");

  // Reported in the same run as the bank's other errors, not only once they are fixed.
  b = compile(with("show_if: \"usage == 'generatif'\"", "show_if: \"frugal == 'oui'\"") +
              "  - level: autre\n    label: Autre\n    text: Encore.\n");
  bool cycle = false, other = false;
  for (const core::Issue& issue : b.issues) {
    if (issue.message.find("reads 'frugal' itself") != std::string::npos) cycle = true;
    else other = true;
  }
  CHECK(cycle);
  CHECK(other);
}

TEST_CASE("verdicts: fallback required and last, every verdict reachable") {
  core::Issue i = only_issue(with("  - level: a-approfondir", "  - when: \"score > 1\"\n    level: a-approfondir"));
  CHECK(i.message == "the last verdict must be the fallback, without 'when', so that every set of "
                     "answers gets a verdict");
  CHECK(i.pointer == "/verdicts/1");

  i = only_issue(with("  - when: \"red_lines > 0\"", "  - when: \"1 > 2\""));
  CHECK(i.message == "verdict 'non-recevable' can never match: its condition is always false");
  CHECK(i.pointer == "/verdicts/0/when");

  i = only_issue(with("  - when: \"red_lines > 0\"", "  - when: \"1 < 2\""));
  CHECK(i.message == "unreachable verdict 'a-approfondir': verdict 'non-recevable' above it "
                     "always matches first");
  CHECK(i.pointer == "/verdicts/1");

  core::CompiledBank b = compile(kBank + "  - level: trop-tard\n    label: Trop tard\n    text: Jamais.\n");
  REQUIRE(b.issues.size() == 1);
  CHECK(b.issues[0].message == "unreachable verdict 'trop-tard': verdict 'a-approfondir' above it "
                               "always matches first");

  std::string no_verdicts = kBank.substr(0, kBank.find("verdicts:"));
  i = only_issue(no_verdicts);
  CHECK(i.message == "bank is missing the required key 'verdicts'");

  i = only_issue(with("level: a-approfondir", "level: non-recevable"));
  CHECK(i.message == "duplicate verdict level 'non-recevable'");
}

TEST_CASE("red lines and recommendations need their parts") {
  core::Issue i = only_issue(with("red_line: {when: \"biometrie == 'oui'\", message: Interdit.}",
                                  "red_line: {when: \"biometrie == 'oui'\"}"));
  CHECK(i.message == "red_line is missing the required key 'message'");
  CHECK(i.pointer == "/sections/0/questions/2/red_line");
  core::CompiledBank b = compile(with("red_line: {when: \"biometrie == 'oui'\", message: Interdit.}",
                                      "recommendations: [{when: \"biometrie == 'oui'\", txt: Non.}]"));
  REQUIRE(b.issues.size() == 2);
  CHECK(b.issues[0].message == "unknown key 'txt' in recommendation (did you mean 'text'?)");
  CHECK(b.issues[1].message == "recommendation is missing the required key 'text'");
}

TEST_CASE("number questions: bounds, score rules") {
  std::string number = with("      - id: biometrie\n        text: Biométrie ?\n        type: yesno\n        red_line: {when: \"biometrie == 'oui'\", message: Interdit.}\n",
                            "      - id: pue\n        text: PUE ?\n        type: number\n        min: 1\n        max: 3\n"
                            "        score_rules:\n          - {when: \"pue < 1.5\", score: 2}\n          - {score: 0}\n");
  core::CompiledBank b = compile(number);
  CHECK(b.ok());
  CHECK(b.bank.questions[2].max_score == 2);
  core::Issue i = only_issue(number + "");
  CHECK(i.message == "0 issues");
  i = only_issue(number.replace(number.find("max: 3"), 6, "max: 0"));
  CHECK(i.message == "'max' is below 'min'");
  std::string unreachable = with("      - id: biometrie\n        text: Biométrie ?\n        type: yesno\n        red_line: {when: \"biometrie == 'oui'\", message: Interdit.}\n",
                                 "      - id: pue\n        text: PUE ?\n        type: number\n"
                                 "        score_rules:\n          - {score: 0}\n          - {when: \"pue < 1.5\", score: 2}\n");
  i = only_issue(unreachable);
  CHECK(i.message == "unreachable score rule: the rule above without 'when' always applies first");
  CHECK(i.pointer == "/sections/0/questions/2/score_rules/1");
}

TEST_CASE("top-level values: kind, version, audience") {
  core::Issue i = only_issue(with("kind: checklist", "kind: checklst"));
  CHECK(i.message == "unknown bank kind 'checklst' (did you mean 'checklist'?); kinds are "
                     "checklist, grid, questionnaire, clauses");
  i = only_issue(with("version: 1", "version: 1.5"));
  CHECK(i.message == "'version' must be a whole number, found a decimal number");
  i = only_issue(with("title: Essai\n", "title: Essai\naudience: [acheteur, dsii]\n"));
  CHECK(i.message == "unknown audience 'dsii' (did you mean 'dsi'?); audiences are acheteur, "
                     "chef-de-projet, dsi, referent-nr");
  CHECK(i.pointer == "/audience/1");
  CHECK(compile("[1, 2]").issues[0].message == "a bank must be a mapping of keys, found a list");
}

TEST_CASE("a question's source is a map of seed, ref and line") {
  CHECK(compile(with("        type: yesno\n        red_line",
                     "        type: yesno\n        source: {seed: guide.md, ref: Q12, line: 40}\n        red_line"))
            .ok());
  core::Issue i = only_issue(with("        type: yesno\n        red_line",
                                  "        type: yesno\n        source: {seed: guide.md, page: 3}\n        red_line"));
  CHECK(i.message.rfind("unknown key 'page' in source", 0) == 0);
  CHECK(i.pointer == "/sections/0/questions/2/source/page");
  i = only_issue(with("        type: yesno\n        red_line",
                      "        type: yesno\n        source: {line: quarante}\n        red_line"));
  CHECK(i.pointer == "/sections/0/questions/2/source/line");
}

TEST_CASE("a bank's start says how long the tool takes and what to have at hand, both required") {
  core::CompiledBank b = compile(with("title: Essai\n", "title: Essai\nstart:\n  duration: Une heure.\n  prepare: \"- Le dossier.\"\n"));
  REQUIRE(b.ok());
  CHECK(b.bank.start_duration == "Une heure.");
  CHECK(b.bank.start_prepare == "- Le dossier.");
  core::Issue i = only_issue(with("title: Essai\n", "title: Essai\nstart:\n  duration: Une heure.\n"));
  CHECK(i.pointer == "/start");
  CHECK(i.message.find("prepare") != std::string::npos);
  i = only_issue(with("title: Essai\n", "title: Essai\nstart:\n  duration: Une heure.\n  prepare: x\n  durée: y\n"));
  CHECK(i.pointer == "/start/durée");
  i = only_issue(with("title: Essai\n", "title: Essai\nstart: Une heure.\n"));
  CHECK(i.pointer == "/start");
}
