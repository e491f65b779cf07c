// The footprint engine's messages: codes and values from the core, words from content. The
// shipped catalogue words every code, subject and hint the engine uses; guide check refuses a
// catalogue that misses one or uses a placeholder its code does not fill; without a catalogue a
// message is the code and its values.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "core/footprint.h"
#include "core/footprint_items.h"
#include "core/footprint_messages.h"
#include "diag/diagnostics.h"
#include "load/file_system.h"
#include "load/footprint_data.h"
#include "unit/footprint_data_fixture.h"
#include "unit/footprint_test_reference.h"
#include "unit/memory_file_system.h"

namespace {

using Json = nlohmann::ordered_json;
namespace msg = core::footprint_messages;

// The shipped reference data, messages included.
Json shipped_reference() {
  diag::Diagnostics diags;
  load::DiskFileSystem fs;
  Json ref = load::load_footprint_reference(fs, std::string(GUIDE_SOURCE_DIR) + "/content", diags);
  REQUIRE_FALSE(diags.has_errors());
  return ref;
}

Json errors_of(const std::string& input, const Json& reference) {
  return Json::parse(core::footprint(core::footprint_with_reference(input, reference.dump())))["errors"];
}

// Every item kind with each of its keys set to a value of the wrong type: the engine then names
// the subject of every field it reads.
std::string wrong_types_input() {
  Json items = Json::array();
  for (const char* kind : {"compute", "inference", "storage", "transfer", "equipment"}) {
    Json numbers = Json::object(), texts = Json::object();
    numbers["kind"] = texts["kind"] = kind;
    for (const auto& key : core::footprint_items::allowed_keys(kind)) {
      if (key == "kind") continue;
      numbers[key] = "x";
      texts[key] = 5;
    }
    items.push_back(numbers);
    items.push_back(texts);
  }
  // GPUs counted as cores: a GPU named with no CPU.
  items.push_back(Json::parse(R"({"kind": "compute", "gpu": "H100", "cores": "x"})"));
  Json scenarios = Json::array({Json::object({{"id", 5}, {"label", 5}, {"allocation", 5}, {"items", items}})});
  return Json::object({{"scenarios", scenarios}, {"baseline", 5}, {"carbon_price_eur_per_t", "x"}}).dump();
}

}  // namespace

TEST_CASE("messages: the shipped catalogue words the engine's errors, with the values they quote") {
  const Json ref = shipped_reference();
  const Json errors = errors_of(R"({"items": [
      {"kind": "compute", "runtime_h": 10, "cores": 2, "tdp_per_core_w": 10, "pue": 0.8, "location": "FR"},
      {"kind": "compute", "runtime_h": 1, "hardware": "A10O", "cores": 1, "location": "FR"},
      {"kind": "storage", "tb": "deux", "location": "FR", "medai": "ssd"}]})",
                                ref);
  INFO(errors.dump());
  REQUIRE(errors.size() == 4);
  CHECK(errors[0]["message"] == "Le PUE doit se situer entre 1 et 3 (valeur saisie\u00a0: 0,8).");
  const std::string hardware = errors[1]["message"];
  CHECK(hardware.rfind("Mat\u00e9riel inconnu \u00ab\u00a0A10O\u00a0\u00bb. Vouliez-vous dire \u00ab\u00a0", 0) == 0);
  CHECK(hardware.find("Vous pouvez aussi saisir la puissance (TDP)") != std::string::npos);
  CHECK(errors[2]["message"] == "Champ inconnu \u00ab\u00a0medai\u00a0\u00bb. Vouliez-vous dire \u00ab\u00a0media\u00a0\u00bb\u00a0?");
  CHECK(errors[3]["message"] ==
        "Le volume stock\u00e9 doit \u00eatre un nombre (valeur saisie\u00a0: \u00ab\u00a0deux\u00a0\u00bb).");
  // An error with no suggestion leaves no trace of the sentence that would have held them.
  const Json unknown = errors_of(R"({"items": [{"kind": "storage", "tb": 1, "location": "FR", "zzzzzzzz": 1}]})", ref);
  CHECK(unknown[0]["message"] == "Champ inconnu \u00ab\u00a0zzzzzzzz\u00a0\u00bb.");
}

TEST_CASE("messages: every subject the engine names is one the catalogue must word") {
  const Json ref = shipped_reference();
  Json errors = errors_of(wrong_types_input(), ref);
  // A project lifetime the engine cannot read stops it before the items: a run of its own.
  for (const Json& e : errors_of(R"({"items": [], "lifetime_years": "x"})", ref)) errors.push_back(e);
  const std::set<std::string> listed(msg::subjects().begin(), msg::subjects().end());
  std::set<std::string> named;
  for (const Json& e : errors) {
    INFO(e.dump());
    CHECK(e["code"].is_string());
    if (e.contains("subject")) named.insert(e["subject"].get<std::string>());
    // Worded: no code, no brace, no placeholder left.
    const std::string m = e["message"];
    CHECK(m.find('{') == std::string::npos);
    CHECK(m.find(e["code"].get<std::string>()) == std::string::npos);
  }
  for (const auto& s : named) {
    INFO(s);
    CHECK(listed.count(s) == 1);
  }
  // The battery reaches the fields of every kind: most of the listed subjects.
  CHECK(named.size() >= 35);
}

