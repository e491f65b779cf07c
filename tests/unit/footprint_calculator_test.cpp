// The calculator declared once: the mapping from the form's answers to a footprint input lives in
// core (core::footprint_calculator), read from the calculator's definition; the page, the CLI and
// these tests run the same code.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

#include "check/calculator_check.h"
#include "core/footprint.h"
#include "core/footprint_calculator.h"
#include "diag/diagnostics.h"
#include "load/file_system.h"
#include "load/footprint_data.h"
#include "load/yaml_json.h"
#include "unit/footprint_test_reference.h"

namespace {

using Json = nlohmann::ordered_json;

// A small calculator: what the shipped one does, in fewer fields.
const Json kDefinition = Json::parse(R"({
  "id": "mini", "version": 3, "baseline": "sans-ia",
  "scenarios": [{"id": "avec-ia", "prefix": "avec", "label": "Avec IA"},
                {"id": "sans-ia", "prefix": "sans", "label": "Sans IA"}],
  "messages": {"not_a_number": "Pas un nombre."},
  "blocks": [
    {"id": "projet", "scope": "project", "fields": [{"id": "lifetime_years", "type": "number", "key": "lifetime_years"}]},
    {"id": "identification", "scope": "meta", "fields": [{"id": "organisation", "type": "text", "key": "organisation"}]},
    {"id": "grid", "scope": "scenario", "fields": [
      {"id": "location", "type": "choice", "from": "locations", "key": "location"},
      {"id": "pue", "type": "number", "key": "pue"},
      {"id": "allocation", "type": "choice", "options": [{"value": "", "label": "part"}, {"value": "dedicated", "label": "dédié"}],
       "key": "allocation", "target": "scenario"}]},
    {"id": "train", "scope": "item", "item": {"kind": "compute", "label": "Entraînement", "phase": "build", "recurrence": "once"},
     "enabled_by": "hardware", "fields": [
      {"id": "hardware", "type": "choice", "from": "hardware",
       "options": [{"value": "", "label": "aucun"}, {"value": "autre-gpu", "label": "autre GPU", "type": "gpu", "custom": true}],
       "key": {"cpu": "cpu", "gpu": "gpu"}, "key_by": "hardware"},
      {"id": "units", "type": "number", "key": {"cpu": "cores", "gpu": "gpus", "default": "cores"}, "key_by": "hardware"},
      {"id": "tdp", "type": "number", "key": {"cpu": "tdp_per_core_w", "gpu": "tdp_per_gpu_w"}, "key_by": "hardware"},
      {"id": "runtime_h", "type": "number", "key": "runtime_h"}]},
    {"id": "storage", "scope": "item", "item": {"kind": "storage", "label": "Stockage"}, "fields": [
      {"id": "tb", "type": "number", "key": "tb"},
      {"id": "media", "type": "choice", "options": [{"value": "", "label": "SSD"}, {"value": "hdd", "label": "HDD"}], "key": "media"}]}
  ]
})");

Json run(const Json& answers, const Json& definition = kDefinition) {
  Json request = Json::object();
  request["calculator"] = definition;
  request["reference"] = Json::parse(footprint_test::kReference);
  request["answers"] = answers;
  Json out = Json::parse(core::footprint_calculator(request.dump()), nullptr, false);
  REQUIRE_FALSE(out.is_discarded());
  return out;
}

}  // namespace

TEST_CASE("calculator: answers become the footprint input, block by block") {
  Json out = run({{"projet-lifetime_years", "5"}, {"identification-organisation", "Ville de Nantes"},
                  {"avec-location", "FR"}, {"avec-pue", "1,3"}, {"sans-location", "DE"},
                  {"avec-train-hardware", "A100"}, {"avec-train-units", "4"}, {"avec-train-runtime_h", "24"},
                  {"sans-storage-tb", "1 000"}, {"sans-storage-media", "hdd"}});
  INFO(out.dump());
  CHECK(out["calculator"] == "mini");
  CHECK(out["version"] == 3);
  CHECK(out["errors"].empty());
  const Json expected = Json::parse(R"({
    "lifetime_years": 5.0,
    "meta": {"organisation": "Ville de Nantes"},
    "scenarios": [
      {"id": "avec-ia", "label": "Avec IA", "items": [
        {"kind": "compute", "label": "Entraînement", "phase": "build", "recurrence": "once",
         "gpu": "A100", "gpus": 4.0, "runtime_h": 24.0, "location": "FR", "pue": 1.3}]},
      {"id": "sans-ia", "label": "Sans IA", "items": [
        {"kind": "storage", "label": "Stockage", "tb": 1000.0, "media": "hdd", "location": "DE"}]}],
    "baseline": "sans-ia"})");
  CHECK(out["input"] == expected);
  CHECK(out["blocks"] == Json::parse(R"({"avec-train": true, "avec-storage": false, "sans-train": false, "sans-storage": true})"));
  // The result is the footprint core's on that input, byte for byte.
  const std::string direct = core::footprint(core::footprint_with_reference(out["input"].dump(), footprint_test::kReference));
  CHECK(out["result"].dump() == direct);
}

