// An advice carried into another tool names a tool that exists and answers it accepts
// (check/carry_check.h), checked on the compiled banks.
#include <doctest/doctest.h>

#include <string>

#include "check/carry_check.h"
#include "check/tool_check.h"
#include "load/yaml_json.h"

namespace {

model::Bank bank_from(const std::string& file, const std::string& yaml, diag::Diagnostics& diags) {
  model::Bank bank;
  bank.file = file;
  bank.doc = load::parse_yaml(file, yaml, diags);
  bank.id = bank.doc.value.value("id", std::string());
  return bank;
}

// A bank whose only advice carries `answers` into the bank `target`.
std::string carrying(const std::string& target, const std::string& answers) {
  return "id: source\nversion: 1\nkind: checklist\ntitle: Source\nsections:\n  - id: s\n    title: S\n"
         "    questions:\n      - {id: q, text: Q, type: yesno}\nverdicts:\n"
         "  - level: ok\n    label: OK\n    text: Bien.\n"
         "    carry: {bank: " + target + ", label: Reporter, answers: " + answers + "}\n";
}

const char* kTarget = R"(id: cible
version: 1
kind: checklist
title: Cible
sections:
  - id: s
    title: S
    questions:
      - {id: categorie, text: Catégorie, type: choice, choices: [{id: haut, label: Haut}, {id: bas, label: Bas}]}
verdicts:
  - {level: ok, label: OK, text: Bien.}
)";

std::string messages(const std::string& source_yaml, const std::string& target_yaml) {
  diag::Diagnostics diags;
  model::Site site;
  site.banks.push_back(bank_from("banks/source.yaml", source_yaml, diags));
  site.banks.push_back(bank_from("banks/cible.yaml", target_yaml, diags));
  std::vector<model::Tool> tools = check::check_banks(site, nullptr, diags);
  diag::Diagnostics carries;
  check::check_carries(site, tools, carries);
  std::string out;
  for (const auto& d : carries.sorted()) out += diag::format_pos(d.pos) + ": " + d.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("a carried advice is accepted when its tool takes its answers") {
  CHECK(messages(carrying("cible", "{categorie: haut}"), kTarget) == "");
}

TEST_CASE("a carried answer the other tool would ignore is reported at the answer") {
  const std::string out = messages(carrying("cible", "{categorie: moyen}"), kTarget);
  CHECK(out.find("banks/source.yaml:14:") == 0);
  CHECK(out.find("the tool 'cible' does not accept this answer for 'categorie'") != std::string::npos);
}

TEST_CASE("a carry into an unknown tool is reported with a suggestion; into a broken one, left to its errors") {
  CHECK(messages(carrying("cibel", "{categorie: haut}"), kTarget).find("unknown tool 'cibel'") != std::string::npos);
  std::string broken = kTarget;
  broken.replace(broken.find("version: 1"), 10, "version: 0");
  CHECK(messages(carrying("cible", "{categorie: moyen}"), broken) == "");
}
