#include "core/footprint_items.h"

#include <algorithm>
#include <cmath>

#include "core/footprint_formulas.h"
#include "core/footprint_inference.h"
#include "core/footprint_item_common.h"
#include "core/footprint_number_fields.h"
#include "core/footprint_text.h"
#include "core/rounding.h"

namespace core::footprint_items {

namespace f = footprint_formulas;
using footprint_fields::Errors;
using footprint_fields::Fields;
using footprint_fields::unknown_id;
using footprint_reference::Hardware;
using footprint_reference::Value;
using footprint_reference::Reference;
// The input fields and their bounds, by name (kPue, kRuntime...).
using namespace footprint_number_fields;

namespace {

double r(double v, int decimals) { return round_half_up(v, decimals); }

const std::vector<std::string> kKinds = {"compute", "inference", "storage", "transfer", "equipment"};

// Finds hardware `key` of one of `types`, reporting an unknown id with the closest ones.
const Hardware* read_hardware(Fields& fields, const Reference& ref, const char* key,
                              const std::vector<std::string>& types, const char* hint) {
  std::string id;
  if (!fields.text(key, "hardware", id, false) || id.empty()) return nullptr;
  const Hardware* hw = ref.find_hardware(id);
  bool type_ok = hw && std::find(types.begin(), types.end(), hw->type) != types.end();
  if (type_ok) return hw;
  std::vector<std::string> candidates;
  for (const auto& t : types)
    for (const auto& c : ref.hardware_ids(t)) candidates.push_back(c);
  Json values = unknown_id(id, candidates);
  values["hint"] = hint;
  if (hw) values["type"] = hw->type;
  fields.error(key, hw ? "hardware_unsuited" : "hardware_unknown", std::move(values));
  return nullptr;
}

// The manufacturing share of `units` cards of `hw` for `hours` of use, or, for a machine
// dedicated to the project, per year of its life. Central value: the middle of a published
// interval; the item keeps the interval's bounds for its range.
double embodied_share(const Hardware& hw, double units, double hours, const Reference& ref, bool dedicated,
                      ItemResult& out) {
  if (!hw.has_embodied || units <= 0) return 0;
  const double life = hw.lifetime_years > 0 ? hw.lifetime_years : ref.factors.equipment_lifetime_years;
  const double mid = (hw.embodied.min + hw.embodied.max) / 2;
  if (hw.embodied.range && mid > 0) {
    out.embodied_low = hw.embodied.min / mid;
    out.embodied_high = hw.embodied.max / mid;
  }
  add_source(out, hw.embodied_source);
  out.details["embodied_per_unit_kgco2e"] = r(mid, 3);
  if (hw.embodied.range) {
    out.details["embodied_per_unit_min_kgco2e"] = r(hw.embodied.min, 3);
    out.details["embodied_per_unit_max_kgco2e"] = r(hw.embodied.max, 3);
  }
  out.details["hardware_lifetime_years"] = r(life, 3);
  if (dedicated) return units * mid / life;  // per year
  return units * mid * hours / (life * ref.factors.hours_per_year);
}

bool evaluate_compute(Fields& in, const Reference& ref, const Context& ctx, ItemResult& out) {
  const auto& fac = ref.factors;
  bool ok = read_phase(in, "build", out.phase);
  std::string recurrence;
  ok &= in.text("recurrence", "recurrence", recurrence, false);
  if (recurrence.empty()) recurrence = "once";
  if (recurrence != "once" && recurrence != "per_year") {
    in.error("recurrence", "recurrence_invalid", {{"value", recurrence}});
    ok = false;
  }
  // A machine dedicated to the project runs all year: only a recurring item can be one (a
  // training run occupies its machines for its own duration).
  const bool dedicated = ctx.allocation == Allocation::kDedicated && recurrence == "per_year";
  double runtime = 0, count = 1, usage = 1, gpu_usage = 1, memory = 0, pue = 0;
  if (dedicated) runtime = fac.hours_per_year;
  else ok &= in.number(kRuntime, runtime, true);
  ok &= in.number(kCount, count, false, 1);
  ok &= in.number(kMemory, memory, false, 0);
  ok &= in.number(kPue, pue, false, fac.pue_default);

  // "hardware" is Green Algorithms' single choice (a CPU model or a GPU model); "cpu" and "gpu"
  // name one of each for a machine that has both.
  const Hardware* any = read_hardware(in, ref, "hardware", {"cpu", "gpu"}, "enter_power");
  const Hardware* cpu = read_hardware(in, ref, "cpu", {"cpu"}, "enter_power_per_core");
  const Hardware* gpu = read_hardware(in, ref, "gpu", {"gpu"}, "enter_power_per_gpu");
  // An unknown name is reported once; the power it should have given is then not asked for too.
  const bool named_unknown = (in.has("hardware") && !any) || (in.has("cpu") && !cpu) || (in.has("gpu") && !gpu);
  if (named_unknown) ok = false;
  if (any && any->type == "cpu" && !cpu) cpu = any;
  if (any && any->type == "gpu" && !gpu) gpu = any;

  double cores = 0, tdp_core = 0, gpus = 0, tdp_gpu = 0;
  // Green Algorithms counts GPUs in its "cores" box; keep that reading when no CPU is named.
  bool gpus_in_cores = gpu && !cpu && !in.has("gpus") && !in.has("tdp_per_core_w");
  bool has_cpu = !gpus_in_cores && (cpu || in.has("cores") || in.has("tdp_per_core_w"));
  bool has_gpu = gpu || in.has("gpus") || in.has("tdp_per_gpu_w");
  if (has_cpu) {
    ok &= in.number(kCores, cores, true);
    ok &= in.number(kTdpCore, tdp_core, !cpu && !named_unknown, cpu ? cpu->tdp_per_core_w() : 0);
    ok &= in.number(kUsage, usage, false, 1);
  }
  if (has_gpu) {
    ok &= in.number(gpus_in_cores ? kGpusAsCores : kGpus, gpus, true);
    ok &= in.number(kTdpGpu, tdp_gpu, !gpu && !named_unknown, gpu ? gpu->tdp_w : 0);
    ok &= in.number(kGpuUsage, gpu_usage, false, 1);
  }
  if (!has_cpu && !has_gpu) {
    in.error("cores", "compute_without_hardware");
    ok = false;
  }
  Grid grid;
  ok &= resolve_grid(in, ref, grid);
  if (!ok) return false;

  double power = f::compute_power_w(cores, tdp_core, usage, gpus, tdp_gpu, gpu_usage, memory,
                                    fac.memory_w_per_gb, pue);
  double per_run = f::compute_energy_kwh(runtime, power);
  const bool recurring = recurrence == "per_year";
  finish_energy_item(out, per_run * count, grid, pue, ctx.lifetime_years, recurring);
  out.u_energy = ref.factors.uncertainty.compute;
  out.allocation = allocation_id(dedicated ? Allocation::kDedicated : Allocation::kShared);
  if (!in.has("pue")) add_source(out, fac.pue_default_source);
  if (memory > 0) add_source(out, fac.memory_source);
  Json& d = out.details;
  if (has_cpu) {
    if (cpu) {
      d["cpu"] = cpu->id;
      add_source(out, cpu->tdp_source);
    }
    d["cores"] = r(cores, 3);
    d["tdp_per_core_w"] = r(tdp_core, 3);
    d["usage"] = r(usage, 3);
  }
  if (has_gpu) {
    if (gpu) {
      d["gpu"] = gpu->id;
      add_source(out, gpu->tdp_source);
    }
    d["gpus"] = r(gpus, 3);
    d["tdp_per_gpu_w"] = r(tdp_gpu, 3);
    d["gpu_usage"] = r(gpu_usage, 3);
  }
  d["memory_gb"] = r(memory, 3);
  d["memory_power_w_per_gb"] = r(fac.memory_w_per_gb, 4);
  d["power_w"] = r(power, 3);
  d["runtime_h"] = r(runtime, 3);
  d["energy_per_run_kwh"] = r(per_run, 6);
  d["runs"] = r(count, 3);
  // The cards' manufacturing, when published: a share by hours of use, or the whole cards for a
  // machine dedicated to the project (EcoLogits counts the GPUs' share the same way).
  if (gpu) {
    const double kg = embodied_share(*gpu, gpus, runtime * count, ref, dedicated, out);
    const double per_year = dedicated || recurring ? kg : kg / ctx.lifetime_years;
    out.per_year.co2e_embodied_kg = per_year;
    out.lifetime.co2e_embodied_kg = dedicated || recurring ? kg * ctx.lifetime_years : kg;
    if (gpu->has_embodied && gpu->embodied.range) out.u_embodied = 0;
    // No published figure for these cards: their manufacturing is not counted, and the result must
    // say so (the scenario would otherwise look lighter than it is).
    if (!gpu->has_embodied) d["embodied_missing_hardware"] = gpu->label.empty() ? gpu->id : gpu->label;
  }
  return true;
}

bool evaluate_storage(Fields& in, const Reference& ref, const Context& ctx, ItemResult& out) {
  const auto& fac = ref.factors;
  bool ok = read_phase(in, "use", out.phase);
  double tb = 0, replication = 1, pue = 0;
  std::string media;
  ok &= in.number(kTb, tb, true);
  ok &= in.text("media", "media", media, false);
  if (media.empty()) media = "ssd";
  if (media != "ssd" && media != "hdd") {
    in.error("media", "media_invalid", {{"value", media}});
    ok = false;
  }
  ok &= in.number(kReplication, replication, false, 1);
  ok &= in.number(kPue, pue, false, fac.pue_default);
  Grid grid;
  ok &= resolve_grid(in, ref, grid);
  if (!ok) return false;
  double wh_per_tb_hour = media == "hdd" ? fac.storage_hdd_wh_per_tb_hour : fac.storage_ssd_wh_per_tb_hour;
  double kwh = f::storage_energy_kwh_per_year(tb, wh_per_tb_hour, replication, pue);
  finish_energy_item(out, kwh, grid, pue, ctx.lifetime_years, true);
  out.u_energy = fac.uncertainty.storage;
  add_source(out, fac.storage_source);
  if (!in.has("pue")) add_source(out, fac.pue_default_source);
  out.details["tb"] = r(tb, 6);
  out.details["media"] = media;
  out.details["replication"] = r(replication, 3);
  out.details["energy_factor_wh_per_tb_hour"] = r(wh_per_tb_hour, 4);
  return true;
}

bool evaluate_transfer(Fields& in, const Reference& ref, const Context& ctx, ItemResult& out) {
  const auto& fac = ref.factors;
  bool ok = read_phase(in, "use", out.phase);
  double gb = 0, pue = 0;
  ok &= in.number(kGbPerYear, gb, true);
  ok &= in.number(kPue, pue, false, fac.pue_default);
  Grid grid;
  ok &= resolve_grid(in, ref, grid);
  if (!ok) return false;
  finish_energy_item(out, f::transfer_energy_kwh(gb, fac.network_kwh_per_gb, pue), grid, pue, ctx.lifetime_years, true);
  out.u_energy = fac.uncertainty.transfer;
  add_source(out, fac.network_source);
  if (!in.has("pue")) add_source(out, fac.pue_default_source);
  out.details["gb_per_year"] = r(gb, 3);
  out.details["energy_factor_kwh_per_gb"] = r(fac.network_kwh_per_gb, 6);
  return true;
}

bool evaluate_equipment(Fields& in, const Reference& ref, const Context& ctx, ItemResult& out) {
  bool ok = read_phase(in, "build", out.phase);
  const Hardware* hw = read_hardware(in, ref, "hardware", {"cpu", "gpu", "server", "device"},
                                     "enter_embodied");
  if (in.has("hardware") && !hw) ok = false;
  if (hw && !hw->has_embodied && !in.has("embodied_kgco2e")) {
    in.error("embodied_kgco2e", "embodied_unpublished", {{"id", hw->id}});
    ok = false;
  }
  double quantity = 1, embodied = 0, life = 0, share = 1;
  ok &= in.number(kQuantity, quantity, false, 1);
  const bool published = hw && hw->has_embodied && !in.has("embodied_kgco2e");
  // A published interval counts for its middle, and its bounds make the item's range.
  const double published_mid = published ? (hw->embodied.min + hw->embodied.max) / 2 : 0;
  if (!(hw && !hw->has_embodied && !in.has("embodied_kgco2e")))
    ok &= in.number(kEmbodied, embodied, !published, published_mid);
  double default_life = hw && hw->lifetime_years > 0 ? hw->lifetime_years : ref.factors.equipment_lifetime_years;
  ok &= in.number(kEquipmentLifetime, life, false, default_life);
  ok &= in.number(kShare, share, false, 1);
  if (!ok) return false;
  if (!(life > 0)) {
    in.error("lifetime_years", "equipment_lifetime_unknown");
    return false;
  }
  out.recurrence = "per_year";
  double per_year = quantity * embodied * share / life;
  out.per_year = {0, 0, per_year, 0};
  out.lifetime = {0, 0, per_year * ctx.lifetime_years, 0};
  if (hw) out.details["hardware"] = hw->id;
  out.details["quantity"] = r(quantity, 3);
  out.details["embodied_per_unit_kgco2e"] = r(embodied, 3);
  if (published && hw->embodied.range && published_mid > 0) {
    out.embodied_low = hw->embodied.min / published_mid;
    out.embodied_high = hw->embodied.max / published_mid;
    out.u_embodied = 0;
    out.details["embodied_per_unit_min_kgco2e"] = r(hw->embodied.min, 3);
    out.details["embodied_per_unit_max_kgco2e"] = r(hw->embodied.max, 3);
  }
  if (published) add_source(out, hw->embodied_source);
  if (!in.has("lifetime_years") && !(hw && hw->lifetime_years > 0)) add_source(out, ref.factors.lifetime_source);
  out.details["equipment_lifetime_years"] = r(life, 3);
  out.details["share"] = r(share, 4);
  return true;
}

}  // namespace

const std::vector<std::string>& allowed_keys(const std::string& kind) {
  static const std::vector<std::string> none;
  static const std::vector<std::string> compute = {
      "kind", "label", "phase", "recurrence", "count", "runtime_h", "hardware", "cpu", "gpu",
      "cores", "tdp_per_core_w", "usage", "gpus", "tdp_per_gpu_w", "gpu_usage", "memory_gb",
      "pue", "location", "carbon_intensity", "wue_onsite"};
  static const std::vector<std::string> storage = {
      "kind", "label", "phase", "tb", "media", "replication", "pue", "location", "carbon_intensity", "wue_onsite"};
  static const std::vector<std::string> transfer = {
      "kind", "label", "phase", "gb_per_year", "pue", "location", "carbon_intensity", "wue_onsite"};
  static const std::vector<std::string> equipment = {
      "kind", "label", "phase", "hardware", "quantity", "embodied_kgco2e", "lifetime_years", "share"};
  if (kind == "compute") return compute;
  if (kind == "inference") return footprint_inference::allowed_keys();
  if (kind == "storage") return storage;
  if (kind == "transfer") return transfer;
  if (kind == "equipment") return equipment;
  return none;
}

ItemResult evaluate(const Json& item, const std::string& pointer, const Reference& ref, const Context& ctx,
                    Errors& errors) {
  ItemResult out;
  Fields in(item, pointer, errors);
  if (!item.is_object()) {
    errors.add(pointer, "item_not_object");
    return out;
  }
  in.text("label", "item_label", out.label, false);
  if (!in.text("kind", "kind", out.kind, true)) return out;
  if (std::find(kKinds.begin(), kKinds.end(), out.kind) == kKinds.end()) {
    Json values = unknown_id(out.kind, kKinds, 1);
    values["choices"] = kKinds;
    in.error("kind", "kind_unknown", std::move(values));
    return out;
  }
  in.reject_unknown(allowed_keys(out.kind));
  // Defaults an item may narrow (a published interval replaces the generic uncertainty).
  out.u_carbon = ref.factors.uncertainty.carbon_intensity;
  out.u_embodied = ref.factors.uncertainty.embodied;
  bool ok = false;
  if (out.kind == "compute") ok = evaluate_compute(in, ref, ctx, out);
  else if (out.kind == "inference") ok = footprint_inference::evaluate(in, ref, ctx, out);
  else if (out.kind == "storage") ok = evaluate_storage(in, ref, ctx, out);
  else if (out.kind == "transfer") ok = evaluate_transfer(in, ref, ctx, out);
  else ok = evaluate_equipment(in, ref, ctx, out);
  // Guard: a finite input can still overflow (1e13 requests x a huge model); never emit inf/NaN.
  const double checks[] = {out.lifetime.energy_kwh, out.lifetime.co2e_kg(), out.lifetime.water_l,
                           out.per_year.energy_kwh, out.per_year.co2e_kg(), out.per_year.water_l};
  for (double v : checks)
    if (ok && !std::isfinite(v)) {
      errors.add(pointer, "result_too_large");
      ok = false;
    }
  out.valid = ok && in.ok();
  if (!out.valid) {
    out.lifetime = {};
    out.per_year = {};
    out.details = Json::object();
    out.sources.clear();
  }
  return out;
}

double co2e_low(const Impacts& i, const ItemResult& r) {
  double e = std::max(0.0, 1.0 - r.u_energy), c = std::max(0.0, 1.0 - r.u_carbon);
  return i.co2e_usage_kg * r.usage_low * e * c +
         i.co2e_embodied_kg * r.embodied_low * std::max(0.0, 1.0 - r.u_embodied);
}

double co2e_high(const Impacts& i, const ItemResult& r) {
  return i.co2e_usage_kg * r.usage_high * (1.0 + r.u_energy) * (1.0 + r.u_carbon) +
         i.co2e_embodied_kg * r.embodied_high * (1.0 + r.u_embodied);
}

}  // namespace core::footprint_items
