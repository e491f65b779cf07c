#include "core/footprint_inference.h"

#include <algorithm>
#include <cmath>

#include "core/ecologits_constants.h"
#include "core/ecologits_estimator.h"
#include "core/footprint_number_fields.h"

namespace core::footprint_inference {

namespace eco = core::ecologits;
using ecologits::Value;
using footprint_fields::Fields;
using footprint_items::add_source;
using footprint_items::Allocation;
using footprint_items::Context;
using footprint_items::Grid;
using footprint_items::ItemResult;
using footprint_items::rounded;
using footprint_reference::Reference;
// The input fields and their bounds, by name (kPue, kRuntime...).
using namespace footprint_number_fields;

namespace {

double mid(const Value& v) { return (v.min + v.max) / 2; }

// A value as the result writes it: a number, or {"min","max"} for an interval.
footprint_items::Json value_json(const Value& v, int decimals) {
  if (!v.range) return rounded(v.min, decimals);
  footprint_items::Json j = footprint_items::Json::object();
  j["min"] = rounded(v.min, decimals);
  j["max"] = rounded(v.max, decimals);
  return j;
}

// Per-request impacts, each bound of an interval computed with the matching bounds of the inputs.
struct Request {
  Value energy_kwh, usage_kg, embodied_kg, water_l;
  Value input_energy_kwh;  // the input tokens' part of energy_kwh
};

// Where the electricity comes from: the EcoLogits provider's assumptions, or the item's own grid.
struct Datacenter {
  bool provider = false;
  Value pue, wue;          // PUE; on-site water, L per kWh of IT energy
  double gwp = 0;          // kgCO2e per kWh
  double mix_wue = 0;      // off-site water, L per kWh of electricity
  std::string provider_id, zone, location;
  double carbon_intensity = 0;
};

// The input tokens, which EcoLogits does not count (mlco2/ecologits#183): reading the prompt is
// compute-bound, 2 x active parameters operations per token at the reference GPU's peak times
// the utilisation reached, charged as EcoLogits charges GPU time (the GPU's power plus its share
// of the server, the manufacturing share of the GPU-seconds).
Request prefill(double input_tokens, double active, double pue, double wue, const Datacenter& dc,
                const Reference& ref) {
  const auto& llm = ref.factors.llm;
  const double gpu_s = input_tokens * 2.0 * active * 1e9 / (llm.gpu_peak_flops * llm.prefill_mfu);
  const double it_kwh = gpu_s / 3600.0 * (llm.gpu_tdp_w + eco::kServerPowerKw * 1000.0 / eco::kServerGpus) / 1000.0;
  Request r;
  r.energy_kwh = Value::number(pue * it_kwh);
  r.usage_kg = Value::number(pue * it_kwh * dc.gwp);
  r.embodied_kg = Value::number(gpu_s / eco::kHardwareLifetimeS *
                                (eco::kGpuEmbodiedGwp + eco::kServerEmbodiedGwp / eco::kServerGpus));
  r.water_l = Value::number(it_kwh * (wue + pue * dc.mix_wue));
  r.input_energy_kwh = r.energy_kwh;
  return r;
}

Value join(const Value& low, const Value& high) {
  return low.min == high.max ? Value::number(low.min) : Value::interval(low.min, high.max);
}

bool read_datacenter(Fields& in, const Reference& ref, const footprint_reference::Model* model, Datacenter& dc,
                     ItemResult& out) {
  std::string where;
  bool ok = in.text("datacenter", "datacenter", where, false);
  if (where.empty()) where = "location";
  if (where != "location" && where != "provider") {
    in.error("datacenter", "datacenter_invalid", {{"value", where}});
    return false;
  }
  if (where == "provider") {
    dc.provider = true;
    std::string id;
    ok &= in.text("provider", "provider", id, false);
    if (id.empty() && model) id = model->provider;
    const footprint_reference::Provider* p = id.empty() ? nullptr : ref.provider(id);
    if (!p) {
      const char* key = in.has("provider") ? "provider" : "datacenter";
      if (id.empty()) in.error(key, "provider_missing");
      else in.error(key, "provider_unknown", footprint_fields::unknown_id(id, ref.provider_ids()));
      return false;
    }
    const footprint_reference::Zone* zone = ref.zone(p->zone);
    if (!zone) {
      in.error("provider", "provider_zone_missing", {{"id", p->id}});
      return false;
    }
    dc.provider_id = p->id;
    dc.zone = zone->code;
    dc.pue = p->pue;
    dc.wue = p->wue;
    dc.gwp = zone->gwp_kg_per_kwh;
    dc.mix_wue = zone->wue_l_per_kwh;
    dc.carbon_intensity = zone->gwp_kg_per_kwh * 1000.0;
    add_source(out, p->source);
    add_source(out, zone->source);
    return ok;
  }
  Grid grid;
  double pue = 0;
  ok &= in.number(kPue, pue, false, ref.factors.pue_inference_default);
  ok &= footprint_items::resolve_grid(in, ref, grid);
  if (!ok) return false;
  if (!in.has("pue")) add_source(out, ref.factors.pue_inference_source);
  if (!in.has("wue_onsite")) add_source(out, ref.factors.wue_onsite_source);
  add_source(out, grid.source);
  dc.pue = Value::number(pue);
  dc.wue = Value::number(grid.wue_onsite);
  dc.gwp = grid.carbon_intensity / 1000.0;
  dc.mix_wue = grid.wue_offsite;
  dc.location = grid.location;
  dc.carbon_intensity = grid.carbon_intensity;
  return true;
}

// A field of the input an EcoLogits failure names.
std::string failing_key(const std::string& field) {
  if (field == "/modelActiveParameterCount") return "active_params_b";
  if (field == "/modelTotalParameterCount") return "total_params_b";
  return "model";
}

}  // namespace

const std::vector<std::string>& allowed_keys() {
  static const std::vector<std::string> keys = {
      "kind", "label", "phase", "model", "active_params_b", "total_params_b", "datacenter", "provider",
      "output_tokens", "input_tokens", "reasoning_factor", "requests_per_year", "gpu_usage", "pue",
      "location", "carbon_intensity", "wue_onsite"};
  return keys;
}

bool energy_class(const Reference& ref, const Value& active, const Value& total, const std::optional<double>& tps,
                  const std::optional<double>& ttft, EnergyClass& out) {
  const auto& classes = ref.factors.energy_classes;
  if (classes.empty()) return false;
  eco::Inputs in;
  in.active_parameters = active;
  in.total_parameters = total;
  in.output_tokens = 1e6;
  in.datacenter_pue = Value::number(ref.factors.energy_class_pue);
  in.datacenter_wue = Value::number(0);
  in.tps = tps;
  in.ttft = ttft;
  eco::Impacts impacts;
  eco::Failure failure;
  if (!eco::estimate(in, impacts, failure)) return false;
  out.wh_per_million_output_tokens = mid(impacts.energy) * 1000.0;
  for (const auto& c : classes)
    if (!c.bounded || out.wh_per_million_output_tokens < c.below) {
      out.label = c.label;
      return true;
    }
  return false;
}

bool evaluate(Fields& in, const Reference& ref, const Context& ctx, ItemResult& out) {
  const auto& fac = ref.factors;
  bool ok = footprint_items::read_phase(in, "use", out.phase);
  std::string model_id;
  ok &= in.text("model", "model", model_id, false);
  const footprint_reference::Model* model = nullptr;
  if (!model_id.empty()) {
    model = ref.model(model_id);
    if (!model) {
      in.error("model", "model_unknown", footprint_fields::unknown_id(model_id, ref.model_ids()));
      ok = false;
    }
  }
  // Parameter counts: the registry's (an interval for an undisclosed model), or typed in, which
  // then replace it (and the registry's throughput, which belongs to the registry's model).
  Value active, total;
  std::optional<double> tps, ttft;
  const bool custom = in.has("active_params_b") || !model;
  if (custom) {
    double a = 0, t = 0;
    // Required when no model is named; an unknown model's message already asks for them.
    bool active_ok = in.number(kActiveParams, a, model_id.empty());
    ok &= active_ok;
    bool total_ok = in.number(kTotalParams, t, false, a);
    ok &= total_ok;
    if (active_ok && total_ok && t < a) {
      in.error("total_params_b", "total_below_active", {{"active", a}});
      ok = false;
    }
    active = Value::number(a);
    total = Value::number(t);
  } else {
    active = model->active_params_b;
    total = model->total_params_b;
    tps = model->tps;
    ttft = model->ttft;
    add_source(out, model->source);
  }
  double out_tokens = 0, in_tokens = 0, reasoning = 1, requests = 0, gpu_usage = 1;
  ok &= in.number(kOutTokens, out_tokens, true);
  ok &= in.number(kInTokens, in_tokens, false, 0);
  ok &= in.number(kReasoning, reasoning, false, 1);
  ok &= in.number(kRequests, requests, true);
  ok &= in.number(kGpuUsage, gpu_usage, false, 1);
  Datacenter dc;
  ok &= read_datacenter(in, ref, model, dc, out);
  if (!ok) return false;

  // EcoLogits for the generated tokens: the visible answer times the reasoning multiplier.
  const double generated = out_tokens * reasoning;
  eco::Inputs eco_in;
  eco_in.active_parameters = active;
  eco_in.total_parameters = total;
  eco_in.output_tokens = generated;
  eco_in.mix_gwp = dc.gwp;
  eco_in.mix_wue = dc.mix_wue;
  eco_in.datacenter_pue = dc.pue;
  eco_in.datacenter_wue = dc.wue;
  eco_in.tps = tps;
  eco_in.ttft = ttft;
  eco::Impacts eco_out;
  eco::Failure failure;
  if (!eco::estimate(eco_in, eco_out, failure)) {
    footprint_fields::Json values = footprint_fields::Json::object();
    if (*failure.subject) values["subject"] = failure.subject;
    in.error(failing_key(failure.field), failure.code, std::move(values));
    return false;
  }
  const Request low = prefill(in_tokens, active.min, dc.pue.min, dc.wue.min, dc, ref);
  const Request high = prefill(in_tokens, active.max, dc.pue.max, dc.wue.max, dc, ref);
  Request request;
  request.energy_kwh = eco_out.energy + join(low.energy_kwh, high.energy_kwh);
  request.usage_kg = eco_out.usage_gwp + join(low.usage_kg, high.usage_kg);
  request.embodied_kg = eco_out.embodied_gwp + join(low.embodied_kg, high.embodied_kg);
  request.water_l = eco_out.wcf + join(low.water_l, high.water_l);
  request.input_energy_kwh = join(low.energy_kwh, high.energy_kwh);

  // Per year: each request's share (EcoLogits), or the dedicated GPUs all year.
  const bool dedicated = ctx.allocation == Allocation::kDedicated;
  const double gpus = eco::gpu_count(total.max);
  const double latency = eco::generation_latency(eco_in, active.max);
  Value year_energy, year_usage, year_embodied, year_water;
  double replicas = 0;
  if (!dedicated) {
    const Value n = Value::number(requests);
    year_energy = request.energy_kwh * n;
    year_usage = request.usage_kg * n;
    year_embodied = request.embodied_kg * n;
    year_water = request.water_l * n;
  } else {
    // A replica serves a batch of requests at a time, each holding it for its generation and for
    // the reading of its prompt, spread over its GPUs.
    const double prompt_s = in_tokens * 2.0 * active.max * 1e9 / (fac.llm.gpu_peak_flops * fac.llm.prefill_mfu) / gpus;
    const double capacity = fac.hours_per_year * 3600.0 * eco::kBatchSize / (latency + prompt_s);
    replicas = std::max(1.0, std::ceil(requests / capacity));
    const double cards = replicas * gpus;
    const double it_kwh = cards * (fac.llm.gpu_tdp_w * gpu_usage + eco::kServerPowerKw * 1000.0 / eco::kServerGpus) *
                          fac.hours_per_year / 1000.0;
    const Value it = Value::number(it_kwh);
    year_energy = dc.pue * it;
    year_usage = year_energy * Value::number(dc.gwp);
    year_water = it * (dc.wue + dc.pue * Value::number(dc.mix_wue));
    const Value per_card = fac.llm.gpu_embodied + Value::number(fac.llm.server_embodied_kg / eco::kServerGpus);
    year_embodied = per_card * Value::number(cards / fac.llm.lifetime_years);
    add_source(out, fac.llm.gpu_source);
    add_source(out, fac.hours_source);
  }
  const double to_life = ctx.lifetime_years;
  out.recurrence = "per_year";
  out.allocation = footprint_items::allocation_id(ctx.allocation);
  out.per_year = {mid(year_energy), mid(year_usage), mid(year_embodied), mid(year_water)};
  out.lifetime = {mid(year_energy) * to_life, mid(year_usage) * to_life, mid(year_embodied) * to_life,
                  mid(year_water) * to_life};
  if (year_usage.range && mid(year_usage) > 0) {
    out.usage_low = year_usage.min / mid(year_usage);
    out.usage_high = year_usage.max / mid(year_usage);
  }
  if (year_embodied.range && mid(year_embodied) > 0) {
    out.embodied_low = year_embodied.min / mid(year_embodied);
    out.embodied_high = year_embodied.max / mid(year_embodied);
  }
  out.u_energy = fac.uncertainty.inference;
  if (in_tokens > 0) add_source(out, fac.llm_source);

  footprint_items::Json& d = out.details;
  d["method"] = std::string("EcoLogits ") + eco::kReferenceVersion;
  if (model) {
    d["model"] = model->id;
    d["model_label"] = model->label;
    if (!model->warnings.empty()) d["model_warnings"] = model->warnings;
  }
  d["active_params_b"] = value_json(active, 3);
  d["total_params_b"] = value_json(total, 3);
  d["datacenter"] = dc.provider ? "provider" : "location";
  if (dc.provider) {
    d["provider"] = dc.provider_id;
    d["zone"] = dc.zone;
  } else if (!dc.location.empty()) {
    d["location"] = dc.location;
  }
  d["pue"] = value_json(dc.pue, 3);
  d["wue_onsite_l_per_kwh"] = value_json(dc.wue, 4);
  d["carbon_intensity_g_per_kwh"] = rounded(dc.carbon_intensity, 3);
  d["wue_offsite_l_per_kwh"] = rounded(dc.mix_wue, 4);
  d["output_tokens"] = rounded(out_tokens, 3);
  d["input_tokens"] = rounded(in_tokens, 3);
  d["reasoning_factor"] = rounded(reasoning, 3);
  d["generated_tokens"] = rounded(generated, 3);
  d["requests_per_year"] = rounded(requests, 3);
  d["gpus"] = rounded(gpus, 0);
  d["latency_s"] = rounded(latency, 3);
  if (dedicated) {
    d["replicas"] = rounded(replicas, 0);
    d["dedicated_gpus"] = rounded(replicas * gpus, 0);
    d["gpu_usage"] = rounded(gpu_usage, 3);
  }
  // Per request first: what one answer costs, whatever the volume.
  const double share = requests > 0 ? 1.0 / requests : 0.0;
  const Value per = Value::number(share);
  const Value energy = dedicated ? year_energy * per : request.energy_kwh;
  const Value usage = dedicated ? year_usage * per : request.usage_kg;
  const Value embodied = dedicated ? year_embodied * per : request.embodied_kg;
  const Value water = dedicated ? year_water * per : request.water_l;
  footprint_items::Json pr = footprint_items::Json::object();
  pr["energy_wh"] = rounded(mid(energy) * 1000.0, 6);
  pr["energy_wh_low"] = rounded(energy.min * 1000.0, 6);
  pr["energy_wh_high"] = rounded(energy.max * 1000.0, 6);
  pr["co2e_g"] = rounded((mid(usage) + mid(embodied)) * 1000.0, 6);
  pr["co2e_usage_g"] = rounded(mid(usage) * 1000.0, 6);
  pr["co2e_embodied_g"] = rounded(mid(embodied) * 1000.0, 6);
  pr["water_ml"] = rounded(mid(water) * 1000.0, 6);
  d["per_request"] = pr;
  const double total_wh = mid(request.energy_kwh);
  d["input_share_of_energy_pct"] = total_wh > 0 ? rounded(100.0 * mid(request.input_energy_kwh) / total_wh, 1) : 0.0;
  EnergyClass cls;
  if (energy_class(ref, active, total, tps, ttft, cls)) {
    footprint_items::Json c = footprint_items::Json::object();
    c["label"] = cls.label;
    c["wh_per_million_output_tokens"] = rounded(cls.wh_per_million_output_tokens, 3);
    d["energy_class"] = c;
    add_source(out, fac.energy_class_source);
  }
  return true;
}

}  // namespace core::footprint_inference
