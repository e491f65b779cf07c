#include "core/footprint.h"

#include <algorithm>
#include <cmath>

#include "core/ecologits_constants.h"
#include "core/footprint_fields.h"
#include "core/footprint_item_common.h"
#include "core/footprint_items.h"
#include "core/footprint_messages.h"
#include "core/footprint_number_fields.h"
#include "core/footprint_reference.h"
#include "core/footprint_text.h"
#include "core/rounding.h"

namespace core {

const char* const kFootprintMethodVersion = "guide-empreinte-2";

namespace {

using Json = nlohmann::ordered_json;
using footprint_fields::Errors;
using footprint_fields::Fields;
using footprint_items::Impacts;
using footprint_items::ItemResult;
using footprint_reference::Reference;
using footprint_number_fields::kCarbonPrice;
using footprint_number_fields::kProjectLifetime;

// Decimals of every reported number (stated in each result's "rounding" member).
constexpr int kKwh = 6, kKg = 6, kLitre = 3, kEur = 2, kPct = 1, kCount = 2;

double r(double v, int d) { return round_half_up(v, d); }



// Sums of valid items, lifetime and per year, with the range.
struct Totals {
  Impacts lifetime, per_year;
  double low = 0, high = 0, low_year = 0, high_year = 0;
  Impacts phase[2];  // build, use (lifetime)
  double phase_low[2] = {0, 0}, phase_high[2] = {0, 0};
  std::vector<std::string> sources;