TEST_CASE("calculator: 'aucun' removes its block, whatever the block's other fields say") {
  Json out = run({{"avec-location", "FR"}, {"avec-train-hardware", ""}, {"avec-train-units", "quatre"},
                  {"avec-train-runtime_h", "24"}});
  CHECK(out["errors"].empty());
  CHECK(out["blocks"]["avec-train"] == false);
  CHECK(out["input"]["scenarios"][0]["items"].empty());
  CHECK(out["result"]["errors"].empty());
}

TEST_CASE("calculator: a custom option fills nothing itself; the key follows the option's type") {
  Json out = run({{"avec-location", "FR"}, {"avec-train-hardware", "autre-gpu"}, {"avec-train-units", "2"},
                  {"avec-train-tdp", "300"}, {"avec-train-runtime_h", "10"},
                  {"sans-location", "FR"}, {"sans-train-hardware", "xeon-gold-6148"}, {"sans-train-units", "8"},
                  {"sans-train-runtime_h", "10"}});
  INFO(out.dump());
  CHECK(out["errors"].empty());
  const Json& gpu = out["input"]["scenarios"][0]["items"][0];
  CHECK_FALSE(gpu.contains("gpu"));
  CHECK(gpu["gpus"] == 2.0);
  CHECK(gpu["tdp_per_gpu_w"] == 300.0);
  const Json& cpu = out["input"]["scenarios"][1]["items"][0];
  CHECK(cpu["cpu"] == "xeon-gold-6148");
  CHECK(cpu["cores"] == 8.0);
  // 10 h x 1.56 x (2 x 300) W = 9.36 kWh
  CHECK(std::fabs(out["result"]["scenarios"][0]["total"]["energy_kwh"].get<double>() - 9.36) < 1e-9);
}

TEST_CASE("calculator: each error comes back once, to the field that caused it") {
  // The scenario's PUE is copied into both of its items: the core reports it twice, the page once.
  Json out = run({{"avec-location", "FR"}, {"avec-pue", "0.8"}, {"avec-train-hardware", "A100"},
                  {"avec-train-units", "1"}, {"avec-train-runtime_h", "1"}, {"avec-storage-tb", "2"},
                  {"sans-location", "FR"}, {"sans-storage-tb", "deux"}, {"sans-allocation", "sometimes"}});
  INFO(out["errors"].dump());
  REQUIRE(out["errors"].size() == 3);
  CHECK(out["errors"][0] == Json::parse(R"({"name": "sans-storage-tb", "message": "Pas un nombre."})"));
  CHECK(out["errors"][1]["name"] == "avec-pue");
  CHECK(out["errors"][1]["message"] == "Le PUE: from 1 to 3 (typed 0,8).");
  CHECK(out["errors"][2]["name"] == "sans-allocation");
}

TEST_CASE("calculator: a value out of range is said in the content's words, with the field's label and unit") {
  Json definition = kDefinition;
  definition["messages"]["out_of_range"] = "{label} : entre {min} et {max}{unit}, pas {value}.";
  definition["messages"]["out_of_range_above"] = "{label} : plus de {min}, au plus {max}{unit} ({value}).";
  Json& grid = definition["blocks"][2]["fields"];
  grid[1]["label"] = "PUE {du} centre";  // a brace in a label is not a placeholder
  Json& storage = definition["blocks"][4]["fields"][0];
  storage["label"] = "Volume";
  storage["unit"] = "To";
  Json out = run({{"avec-location", "FR"}, {"avec-pue", "0.8"}, {"avec-storage-tb", "2"}, {"sans-location", "FR"},
                  {"sans-storage-tb", "-2"}},
                 definition);
  INFO(out["errors"].dump());
  REQUIRE(out["errors"].size() == 2);
  CHECK(out["errors"][0]["name"] == "avec-pue");
  CHECK(out["errors"][0]["message"] == "PUE {du} centre : entre 1 et 3, pas 0,8.");
  CHECK(out["errors"][1]["name"] == "sans-storage-tb");
  const std::string storage_message = out["errors"][1]["message"];
  CHECK(storage_message.rfind("Volume : ", 0) == 0);
  CHECK(storage_message.find("\u00a0To") != std::string::npos);
  // The core's own result keeps its words (the reference data's), with the code and values.
  const Json& core_errors = out["result"]["errors"];
  REQUIRE(core_errors.size() >= 1);
  CHECK(core_errors[0]["code"] == "out_of_range");
  CHECK(core_errors[0]["min"] == 1.0);
  CHECK(core_errors[0]["max"] == 3.0);
  CHECK(core_errors[0]["value"] == 0.8);
  CHECK(core_errors[0]["message"] == "Le PUE: from 1 to 3 (typed 0,8).");
}

