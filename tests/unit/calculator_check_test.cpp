// guide check on a calculator (a bank of kind "calculator"): every mistake an organisation can
// make while adapting its fields, words and example is reported at its file:line:col.
#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "check/calculator_check.h"
#include "diag/diagnostics.h"
#include "load/yaml_json.h"

namespace {

using Json = nlohmann::ordered_json;

const Json kReference = Json::parse(R"({
  "locations": [{"code": "FR", "label": "France"}],
  "hardware": [{"id": "A100", "type": "gpu", "label": "A100"}],
  "ecologits": {"providers": [{"id": "mistralai"}], "models": [{"provider": "mistralai", "name": "m"}]}
})");

// Every required text and message, so that a test's calculator is valid but for what it breaks.
std::string texts() {
  std::string out = "texts:\n";
  for (const auto& key : check::calculator_text_keys()) out += "  " + key + ": \"x\"\n";
  out += "messages:\n";
  for (const auto& key : check::calculator_message_keys()) out += "  " + key + ": \"x\"\n";
  return out;
}

const std::string kValid =
    "id: mini\n"                                                           // 1
    "version: 1\n"                                                         // 2
    "kind: calculator\n"                                                   // 3
    "title: Mini\n"                                                        // 4
    "scenarios:\n"                                                         // 5
    "  - {id: avec-ia, prefix: avec, label: Avec}\n"                       // 6
    "steps:\n"                                                             // 7
    "  - {id: projet, title: Projet}\n"                                    // 8
    "  - {id: resultats, title: Résultats}\n"                              // 9
    "blocks:\n"                                                            // 10
    "  - id: infer\n"                                                      // 11
    "    scope: item\n"                                                    // 12
    "    step: projet\n"                                                   // 13
    "    legend: Inférence\n"                                              // 14
    "    item: {kind: inference, label: Inférence}\n"                      // 15
    "    enabled_by: model\n"                                              // 16
    "    fields:\n"                                                        // 17
    "      - {id: model, label: Modèle, type: choice, from: models, key: model}\n"        // 18
    "      - {id: output_tokens, label: Jetons, type: number, key: output_tokens}\n"      // 19
    "example:\n"                                                           // 20
    "  label: Exemple\n"                                                   // 21
    "  answers: {avec-infer-model: mistralai/m, avec-infer-output_tokens: \"500\"}\n";  // 22

std::vector<diag::Diagnostic> check_text(const std::string& yaml) {
  diag::Diagnostics diags;
  load::YamlDocument doc = load::parse_yaml("empreinte.yaml", yaml, diags);
  REQUIRE(doc.ok);
  check::check_calculator(doc, kReference, diags);
  return diags.sorted();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("calculator check: a valid calculator passes and is returned, read once") {
  diag::Diagnostics diags;
  load::YamlDocument doc = load::parse_yaml("empreinte.yaml", kValid + texts(), diags);
  const auto calculator = check::check_calculator(doc, kReference, diags);
  for (const auto& d : diags.sorted()) INFO(d.pos.line << ": " << d.message);
  CHECK_FALSE(diags.has_errors());
  REQUIRE(calculator);
  CHECK(calculator->id == "mini");
  REQUIRE_FALSE(calculator->blocks.empty());
  CHECK_FALSE(calculator->texts.empty());
}

TEST_CASE("calculator check: a key the footprint item does not take, with a suggestion") {
  auto all = check_text(replaced(kValid, "key: output_tokens}", "key: output_token}") + texts());
  REQUIRE(all.size() == 1);
  CHECK(all[0].pos.line == 19);
  CHECK(all[0].message == "'output_token' is not a member the footprint input takes here");
  CHECK(all[0].notes[0] == "did you mean 'output_tokens'?");
}

TEST_CASE("calculator check: unknown members, types, steps and enabling fields, at their positions") {
  std::string yaml = kValid;
  yaml = replaced(yaml, "legend: Inférence\n", "legend: Inférence\n    lgend: x\n");
  yaml = replaced(yaml, "type: number, key: output_tokens", "type: numbr, key: output_tokens");
  yaml = replaced(yaml, "step: projet", "step: resultats");
  yaml = replaced(yaml, "enabled_by: model", "enabled_by: output_tokens");
  auto all = check_text(yaml + texts());
  REQUIRE(all.size() == 4);
  CHECK(all[0].message == "the last step is the results page: it holds no block");
  CHECK(all[0].pos.line == 13);
  CHECK(all[1].message == "unknown member 'lgend'");
  CHECK(all[1].pos.line == 15);
  CHECK(all[2].message == "'enabled_by' must name a choice field of this block");
  CHECK(all[3].message == "unknown field type 'numbr'");
  CHECK(all[3].pos.line == 20);
}

TEST_CASE("calculator check: a block's scenarios are scenario ids, on an item block") {
  auto all = check_text(replaced(kValid, "    enabled_by: model\n", "    enabled_by: model\n    scenarios: [sans-ia]\n") + texts());
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "'scenarios' lists the ids of the scenarios this block is part of");
  CHECK(all[0].pos.line == 17);
  CHECK(check_text(replaced(kValid, "    enabled_by: model\n", "    enabled_by: model\n    scenarios: [avec-ia]\n") + texts()).empty());
}

TEST_CASE("calculator check: every text is required and known; the example names real fields and choices") {
  std::string t = texts();
  t = replaced(t, "  nojs: \"x\"\n", "  nojz: \"x\"\n");
  std::string yaml = replaced(kValid, "avec-infer-model: mistralai/m", "avec-infer-model: mistralai/z");
  yaml = replaced(yaml, "avec-infer-output_tokens: \"500\"", "avec-infer-output_token: \"500\"");
  auto all = check_text(yaml + t);
  REQUIRE(all.size() == 4);
  CHECK(all[0].message == "'mistralai/z' is not a choice of field 'avec-infer-model'");
  CHECK(all[0].pos.line == 22);
  CHECK(all[1].message == "no field is named 'avec-infer-output_token'");
  REQUIRE(all[1].notes.size() == 1);
  CHECK(all[1].notes[0] == "did you mean 'avec-infer-output_tokens'?");
  CHECK(all[2].message == "missing text 'nojs'");
  CHECK(all[3].message == "unknown text 'nojz'");
}

TEST_CASE("calculator check: the core's messages are required, since the core has no words of its own") {
  const std::string words = texts();
  auto all = check_text(kValid + words.substr(0, words.find("messages:\n")));
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "missing 'messages'");
  all = check_text(kValid + replaced(texts(), "  not_a_number: \"x\"\n", "  not_a_numbr: \"x\"\n"));
  REQUIRE(all.size() == 2);
  CHECK(all[0].message == "missing message 'not_a_number'");
  CHECK(all[1].message == "unknown text 'not_a_numbr'");
  CHECK(all[1].pos.line > 22);  // at the misspelt key, after the texts
  REQUIRE(all[1].notes.size() == 1);
  CHECK(all[1].notes[0] == "did you mean 'not_a_number'?");
}
