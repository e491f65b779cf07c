// The EcoLogits estimator against the conformance vectors of the EcoLogits spec 0.2.0
// (tests/ecologits/estimator-vectors.json, copied from mlco2/ecologits.js), and the inputs the
// spec does not cover: malformed fields, intervals out of order, results JSON cannot hold.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/ecologits_constants.h"
#include "core/ecologits_estimator.h"
#include "core/ecologits_json.h"
#include "core/json_writer.h"

namespace {

using Json = nlohmann::ordered_json;

Json load_vectors() {
  std::ifstream in(std::string(GUIDE_TEST_DATA) + "/ecologits/estimator-vectors.json");
  std::stringstream text;
  text << in.rdbuf();
  Json doc = Json::parse(text.str(), nullptr, false);
  REQUIRE_FALSE(doc.is_discarded());
  return doc;
}

// Same keys in the same order, same strings, numbers within 1e-12 relative (spec §7).
void require_match(const Json& got, const Json& want, const std::string& path) {
  INFO(path);
  if (want.is_object()) {
    REQUIRE(got.is_object());
    REQUIRE(got.size() == want.size());
    auto g = got.begin();
    for (auto w = want.begin(); w != want.end(); ++w, ++g) {
      REQUIRE(g.key() == w.key());
      require_match(g.value(), w.value(), path + "." + w.key());
    }
  } else if (want.is_number()) {
    REQUIRE(got.is_number());
    const double a = got.get<double>(), b = want.get<double>();
    INFO("got " << a << ", expected " << b);
    CHECK(std::fabs(a - b) <= 1e-12 * std::fabs(b));
  } else {
    CHECK(got == want);
  }
}

Json run(const Json& inputs) {
  Json out = Json::parse(core::ecologits_json(inputs.dump()), nullptr, false);
  REQUIRE_FALSE(out.is_discarded());
  return out;
}

// The "range/datacenter-pue-wue" vector's inputs, a starting point for the cases below.
Json base_inputs() {
  return Json::parse(R"({"modelActiveParameterCount": 7.3, "modelTotalParameterCount": 7.3,
    "outputTokenCount": 200, "requestLatency": 5.0, "ifElectricityMixAdpe": 7.37708e-08,
    "ifElectricityMixPe": 9.988, "ifElectricityMixGwp": 0.590478, "ifElectricityMixWue": 5.04,
    "datacenterPue": {"min": 1.09, "max": 1.14}, "datacenterWue": {"min": 0.13, "max": 0.999}})");
}

std::string first_error_field(const Json& out) {
  REQUIRE(out.contains("errors"));
  REQUIRE(out["errors"].size() >= 1);
  return out["errors"][0]["field"].get<std::string>();
}

}  // namespace

TEST_CASE("every EcoLogits spec vector is reproduced within 1e-12, or refused when the reference refuses it") {
  const Json doc = load_vectors();
  CHECK(doc["source"]["specVersion"] == "0.2.0");
  const Json& cases = doc["cases"];
  REQUIRE(cases.size() >= 60);
  size_t reproduced = 0, refused = 0;
  for (const auto& c : cases) {
    const Json out = run(c["inputs"]);
    if (c.contains("pythonError")) {
      INFO(c["name"].get<std::string>());
      CHECK(out.size() == 1);
      CHECK(out["errors"].size() == 1);
      ++refused;
    } else {
      require_match(out, c["expected"], c["name"].get<std::string>());
      ++reproduced;
    }
  }
  CHECK(refused == 3);
  CHECK(reproduced == cases.size() - 3);
}

TEST_CASE("the refused spec vectors name the input at fault") {
  const Json doc = load_vectors();
  for (const auto& c : doc["cases"]) {
    if (!c.contains("pythonError")) continue;
    const std::string name = c["name"];
    const std::string field = first_error_field(run(c["inputs"]));
    if (name == "tps-zero") CHECK(field == "/tps");
    else CHECK(field == "/modelTotalParameterCount");
  }
}

TEST_CASE("a missing request latency is the unmeasured one: the same result as null") {
  Json with_null = base_inputs();
  with_null["requestLatency"] = nullptr;
  Json absent = base_inputs();
  absent.erase("requestLatency");
  CHECK(core::ecologits_json(with_null.dump()) == core::ecologits_json(absent.dump()));
  CHECK(core::ecologits_json(with_null.dump()) != core::ecologits_json(base_inputs().dump()));
}