TEST_CASE("calculator: a scenario counted on dedicated servers says so, and the difference notes it") {
  Json out = run({{"avec-location", "FR"}, {"avec-storage-tb", "1"}, {"sans-location", "FR"},
                  {"sans-allocation", "dedicated"}, {"sans-storage-tb", "1"}});
  CHECK(out["input"]["scenarios"][1]["allocation"] == "dedicated");
  CHECK(out["result"]["scenarios"][0]["allocation"] == "shared");
  CHECK(out["result"]["differences"][0]["same_allocation"] == false);
}

TEST_CASE("calculator: every field has one name, in page order") {
  auto fields = core::calculator_fields(core::compile_calculator(kDefinition));
  REQUIRE(fields.size() == 2 + 2 * 3 + 2 * 4 + 2 * 2);
  CHECK(fields[0].name == "projet-lifetime_years");
  CHECK(fields[1].name == "identification-organisation");
  CHECK(fields[2].name == "avec-location");
  CHECK(fields[3].name == "sans-location");
  CHECK(fields[8].name == "avec-train-hardware");
  CHECK(fields[8].scenario == "avec-ia");
  CHECK(fields[8].type == "choice");
}

TEST_CASE("calculator: a block listed for one scenario has no field and no item in the other") {
  Json def = kDefinition;
  def["blocks"][4]["scenarios"] = Json::array({"avec-ia"});  // storage, with AI only
  auto fields = core::calculator_fields(core::compile_calculator(def));
  CHECK(fields.size() == 2 + 2 * 3 + 2 * 4 + 2);
  for (const auto& f : fields) CHECK(f.name.rfind("sans-storage", 0) != 0);
  Json out = run({{"avec-location", "FR"}, {"avec-storage-tb", "1"}, {"sans-location", "FR"}, {"sans-storage-tb", "1"}}, def);
  CHECK(out["input"]["scenarios"][0]["items"].size() == 1);
  CHECK(out["input"]["scenarios"][1]["items"].empty());
  CHECK_FALSE(out["blocks"].contains("sans-storage"));
  CHECK(out["errors"].empty());
}

TEST_CASE("calculator: malformed requests give errors, never a crash") {
  CHECK(Json::parse(core::footprint_calculator("not json"))["errors"][0]["name"] == "");
  CHECK(Json::parse(core::footprint_calculator(R"({"answers": {}})"))["errors"].size() == 1);
  Json odd = run({{"avec-location", 5}, {"avec-storage-tb", 2}, {"nope", "x"}});
  CHECK(odd["input"]["scenarios"][0]["items"][0]["tb"] == 2.0);
}

TEST_CASE("the shipped calculator: its example is the worked example, labelled, and it checks clean") {
  load::DiskFileSystem fs;
  diag::Diagnostics diags;
  const std::string content = std::string(GUIDE_SOURCE_DIR) + "/content";
  Json reference = load::load_footprint_reference(fs, content, diags);
  std::string text, why;
  REQUIRE(fs.read(content + "/banks/empreinte.yaml", text, why));
  load::YamlDocument doc = load::parse_yaml("empreinte.yaml", text, diags);
  const auto checked = check::check_calculator(doc, reference, diags);
  for (const auto& d : diags.sorted()) INFO(diag::format_pos(d.pos) << ": " << d.message);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(checked);
  REQUIRE(checked->example);
  CHECK(checked->example->label.rfind("Exemple", 0) == 0);
  const Json& definition = doc.value;

  Json request = Json::object();
  request["calculator"] = definition;
  request["reference"] = reference;
  request["answers"] = definition["example"]["answers"];
  Json out = Json::parse(core::footprint_calculator(request.dump()));
  INFO(out["errors"].dump());
  CHECK(out["errors"].empty());
  // Mistral 7B in France, 1000 input and 500 output tokens: EcoLogits 0.11.2 for the output,
  // the guide's prefill for the input (zone FRA, PUE 1.2).
  const Json& item = out["result"]["scenarios"][0]["items"][0];
  CHECK(item["kind"] == "inference");
  CHECK(item["details"]["energy_class"]["label"] == "A");
  CHECK(item["details"]["per_request"]["energy_wh"].get<double>() > 0.05);
  CHECK(item["details"]["per_request"]["energy_wh"].get<double>() < 0.06);
  // Started empty: no answer, no item, no error.
  request["answers"] = Json::object();
  Json empty = Json::parse(core::footprint_calculator(request.dump()));
  CHECK(empty["errors"].empty());
  CHECK(empty["input"]["scenarios"][0]["items"].empty());
  CHECK(empty["input"]["scenarios"][1]["items"].empty());
}

