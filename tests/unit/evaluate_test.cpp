#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core_test_support.h"

using nlohmann::ordered_json;

namespace {

std::string grid() {
  std::ifstream in(std::string(GUIDE_TEST_DATA) + "/fixtures/banks/grille-mini.yaml");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

ordered_json eval(const std::string& answers) { return test_support::eval(grid(), answers); }

ordered_json answers_of(const ordered_json& answers, int version = 2) {
  return {{"bank", "grille-mini"}, {"version", version}, {"answers", answers}};
}

ordered_json eval(const ordered_json& answers, int version = 2) {
  return eval(answers_of(answers, version).dump());
}

const ordered_json* section(const ordered_json& r, const std::string& id) {
  for (const auto& s : r["sections"])
    if (s["id"] == id) return &s;
  return nullptr;
}

// Answers that reach the maximum everywhere without a red line.
ordered_json full_marks() {
  return {{"usage", "autre"}, {"alternative_sans_ia", "oui"}, {"biometrie", "non"},
          {"usages", {"ocr", "tri"}}, {"mesure_impacts", "oui"}};
}

}  // namespace

TEST_CASE("the result has its keys in the documented order") {
  ordered_json r = eval(ordered_json::object());
  std::vector<std::string> keys;
  for (auto it = r.begin(); it != r.end(); ++it) keys.push_back(it.key());
  CHECK(keys == std::vector<std::string>{"bank", "version", "ok", "errors", "answers_version",
                                         "visible", "answered", "missing", "missing_ids",
                                         "sections", "score", "max_score", "red_lines", "gates",
                                         "verdict", "verdicts", "recommendations", "ignored",
                                         "advice_scope"});
  CHECK(r["ok"] == true);
  CHECK(r["answered"] == 0);
  CHECK(r["missing_ids"] == ordered_json({"usage", "alternative_sans_ia", "biometrie", "usages",
                                          "mesure_impacts"}));
}

TEST_CASE("an answer to a hidden question does not count") {
  // modele_frugal shows only for generative AI; taille_modele only when modele_frugal is 'non'.
  ordered_json r = eval({{"usage", "predictif"}, {"modele_frugal", "non"}, {"taille_modele", 7}});
  CHECK(r["visible"] == ordered_json({"usage", "alternative_sans_ia", "biometrie", "usages",
                                      "mesure_impacts"}));
  // finalite: usage 'predictif' = 1 of max 2 + alternative 2 → (1) * weight 2 over (4) * 2.
  CHECK((*section(r, "finalite"))["score"] == 2);
  CHECK((*section(r, "finalite"))["max_score"] == 8);
  REQUIRE(r["ignored"].size() == 2);
  CHECK(r["ignored"][0] == ordered_json({{"question", "modele_frugal"}, {"reason", "hidden"},
                                         {"detail", "the question is hidden by its show_if"}}));
  CHECK(r["ignored"][1]["question"] == "taille_modele");
  CHECK(r["ignored"][1]["reason"] == "hidden");
}

TEST_CASE("visibility reaches its fixpoint through chains of show_if") {
  ordered_json shown = eval({{"usage", "generatif"}, {"modele_frugal", "non"}, {"taille_modele", 7}});
  CHECK((*section(shown, "finalite"))["score"] == 3);  // 1.5 (taille < 10) * 2
  CHECK((*section(shown, "finalite"))["max_score"] == 13);
  CHECK(shown["ignored"].empty());
  ordered_json middle = eval({{"usage", "generatif"}, {"modele_frugal", "oui"}, {"taille_modele", 7}});
  CHECK((*section(middle, "finalite"))["score"] == 2);  // frugal 'oui' = 1, taille hidden
  CHECK(middle["ignored"][0]["question"] == "taille_modele");
}

TEST_CASE("a red-line answer forces the eliminatory verdict") {
  ordered_json answers = full_marks();
  ordered_json good = eval(answers);
  CHECK(good["verdict"]["level"] == "favorable");
  CHECK(good["score"] == good["max_score"]);
  answers["biometrie"] = "oui";
  ordered_json r = eval(answers);
  CHECK(r["red_lines"] == ordered_json::array({{{"question", "biometrie"},
                                                {"message", "Traitement biométrique sans base légale."}}}));
  CHECK(r["verdict"]["level"] == "non-recevable");
  // The red line reads another question: answering it lifts the red line.
  answers["base_legale"] = "Article 9.2.g RGPD";
  CHECK(eval(answers)["red_lines"].empty());
}

TEST_CASE("verdict bands list every rule and mark the one that matched") {
  ordered_json r = eval(full_marks());
  REQUIRE(r["verdicts"].size() == 4);
  CHECK(r["verdicts"][0]["matched"] == false);
  CHECK(r["verdicts"][1]["matched"] == true);
  CHECK(r["verdicts"][2]["matched"] == false);
  CHECK(r["verdicts"][1]["when"] == "score >= 0.7 * max_score and missing == 0");
  CHECK(r["verdicts"][3]["when"].is_null());
  CHECK(r["verdicts"][3]["explain"] == "dans les autres cas");
  // Section-based band: finalite below half.
  ordered_json low = full_marks();
  low["usage"] = "generatif";
  low["alternative_sans_ia"] = "non";
  low["modele_frugal"] = "non";
  ordered_json lr = eval(low);
  CHECK(lr["verdict"]["level"] == "reserve");
  CHECK(lr["verdict"]["explain"] == "moins de la moitié des points en finalité");
}

TEST_CASE("section weights multiply score and maximum") {
  ordered_json r = eval(full_marks());
  CHECK((*section(r, "finalite"))["weight"] == 2);
  CHECK((*section(r, "finalite"))["score"] == 8);      // (2 + 2) * 2
  CHECK((*section(r, "impacts"))["weight"] == 1.5);
  CHECK((*section(r, "impacts"))["score"] == 3);       // 2 * 1.5
  CHECK((*section(r, "impacts"))["max_score"] == 3);
  CHECK(r["score"] == 12.5);                           // 8 + 1.5 + 3
  CHECK(r["max_score"] == 12.5);
}

TEST_CASE("multi questions add the scores of the chosen choices") {
  CHECK((*section(eval({{"usages", {"ocr"}}}), "donnees"))["score"] == 1);
  CHECK((*section(eval({{"usages", {"ocr", "tri"}}}), "donnees"))["score"] == 1.5);
  CHECK((*section(eval({{"usages", {"ocr", "tri", "profilage"}}}), "donnees"))["score"] == 0.5);
  // Repeated choices count once; the maximum is the sum of the positive scores.
  ordered_json r = eval({{"usages", {"tri", "tri"}}});
  CHECK((*section(r, "donnees"))["score"] == 0.5);
  CHECK((*section(r, "donnees"))["max_score"] == 1.5);
  // An unknown choice is dropped and reported; the others still count.
  r = eval({{"usages", {"ocr", "scan", 3}}});
  CHECK((*section(r, "donnees"))["score"] == 1);
  CHECK(r["ignored"][0]["detail"] == "not choices of this question: 'scan', a number");
}

TEST_CASE("number answers: score rules, range checks") {
  ordered_json base = {{"usage", "generatif"}, {"modele_frugal", "non"}};
  base["taille_modele"] = 70;
  CHECK((*section(eval(base), "finalite"))["score"] == 0);
  base["taille_modele"] = 9.99;
  CHECK((*section(eval(base), "finalite"))["score"] == 3);
  base["taille_modele"] = 2001;
  ordered_json r = eval(base);
  CHECK(r["ignored"][0] == ordered_json({{"question", "taille_modele"}, {"reason", "out_of_range"},
                                         {"detail", "2001 is above the maximum 2000"}}));
  base["taille_modele"] = -0.5;
  CHECK(eval(base)["ignored"][0]["detail"] == "-0.5 is below the minimum 0");
  base["taille_modele"] = "7";
  CHECK(eval(base)["ignored"][0]["detail"] == "expected a number, found a string");
}

TEST_CASE("invalid answers are ignored with their reason") {
  ordered_json r = eval({{"usage", "quantique"}, {"alternative_sans_ia", true}, {"inconnue", 1},
                         {"base_legale", 3}});
  REQUIRE(r["ignored"].size() == 4);
  CHECK(r["ignored"][0]["detail"] == "'quantique' is not a choice of this question");
  CHECK(r["ignored"][1]["detail"] == "expected a choice id, found a boolean");
  CHECK(r["ignored"][2] == ordered_json({{"question", "inconnue"}, {"reason", "unknown"},
                                         {"detail", "no such question in this bank"}}));
  // base_legale is hidden (biometrie unanswered) and also of the wrong type: invalid comes first.
  CHECK(r["ignored"][3]["reason"] == "invalid");
  CHECK(r["answered"] == 0);
}

TEST_CASE("answers from an older version are applied, and those that no longer apply say so") {
  ordered_json r = eval({{"usage", "autre"}, {"ancienne_question", "oui"}}, 1);
  CHECK(r["ok"] == true);
  CHECK(r["answers_version"] == 1);
  CHECK(r["answered"] == 1);
  CHECK(r["ignored"][0] == ordered_json({{"question", "ancienne_question"}, {"reason", "removed"},
                                         {"detail", "no such question in version 2"}}));
  ordered_json newer = eval({{"usage", "autre"}}, 3);
  CHECK(newer["ok"] == false);
  CHECK(newer["errors"][0]["message"] ==
        "these answers come from version 3, newer than this bank (version 2); answers that do not "
        "fit it are ignored");
  CHECK(newer["answered"] == 1);
}

TEST_CASE("a broken answers file or bank is reported in the result, never a crash") {
  ordered_json r = eval(std::string("{\"answers\": {"));
  CHECK(r["ok"] == false);
  CHECK(r["errors"][0] == ordered_json({{"source", "answers"}, {"pointer", ""},
                                        {"message", "the answers are not valid JSON"}}));
  CHECK(r["score"] == 0);
  r = eval(std::string(R"({"bank": "autre-banque", "answers": {"usage": "autre"}})"));
  CHECK(r["errors"][0]["message"] ==
        "these answers are for bank 'autre-banque', not 'grille-mini': none of them was applied");
  CHECK(r["answered"] == 0);
  CHECK(eval(std::string("[]"))["errors"][0]["message"] ==
        "the answers must be a JSON object {\"bank\", \"version\", \"answers\"}");
  CHECK(eval(std::string("{}"))["errors"][0]["message"] == "the answers file has no 'answers' object");
  // Without bank and version (a shared link), the answers apply.
  CHECK(eval(std::string(R"({"answers": {"usage": "autre"}})"))["answered"] == 1);

  ordered_json bad = ordered_json::parse(core::evaluate("{not json", "{}"));
  CHECK(bad == ordered_json::parse(R"({"bank": "", "version": 0, "ok": false, "errors":
      [{"source": "bank", "pointer": "", "message": "the bank is not valid JSON"}]})"));
  ordered_json invalid = ordered_json::parse(core::evaluate(R"({"id": "x", "version": 1, "kind": "grid"})", "{}"));
  CHECK(invalid["ok"] == false);
  CHECK(invalid["errors"][0]["message"] == "bank is missing the required key 'title'");
  // Deep JSON nesting in answers is rejected by type, not recursed into.
  std::string deep = R"({"answers": {"usage": )" + std::string(5000, '[') + std::string(5000, ']') + "}}";
  CHECK(eval(deep)["ignored"][0]["detail"] == "expected a choice id, found a list");
}

TEST_CASE("reported numbers are rounded half-up to 2 decimals; verdicts judge them") {
  std::string bank = R"(id: arrondi
version: 1
kind: checklist
title: Arrondi
sections:
  - id: s
    title: S
    weight: 1
    questions:
      - id: a
        text: A
        type: choice
        choices: [{id: x, label: X, score: 0.125}, {id: y, label: Y, score: 0.1}]
      - id: b
        text: B
        type: choice
        required: false
        choices: [{id: x, label: X, score: 0.2}, {id: y, label: Y, score: 0}]
verdicts:
  - when: "score == 0.3"
    level: exact
    label: Exact
    text: 0.1 + 0.2 reads as 0.3.
  - level: autre
    label: Autre
    text: Autre.
)";
  ordered_json r = test_support::eval(bank, R"({"answers": {"a": "x"}})");
  CHECK(r["score"] == 0.13);
  CHECK(r["missing"] == 0);
  r = test_support::eval(bank, R"({"answers": {"a": "y", "b": "x"}})");
  CHECK(r["score"] == 0.3);
  CHECK(r["verdict"]["level"] == "exact");
  CHECK(core::evaluate(test_support::bank_json(bank), R"({"answers": {"a": "y", "b": "x"}})")
            .find("\"score\":0.3,") != std::string::npos);
}

TEST_CASE("recommendations are listed when their condition holds on a visible question") {
  ordered_json r = eval({{"alternative_sans_ia", "non"}});
  REQUIRE(r["recommendations"].size() == 1);
  CHECK(r["recommendations"][0] == ordered_json({{"question", "alternative_sans_ia"},
                                                 {"text", "Étudiez d'abord une solution sans IA."},
                                                 {"link", "@/decider/index.md"}}));
  CHECK(eval({{"alternative_sans_ia", "oui"}})["recommendations"].empty());
}