TEST_CASE("messages: without a catalogue, the code and its values") {
  Json e = Json::parse(R"({"field": "/items/0/pue", "message": "", "code": "out_of_range", "subject": "pue",
                           "min": 1, "max": 3, "value": 0.8})");
  CHECK(msg::worded(e, Json()) == R"(out_of_range {"subject":"pue","min":1,"max":3,"value":0.8})");
  CHECK(msg::worded(Json::parse(R"({"code": "location_missing"})"), Json()) == "location_missing");
  // A catalogue without this code's words: the same.
  CHECK(msg::worded(e, Json::parse(R"({"errors": {"required": "x"}})")).rfind("out_of_range {", 0) == 0);
  // An error without a code (the reference data's, in English) keeps its message.
  Json list = Json::array({Json::parse(R"({"field": "/reference/x", "message": "zero cores"})")});
  msg::word(list, Json());
  CHECK(list[0]["message"] == "zero cores");
}

TEST_CASE("messages: values are written in the catalogue's format") {
  const Json catalogue = Json::parse(R"JSON({
    "format": {"decimal": ",", "group": ".", "quote": "'{text}'", "list_separator": "; ", "list_last": " & ",
               "did_you_mean": " ({choices}?)", "value_true": "yes", "value_false": "no", "value_null": "nothing",
               "value_list": "a list", "value_object": "an object"},
    "subjects": {"tb": {"label": "Volume", "unit": "TB"}},
    "errors": {"out_of_range": "{subject} {min}-{max}{unit}: {value}", "unknown_member": "{key}{suggestions}",
               "not_a_number": "{value}"}})JSON");
  CHECK(msg::worded(Json::parse(R"({"code": "out_of_range", "subject": "tb", "min": 0, "max": 1000000, "value": 2.5})"),
                    catalogue) == "Volume 0-1.000.000\u00a0TB: 2,5");
  CHECK(msg::worded(Json::parse(R"({"code": "unknown_member", "key": "k", "suggestions": ["a", "b", "c"]})"), catalogue) ==
        "k ('a'; 'b' & 'c'?)");
  for (const auto& [value, words] : std::initializer_list<std::pair<const char*, const char*>>{
           {"true", "yes"}, {"null", "nothing"}, {"[1]", "a list"}, {"{}", "an object"}, {"\"x\"", "'x'"}, {"1e21", "1e+21"}})
    CHECK(msg::worded(Json::object({{"code", "not_a_number"}, {"value", Json::parse(value)}}), catalogue) == words);
  CHECK(msg::format_number(1234.5, catalogue) == "1234,5");
  CHECK(msg::format_number(0.000001, Json()) == "1e-06");
}

TEST_CASE("messages: guide check refuses a catalogue that misses a code or misuses a placeholder") {
  std::string yaml = footprint_test::messages_yaml();
  auto replace = [&](const std::string& from, const std::string& to) {
    const size_t at = yaml.find(from);
    REQUIRE(at != std::string::npos);
    yaml.replace(at, from.size(), to);
  };
  replace("    required:", "    requird:");
  replace("{suggestions} {hint}", "{suggestions} {hnt}");
  replace("  hints:\n    enter_power:", "  hints:\n    enter_powr:");
  load::MemoryFileSystem fs;
  fs.add("c/data/footprint.yaml", "data_version: \"t\"\n");
  fs.add("c/data/footprint-method.yaml", footprint_test::method_yaml());
  fs.add("c/data/footprint-messages.yaml", yaml);
  fs.add("c/data/ecologits-mixes.yaml", footprint_test::kMixes);
  diag::Diagnostics diags;
  load::load_footprint_reference(fs, "c", diags);
  std::string all;
  for (const auto& d : diags.sorted()) all += diag::format_pos(d.pos) + ": " + d.message + "\n";
  INFO(all);
  CHECK(all.find("no message code 'required'") != std::string::npos);
  CHECK(all.find("unknown message code 'requird'") != std::string::npos);
  CHECK(all.find("{hnt} is not filled in this message") != std::string::npos);
  CHECK(all.find("no hint 'enter_power'") != std::string::npos);
  CHECK(all.find("footprint-messages.yaml:") != std::string::npos);
}

TEST_CASE("messages: the tests' reference words the PUE from its own catalogue") {
  const Json errors = errors_of(R"({"items": [{"kind": "transfer", "gb_per_year": 1, "pue": 9, "location": "FR"}]})",
                                Json::parse(footprint_test::kReference));
  CHECK(errors[0]["message"] == "Le PUE: from 1 to 3 (typed 9).");
}