TEST_CASE("calculator: loaded once, then answers alone give the bytes of the whole request") {
  Json setup = Json::object();
  setup["calculator"] = kDefinition;
  setup["reference"] = Json::parse(footprint_test::kReference);
  core::CalculatorSession session;
  REQUIRE(session.load(setup.dump()) == "");
  const Json answer_sets[] = {
      Json::object(),
      {{"avec-location", "FR"}, {"avec-train-hardware", "A100"}, {"avec-train-units", "4"}, {"avec-train-runtime_h", "24"}},
      {{"avec-location", "FR"}, {"sans-location", "FR"}, {"sans-allocation", "dedicated"}, {"sans-storage-tb", "x"}},
      {{"projet-lifetime_years", "-1"}, {"avec-location", "Mars"}, {"sans-storage-tb", "2"}},
  };
  for (const Json& answers : answer_sets) {
    Json request = setup;
    request["answers"] = answers;
    Json only = Json::object();
    only["answers"] = answers;
    INFO(answers.dump());
    // The same session computes any number of answers: nothing of one stays for the next.
    CHECK(session.compute(only.dump()) == core::footprint_calculator(request.dump()));
  }
}

TEST_CASE("calculator: a session not loaded, or loaded with nothing usable, says so on every answer") {
  core::CalculatorSession session;
  Json none = Json::parse(session.compute(R"({"answers": {}})"));
  REQUIRE(none["errors"].size() == 1);
  const std::string error = session.load(R"({"reference": {}})");
  CHECK(Json::parse(error)["errors"][0]["message"].get<std::string>().find("calculator") != std::string::npos);
  CHECK(session.compute(R"({"answers": {}})") == error);
  CHECK(Json::parse(session.load("not json"))["errors"].size() == 1);
  // Reference tables that do not read: each answer's result reports them, as a whole request would.
  Json setup = Json::object();
  setup["calculator"] = kDefinition;
  setup["reference"] = Json::object();
  REQUIRE(session.load(setup.dump()) == "");
  Json out = Json::parse(session.compute(R"({"answers": {"avec-storage-tb": "1"}})"));
  CHECK_FALSE(out["errors"].empty());
  Json request = setup;
  request["answers"] = {{"avec-storage-tb", "1"}};
  CHECK(out.dump() == core::footprint_calculator(request.dump()));
}

TEST_CASE("calculator: the definition is read once into its model") {
  const core::Calculator calc = core::compile_calculator(kDefinition);
  CHECK(calc.id == "mini");
  REQUIRE(calc.version);
  CHECK(*calc.version == 3);
  CHECK(calc.baseline == "sans-ia");
  REQUIRE(calc.scenarios.size() == 2);
  CHECK(calc.scenarios[1].prefix == "sans");
  REQUIRE(calc.blocks.size() == 5);
  CHECK(calc.blocks[0].scope == core::CalculatorScope::project);
  CHECK(calc.blocks[1].shared());
  CHECK(calc.blocks[2].fields[2].to_scenario);
  const core::CalculatorBlock& train = calc.blocks[3];
  CHECK(train.item["kind"] == "compute");
  CHECK(train.enabled_by == "hardware");
  CHECK(train.fields[0].options[1].custom);
  CHECK(train.fields[0].options[1].type == "gpu");
  CHECK(train.fields[1].keys_by_type.at("default") == "cores");
  CHECK(train.fields[1].key_by == "hardware");
  CHECK(train.fields[3].key == "runtime_h");
  CHECK(calc.messages.at("not_a_number") == "Pas un nombre.");
  CHECK_FALSE(calc.example);
  // A shape the check stage reports is left out here, never a crash.
  const core::Calculator odd = core::compile_calculator(Json::parse(R"({"blocks": [5, {"fields": "x"}], "scenarios": [{"id": "a"}]})"));
  CHECK(odd.blocks.size() == 1);
  CHECK(odd.blocks[0].fields.empty());
  CHECK(odd.scenarios.empty());
}
