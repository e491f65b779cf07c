#include "core/ecologits_json.h"

#include <cmath>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/ecologits_estimator.h"
#include "core/json_pointer.h"
#include "core/json_writer.h"
#include "core/suggest.h"

namespace core {

namespace {

using Json = nlohmann::ordered_json;  // the instantiation the footprint module already holds (smaller WASM)
using ecologits::Value;

// What an input field may hold.
enum class Kind {
  kNumber,         // a number, required
  kNumberOrRange,  // a number or {"min","max"}, required
  kOptionalNumber  // a number, or null / absent when unknown
};

struct FieldSpec {
  const char* key;
  Kind kind;
  const char* what;  // for the messages, in English as EcoLogits' own (a developers' harness)
};

const FieldSpec kFields[] = {
    {"modelActiveParameterCount", Kind::kNumberOrRange, "active parameters of the model, in billions"},
    {"modelTotalParameterCount", Kind::kNumberOrRange, "total parameters of the model, in billions"},
    {"outputTokenCount", Kind::kNumber, "tokens generated"},
    {"requestLatency", Kind::kOptionalNumber, "measured request latency, in seconds"},
    {"ifElectricityMixAdpe", Kind::kNumber, "ADPe factor of the electricity, in kgSbeq/kWh"},
    {"ifElectricityMixPe", Kind::kNumber, "primary energy factor of the electricity, in MJ/kWh"},
    {"ifElectricityMixGwp", Kind::kNumber, "emission factor of the electricity, in kgCO2eq/kWh"},
    {"ifElectricityMixWue", Kind::kNumber, "water consumed to produce the electricity, in L/kWh"},
    {"datacenterPue", Kind::kNumberOrRange, "datacenter PUE"},
    {"datacenterWue", Kind::kNumberOrRange, "datacenter WUE, in L/kWh"},
    {"tps", Kind::kOptionalNumber, "published throughput of the model, in tokens per second"},
    {"ttft", Kind::kOptionalNumber, "published time to first token, in seconds"},
};

struct Errors {
  JsonWriter list;
  size_t count = 0;
  Errors() { list.begin_array(); }
  void add(const std::string& field, const std::string& message) {
    list.begin_object().key("field").string(field).key("message").string(message).end_object();
    ++count;
  }
  std::string document() {
    list.end_array();
    return "{\"errors\":" + list.str() + "}";
  }
};

// Reads the input object field by field, collecting every error rather than the first.
class InputReader {
 public:
  InputReader(const Json& input, Errors& errors) : input_(input), errors_(errors) {}

  void read(ecologits::Inputs& in) {
    for (auto it = input_.begin(); it != input_.end(); ++it)
      if (!is_known(it.key())) unknown(it.key());
    in.active_parameters = number_or_range(kFields[0]);
    in.total_parameters = number_or_range(kFields[1]);
    in.output_tokens = number(kFields[2]);
    in.request_latency = optional_number(kFields[3]);
    in.mix_adpe = number(kFields[4]);
    in.mix_pe = number(kFields[5]);
    in.mix_gwp = number(kFields[6]);
    in.mix_wue = number(kFields[7]);
    in.datacenter_pue = number_or_range(kFields[8]);
    in.datacenter_wue = number_or_range(kFields[9]);
    in.tps = optional_number(kFields[10]);
    in.ttft = optional_number(kFields[11]);
  }

 private:
  void unknown(const std::string& key) {
    std::vector<std::string> known;
    for (const auto& f : kFields) known.emplace_back(f.key);
    errors_.add("/" + pointer_token(key), "unknown field '" + key + "'" + did_you_mean(key, known));
  }

  static bool is_known(const std::string& key) {
    for (const auto& f : kFields)
      if (key == f.key) return true;
    return false;
  }

  const Json* find(const FieldSpec& f) {
    auto it = input_.find(f.key);
    if (it != input_.end()) return &*it;
    if (f.kind != Kind::kOptionalNumber)
      errors_.add(std::string("/") + f.key, std::string("missing field ") + f.key + " (" + f.what + ")");
    return nullptr;
  }

  void wrong_type(const FieldSpec& f, const char* expected) {
    errors_.add(std::string("/") + f.key, std::string(f.key) + " (" + f.what + ") must be " + expected);
  }

  double number(const FieldSpec& f) {
    const Json* v = find(f);
    if (!v) return 0;
    if (v->is_number()) return v->get<double>();
    wrong_type(f, "a number");
    return 0;
  }

  std::optional<double> optional_number(const FieldSpec& f) {
    const Json* v = find(f);
    if (!v || v->is_null()) return std::nullopt;
    if (v->is_number()) return v->get<double>();
    wrong_type(f, "a number, or null when unknown");
    return std::nullopt;
  }

