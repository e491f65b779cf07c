#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core_test_support.h"

using nlohmann::ordered_json;

namespace {

std::string read(const std::string& name) {
  std::ifstream in(std::string(GUIDE_TEST_DATA) + "/fixtures/banks/" + name);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void pointers(const ordered_json& j, const std::string& at, std::vector<std::string>& out) {
  out.push_back(at);
  if (j.is_object())
    for (auto it = j.begin(); it != j.end(); ++it) pointers(it.value(), at + "/" + it.key(), out);
  else if (j.is_array())
    for (size_t i = 0; i < j.size(); ++i) pointers(j[i], at + "/" + std::to_string(i), out);
}

}  // namespace

// The browser build has no exceptions: reading a value with the wrong type would abort the
// page's module. Natively the same mistake throws, which fails this test.
TEST_CASE("every value of a bank replaced by every other type: issues, never a crash") {
  const std::vector<ordered_json> replacements = {nullptr, true, 7, 2.5, "x", ordered_json::array(),
                                                  ordered_json::object(), ordered_json::array({1, "a"})};
  for (const char* name : {"grille-mini.yaml", "clauses-mini.yaml"}) {
    ordered_json bank = test_support::yaml(read(name)).value;
    std::vector<std::string> all;
    pointers(bank, "", all);
    size_t rejected = 0, cases = 0;
    for (const std::string& p : all) {
      if (p.empty()) continue;
      for (const ordered_json& r : replacements) {
        ordered_json broken = bank;
        broken[ordered_json::json_pointer(p)] = r;
        core::CompiledBank compiled = core::compile_bank(broken);
        std::string result = core::evaluate(compiled, R"({"answers": {"usage": "autre", "usages": ["ocr"]}})");
        CHECK_FALSE(result.empty());
        ++cases;
        if (!compiled.ok()) ++rejected;
      }
    }
    MESSAGE(std::string(name) << ": " << cases << " broken banks, " << rejected << " rejected");
    CHECK(rejected > cases / 2);
  }
}

TEST_CASE("questionnaires take profiles, theme, expected and proof") {
  core::CompiledBank b = test_support::compile(R"(id: sourcing
version: 1
kind: questionnaire
title: Questionnaire
profiles:
  - {id: developpeur, label: Développeurs}
  - {id: integrateur, label: Intégrateurs}
  - {id: hebergeur, label: Hébergeurs}
sections:
  - id: environnement
    title: Environnement
    profiles: [developpeur, hebergeur]
    theme: Sobriété
    questions:
      - id: mesure
        text: Comment mesurez-vous la consommation ?
        type: text
        expected: Une méthode
        proof: Rapport de mesure
)");
  for (const auto& i : b.issues) MESSAGE(i.pointer << ": " << i.message);
  CHECK(b.ok());
  core::Issue i = test_support::only_issue(R"(id: sourcing
version: 1
kind: questionnaire
title: Questionnaire
profiles:
  - {id: developpeur, label: Développeurs}
  - {id: integrateur, label: Intégrateurs}
  - {id: hebergeur, label: Hébergeurs}
sections:
  - id: environnement
    title: Environnement
    profiles: [developpeurs]
    questions:
      - {id: mesure, text: Mesure, type: text}
)");
  CHECK(i.message == "unknown supplier profile 'developpeurs' (did you mean 'developpeur'?); "
                     "the bank's profiles are developpeur, integrateur, hebergeur");
  // A section naming a profile in a bank that declares none.
  i = test_support::only_issue(R"(id: sourcing
version: 1
kind: questionnaire
title: Questionnaire
sections:
  - id: environnement
    title: Environnement
    profiles: [developpeur]
    questions:
      - {id: mesure, text: Mesure, type: text}
)");
  CHECK(i.message == "supplier profile 'developpeur' but the bank has no 'profiles' list of {id, label}");
  CHECK(i.pointer == "/sections/0/profiles/0");
  ordered_json r = test_support::eval(R"(id: sourcing
version: 1
kind: questionnaire
title: Q
sections:
  - id: s
    title: S
    questions:
      - {id: a, text: A, type: text}
      - {id: b, text: B, type: text, required: false}
)", R"({"answers": {"a": "Oui"}})");
  CHECK(r["answered"] == 1);
  CHECK(r["missing"] == 0);
  CHECK(r["verdict"].is_null());
  CHECK(r["max_score"] == 0);
}
