// Gates, normalised scoring and section conditions: what keeps an advice from being favourable,
// what each section really weighs, and what a section's show_if hides.
#include <doctest/doctest.h>

#include <string>

#include "core_test_support.h"

using nlohmann::ordered_json;

namespace {

// Two red-line questions that must be established, one legal analysis, and a large section of
// points: the shape of the assessment grid, small.
const char* kBank = R"YAML(
id: gated
version: 1
kind: grid
title: Gated
scoring: normalised
advice_scope:
  rests_on: les réponses de l'équipe
  not_covered: la conformité juridique
sections:
  - id: lignes
    title: Lignes rouges
    questions:
      - id: biometrie
        text: Absence de biométrie établie ?
        type: choice
        choices:
          - {id: etabli, label: Établi, score: 2}
          - {id: a_verifier, label: Pas encore établi, score: 0}
          - {id: biometrie, label: Biométrie, score: 0}
        red_line: {when: "biometrie == 'biometrie'", message: Ligne rouge.}
      - id: decision
        text: Décision automatisée ?
        type: yesno
      - id: decision_etablie
        text: Absence de décision entièrement automatisée établie ?
        type: choice
        show_if: "decision == 'oui'"
        choices:
          - {id: etabli, label: Établi, score: 2}
          - {id: a_verifier, label: Pas encore établi, score: 0}
  - id: droit
    title: Droit
    questions:
      - id: rgpd
        text: Analyse RGPD ?
        type: choice
        choices:
          - {id: faite, label: Faite, score: 2}
          - {id: non_faite, label: Pas faite, score: 0}
  - id: gros
    title: Beaucoup de points
    weight: 2
    questions:
      - {id: a, text: "A ?", type: yesno, choices: [{id: oui, label: Oui, score: 10}, {id: non, label: Non, score: 0}]}
      - {id: b, text: "B ?", type: yesno, choices: [{id: oui, label: Oui, score: 10}, {id: non, label: Non, score: 0}]}
  - id: suite
    title: Suite
    show_if: "biometrie != 'biometrie'"
    questions:
      - {id: c, text: "C ?", type: yesno, choices: [{id: oui, label: Oui, score: 1}, {id: non, label: Non, score: 0}]}
gates:
  - id: lignes_rouges
    label: Les lignes rouges sont établies comme non franchies
    require:
      - {question: biometrie, when: "biometrie == 'etabli'"}
      - {question: decision_etablie, when: "decision_etablie == 'etabli'"}
  - id: analyses
    label: Les analyses juridiques sont faites
    require:
      - {question: rgpd, when: "rgpd == 'faite'"}
verdicts:
  - {when: "red_lines > 0", level: non-recevable, label: Non recevable, text: Non.}
  - {when: "open('lignes_rouges')", level: suspendue, label: Suspendue, text: À établir.}
  - {when: "missing > 0", level: incomplete, label: Incomplète, text: À compléter.}
  - {when: "open('analyses')", level: analyses, label: Analyses, text: À faire.}
  - {when: "score >= 0.7 * max_score", level: favorable, label: Favorable, text: Oui.}
  - {level: defavorable, label: Défavorable, text: Non.}
)YAML";

ordered_json eval(const ordered_json& answers) {
  return test_support::eval(kBank, ordered_json({{"answers", answers}}).dump());
}

ordered_json all_good() {
  return {{"biometrie", "etabli"}, {"decision", "non"}, {"rgpd", "faite"}, {"a", "oui"},
          {"b", "oui"}, {"c", "oui"}};
}

const ordered_json& section(const ordered_json& r, const std::string& id) {
  for (const auto& s : r["sections"])
    if (s["id"] == id) return s;
  static ordered_json none;
  return none;
}

}  // namespace

TEST_CASE("with every gate closed the score decides") {
  ordered_json r = eval(all_good());
  CHECK(r["verdict"]["level"] == "favorable");
  CHECK(r["verdict"]["pending"] == ordered_json::array());
  REQUIRE(r["gates"].size() == 2);
  CHECK(r["gates"][0] == ordered_json({{"id", "lignes_rouges"},
                                       {"label", "Les lignes rouges sont établies comme non franchies"},
                                       {"open", false},
                                       {"pending", ordered_json::array()}}));
  CHECK(r["advice_scope"] == ordered_json({{"rests_on", "les réponses de l'équipe"},
                                           {"not_covered", "la conformité juridique"}}));
}

TEST_CASE("a red-line question not yet established suspends the advice and names it") {
  ordered_json a = all_good();
  a["biometrie"] = "a_verifier";
  ordered_json r = eval(a);
  CHECK(r["verdict"]["level"] == "suspendue");
  CHECK(r["verdict"]["pending"] == ordered_json({"biometrie"}));
  CHECK(r["gates"][0]["open"] == true);
}