  Value number_or_range(const FieldSpec& f) {
    const Json* v = find(f);
    if (!v) return Value::number(0);
    if (v->is_number()) return Value::number(v->get<double>());
    if (v->is_object() && v->size() == 2 && v->contains("min") && v->contains("max") &&
        (*v)["min"].is_number() && (*v)["max"].is_number())
      return Value::interval((*v)["min"].get<double>(), (*v)["max"].get<double>());
    wrong_type(f, "a number or an interval {\"min\": number, \"max\": number}");
    return Value::number(0);
  }

  const Json& input_;
  Errors& errors_;
};

void write_value(JsonWriter& w, const Value& v) {
  if (v.range)
    w.begin_object().key("min").number_round_trip(v.min).key("max").number_round_trip(v.max).end_object();
  else
    w.number_round_trip(v.min);
}

struct Criterion {
  const char* key;
  const char* type;
  const char* name;
  const char* unit;
};

const Criterion kEnergy{"energy", "energy", "Energy", "kWh"};
const Criterion kGwp{"gwp", "GWP", "Global Warming Potential", "kgCO2eq"};
const Criterion kAdpe{"adpe", "ADPe", "Abiotic Depletion Potential (elements)", "kgSbeq"};
const Criterion kPe{"pe", "PE", "Primary Energy", "MJ"};
const Criterion kWcf{"wcf", "WCF", "Water Consumption Footprint", "L"};

void write_impact(JsonWriter& w, const Criterion& c, const Value& v) {
  w.key(c.key).begin_object().key("type").string(c.type).key("name").string(c.name).key("value");
  write_value(w, v);
  w.key("unit").string(c.unit).end_object();
}

bool finite(const Value& v) { return std::isfinite(v.min) && std::isfinite(v.max); }

// Why the reference implementation refuses the input, as its own errors say it.
std::string failure_message(const ecologits::Failure& f) {
  const std::string code = f.code;
  if (code == "ecologits_tps_zero") return "tps is 0: the generation latency cannot be derived (division by zero)";
  if (code == "ecologits_no_gpu") return "modelTotalParameterCount sizes no GPU (required memory not positive and finite)";
  if (code == "ecologits_input_reversed") return "interval with min above max";
  return std::string("the interval computed for ") + f.subject + " has min above max (inverted by a negative factor)";
}

}  // namespace

std::string ecologits_json(const std::string& input_json) {
  Errors errors;
  const Json input = Json::parse(input_json, nullptr, false);
  if (input.is_discarded() || !input.is_object()) {
    errors.add("", "the input is not a JSON object (the inputs of an EcoLogits vector)");
    return errors.document();
  }
  ecologits::Inputs in;
  InputReader(input, errors).read(in);
  if (errors.count) return errors.document();

  ecologits::Impacts r;
  ecologits::Failure failure;
  if (!ecologits::estimate(in, r, failure)) {
    errors.add(failure.field, failure_message(failure));
    return errors.document();
  }
  const std::pair<const char*, const Value*> all[] = {
      {"energy", &r.energy}, {"gwp", &r.gwp}, {"adpe", &r.adpe}, {"pe", &r.pe}, {"wcf", &r.wcf},
      {"embodied.gwp", &r.embodied_gwp}, {"embodied.adpe", &r.embodied_adpe}, {"embodied.pe", &r.embodied_pe}};
  for (const auto& [name, value] : all)
    if (!finite(*value)) {
      // JSON has no infinity: the reference would print one, we cannot.
      errors.add("", std::string("result '") + name +
                         "' is too large to represent (infinite): check the inputs' orders of magnitude");
      return errors.document();
    }

  JsonWriter w;
  w.begin_object();
  write_impact(w, kEnergy, r.energy);
  write_impact(w, kGwp, r.gwp);
  write_impact(w, kAdpe, r.adpe);
  write_impact(w, kPe, r.pe);
  write_impact(w, kWcf, r.wcf);
  w.key("usage").begin_object().key("type").string("usage").key("name").string("Usage");
  write_impact(w, kEnergy, r.usage_energy);
  write_impact(w, kGwp, r.usage_gwp);
  write_impact(w, kAdpe, r.usage_adpe);
  write_impact(w, kPe, r.usage_pe);
  write_impact(w, kWcf, r.usage_wcf);
  w.end_object();
  w.key("embodied").begin_object().key("type").string("embodied").key("name").string("Embodied");
  write_impact(w, kGwp, r.embodied_gwp);
  write_impact(w, kAdpe, r.embodied_adpe);
  write_impact(w, kPe, r.embodied_pe);
  w.end_object();
  w.end_object();
  return w.str();
}

}  // namespace core