  void add(const ItemResult& item) {
    auto sum = [](Impacts& a, const Impacts& b) {
      a.energy_kwh += b.energy_kwh;
      a.co2e_usage_kg += b.co2e_usage_kg;
      a.co2e_embodied_kg += b.co2e_embodied_kg;
      a.water_l += b.water_l;
    };
    sum(lifetime, item.lifetime);
    sum(per_year, item.per_year);
    double lo = footprint_items::co2e_low(item.lifetime, item), hi = footprint_items::co2e_high(item.lifetime, item);
    low += lo;
    high += hi;
    low_year += footprint_items::co2e_low(item.per_year, item);
    high_year += footprint_items::co2e_high(item.per_year, item);
    int p = item.phase == "build" ? 0 : 1;
    sum(phase[p], item.lifetime);
    phase_low[p] += lo;
    phase_high[p] += hi;
    for (const auto& source : item.sources)
      if (std::find(sources.begin(), sources.end(), source) == sources.end()) sources.push_back(source);
  }
};

Json impacts_json(const Impacts& i, double low, double high) {
  Json j = Json::object();
  j["energy_kwh"] = r(i.energy_kwh, kKwh);
  j["co2e_kg"] = r(i.co2e_kg(), kKg);
  j["co2e_low_kg"] = r(low, kKg);
  j["co2e_high_kg"] = r(high, kKg);
  j["co2e_embodied_kg"] = r(i.co2e_embodied_kg, kKg);
  j["water_l"] = r(i.water_l, kLitre);
  return j;
}

Json item_json(const ItemResult& item) {
  Json j = Json::object();
  j["kind"] = item.kind;
  j["label"] = item.label;
  j["valid"] = item.valid;
  if (!item.valid) return j;
  j["phase"] = item.phase;
  j["recurrence"] = item.recurrence;
  if (!item.allocation.empty()) j["allocation"] = item.allocation;
  Json life = impacts_json(item.lifetime, footprint_items::co2e_low(item.lifetime, item),
                           footprint_items::co2e_high(item.lifetime, item));
  for (auto it = life.begin(); it != life.end(); ++it) j[it.key()] = it.value();
  j["per_year"] = impacts_json(item.per_year, footprint_items::co2e_low(item.per_year, item),
                               footprint_items::co2e_high(item.per_year, item));
  j["details"] = item.details;
  j["sources"] = item.sources;
  return j;
}

Json totals_json(const Totals& t, const Reference& ref, double price) {
  Json j = impacts_json(t.lifetime, t.low, t.high);
  j["external_cost_eur"] = r(t.lifetime.co2e_kg() / 1000.0 * price, kEur);
  j["external_cost_low_eur"] = r(t.low / 1000.0 * price, kEur);
  j["external_cost_high_eur"] = r(t.high / 1000.0 * price, kEur);
  Json year = impacts_json(t.per_year, t.low_year, t.high_year);
  year["external_cost_eur"] = r(t.per_year.co2e_kg() / 1000.0 * price, kEur);
  j["per_year"] = year;
  Json phases = Json::object();
  phases["build"] = impacts_json(t.phase[0], t.phase_low[0], t.phase_high[0]);
  phases["use"] = impacts_json(t.phase[1], t.phase_low[1], t.phase_high[1]);
  j["by_phase"] = phases;
  // Three parts that do not overlap and add up to the total: the table and the chart show these.
  Json parts = Json::object();
  parts["build_electricity_kg"] = r(t.phase[0].co2e_usage_kg, kKg);
  parts["use_electricity_kg"] = r(t.phase[1].co2e_usage_kg, kKg);
  parts["embodied_kg"] = r(t.lifetime.co2e_embodied_kg, kKg);
  j["breakdown"] = parts;
  Json comparisons = Json::array();
  for (const auto& c : ref.comparisons) {
    Json cj = Json::object();
    cj["id"] = c.id;
    cj["label"] = c.label;
    cj["value"] = r(t.lifetime.co2e_kg() / c.kg_per_unit, kCount);
    cj["kgco2e_per_unit"] = r(c.kg_per_unit, kKg);
    cj["source"] = c.source;
    comparisons.push_back(cj);
  }
  j["comparisons"] = comparisons;
  j["sources"] = t.sources;
  return j;
}

struct Scenario {
  std::string id, label;
  footprint_items::Allocation allocation = footprint_items::Allocation::kShared;
  Json items = Json::array();
  Totals totals;
};

// Reads an "allocation" member ("shared" or "dedicated"; default shared).
bool read_allocation(Fields& f, footprint_items::Allocation& out) {
  std::string a;
  if (!f.text("allocation", "allocation", a, false)) return false;
  if (a.empty() || a == "shared") {
    out = footprint_items::Allocation::kShared;
    return true;
  }
  if (a == "dedicated") {
    out = footprint_items::Allocation::kDedicated;
    return true;
  }
  f.error("allocation", "allocation_invalid", {{"value", a}});
  return false;
}

Scenario evaluate_items(const Json& items, const std::string& pointer, const Reference& ref,
                        const footprint_items::Context& ctx, Errors& errors) {
  Scenario s;
  s.allocation = ctx.allocation;
  if (!items.is_array()) {
    errors.add(pointer, "items_not_list");
    return s;
  }
  for (size_t i = 0; i < items.size(); ++i) {
    ItemResult item = footprint_items::evaluate(items[i], pointer + "/" + std::to_string(i), ref, ctx, errors);
    if (item.valid) s.totals.add(item);
    s.items.push_back(item_json(item));
  }
  return s;
}

Json difference_json(const Scenario& s, const Scenario& base, double price) {
  auto pct = [](double delta, double baseline) -> Json {
    if (baseline == 0) return nullptr;
    return r(100.0 * delta / baseline, kPct);
  };
  Json j = Json::object();
  j["scenario"] = s.id;
  j["baseline"] = base.id;
  double d_co2 = s.totals.lifetime.co2e_kg() - base.totals.lifetime.co2e_kg();
  double d_kwh = s.totals.lifetime.energy_kwh - base.totals.lifetime.energy_kwh;
  double d_year = s.totals.per_year.co2e_kg() - base.totals.per_year.co2e_kg();
  j["co2e_kg"] = r(d_co2, kKg);
  j["co2e_pct"] = pct(d_co2, base.totals.lifetime.co2e_kg());
  j["energy_kwh"] = r(d_kwh, kKwh);
  j["energy_pct"] = pct(d_kwh, base.totals.lifetime.energy_kwh);
  j["water_l"] = r(s.totals.lifetime.water_l - base.totals.lifetime.water_l, kLitre);
  j["per_year_co2e_kg"] = r(d_year, kKg);
  j["external_cost_eur"] = r(d_co2 / 1000.0 * price, kEur);
  // Both sides counted the same way, or not: the page warns when they differ.
  j["same_allocation"] = s.allocation == base.allocation;
  return j;
}

Json rounding_json(const std::string& description) {
  Json d = Json::object();
  d["energy_kwh"] = kKwh;
  d["co2e_kg"] = kKg;
  d["water_l"] = kLitre;
  d["eur"] = kEur;
  d["pct"] = kPct;
  d["comparisons"] = kCount;
  d["per_request_wh_g_ml"] = 6;
  Json j = Json::object();
  j["rule"] = "half-up";
  j["description"] = description;
  j["decimals"] = d;
  return j;
}

Json header(const Reference& ref) {
  Json out = Json::object();
  out["method"] = ref.method_text;
  out["method_version"] = kFootprintMethodVersion;
  out["data_version"] = ref.data_version.empty() ? Json(nullptr) : Json(ref.data_version);
  out["ecologits_version"] = ecologits::kReferenceVersion;
  out["rounding"] = rounding_json(ref.rounding_text);
  return out;
}

}  // namespace

std::string footprint(const std::string& input_json) {
  return footprint_json(Json::parse(input_json, nullptr, false)).dump();
}

PreparedReference prepare_reference(const Json& reference) {
  PreparedReference out;
  out.ok = footprint_reference::parse(reference, "/reference", out.tables, out.errors);
  return out;
}

Json footprint_json(const Json& input) {
  if (input.is_discarded() || !input.is_object()) return footprint_json(input, PreparedReference());
  return footprint_json(input, prepare_reference(input.contains("reference") ? input.at("reference") : Json()));
}

namespace {

Json compute(const Json& input, const PreparedReference& reference) {
  if (input.is_discarded() || !input.is_object()) {
    Errors errors;
    Json out = header(Reference());
    errors.add("", "input_not_json");
    out["errors"] = errors.list;
    return out;
  }
  Errors errors = reference.errors;
  const Reference& ref = reference.tables;
  const bool ref_ok = reference.ok;
  Json out = header(ref);
  Fields top(input, "", errors);
  top.reject_unknown({"items", "scenarios", "baseline", "allocation", "lifetime_years", "carbon_price_eur_per_t",
                      "reference", "meta"});
  double lifetime = 3, price = ref.factors.carbon_price_eur_per_t;
  bool lifetime_ok = top.number(kProjectLifetime, lifetime, false, 3);
  top.number(kCarbonPrice, price, false, ref.factors.carbon_price_eur_per_t);
  out["lifetime_years"] = r(lifetime, 3);
  out["carbon_price_eur_per_t"] = r(price, kEur);
  if (!ref_ok || !lifetime_ok) {
    // Without reference data or a lifetime nothing can be computed; say so once.
    out["errors"] = errors.list;
    return out;
  }

  const bool has_items = top.has("items"), has_scenarios = top.has("scenarios");
  if (has_items == has_scenarios) {
    top.error(has_items ? "scenarios" : "items", has_items ? "items_and_scenarios" : "items_or_scenarios_missing");
    out["errors"] = errors.list;
    return out;
  }
  footprint_items::Context top_ctx;
  top_ctx.lifetime_years = lifetime;
  read_allocation(top, top_ctx.allocation);
  if (has_items) {
    Scenario s = evaluate_items(input.at("items"), "/items", ref, top_ctx, errors);
    out["allocation"] = footprint_items::allocation_id(top_ctx.allocation);
    out["items"] = s.items;
    out["total"] = totals_json(s.totals, ref, price);
    out["errors"] = errors.list;
    return out;
  }

  const Json& scenarios = input.at("scenarios");
  std::vector<Scenario> evaluated;
  if (!scenarios.is_array() || scenarios.empty()) {
    top.error("scenarios", "scenarios_empty");
  } else {
    for (size_t i = 0; i < scenarios.size(); ++i) {
      const std::string p = "/scenarios/" + std::to_string(i);
      Fields sf(scenarios[i], p, errors);
      if (!scenarios[i].is_object()) {
        errors.add(p, "scenario_not_object");
        continue;
      }
      sf.reject_unknown({"id", "label", "allocation", "items"});
      footprint_items::Context ctx = top_ctx;
      if (sf.has("allocation")) read_allocation(sf, ctx.allocation);
      std::string id, label;
      sf.text("id", "scenario_id", id, false);
      sf.text("label", "scenario_label", label, false);
      if (id.empty()) id = "scenario-" + std::to_string(i + 1);
      for (const auto& other : evaluated)
        if (other.id == id) sf.error("id", "scenario_id_repeated", {{"id", id}});
      Scenario s = evaluate_items(scenarios[i].contains("items") ? scenarios[i].at("items") : Json::array(),
                                  p + "/items", ref, ctx, errors);
      s.id = id;
      s.label = label.empty() ? id : label;
      evaluated.push_back(std::move(s));
    }
  }
  Json list = Json::array();
  for (const auto& s : evaluated) {
    Json j = Json::object();
    j["id"] = s.id;
    j["label"] = s.label;
    j["allocation"] = footprint_items::allocation_id(s.allocation);
    j["items"] = s.items;
    j["total"] = totals_json(s.totals, ref, price);
    list.push_back(j);
  }
  out["scenarios"] = list;
  // The baseline is the alternative the others are weighed against (criterion 7: "sans IA").
  Json differences = Json::array();
  if (!evaluated.empty()) {
    size_t base = evaluated.size() - 1;
    std::string baseline;
    if (top.text("baseline", "baseline", baseline, false) && !baseline.empty()) {
      bool found = false;
      std::vector<std::string> ids;
      for (size_t i = 0; i < evaluated.size(); ++i) {
        if (evaluated[i].id == baseline) base = i, found = true;
        ids.push_back(evaluated[i].id);
      }
      if (!found) top.error("baseline", "baseline_unknown", footprint_fields::unknown_id(baseline, ids));
    }
    out["baseline"] = evaluated[base].id;
    for (size_t i = 0; i < evaluated.size(); ++i)
      if (i != base) differences.push_back(difference_json(evaluated[i], evaluated[base], price));
  }
  out["differences"] = differences;
  out["errors"] = errors.list;
  return out;
}

}  // namespace

Json footprint_json(const Json& input, const PreparedReference& reference) {
  Json out = compute(input, reference);
  footprint_messages::word(out["errors"], reference.tables.messages);
  return out;
}

std::string footprint_with_reference(const std::string& input_json, const std::string& reference_json) {
  Json input = Json::parse(input_json, nullptr, false);
  if (input.is_discarded() || !input.is_object() || input.contains("reference")) return input_json;
  Json reference = Json::parse(reference_json, nullptr, false);
  if (reference.is_discarded()) return input_json;
  input["reference"] = std::move(reference);
  return input.dump();
}

}  // namespace core