TEST_CASE("an unanswered red-line question keeps its gate open too") {
  ordered_json a = all_good();
  a.erase("biometrie");
  ordered_json r = eval(a);
  CHECK(r["verdict"]["level"] == "suspendue");
  CHECK(r["gates"][0]["pending"] == ordered_json({"biometrie"}));
}

TEST_CASE("a requirement of a hidden question does not hold its gate open") {
  ordered_json a = all_good();
  a["decision_etablie"] = "a_verifier";  // hidden: decision is 'non'
  CHECK(eval(a)["verdict"]["level"] == "favorable");
  a["decision"] = "oui";  // now shown, and not established
  ordered_json r = eval(a);
  CHECK(r["verdict"]["level"] == "suspendue");
  CHECK(r["verdict"]["pending"] == ordered_json({"decision_etablie"}));
}

TEST_CASE("missing answers give the incomplete advice, naming every unanswered question") {
  ordered_json a = all_good();
  a.erase("a");
  a.erase("c");
  ordered_json r = eval(a);
  CHECK(r["verdict"]["level"] == "incomplete");
  CHECK(r["verdict"]["pending"] == ordered_json({"a", "c"}));
}

TEST_CASE("a legal analysis not done gives no favourable advice, even with every point") {
  ordered_json a = all_good();
  a["rgpd"] = "non_faite";
  ordered_json r = eval(a);
  CHECK(r["verdict"]["level"] == "analyses");
  CHECK(r["verdict"]["pending"] == ordered_json({"rgpd"}));
}

TEST_CASE("normalised scoring: each section weighs its weight, whatever its points") {
  ordered_json r = eval(all_good());
  // lignes 1 + droit 1 + gros 2 + suite 1: the 20 points of 'gros' weigh 2, not 20 of 26.
  CHECK(r["max_score"] == 5);
  CHECK(section(r, "gros")["max_score"] == 2);
  CHECK(section(r, "gros")["points"] == 20);
  CHECK(section(r, "gros")["max_points"] == 20);
  CHECK(section(r, "gros")["share"] == 40);
  CHECK(section(r, "droit")["share"] == 20);
  ordered_json half = all_good();
  half["a"] = "non";
  ordered_json h = eval(half);
  CHECK(section(h, "gros")["score"] == 1);  // 2 × 10 / 20
  CHECK(h["score"] == 4);
}

TEST_CASE("points scoring reports each section's real share of the points") {
  std::string bank = kBank;
  bank.replace(bank.find("scoring: normalised"), 19, "scoring: points    ");
  ordered_json r = test_support::eval(bank, ordered_json({{"answers", all_good()}}).dump());
  // lignes 2 (decision_etablie hidden) + droit 2 + gros 40 + suite 1 = 45
  CHECK(r["max_score"] == 45);
  CHECK(section(r, "gros")["share"] == 88.89);
  CHECK(section(r, "droit")["share"] == 4.44);
}

TEST_CASE("a section's show_if hides all its questions, and their answers do not count") {
  ordered_json a = all_good();
  a["biometrie"] = "biometrie";
  ordered_json r = eval(a);
  CHECK(r["verdict"]["level"] == "non-recevable");
  for (const auto& id : r["visible"]) CHECK(id != "c");
  bool ignored = false;
  for (const auto& i : r["ignored"])
    if (i["question"] == "c" && i["reason"] == "hidden") ignored = true;
  CHECK(ignored);
  CHECK(section(r, "suite")["max_score"] == 0);
}

TEST_CASE("gate and scoring mistakes are reported at their place") {
  using test_support::only_issue;
  std::string bank = kBank;
  std::string typo = bank;
  typo.replace(typo.find("open('analyses')"), 16, "open('analyse') ");
  CHECK(only_issue(typo).message == "unknown gate 'analyse' (did you mean 'analyses'?)");
  std::string unknown_q = bank;
  unknown_q.replace(unknown_q.find("{question: rgpd,"), 16, "{question: rgpdd,");
  CHECK(only_issue(unknown_q).message == "unknown question 'rgpdd' (did you mean 'rgpd'?)");
  std::string scoring = bank;
  scoring.replace(scoring.find("scoring: normalised"), 19, "scoring: normalized");
  CHECK(only_issue(scoring).message ==
        "unknown scoring 'normalized' (did you mean 'normalised'?); it is points (the default) or normalised");
  std::string cycle = bank;
  cycle.replace(cycle.find("show_if: \"biometrie != 'biometrie'\""), 35, "show_if: \"c != 'non'\"             ");
  CHECK(only_issue(cycle).message.find("reads 'c' itself") != std::string::npos);
}