TEST_CASE("a published throughput replaces the latency regression, and the first token delay adds to it") {
  core::ecologits::Inputs in;
  in.active_parameters = core::ecologits::Value::number(7.3);
  in.total_parameters = core::ecologits::Value::number(7.3);
  in.output_tokens = 200;
  in.mix_gwp = 1;
  in.datacenter_pue = core::ecologits::Value::number(1);
  in.datacenter_wue = core::ecologits::Value::number(0);
  core::ecologits::Impacts a, b, c;
  core::ecologits::Failure failure;
  in.tps = 100;  // 2 s of generation, well under the regression's ~12 s
  REQUIRE(core::ecologits::estimate(in, a, failure));
  in.ttft = 2;   // 4 s: embodied impacts follow the time the request holds the server
  REQUIRE(core::ecologits::estimate(in, b, failure));
  CHECK(b.embodied_gwp.min == doctest::Approx(2 * a.embodied_gwp.min).epsilon(1e-12));
  in.tps.reset();
  in.ttft.reset();
  REQUIRE(core::ecologits::estimate(in, c, failure));
  using namespace core::ecologits;
  const double regression_s = 200 * (kLatencyAlpha * 7.3 + kLatencyBeta * kBatchSize + kLatencyGamma);  // ~8.9 s
  CHECK(c.embodied_gwp.min == doctest::Approx(regression_s / 2 * a.embodied_gwp.min).epsilon(1e-12));
}

TEST_CASE("an interval written out of order is refused, as the reference's RangeValue refuses it") {
  Json in = base_inputs();
  in["datacenterPue"] = Json::parse(R"({"min": 1.2, "max": 1.1})");
  CHECK(first_error_field(run(in)) == "/datacenterPue");
  in = base_inputs();
  in["modelActiveParameterCount"] = Json::parse(R"({"min": 30, "max": 10})");
  CHECK(first_error_field(run(in)) == "/modelActiveParameterCount");
}

TEST_CASE("a negative emission factor turning a PUE interval upside down is refused") {
  Json in = base_inputs();
  in["ifElectricityMixGwp"] = -0.5;  // [1.09 E, 1.14 E] * -0.5: min > max
  const Json out = run(in);
  CHECK(first_error_field(out) == "");
  in["datacenterPue"] = 1.2;  // the same factor on a plain number is just a negative result
  in["datacenterWue"] = 0.5;
  CHECK_FALSE(run(in).contains("errors"));
}

TEST_CASE("malformed inputs get one error per field, with a suggestion for a misspelt name") {
  Json in = base_inputs();
  in.erase("outputTokenCount");
  in["datacenterPue"] = "1.2";
  in["tsp"] = 40;
  in["modelTotalParameterCount"] = Json::parse(R"({"min": 7})");
  const Json out = run(in);
  REQUIRE(out["errors"].size() == 4);
  std::string all = out["errors"].dump();
  CHECK(all.find("\"/tsp\"") != std::string::npos);
  CHECK(all.find("'tps'") != std::string::npos);
  CHECK(all.find("\"/outputTokenCount\"") != std::string::npos);
  CHECK(all.find("\"/datacenterPue\"") != std::string::npos);
  CHECK(all.find("\"/modelTotalParameterCount\"") != std::string::npos);
  CHECK(first_error_field(Json::parse(core::ecologits_json("[1, 2]"))) == "");
  CHECK(first_error_field(Json::parse(core::ecologits_json("{not json"))) == "");
}

TEST_CASE("a result beyond the doubles is an error, not an unreadable number") {
  Json in = base_inputs();
  in["datacenterPue"] = 1e308;
  in["ifElectricityMixPe"] = 1e10;
  CHECK(first_error_field(run(in)) == "");
}

TEST_CASE("round-trip numbers read back to the same double") {
  CHECK(core::format_round_trip(5.0) == "5.0");
  CHECK(core::format_round_trip(0.1) == "0.1");
  CHECK(core::format_round_trip(1.639303138765219e-05) == "1.639303138765219e-05");
  CHECK(core::format_round_trip(std::numeric_limits<double>::infinity()) == "null");
  unsigned long long state = 88172645463325252ull;
  for (int i = 0; i < 20000; ++i) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    double v;
    std::memcpy(&v, &state, sizeof v);
    if (!std::isfinite(v)) continue;
    const std::string text = core::format_round_trip(v);
    INFO(text);
    REQUIRE(std::strtod(text.c_str(), nullptr) == v);
  }
}
