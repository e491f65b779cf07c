// The compiled bank carries everything the pages show, read once by core::compile_bank: the
// render stage never reads a bank's JSON again (render/bank_json.h is gone).
#include <doctest/doctest.h>

#include "core_test_support.h"

namespace {

// Compiles a bank that must be valid; its issues are shown when it is not.
core::CompiledBank compile(const std::string& yaml) {
  core::CompiledBank b = test_support::compile(yaml);
  std::string issues;
  for (const core::Issue& i : b.issues) issues += i.pointer + ": " + i.message + "\n";
  INFO(issues);
  CHECK(issues.empty());
  return b;
}

}  // namespace

TEST_CASE("a compiled question keeps its help, guide, source, unit and bounds as written") {
  core::CompiledBank b = compile(R"(
id: essai
version: 2
kind: grid
title: Essai
description: Une phrase.
intro: Un *intro*.
order: 7
sections:
  - id: s
    title: S
    intro: Avant.
    guide: "@/a.md"
    questions:
      - id: pue
        text: Le PUE ?
        type: number
        unit: PUE
        min: 1
        max: 2.5
        step: 0.1
        help: Aide.
        guide: "@/b.md#c"
        source: {seed: x.txt, ref: "critère 4", line: 3}
      - id: oui_non
        text: Oui ?
        type: yesno
        show_if: "pue > 1"
verdicts:
  - level: ok
    label: OK
    text: Bien.
)");
  REQUIRE(b.ok());
  CHECK(b.bank.description == "Une phrase.");
  CHECK(b.bank.intro == "Un *intro*.");
  CHECK(b.bank.order == 7);
  CHECK(b.bank.sections[0].intro == "Avant.");
  CHECK(b.bank.sections[0].guide == "@/a.md");
  const core::Question& pue = b.bank.questions[0];
  CHECK(pue.help == "Aide.");
  CHECK(pue.guide == "@/b.md#c");
  CHECK(pue.source_ref == "critère 4");
  CHECK(pue.unit == "PUE");
  // Pages print bounds as the author wrote them: 1, not 1.0.
  CHECK(pue.min_number.dump() == "1");
  CHECK(pue.max_number.dump() == "2.5");
  CHECK(pue.step_number.dump() == "0.1");
  const core::Question& yes_no = b.bank.questions[1];
  CHECK(yes_no.show_if_source == "pue > 1");
  CHECK(yes_no.step_number.is_null());
  // The default choices of a yes/no question are the compiler's, and only the compiler's; their
  // labels are the site's (content/interface/question-types.yaml), given after the check.
  REQUIRE(yes_no.choices.size() == 2);
  CHECK(yes_no.choices[0].id == "oui");
  CHECK(yes_no.choices[1].id == "non");
  CHECK(yes_no.choices[0].label.empty());
}

TEST_CASE("a bank without a whole-number order goes after the ordered tools") {
  core::CompiledBank b = compile(R"(
id: essai
version: 1
kind: checklist
title: Essai
order: 1.5
sections:
  - id: s
    title: S
    questions:
      - {id: q, text: "Q ?", type: yesno}
verdicts:
  - {level: ok, label: OK, text: Bien.}
)");
  REQUIRE(b.ok());
  CHECK(b.bank.order == 100);
}

TEST_CASE("a compiled clauses bank holds its profiles, documents, parameters and clauses") {
  core::CompiledBank b = compile(R"(
id: clauses
version: 3
kind: clauses
title: Clauses
profiles:
  - {id: dev, label: Développeurs}
documents:
  - {id: ccap, label: CCAP}
parameters:
  - {id: delai, label: Délai, type: number, unit: mois, default: 6, min: 1, max: 36}
  - {id: nom, label: Nom, type: text, default: "le titulaire"}
sections:
  - id: env
    document: ccap
    title: Environnement
    intro: Pourquoi.
    clauses:
      - id: c1
        title: Formation
        profiles: [dev]
        body: "Dans {delai} mois, {nom} forme ses équipes."
        deliverables: ["Attestations sous {delai} mois"]
        buyer_note: Une note.
        source: {ref: "CCAP X.1"}
)");
  REQUIRE(b.ok());
  REQUIRE(b.bank.profiles.size() == 1);
  CHECK(b.bank.profiles[0].label == "Développeurs");
  CHECK(b.bank.documents[0].id == "ccap");
  REQUIRE(b.bank.parameters.size() == 2);
  CHECK(b.bank.parameters[0].default_value.dump() == "6");
  CHECK(b.bank.parameters[0].min_number.dump() == "1");
  CHECK(b.bank.parameters[0].unit == "mois");
  CHECK(b.bank.parameters[1].default_value == "le titulaire");
  CHECK(b.bank.parameters[1].max_number.is_null());
  REQUIRE(b.bank.sections.size() == 1);
  const core::Section& env = b.bank.sections[0];
  CHECK(env.document == "ccap");
  CHECK(env.intro == "Pourquoi.");
  REQUIRE(env.clauses.size() == 1);
  const core::Clause& c = env.clauses[0];
  CHECK(c.body == "Dans {delai} mois, {nom} forme ses équipes.");
  CHECK(c.profiles == std::vector<std::string>{"dev"});
  CHECK(c.deliverables == std::vector<std::string>{"Attestations sous {delai} mois"});
  CHECK(c.buyer_note == "Une note.");
  CHECK(c.source_ref == "CCAP X.1");
}

TEST_CASE("a compiled questionnaire section keeps its theme and profiles") {
  core::CompiledBank b = compile(R"(
id: sourcing
version: 1
kind: questionnaire
title: Sourcing
profiles:
  - {id: developpeur, label: Développeurs}
  - {id: integrateur, label: Intégrateurs}
  - {id: hebergeur, label: Hébergeurs}
sections:
  - id: s
    title: S
    theme: Énergie
    profiles: [developpeur, hebergeur]
    questions:
      - {id: q, text: "Q ?", type: text, expected: Un chiffre., proof: Une facture.}
)");
  REQUIRE(b.ok());
  CHECK(b.bank.sections[0].theme == "Énergie");
  CHECK(b.bank.sections[0].profiles == std::vector<std::string>{"developpeur", "hebergeur"});
  CHECK(b.bank.questions[0].expected == "Un chiffre.");
  CHECK(b.bank.questions[0].proof == "Une facture.");
}
