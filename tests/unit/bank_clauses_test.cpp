#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core_test_support.h"

using test_support::compile;
using test_support::only_issue;

namespace {

std::string fixture() {
  std::ifstream in(std::string(GUIDE_TEST_DATA) + "/fixtures/banks/clauses-mini.yaml");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string with(const std::string& from, const std::string& to) {
  std::string s = fixture();
  size_t at = s.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("the clauses fixture is valid") {
  core::CompiledBank b = compile(fixture());
  for (const auto& i : b.issues) MESSAGE(i.pointer << ": " << i.message);
  CHECK(b.ok());
  CHECK(b.bank.kind == "clauses");
}

TEST_CASE("an unknown {parameter} in a body or a deliverable is an error at its offset") {
  core::Issue i = only_issue(with("équipes de {acheteur}", "équipes de {acheter}"));
  CHECK(i.message == "unknown parameter '{acheter}' (did you mean 'acheteur'?); parameters are "
                     "acheteur, delai_formation_mois");
  CHECK(i.pointer == "/sections/0/clauses/0/body");
  CHECK(i.offset == 35);  // bytes: "équipes" has a two-byte 'é'

  i = only_issue(with("formation sous {delai_formation_mois}", "formation sous {delai}"));
  CHECK(i.pointer == "/sections/0/clauses/0/deliverables/0");
  CHECK(i.offset == 31);
  // Braces around anything but a name are text.
  CHECK(compile(with("Adapter le délai.", "Voir { la note }.")).ok());
}

TEST_CASE("clauses name known profiles and documents") {
  core::Issue i = only_issue(with("profiles: [developpeur, hebergeur]", "profiles: [developpeur, hebergeurs]"));
  CHECK(i.message == "unknown profile 'hebergeurs' (did you mean 'hebergeur'?); profiles are "
                     "developpeur, hebergeur");
  CHECK(i.pointer == "/sections/0/clauses/0/profiles/1");
  i = only_issue(with("document: ccap", "document: rc"));
  CHECK(i.message == "unknown document 'rc'; documents are ccap, cctp");
  i = only_issue(with("default: 6", "default: 48"));
  CHECK(i.message == "the default is outside 'min'..'max'");
  i = only_issue(with("type: text", "type: txt"));
  CHECK(i.message == "unknown parameter type 'txt' (did you mean 'text'?); types are text, number");
  i = only_issue(with("kind: clauses\n", "kind: clauses\nverdicts: []\n"));
  CHECK(i.message == "'verdicts' is not a key of this bank: clauses banks have no verdicts");
  core::CompiledBank b = compile(with("- {id: hebergeur, label: Hébergeurs}", "- {id: developpeur, label: Hébergeurs}"));
  REQUIRE(b.issues.size() == 2);
  CHECK(b.issues[0].message == "duplicate profile id 'developpeur'");
  CHECK(b.issues[1].message == "unknown profile 'hebergeur'; profiles are developpeur");
}

TEST_CASE("a clauses bank is not scored: evaluate says so") {
  auto r = test_support::eval(fixture(), R"({"answers": {}})");
  CHECK(r["ok"] == false);
  CHECK(r["errors"][0]["message"] ==
        "a clauses bank has no questions to score; its page assembles the annex");
}

TEST_CASE("a clause 'requires' only number parameters whose 0 removes what shows them") {
  const std::string removable =
      "max: 36}\n  - {id: poids_social, label: Critère social, type: number, unit: \"%\", default: 10, min: 10, "
      "max: 100, zero_removes: true}";
  const std::string bank = with("max: 36}", removable);
  CHECK(compile(bank).ok());
  std::string requiring = bank;
  requiring.replace(requiring.find("        body:"), 0, "        requires: [poids_social]\n");
  CHECK(compile(requiring).ok());

  std::string wrong = bank;
  wrong.replace(wrong.find("        body:"), 0, "        requires: [delai_formation_mois]\n");
  core::Issue i = only_issue(wrong);
  CHECK(i.pointer == "/sections/0/clauses/0/requires/0");
  CHECK(i.message == "'requires' names a number parameter with 'zero_removes: true'; 'delai_formation_mois' is "
                     "not one; such parameters are poids_social");

  i = only_issue(with("default: \"l'acheteur\"}", "default: \"l'acheteur\", zero_removes: true}"));
  CHECK(i.pointer == "/parameters/0");
  CHECK(i.message == "only number parameters take 'min', 'max', 'unit' and 'zero_removes'");
}

namespace {

const char* kQuestionnaire = R"(id: sourcing-mini
version: 1
kind: questionnaire
title: Sourçage
parameters:
  - {id: objet, label: Objet, type: text, default: "[objet]"}
  - {id: duree, label: Durée, type: number, unit: minutes, default: 60, min: 10, max: 600}
letter:
  title: Lettre d'accompagnement
  body: |
    Objet : {objet}. Temps de réponse : {duree} minutes.
profiles:
  - {id: developpeur, label: Développeurs}
  - {id: integrateur, label: Intégrateurs}
  - {id: hebergeur, label: Hébergeurs}
sections:
  - id: s1
    title: Section
    profiles: [developpeur]
    questions:
      - {id: q1, text: "Une question ?", type: text}
)";

std::string questionnaire_with(const std::string& from, const std::string& to) {
  std::string s = kQuestionnaire;
  size_t at = s.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a questionnaire's cover letter names its own parameters") {
  core::CompiledBank b = compile(kQuestionnaire);
  for (const auto& i : b.issues) MESSAGE(i.pointer << ": " << i.message);
  CHECK(b.ok());

  core::Issue i = only_issue(questionnaire_with("Objet : {objet}", "Objet : {objt}"));
  CHECK(i.pointer == "/letter/body");
  CHECK(i.message == "unknown parameter '{objt}' (did you mean 'objet'?); parameters are objet, duree");
  CHECK(i.offset == 8);

  i = only_issue(questionnaire_with("  title: Lettre d'accompagnement\n", ""));
  CHECK(i.pointer == "/letter");
  CHECK(i.message == "letter is missing the required key 'title'");

  i = only_issue(questionnaire_with("default: 60,", "default: 5,"));
  CHECK(i.message == "the default is outside 'min'..'max'");

  // A grid takes neither parameters nor a letter.
  core::CompiledBank grid = compile(questionnaire_with("kind: questionnaire", "kind: grid"));
  int misplaced = 0;
  for (const auto& issue : grid.issues)
    if (issue.pointer == "/parameters" || issue.pointer == "/letter") ++misplaced;
  CHECK(misplaced == 2);
}

TEST_CASE("a document may name the word before its items' numbers; a profile may not") {
  CHECK(compile(with("- {id: cctp, label: CCTP}", "- {id: cctp, label: CCTP, item: Annexe}")).ok());
  core::Issue i = only_issue(with("- {id: hebergeur, label: Hébergeurs}", "- {id: hebergeur, label: Hébergeurs, item: Annexe}"));
  CHECK(i.pointer == "/profiles/1/item");
  i = only_issue(with("- {id: cctp, label: CCTP}", "- {id: cctp, label: CCTP, item: 3}"));
  CHECK(i.message == "'item' must be text, found a number");
}
